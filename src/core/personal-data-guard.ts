import { AppError } from './errors';
import { type Language, translate } from './i18n/i18n';
import { findPersonalData } from './personal-data';

type Guard = {
  language: Language;
  /** The request field the text came from, so the form can mark it. */
  field?: string;
  /** A module's own wording of the refusal (it gets `items` and `field`); core's is the default. */
  messageKey?: string;
};

/**
 * Refuses free text holding personal data — one error for every module: code `personal_data`,
 * status 422, a message naming what to remove in the user's language ("telefonnummer (070-…)"),
 * and each finding's position as details.
 */
export function refusePersonalData(
  text: string | null | undefined,
  { language, field = 'text', messageKey = 'errors.personal_data' }: Guard,
): void {
  if (!text) return;
  const findings = findPersonalData(text);
  if (!findings.length) return;
  const items = findings
    .map((f) => `${translate(language, `personalData.kinds.${f.kind}`)} (${f.masked})`)
    .join(', ');
  throw new AppError(
    'personal_data',
    { items, field },
    422,
    messageKey,
    findings.map((f) => ({ field, kind: f.kind, start: f.start, end: f.end, masked: f.masked })),
  );
}
