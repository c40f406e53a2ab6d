/**
 * Password hashing with Argon2id (hash-wasm: WebAssembly, no native build). Parameters follow
 * OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane); the PHC string keeps them, so stronger
 * settings later still verify old hashes.
 */
import { randomBytes } from "node:crypto";
import { argon2id, argon2Verify } from "hash-wasm";
import { checkTextField } from "./errors.js";

const PARAMS = { parallelism: 1, iterations: 2, memorySize: 19_456, hashLength: 32 } as const;

export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 1024;

export function checkPasswordRules(password: string): void {
  checkTextField("password", password, { min: MIN_PASSWORD_LENGTH, max: MAX_PASSWORD_LENGTH });
}

export function hashPassword(password: string): Promise<string> {
  return argon2id({ ...PARAMS, password, salt: randomBytes(16), outputType: "encoded" });
}

export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  if (password.length > MAX_PASSWORD_LENGTH) return false;
  try {
    return await argon2Verify({ password, hash });
  } catch {
    return false;
  }
}

/** A strong password for `casefile user add` when none is given: shown once, never stored. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

/** A hash of a password nobody has: unknown usernames cost as much time as wrong passwords. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}
