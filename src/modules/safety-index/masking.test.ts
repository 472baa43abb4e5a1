import { describe, expect, it } from 'vitest';
import { maskPersonalData } from './masking';

describe('masking comments', () => {
  it('masks personal identity numbers in every common form', () => {
    expect(maskPersonalData('Mitt nr 850709-1234 och 198507091234, 850709+1234.')).toBe(
      'Mitt nr [personnummer] och [personnummer], [personnummer].',
    );
  });

  it('masks Swedish and international phone numbers', () => {
    expect(maskPersonalData('Ring 070-123 45 67 eller +46 21 12 34 56!')).toBe(
      'Ring [telefon] eller [telefon]!',
    );
  });

  it('masks e-mail addresses', () => {
    expect(maskPersonalData('Skriv till åsa.berg@exempel.se tack')).toBe('Skriv till [e-post] tack');
  });

  it('leaves ordinary text, years and short numbers alone', () => {
    const text = 'Lampan i trapphus 3 har varit trasig sedan 2024, port 12B.';
    expect(maskPersonalData(text)).toBe(text);
  });
});
