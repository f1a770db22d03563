import { hash, verify } from "@node-rs/argon2";

// Used by the app, the seed and the tests. OWASP's recommended minimum (19 MiB, 2 iterations, 1 lane).
// argon2id is the library default.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the account does not exist keeps the response time the
// same, so login timing does not reveal which emails are registered.
let dummyHash: Promise<string> | null = null;
export async function burnPasswordCheck(password: string) {
  dummyHash ??= hashPassword("not-a-real-password-000");
  await verifyPassword(await dummyHash, password);
}
