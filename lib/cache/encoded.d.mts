// Types of encoded.mjs.
import type { ServerResponse } from "node:http";

export const ENCODED_HEADER: string;
export function serverSendsEncoded(): boolean;
export function acceptEncodedBodies(): void;
export function passEncodedBody(res: ServerResponse): void;
