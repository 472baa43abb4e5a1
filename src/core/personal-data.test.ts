import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPersonalData, luhnValid, maskPersonalData } from './personal-data';

const kinds = (text: string) => findPersonalData(text).map((f) => f.kind);

/** The check digit that makes nine digits Luhn-valid (independent implementation for the tests). */
function checkDigit(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const p = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(p / 10) + (p % 10);
  }
  return (10 - (sum % 10)) % 10;
}

describe('luhnValid', () => {
  it('accepts the worked example 811218-9876 (weights 2,1,2,…: 7+1+2+2+2+8+9+8+5+6 = 50)', () => {
    expect(luhnValid('8112189876')).toBe(true);
    expect(luhnValid('8112189875')).toBe(false);
  });
});

describe('personal identity numbers', () => {
  it.each([
    ['811218-9876', 'ten digits with hyphen'],
    ['8112189876', 'ten digits without separator'],
    ['19811218-9876', 'twelve digits with hyphen'],
    ['198112189876', 'twelve digits without separator'],
    ['811218+9876', 'plus sign for someone over 100'],
    ['18811218+9876', 'century and plus'],
  ])('refuses %s (%s)', (text) => {
    expect(kinds(`Anmälan gällde ${text} igår.`)).toEqual(['personal_identity_number']);
  });

  it('refuses coordination numbers (day + 60): 701063-2391 is 10 October 1970', () => {
    expect(kinds('samordningsnummer 701063-2391')).toEqual(['coordination_number']);
    expect(kinds('197010632391')).toEqual(['coordination_number']);
  });

  it('does not take a number that fails the Luhn check', () => {
    expect(kinds('ärende 811218-9875')).toEqual([]);
  });

  it('does not take a ten-digit number whose first six digits are not a date', () => {
    // 991318-… has month 13: checked digit made valid on purpose, still no date.
    const nine = '991318123';
    expect(kinds(`${nine}${checkDigit(nine)}`)).toEqual([]);
  });

  it('says where the number is and hides its last four digits', () => {
    const [finding] = findPersonalData('Pnr 811218-9876.');
    expect(finding).toMatchObject({ start: 4, end: 15, masked: '811218-****' });
  });

  it('property: a valid number (any form) inside random text is always found', () => {
    const date = fc.date({ min: new Date('1900-01-01'), max: new Date('2025-12-31'), noInvalidDate: true });
    const number = fc
      .record({
        date,
        serial: fc.integer({ min: 0, max: 999 }),
        coordination: fc.boolean(),
        century: fc.boolean(),
        separator: fc.constantFrom('', '-', '+'),
      })
      .map(({ date, serial, coordination, century, separator }) => {
        const y = date.getUTCFullYear();
        const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
        const dd = String(date.getUTCDate() + (coordination ? 60 : 0)).padStart(2, '0');
        const nine = `${String(y).slice(2)}${mm}${dd}${String(serial).padStart(3, '0')}`;
        const ten = `${nine}${checkDigit(nine)}`;
        const body = `${ten.slice(0, 6)}${separator}${ten.slice(6)}`;
        return { text: century ? `${String(y).slice(0, 2)}${body}` : body, coordination };
      });
    // Surrounding text of letters, punctuation and spaces (digits next to the number would make a longer number).
    const words = fc.string({ unit: fc.constantFrom(...'abcåäö XYZ.,:;!?()\n'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(words, number, words, (before, { text, coordination }, after) => {
        const found = findPersonalData(`${before} ${text} ${after}`);
        const expected = coordination ? 'coordination_number' : 'personal_identity_number';
        return found.some((f) => f.kind === expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('phone numbers, e-mail and licence plates', () => {
  it.each([
    '070-123 45 67',
    '0701234567',
    '+46 70 123 45 67',
    '+46701234567',
    '0046 70 123 45 67',
    '+46 (0)70 123 45 67',
    '021-12 34 56',
    '08-123 456 78',
    '+46 8 123 456 78',
  ])('refuses the phone number %s', (phone) => {
    expect(kinds(`Ring ${phone} om det händer igen`)).toEqual(['phone_number']);
  });

  it('finds the whole phone number even when a count follows it', () => {
    const [finding] = findPersonalData('ring 070-123 45 67 10 personer var där');
    expect(finding).toMatchObject({ kind: 'phone_number', start: 5, end: 18 });
  });

  it('refuses e-mail addresses', () => {
    expect(kinds('skriv till anna.svensson@exempel.se')).toEqual(['email']);
  });

  it.each(['ABC 123', 'ABC123', 'ABC 12A', 'XYZ-987'])('refuses the licence plate %s', (plate) => {
    expect(kinds(`bil ${plate} körde på gångvägen`)).toEqual(['licence_plate']);
  });

  it('reports each finding in order of position', () => {
    const text = 'bil ABC 123, ring 070-123 45 67 eller mejla a@b.se';
    expect(kinds(text)).toEqual(['licence_plate', 'phone_number', 'email']);
  });
});

describe('ordinary numbers pass', () => {
  it.each([
    'Klotter på 3 portar den 2026-11-23',
    '10 personer samlades vid kiosken',
    'Postnummer 722 10 Västerås',
    'Kl. 21.30 och 22:15, ca 15-20 ungdomar',
    'Brand i soprum 2025, 2026 och 2027',
    'Mellan 0 och 5 bilar varje natt',
    'Datum 23-11-2026 och 07-11-2026',
    'Skadegörelse för 25 000 kr, SEK 120',
    'och 123 till',
    'Vecka 48 2026-W48',
    'Lägenhet 1102, trapphus 3, våning 4',
    '20261123',
    // Ids: a group of digits glued by hyphens to other groups is no phone number ("0374-4744" and
    // "09418514" would be, standing alone).
    '9ce34699-0374-4744-a1b2-0123456789ab',
    '09418514-0459-4554-a1f8-db18b8ce8cde',
    'ärende 2a81-0374-4744',
  ])('%s', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe('maskPersonalData (survey comments read by analysts)', () => {
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
