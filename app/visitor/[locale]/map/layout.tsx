export { default } from "@/app/[locale]/(public)/map/layout";
