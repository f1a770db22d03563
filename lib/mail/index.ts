import "server-only";
import { randomUUID } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { env, mailIsCaught } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };
export type CaughtMail = Mail & { id: string; from: string; createdAt: string };

let transport: import("nodemailer").Transporter | null = null;

/**
 * Sends through SMTP when SMTP_URL is set. Otherwise the mail is caught: written to
 * MAIL_DIR and readable at /dev/mail — never sent anywhere.
 */
export async function sendMail(mail: Mail): Promise<void> {
  if (!mailIsCaught) {
    const nodemailer = await import("nodemailer");
    transport ??= nodemailer.createTransport(env.SMTP_URL);
    await transport.sendMail({ from: env.MAIL_FROM, ...mail });
    return;
  }
  const caught: CaughtMail = { id: `${Date.now()}-${randomUUID()}`, from: env.MAIL_FROM, createdAt: new Date().toISOString(), ...mail };
  await mkdir(env.MAIL_DIR, { recursive: true });
  await writeFile(path.join(env.MAIL_DIR, `${caught.id}.json`), JSON.stringify(caught, null, 2), { mode: 0o600 });
}

/** Caught mail, newest first. Only meaningful while mail is caught. */
export async function listCaughtMail(limit = 50): Promise<CaughtMail[]> {
  let files: string[];
  try {
    files = (await readdir(env.MAIL_DIR)).filter((f) => f.endsWith(".json"));
  } catch {
    return [];
  }
  files.sort().reverse();
  const mails = await Promise.all(
    files.slice(0, limit).map(async (f) => JSON.parse(await readFile(path.join(env.MAIL_DIR, f), "utf8")) as CaughtMail),
  );
  return mails;
}

/**
 * Deletes caught mail older than `days` (housekeeping): caught mail holds confirmation and
 * password-reset links and people's addresses, and an instance without SMTP would keep them for
 * ever. Each instance prunes its own MAIL_DIR.
 */
export async function pruneCaughtMail(days: number): Promise<number> {
  let files: string[];
  try {
    files = (await readdir(env.MAIL_DIR)).filter((f) => f.endsWith(".json"));
  } catch {
    return 0;
  }
  const before = Date.now() - days * 86_400_000;
  let deleted = 0;
  for (const f of files) {
    const file = path.join(env.MAIL_DIR, f);
    const info = await stat(file).catch(() => null);
    if (info && info.mtimeMs < before) {
      await rm(file, { force: true });
      deleted++;
    }
  }
  return deleted;
}
