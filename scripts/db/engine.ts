// Loads Prisma's WebAssembly schema engine. The Prisma CLI would download a native engine,
// which is impossible offline; the wasm build ships on npm and talks to PostgreSQL through
// the same driver adapter the app uses.
import { readFileSync, realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine, SchemaFilter } from "@prisma/schema-engine-wasm";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

const require = createRequire(import.meta.url);

let instantiated = false;

function instantiate(): void {
  if (instantiated) return;
  // Same steps as the package's own schema_engine.js, which relies on a bundler to import .wasm.
  // The .wasm file is not in the package's "exports": locate it next to the glue module.
  const wasmPath = join(dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const module = new WebAssembly.Module(readFileSync(wasmPath));
  const instance = new WebAssembly.Instance(module, {
    "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
  });
  (bg as unknown as { __wbg_set_wasm(w: unknown): void }).__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
  instantiated = true;
}

export const noFilters: SchemaFilter = { externalTables: [], externalEnums: [] };

export interface EngineHandle {
  engine: SchemaEngine;
  close(): Promise<void>;
}

/** Opens a schema engine on `databaseUrl` with the given Prisma schema files ([path, content]). */
export async function openEngine(
  databaseUrl: string,
  datamodels: [string, string][],
  log: (line: string) => void = () => {},
): Promise<EngineHandle> {
  instantiate();
  const factory = new PrismaPg({ connectionString: databaseUrl });
  // Track the adapters the engine opens so their pg pools can be closed: an open pool
  // keeps the process alive.
  const opened: { dispose(): Promise<void> }[] = [];
  const tracking = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const a = await factory.connect();
      opened.push(a);
      return a;
    },
    connectToShadowDb: async () => {
      const a = await factory.connectToShadowDb();
      opened.push(a);
      return a;
    },
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(tracking as unknown as PrismaPg);
  const engine = (await bg.SchemaEngine.new({ datamodels }, (msg: string) => log(msg), adapter)) as SchemaEngine;
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(opened.map((a) => a.dispose().catch(() => {})));
    },
  };
}

/** Whether the module at `url` is the script node was started with (tsx keeps argv[1]). */
export function isMain(url: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(fileURLToPath(url)) === realpathSync(resolve(entry));
  } catch {
    return false;
  }
}
