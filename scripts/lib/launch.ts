// `npm start` and `npm run dev`: services, migrations, secret, first-run seed, (build), server.
import { appEnv, appPort, assertPortFree, ensurePrismaClient, loadDotenv, migrate, seedOnFirstRun, startNext } from "./app";
import { buildIfStale } from "./build";
import { exitOf } from "./proc";
import { ensureServices } from "./services";
import { appProfile } from "./paths";
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
    const profile = appProfile();
    const port = appPort("PORT", 3000);
    await assertPortFree(port, profile);
    await ensurePrismaClient(log);
    // Supervised: a service that dies is restarted; one that cannot be ends the whole (exit 1).
    const services = await ensureServices({ profile, log, supervise: true });
    onCleanup(() => services.stop());
    await migrate(services.databaseUrl, log);
    const env = appEnv(services, port);
    await seedOnFirstRun(services, env, profile, log);
    if (mode === "start") await buildIfStale(env, profile, log);
    if (isStopping()) return 0;
    const app = await startNext({ mode, port, env, profile, log, readyPath: "/api/health" });
    log(`E-PANEMA is ready at ${env.APP_URL ?? app.url}`);
    if (!env.SMTP_URL) warnMailCaught(env.APP_URL ?? app.url, env.MAIL_DIR ?? ".data/dev/mail", mode);
    // Run until Ctrl-C / SIGTERM, until the server dies on its own, or until a service that died
    // cannot be restarted: then stop everything and exit non-zero, for a process manager to act.
    const outcome = await Promise.race([
      untilStopRequested().then(() => ({ code: 0, why: "" })),
      exitOf(app.child).then((c) => ({ code: c || 1, why: `The web server exited unexpectedly (code ${c}); stopping the services.` })),
      services.failed.then((reason) => ({ code: 1, why: `Stopping because ${reason}.` })),
    ]);
    if (outcome.why) console.error(outcome.why);
    return outcome.code;
  });
}
