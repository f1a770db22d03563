import "server-only";
import { z } from "zod";

// Typed environment, read once. Every variable is documented in .env.example and the README.
// `next build` evaluates route modules without a database; only running servers need one.
const building = process.env.NEXT_PHASE === "phase-production-build";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: building
    ? z.string().default("postgresql://build-time-placeholder")
    : z.string().min(1, "DATABASE_URL is not set: start the app with `npm start`, which provides one"),
  MEILI_HOST: z.string().url().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  MEILI_INDEX_PREFIX: z.string().default(""),
  AUTH_SECRET: z.string().min(16).optional(),
  APP_URL: z.string().url().default("http://localhost:3000"),
  /**
   * Proxies (IPs or CIDR ranges, comma-separated) whose X-Forwarded-For is believed. Applied by
   * the web server that `npm start` runs (scripts/server.mjs) before the app sees a request:
   * unset, rate limits use the connection's address and ignore X-Forwarded-For.
   */
  TRUSTED_PROXIES: z.string().default(""),
  /** smtp://user:pass@host:587 — when unset, mail is caught in MAIL_DIR, readable by admins at /dev/mail. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("E-PANEMA <no-reply@e-panema.local>"),
  MAIL_DIR: z.string().default(".data/dev/mail"),
  RATE_LIMIT_LOGIN_IP_MAX: z.coerce.number().int().positive().default(30),
  /** Failed logins per account from one address (then that address waits for the window). */
  RATE_LIMIT_LOGIN_ACCOUNT_MAX: z.coerce.number().int().positive().default(5),
  /** Failed logins per account from all addresses together; a password reset clears both. */
  RATE_LIMIT_LOGIN_ACCOUNT_CEILING: z.coerce.number().int().positive().default(100),
  RATE_LIMIT_REGISTER_IP_MAX: z.coerce.number().int().positive().default(10),
  RATE_LIMIT_RESET_MAX: z.coerce.number().int().positive().default(5),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().positive().default(900),
  /** Uploaded files (lib/storage). Relative paths start at the working directory. */
  STORAGE_DIR: z.string().min(1).default(".data/storage"),
  /** Largest document upload (PDF, DOCX, ODT), in bytes: 10 MiB. */
  UPLOAD_MAX_BYTES: z.coerce.number().int().positive().default(10_485_760),
  /** Largest image upload (PNG, JPEG, WebP), in bytes: 5 MiB. */
  UPLOAD_IMAGE_MAX_BYTES: z.coerce.number().int().positive().default(5_242_880),
});

export type Env = z.infer<typeof schema>;

function load(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env: Env = load();
export const mailIsCaught = !env.SMTP_URL;
export const secureCookies = env.APP_URL.startsWith("https://");
