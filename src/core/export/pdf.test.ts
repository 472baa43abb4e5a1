import { describe, expect, it } from 'vitest';
import { pdfWords } from '../../../test/pdf-text';
import { accessiblePdf, finishPdf, rightToLeftText, visualOrder } from './pdf';

/** Arabic written out in display order: its letters from left to right. */
const displayed = (arabic: string) => [...arabic].reverse().join('');

describe('visualOrder (Unicode bidirectional algorithm)', () => {
  it('reverses an Arabic line but keeps a link and a number inside it left to right', () => {
    // Paragraph right to left (level 1). Arabic letters are AL → R, level 1. "grannskap.se" is L;
    // its "." lies between two L and becomes L: level 2. "30" follows the Arabic "قبل", so W2 makes
    // it AN: level 2. The spaces lie between R and L, or R and AN (counted as R): level 1. The
    // brackets pair around Arabic (R, the paragraph's direction; N0): level 1, and the final "."
    // between R and the paragraph's end: level 1. Reversing level 2 then level 1 puts the words
    // right to left with "grannskap.se" and "30" read left to right; the brackets are mirrored.
    expect(visualOrder('افتح grannskap.se قبل 30 يونيو (شكرا).', 'rtl')).toBe(
      `.(${displayed('شكرا')}) ${displayed('يونيو')} 30 ${displayed('قبل')} grannskap.se ${displayed('افتح')}`,
    );
  });

  it('moves a number after an Arabic word in a Swedish line to the left of that word', () => {
    // Paragraph left to right (level 0). "شكرا" is R: level 1. "2026" after it is AN (W2): level 2.
    // The space between them, between R and AN (as R), is level 1; "!" between AN and the
    // paragraph's end (L) takes the paragraph's level 0. Reversing level 2 then level ≥ 1 gives
    // "2026 اركش" between "Hej " and "!".
    expect(visualOrder('Hej شكرا 2026!', 'ltr')).toBe(`Hej 2026 ${displayed('شكرا')}!`);
  });

  it('leaves a line without right-to-left letters as it is', () => {
    expect(visualOrder('Trygghetsenkät 2026 (svar 1–5)', 'ltr')).toBe('Trygghetsenkät 2026 (svar 1–5)');
  });
});

describe('rightToLeftText', () => {
  it('puts the first word of an Arabic line at the right and the next ones to its left', async () => {
    const doc = accessiblePdf({ title: 'Test', language: 'ar' });
    const root = doc.struct('Document');
    doc.addStructure(root);
    root.add(
      doc.struct('P', {}, () => rightToLeftText(doc, 'ندعو أسرتك إلى QR 2026', { x: 50, width: 400 })),
    );
    root.end();
    const words = pdfWords(await finishPdf(doc));
    // Poppler gives a word's letters in the order they are drawn, left to right.
    const x = (word: string) => words.find((w) => w.text === word)?.xMin ?? Number.NaN;
    const [first, second, third] = [x(displayed('ندعو')), x(displayed('أسرتك')), x(displayed('إلى'))];
    expect(first).toBeGreaterThan(second);
    expect(second).toBeGreaterThan(third);
    // "QR 2026" stays left to right, after (left of) the Arabic words: QR, then 2026, then إلى.
    expect(x('QR')).toBeLessThan(x('2026'));
    expect(x('2026')).toBeLessThan(third);
    // Right-aligned: the first word ends at the box's right edge (50 + 400), within a point.
    expect(words.find((w) => w.text === displayed('ندعو'))!.xMax).toBeCloseTo(450, 0);
  });
});
