import MapLayout from "@/app/[locale]/(public)/map/layout";
import { visitorLayout } from "@/lib/cache/visitor";

export default visitorLayout(MapLayout);
