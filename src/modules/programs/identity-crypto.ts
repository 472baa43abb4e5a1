import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Names and personal numbers of participants are stored only when the organisation turns that on,
 * in their own table, encrypted with AES-256-GCM. The 32-byte key is core config's participantKey
 * (GRANNSKAP_PARTICIPANT_KEY, parsed once at boot); callers pass it in.
 */

const version = 'v1';

/** Encrypts text bound to a context (the participant id), so a value cannot be moved to another row. */
export function encryptText(key: Buffer, plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [
    version,
    iv.toString('base64'),
    cipher.getAuthTag().toString('base64'),
    body.toString('base64'),
  ].join(':');
}

/** Decrypts what encryptText made; throws when the key, the context or the text is wrong. */
export function decryptText(key: Buffer, sealed: string, context: string): string {
  const [v, iv, tag, body] = sealed.split(':');
  if (v !== version || !iv || !tag || body === undefined) throw new Error('unknown ciphertext format');
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAAD(Buffer.from(context));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
}
