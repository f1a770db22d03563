export { default } from "@/app/[locale]/(public)/forum/layout";
