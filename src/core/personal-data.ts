/**
 * Finds personal data that must never be written into free text (EST reports, survey comments): Swedish personal identity
 * numbers (personnummer, Skatteverket SKV 704), coordination numbers (samordningsnummer, day + 60),
 * phone numbers, e-mail addresses and licence plates. Names cannot be found reliably; the form says
 * plainly not to write them.
 */

export const personalDataKinds = [
  'personal_identity_number',
  'coordination_number',
  'phone_number',
  'email',
  'licence_plate',
] as const;
export type PersonalDataKind = (typeof personalDataKinds)[number];

export type PersonalDataFinding = {
  kind: PersonalDataKind;
  /** Start offset in the text (UTF-16 code units) and end offset (exclusive). */
  start: number;
  end: number;
  /** The found text with most digits/letters hidden, safe to show back in a message. */
  masked: string;
};

/** Luhn (mod 10) check over a string of digits, as Skatteverket uses for the last digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(i) - 48;
    // Weights 2,1,2,1,… from the left, for the ten-digit form.
    if ((digits.length - i) % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether YYMMDD (with an optional century) is a date; day + 60 marks a coordination number. */
function dateKind(century: string | undefined, yy: string, mm: string, dd: string) {
  const month = Number(mm);
  let day = Number(dd);
  if (month < 1 || month > 12) return null;
  let kind: 'personal_identity_number' | 'coordination_number' = 'personal_identity_number';
  if (day > 60) {
    kind = 'coordination_number';
    day -= 60;
  }
  if (day < 1) return null;
  // Without a century, 29 February is allowed whenever some century makes the year a leap year.
  const year = century ? Number(century + yy) : 2000 + Number(yy);
  if (day > daysInMonth(year, month)) return null;
  return kind;
}

const identityNumberPattern = /(?<![\d])(18|19|20)?(\d{2})(\d{2})(\d{2}) ?([-+–]?) ?(\d{3})(\d)(?![\d])/g;

function findIdentityNumbers(text: string, checksum: boolean): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(identityNumberPattern)) {
    const [whole, century, yy, mm, dd, , serial, check] = m;
    const kind = dateKind(century, yy, mm, dd);
    if (!kind) continue;
    if (checksum && !luhnValid(yy + mm + dd + serial + check)) continue;
    const start = m.index;
    found.push({ kind, start, end: start + whole.length, masked: `${whole.slice(0, -4)}****` });
  }
  return found;
}

/**
 * Runs of digit groups joined by one space or hyphen ("070-123 45 67", "+46 (0)8 123 456 78"),
 * standing apart: not glued by a hyphen to letters or digits on either side, as the groups of an
 * id are ("9ce34699-0374-4744-a1b2-…" holds "0374-4744", which is no phone number).
 */
const digitRunPattern =
  /(?<![\d\p{L}])(?<![\d\p{L}][-–])(?:\+ ?)?\d+(?:(?: ?[-–] ?| |\(0\) ?| \(0\) ?)\d+)*(?![\d\p{L}]|[-–][\d\p{L}])/gu;
const groupPattern = /\+|\(0\)|\d+/g;

type Group = { text: string; start: number; end: number; sep: string };

function groupsOf(run: string, offset: number): Group[] {
  const groups: Group[] = [];
  let last = 0;
  for (const g of run.matchAll(groupPattern)) {
    if (g[0] === '+' || g[0] === '(0)') {
      last = g.index + g[0].length;
      // '+' and '(0)' are glued to the following group.
      groups.push({ text: g[0], start: offset + g.index, end: offset + last, sep: '' });
      continue;
    }
    groups.push({
      text: g[0],
      start: offset + g.index,
      end: offset + g.index + g[0].length,
      sep: run.slice(last, g.index),
    });
    last = g.index + g[0].length;
  }
  // Fold markers into their neighbours: "+" "46" → "+46", "(0)" "8" → "(0)8".
  const folded: Group[] = [];
  for (let i = 0; i < groups.length; i++) {
    const g = groups[i];
    const next = groups[i + 1];
    if ((g.text === '+' || g.text === '(0)') && next && /^\d/.test(next.text)) {
      folded.push({ text: g.text + next.text, start: g.start, end: next.end, sep: g.sep });
      i++;
    } else if (/^\d/.test(g.text)) folded.push(g);
  }
  return folded;
}

/** The national significant number of a phone candidate, or null when it cannot be one. */
function nationalNumber(groups: Group[]): string | null {
  const digits = groups.map((g) => g.text).join('');
  let national: string;
  let international = false;
  if (digits.startsWith('+46')) {
    national = digits.slice(3);
    international = true;
  } else if (digits.startsWith('0046')) {
    national = digits.slice(4);
    international = true;
  } else if (digits.startsWith('0') && !digits.startsWith('00')) national = digits.slice(1);
  else return null;
  national = national.replace('(0)', '');
  if (international && national.startsWith('0')) national = national.slice(1);
  if (!/^[1-9]\d{6,8}$/.test(national)) return null;
  // Groups after the area code have at least two digits in Swedish writing ("021-12 34 56"); a
  // lone digit means a list of small numbers, not a phone number.
  const rest = international ? groups.slice(2) : groups.slice(1);
  if (rest.some((g) => g.text.replace('(0)', '').length < 2)) return null;
  // dd-mm-yyyy is a date, not "07-11-2026".
  const lengths = groups.map((g) => g.text.length).join(',');
  if (lengths === '2,2,4' && groups.slice(1).every((g) => /[-–]/.test(g.sep))) return null;
  return national;
}

function findPhoneNumbers(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const run of text.matchAll(digitRunPattern)) {
    const groups = groupsOf(run[0], run.index);
    let i = 0;
    while (i < groups.length) {
      // The longest run of groups from i that is a phone number.
      let best = -1;
      for (let j = groups.length - 1; j >= i; j--) {
        if (nationalNumber(groups.slice(i, j + 1))) {
          best = j;
          break;
        }
      }
      if (best < 0) {
        i++;
        continue;
      }
      const start = groups[i].start;
      const end = groups[best].end;
      const whole = text.slice(start, end);
      found.push({ kind: 'phone_number', start, end, masked: `${whole.slice(0, 4)}…` });
      i = best + 1;
    }
  }
  return found;
}

const emailPattern = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;

function findEmails(text: string): PersonalDataFinding[] {
  return [...text.matchAll(emailPattern)].map((m) => ({
    kind: 'email' as const,
    start: m.index,
    end: m.index + m[0].length,
    masked: `${m[0][0]}…@${m[0].split('@')[1]}`,
  }));
}

/**
 * Swedish plates: three letters and three digits, or (since 2019) two digits and a letter last.
 * I, Q, V, Å, Ä, Ö are never used; O is not used as the last character (Transportstyrelsen).
 * Written in capitals, as on the plate; lower-case "och 123" is ordinary text.
 */
const platePattern = /(?<![\p{L}\d])([A-HJ-PR-UW-Z]{3})[ -]?(\d{2}[\dA-HJ-NPR-UW-Z])(?![\p{L}\d])/gu;
/** Capitalised abbreviations that stand before amounts, not plates. */
const notPlates = new Set(['SEK', 'EUR', 'USD', 'NOK', 'DKK', 'TKR', 'MKR', 'KKR', 'KPI', 'CAD', 'GBP']);

function findLicencePlates(text: string): PersonalDataFinding[] {
  const found: PersonalDataFinding[] = [];
  for (const m of text.matchAll(platePattern)) {
    if (notPlates.has(m[1])) continue;
    found.push({ kind: 'licence_plate', start: m.index, end: m.index + m[0].length, masked: `${m[1]} ***` });
  }
  return found;
}

/**
 * Every piece of personal data in the text, in order; overlapping findings keep the first kind.
 * With checksum (the default, for refusing input) an identity number must pass the Luhn check, so
 * ordinary numbers are not refused; without it (for masking) a mistyped number is caught too.
 */
export function findPersonalData(
  text: string,
  { checksum = true }: { checksum?: boolean } = {},
): PersonalDataFinding[] {
  const all = [
    ...findIdentityNumbers(text, checksum),
    ...findEmails(text),
    ...findPhoneNumbers(text),
    ...findLicencePlates(text),
  ];
  const kept: PersonalDataFinding[] = [];
  for (const f of all) {
    if (kept.some((k) => f.start < k.end && k.start < f.end)) continue;
    kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const maskLabels: Record<PersonalDataKind, string> = {
  personal_identity_number: '[personnummer]',
  coordination_number: '[personnummer]',
  phone_number: '[telefon]',
  email: '[e-post]',
  licence_plate: '[registreringsnummer]',
};

/** The text with every piece of personal data replaced by a label, e.g. "[telefon]", before others read it. */
export function maskPersonalData(text: string): string {
  let masked = '';
  let at = 0;
  for (const f of findPersonalData(text, { checksum: false })) {
    masked += text.slice(at, f.start) + maskLabels[f.kind];
    at = f.end;
  }
  return masked + text.slice(at);
}
