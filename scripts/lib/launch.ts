// `npm start` and `npm run dev`: services, migrations, secret, first-run seed, (build), server.
import { appEnv, appPort, assertPortFree, ensurePrismaClient, loadDotenv, migrate, seedOnFirstRun, startNext } from "./app";
import { buildIfStale } from "./build";
import { exitOf } from "./proc";
import { ensureServices } from "./services";
import { consoleLog, isStopping, onCleanup, runMain, untilStopRequested } from "./ui";

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
    // Run until Ctrl-C / SIGTERM, or until the server dies on its own.
    const code = await Promise.race([untilStopRequested().then(() => 0), exitOf(app.child).then((c) => c || 1)]);
    if (code !== 0) console.error(`The web server exited (code ${code}); stopping the services.`);
    return code;
  });
}
