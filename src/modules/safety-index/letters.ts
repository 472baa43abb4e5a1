/**
 * The paper letters (one printable PDF a month, a page per household) and the e-mail text of the
 * survey's invitations and reminders.
 */
import { lettersPdf as letterBatch } from '../../core/export/letters';
import {
  type LetterKind,
  letterLanguages,
  otherLanguageText,
  swedishLetter as sv,
} from './i18n/letter-texts';
import { rtlLanguages } from './instrument';

export type Letter = { address: string; areaName: string; ref: string; link: string };

/**
 * One A4 page per household: address block, the invitation or reminder in Swedish, the QR code and the
 * link, then a short paragraph in English, Arabic and Somali (core's letter writer, export/letters.ts).
 */
export async function lettersPdf(letters: readonly Letter[], kind: LetterKind): Promise<Buffer> {
  const frame = {
    title: sv.title[kind],
    language: 'sv',
    qrAlt: sv.qrAlt,
    scan: sv.scan,
    linkNote: sv.linkNote,
    none: sv.none,
  };
  const otherLanguages = letterLanguages.map((language) => ({
    language,
    ...otherLanguageText(language, kind),
    rtl: rtlLanguages.has(language),
  }));
  return letterBatch(
    frame,
    letters.map((letter) => ({
      recipient: [sv.recipient, letter.address, letter.areaName],
      ref: sv.ref(letter.ref),
      heading: sv.heading[kind],
      paragraphs: [sv.body[kind], sv.anonymity],
      link: letter.link,
      otherLanguages,
    })),
  );
}

export function mailBody(link: string, kind: 'invitation' | 'reminder') {
  const first =
    kind === 'reminder'
      ? 'Påminnelse: du är inbjuden att svara på vår trygghetsenkät. Har du redan svarat: tack!'
      : 'Ditt hushåll är inbjudet att svara på vår trygghetsenkät. Det tar ungefär tre minuter.';
  return `${first}\n\nSvara här: ${link}\n\nDina svar är anonyma: vi sparar bara område och månad.\n\nThe survey is also available in English, Arabic and Somali.`;
}
