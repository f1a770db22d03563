// `npm start`: runs E-PANEMA in production mode with everything it needs (see lib/launch.ts).
import { launch } from "./lib/launch";

launch("start");
