/**
 * Voting codes: 80 random bits written as 16 characters of Crockford's base 32 (no I, L, O, U), in
 * groups of four so a tenant can type one from the letter. Typed codes are read leniently: case,
 * spaces and dashes do not matter, O reads as 0 and I or L as 1. Only the hash is stored.
 */
import { randomBytes } from 'node:crypto';
import { hashToken } from '../../core/auth/tokens';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 16 characters × 5 bits = 80 bits. */
const length = 16;

/** A new code, e.g. "7K3Q-M9XD-2HFA-BW4R". */
export function newVotingCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const b of bytes) bits = (bits << 8n) | BigInt(b);
  let code = '';
  for (let i = 0; i < length; i++) code = alphabet[Number((bits >> BigInt(5 * i)) & 31n)] + code;
  return code.match(/.{4}/g)!.join('-');
}

/** A typed or linked code in its canonical form, or null when it cannot be one. */
export function normaliseCode(raw: string): string | null {
  const code = raw.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (code.length !== length || [...code].some((c) => !alphabet.includes(c))) return null;
  return code;
}

/** The stored form of a code: the SHA-256 of its canonical form. */
export const codeHash = (canonical: string) => hashToken(canonical);

/** The link on the letter and in the e-mail. */
export const votingLink = (publicUrl: string, code: string) =>
  `${publicUrl.replace(/\/$/, '')}/boendebudget/rosta/${code.replace(/-/g, '')}`;
