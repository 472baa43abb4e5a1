import { describe, expect, it } from 'vitest';
import { codeHash, newVotingCode, normaliseCode, votingLink } from './voting-code';

describe('a voting code', () => {
  it('is 16 characters of Crockford base 32 in groups of four (80 bits), different every time', () => {
    const codes = Array.from({ length: 200 }, newVotingCode);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(new Set(codes).size).toBe(200);
    // 32^16 = 2^80.
    expect(32 ** 16).toBe(2 ** 80);
  });

  it('is read as typed: case, spaces and dashes ignored, O as 0, I and L as 1', () => {
    expect(normaliseCode(' 7k3q-m9xd 2hfa-bw4r ')).toBe('7K3QM9XD2HFABW4R');
    expect(normaliseCode('OILO-0000-0000-0000')).toBe('0110000000000000');
    expect(normaliseCode('7K3Q-M9XD-2HFA')).toBeNull();
    expect(normaliseCode('UUUU-0000-0000-0000')).toBeNull();
  });

  it('is stored as the SHA-256 of its canonical form, and linked without dashes', () => {
    // sha256("0000000000000000"), from Python's hashlib.
    expect(codeHash('0000000000000000')).toBe(
      'fcdb4b423f4e5283afa249d762ef6aef150e91fccd810d43e5e719d14512dec7',
    );
    expect(votingLink('https://grannskap.test/', '7K3Q-M9XD-2HFA-BW4R')).toBe(
      'https://grannskap.test/boendebudget/rosta/7K3QM9XD2HFABW4R',
    );
  });
});
