import ForumLayout from "@/app/[locale]/(public)/forum/layout";
import { visitorLayout } from "@/lib/cache/visitor";

export default visitorLayout(ForumLayout);
