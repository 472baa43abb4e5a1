import { describe, expect, it } from 'vitest';
import { defaultIndexCodes, defaultQuestions, type Instrument, tenantLanguages } from './instrument';
import { answersFromForm, renderForm, renderMessage } from './tenant-page';

const instrument: Instrument = {
  id: '00000000-0000-0000-0000-000000000001',
  organisationId: '00000000-0000-0000-0000-000000000002',
  version: 1,
  questions: defaultQuestions,
  indexCodes: defaultIndexCodes,
  comment: true,
  createdAt: new Date(),
};

describe("the tenant's page", () => {
  it('has a fieldset with a legend and six labelled radio buttons per question, under 30 kB, in every language', () => {
    for (const lang of tenantLanguages) {
      const html = renderForm(instrument, lang, '/s/abc');
      expect(html.match(/<fieldset>/g)).toHaveLength(10);
      expect(html.match(/<legend>/g)).toHaveLength(10);
      expect(html.match(/<label><input type="radio"/g)).toHaveLength(60);
      expect(Buffer.byteLength(html)).toBeLessThan(30_000);
      expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}">`);
      expect(html).not.toContain('<script');
    }
  });

  it('escapes what it puts in the page', () => {
    const evil = { ...instrument, questions: [{ code: 'x', text: { sv: '<img src=x onerror=alert(1)>' } }] };
    const html = renderForm(evil, 'sv', '/s/"><b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('"><b>');
    expect(renderMessage('en', '/s/x', 'expired', 'expiredBody')).toContain('This link has expired');
  });

  it('reads answers 0–5 from the form, skips blanks and refuses anything else', () => {
    const codes = ['overall', 'evening', 'stairwell'];
    expect(answersFromForm({ q_overall: '5', q_evening: '0', q_stairwell: '' }, codes)).toEqual({
      overall: 5,
      evening: 0,
    });
    expect(answersFromForm({ q_overall: '6' }, codes)).toBeNull();
    expect(answersFromForm({ q_overall: ['1', '2'] }, codes)).toBeNull();
    // Fields that are not questions of the instrument are ignored.
    expect(answersFromForm({ q_other: '3' }, codes)).toEqual({});
  });
});
