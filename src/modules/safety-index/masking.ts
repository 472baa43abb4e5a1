/**
 * Masks what identifies a person in free text before analysts read it: Swedish personal identity
 * numbers (ÅÅMMDD-NNNN, ÅÅÅÅMMDDNNNN, also coordination numbers), phone numbers and e-mail addresses.
 */
const email = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu;
const personalNumber = /(?<!\d)(?:19|20)?\d{2}[01]\d[0-3]\d[-+ ]?\d{4}(?!\d)/g;
const phone = /(?<![\p{L}\d])(?:\+|00)?\d[\d ()-]{5,}\d(?!\d)/gu;

export function maskPersonalData(text: string): string {
  return text
    .replace(email, '[e-post]')
    .replace(personalNumber, '[personnummer]')
    .replace(phone, (match) => (match.replace(/\D/g, '').length >= 7 ? '[telefon]' : match));
}
