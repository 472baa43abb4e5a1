import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { refusePersonalData } from './personal-data-guard';

const refusal = (text: string, language: 'sv' | 'en' = 'sv') => {
  try {
    refusePersonalData(text, { language, field: 'description' });
  } catch (error) {
    return error as AppError;
  }
  return null;
};

describe('the personal-data guard', () => {
  it('lets text without personal data through, and empty text', () => {
    expect(refusal('Klotter på fasaden vid Bäckby torg 14, trapphus 3.')).toBeNull();
    expect(refusal('')).toBeNull();
  });

  it('refuses a phone number and a personal identity number with 422, naming both in order', () => {
    // 811218-9876 passes the Luhn check (Skatteverket SKV 704), so it is a real-looking number.
    const error = refusal('Ring 070-123 45 67 om 811218-9876.');
    expect(error).toBeInstanceOf(AppError);
    expect([error?.code, error?.status, error?.messageKey]).toEqual([
      'personal_data',
      422,
      'errors.personal_data',
    ]);
    expect(error?.params).toEqual({
      items: 'telefonnummer (070-…), personnummer (811218-****)',
      field: 'description',
    });
    expect((error?.details as { kind: string; start: number }[]).map((d) => [d.kind, d.start])).toEqual([
      ['phone_number', 5],
      ['personal_identity_number', 22],
    ]);
  });

  it('names what to remove in the reader’s language', () => {
    expect(refusal('Mejla kim@example.se', 'en')?.params.items).toBe('e-mail address (k…@example.se)');
  });
});
