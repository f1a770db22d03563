// `npm start` and `npm run dev`: services, migrations, secret, first-run seed, (build), server.
import { appEnv, appPort, assertPortFree, ensurePrismaClient, loadDotenv, migrate, seedOnFirstRun, startNext } from "./app";
import { buildIfStale } from "./build";
import { exitOf } from "./proc";
import { ensureServices } from "./services";
import { consoleLog, isStopping, onCleanup, runMain, untilStopRequested } from "./ui";

/** Said at every start without SMTP_URL: nobody receives confirmation or password-reset mail. */
function warnMailCaught(url: string, mailDir: string, mode: "start" | "dev"): void {
  const who = mode === "dev" ? "anyone using this development server" : "administrators";
  console.warn(
    [
      "",
      "  ⚠ MAIL IS NOT DELIVERED: SMTP_URL is not set.",
      `    Confirmation and password-reset emails are kept in ${mailDir} and shown to ${who}`,
      `    at ${url}/en/dev/mail. Set SMTP_URL (see .env.example) before real people use the platform.`,
      "",
    ].join("\n"),
  );
}

export function launch(mode: "start" | "dev"): void {
  runMain(async () => {
    const log = consoleLog;
    loadDotenv();
    const port = appPort("PORT", 3000);
    await assertPortFree(port, "dev");
    await ensurePrismaClient(log);
    const services = await ensureServices({ profile: "dev", log });
    onCleanup(() => services.stop());
    await migrate(services.databaseUrl, log);
    const env = appEnv(services, port);
    await seedOnFirstRun(services, env, "dev", log);
    if (mode === "start") await buildIfStale(env, "dev", log);
    if (isStopping()) return 0;
    const app = await startNext({ mode, port, env, profile: "dev", log, readyPath: "/api/health" });
    log(`E-PANEMA is ready at ${env.APP_URL ?? app.url}`);
    if (!env.SMTP_URL) warnMailCaught(env.APP_URL ?? app.url, env.MAIL_DIR ?? ".data/dev/mail", mode);
    // Run until Ctrl-C / SIGTERM, or until the server dies on its own.
    const code = await Promise.race([untilStopRequested().then(() => 0), exitOf(app.child).then((c) => c || 1)]);
    if (code !== 0) console.error(`The web server exited (code ${code}); stopping the services.`);
    return code;
  });
}
