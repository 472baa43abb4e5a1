import { describe, expect, it } from 'vitest';
import { type PdfWord, pdfFonts, pdfInfo, pdfPageTexts, pdfWords } from '../../../test/pdf-text';
import { lettersPdf } from './letters';

const letters = [
  {
    address: 'Storgatan 1 B',
    areaName: 'Bäckby',
    ref: 'H-0001',
    link: 'https://grannskap.test/s/AbC0l1IxyzQ',
  },
  { address: 'Ringvägen 12', areaName: 'Råby', ref: 'H-0002', link: 'https://grannskap.test/s/XyZ9O0lmnoP' },
];

/**
 * Words of a text, for comparing what Poppler reads with what was written: letters and digits only.
 * Poppler joins a word hyphenated at a line's end (QR-ka → QRka), and gives a lam-alef ligature's two
 * letters (لا, لأ, لإ, …) in either order, so letters within a run of lam and alefs are sorted.
 */
const words = (text: string) =>
  (text.replace(/-/g, '').match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((w) =>
    w.replace(/[لاأإآ]+/g, (run) => [...run].sort().join('')),
  );
const isArabic = (word: string) => /\p{Script=Arabic}/u.test(word);

/**
 * A page's Arabic words as a reader takes them: lines from the top, each line from the right. Poppler
 * gives a word's letters in the order they are drawn, left to right, so they are reversed back.
 */
function arabicReadingOrder(page: PdfWord[]) {
  return page
    .filter((w) => isArabic(w.text))
    .sort((a, b) => Math.round(a.yMin) - Math.round(b.yMin) || b.xMin - a.xMin)
    .flatMap((w) => words([...w.text].reverse().join('')));
}

describe('the survey letters', async () => {
  const invitation = await lettersPdf(letters, 'invitation');
  const reminder = await lettersPdf(letters, 'reminder');
  const [first, second] = pdfPageTexts(invitation);

  it('are a tagged PDF in Swedish, a page per household, with the fonts embedded', () => {
    const info = pdfInfo(invitation);
    expect(info.Tagged).toBe('yes');
    expect(info.Pages).toBe('2');
    expect(info.Title).toBe('Trygghetsenkät: inbjudan');
    expect(pdfInfo(reminder).Title).toBe('Trygghetsenkät: påminnelse');
    const fonts = pdfFonts(invitation);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'DejaVuSans',
      'DejaVuSans-Bold',
      'DejaVuSansMono',
    ]);
    expect(fonts.every((f) => f.embedded)).toBe(true);
  });

  it('mark the Swedish letter, and the English, Arabic and Somali paragraphs with their languages', () => {
    const raw = invitation.toString('latin1');
    expect(raw).toContain('/Lang (sv)');
    // Per page a heading and a paragraph in each language.
    for (const language of ['en', 'ar', 'so'])
      expect(raw.match(new RegExp(`/Lang \\(${language}\\)`, 'g'))?.length).toBe(2 * 2);
  });

  it('carry the household, the Swedish invitation and its link', () => {
    for (const [page, letter] of [
      [first, letters[0]],
      [second, letters[1]],
    ] as const) {
      expect(page).toContain('Till hushållet');
      expect(page).toContain(letter.address);
      expect(page).toContain(`Ref. ${letter.ref}`);
      expect(page).toContain(letter.link);
    }
    expect(words(first).join(' ')).toContain(
      words(
        'Hur trygg känner du dig där du bor? Varje månad frågar vi några av våra hyresgäster hur trygga de känner sig.',
      ).join(' '),
    );
    expect(words(pdfPageTexts(reminder)[0]).join(' ')).toContain(
      words('Påminnelse: Hur trygg känner du dig? För några veckor sedan bjöd vi in ditt hushåll').join(' '),
    );
  });

  it('carry the Somali paragraph', () => {
    expect(words(first).join(' ')).toContain(
      words(
        'Qoyskaaga waxaa lagu martiqaaday inuu ka jawaabo sahankayaga nabadgelyada. Sawir koodka QR-ka ama qor linkiga kor ku qoran',
      ).join(' '),
    );
  });

  it('carry the Arabic heading and paragraph, drawn right to left in reading order', () => {
    // "Safety survey. We invite your household to answer the safety survey. Scan the QR code …"
    const expected =
      'استبيان الأمان ندعو أسرتك للإجابة على استبيان الأمان. امسح رمز QR أو اكتب الرابط أعلاه، ثم اختر العربية في أعلى الصفحة. يستغرق ذلك حوالي ثلاث دقائق. إجاباتك مجهولة الهوية: نحفظ فقط المنطقة والشهر، ولا نحفظ هويتك أبدًا.';
    const all = pdfWords(invitation);
    for (const page of [0, 1])
      expect(arabicReadingOrder(all.filter((w) => w.page === page))).toEqual(
        words(expected).filter(isArabic),
      );
    // The Latin "QR" stands between its Arabic neighbours: "رمز" to its right, "أو" to its left.
    const drawn = (text: string) => all.find((w) => w.page === 0 && w.text === [...text].reverse().join(''))!;
    const [before, after] = [drawn('رمز'), drawn('أو')];
    const qr = all.find((w) => w.page === 0 && w.text === 'QR' && w.yMin === before.yMin)!;
    expect(qr.xMin).toBeLessThan(before.xMin);
    expect(qr.xMin).toBeGreaterThan(after.xMin);
  });
});
