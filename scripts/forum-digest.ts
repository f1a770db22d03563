// `npm run forum:digest`: sends the daily forum digests now (the app also does it every hour).
// Each member who opted in gets at most one email a day, with their unread notifications.
// Uses DATABASE_URL (from the environment or .env) when set, else the embedded dev services.
import { loadDotenv } from "./lib/app";
import { consoleLog, runMain } from "./lib/ui";
import { connectSearchServices } from "./search-check";

runMain(async () => {
  loadDotenv();
  const services = await connectSearchServices();
  const { sendDailyDigests } = await import("../lib/notifications/digest");
  consoleLog("Sending daily forum digests…");
  const sent = await sendDailyDigests(new Date(), consoleLog);
  await services.stop();
  consoleLog(`Digests sent: ${sent}.`);
  return 0;
});
