import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptText, encryptText } from './identity-crypto';

describe('participant identity encryption', () => {
  const key = randomBytes(32);

  it('round-trips a name and never stores it in clear', () => {
    const sealed = encryptText(key, 'Amina Testsson', 'participant-1');
    expect(sealed).not.toContain('Amina');
    expect(decryptText(key, sealed, 'participant-1')).toBe('Amina Testsson');
  });

  it('refuses another key or another participant', () => {
    const sealed = encryptText(key, '19800101-1234', 'participant-1');
    expect(() => decryptText(randomBytes(32), sealed, 'participant-1')).toThrow();
    expect(() => decryptText(key, sealed, 'participant-2')).toThrow();
  });
});
