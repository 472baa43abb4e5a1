import { AppError } from '../../core/errors';
import { type Language, translate } from '../../core/i18n/i18n';
import { findPersonalData } from '../../core/personal-data';

/**
 * Refuses text holding personal data with a message that names what to remove, in the user's
 * language: "personnummer (811218-****), telefonnummer (070-…)".
 */
export function assertNoPersonalData(
  text: string | null | undefined,
  language: Language,
  field = 'description',
) {
  if (!text) return;
  const findings = findPersonalData(text);
  if (!findings.length) return;
  const items = findings
    .map((f) => `${translate(language, `situation:kinds.${f.kind}`)} (${f.masked})`)
    .join(', ');
  throw new AppError(
    'personal_data',
    { items, field },
    422,
    'situation:errors.personal_data',
    findings.map((f) => ({ field, kind: f.kind, start: f.start, end: f.end, masked: f.masked })),
  );
}
