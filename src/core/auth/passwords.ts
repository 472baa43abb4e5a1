import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id minimum: 19 MiB memory, 2 iterations, 1 lane.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const minPasswordLength = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/**
 * A hash of a random password with the same parameters as real ones, made once. Checking a password
 * against it costs what checking a real account costs, so an unknown address (or an account without a
 * password yet) cannot be told apart by how long the answer takes.
 */
let dummyHash: Promise<string> | null = null;
const standIn = () => {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  return dummyHash;
};

/** Makes the stand-in hash ahead of the first sign-in, so that one is not slower either. */
export async function prepareStandInHash(): Promise<void> {
  await standIn();
}

/** True when the password matches; without a hash it does the same work and answers false. */
export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const checked = passwordHash ?? (await standIn());
  try {
    return (await verify(checked, password)) && passwordHash !== null;
  } catch {
    return false;
  }
}
