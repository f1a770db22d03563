// `npm run dev`: like `npm start` but with `next dev` (hot reload, no build).
import { launch } from "./lib/launch";

launch("dev");
