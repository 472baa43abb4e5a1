import type { Language } from '../../core/i18n/i18n';
import { refusePersonalData } from '../../core/personal-data-guard';

/**
 * Refuses an EST text holding personal data (core's guard: 422 `personal_data`), in this module's
 * words: "… Beskriv platsen och situationen – aldrig personer."
 */
export function assertNoPersonalData(
  text: string | null | undefined,
  language: Language,
  field = 'description',
) {
  refusePersonalData(text, { language, field, messageKey: 'situation:errors.personal_data' });
}
