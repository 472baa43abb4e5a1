import { describe, expect, it } from 'vitest';
import { redactTokens } from './app';

describe('redactTokens', () => {
  it('hides the token of a survey link and of a reset link, and nothing else', () => {
    expect(redactTokens('/s/Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5?lang=ar')).toBe('/s/[token]?lang=ar');
    expect(redactTokens('/reset-password?token=abc123&x=1')).toBe('/reset-password?token=[token]&x=1');
    expect(redactTokens('/api/v1/areas?areaId=42')).toBe('/api/v1/areas?areaId=42');
  });
});
