import AccountLayout from "@/app/[locale]/account/layout";
import { visitorLayout } from "@/lib/cache/visitor";

export default visitorLayout(AccountLayout);
