import "server-only";
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { AppError } from "@/lib/errors";

// ASVS 2.1.7 / NIST 800-63B: refuse passwords that appear in lists of common and breached
// passwords, and easy variants of them ("password1234", "qwertyuiop123"). zxcvbn-ts ships such
// a list (@zxcvbn-ts/language-common: the most frequent passwords of public breaches, plus
// diceware words) and estimates how many guesses a password takes, seeing through suffixes,
// repeats, keyboard walks and l33t. Server-side only: the dictionaries are 2 MB.
//
// Score 3 ("safely unguessable", over 10^8 guesses) is required: with argon2id and the login
// limits that is far out of reach online, and a 12-character phrase of ordinary words passes.
const MIN_SCORE = 3;

// Words every E-PANEMA password guesser would try first.
const SITE_WORDS = ["e-panema", "epanema", "panema", "libri", "library", "bridges", "biblioteka", "bibliotheque"];

let factory: ZxcvbnFactory | null = null;
function zxcvbn() {
  factory ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return factory;
}

/** True when the password is common, breached, or an easy variant of either. */
export async function isWeakPassword(password: string, userInputs: string[] = []): Promise<boolean> {
  // Only the first 100 characters count for the estimate: its cost grows with the length, and a
  // password that long is not weak because of what follows.
  const inputs = [
    ...SITE_WORDS,
    ...userInputs.flatMap((s) => [s, ...s.toLowerCase().split(/[^\p{L}\p{N}]+/u)]).filter((s) => s.length >= 3),
  ];
  const result = await zxcvbn().checkAsync(password.slice(0, 100), inputs);
  return result.score < MIN_SCORE;
}

/** Refuses a weak password on the form's `password` field (translated message). */
export async function assertStrongPassword(password: string, userInputs: string[] = []): Promise<void> {
  if (await isWeakPassword(password, userInputs)) throw AppError.field("password", "validation.passwordCommon");
}
