/**
 * Demo: a small example valuation table, set through the service as an analyst would. The amounts
 * are made up for the example — round numbers, not published figures — and each source note says
 * so: an organisation replaces them with its own values and their sources.
 */
import { systemActor } from '../../core/auth/access';
import type { DemoContext } from '../../core/module';
import { swedishYear } from '../../shared/time';
import type { ValuationInput } from './social-value.contract';
import { createValuation } from './social-value.service';

const exampleNote =
  'Exempel, inte en publicerad siffra: ett antaget belopp för att visa uträkningen. Ersätt med organisationens egna värden och ange var de kommer ifrån.';

const demoValuations: Omit<ValuationInput, 'validFromYear'>[] = [
  {
    outcome: 'work',
    programCode: null,
    label: 'Exempel: försörjningsstöd som inte längre behövs (arbete)',
    valuePerPersonYear: 120_000,
    deadweight: 0.4,
    attribution: 0.3,
    durationYears: 3,
    dropOff: 0.5,
    source: `${exampleNote} Tänkt som kommunens kostnad för försörjningsstöd per person och år.`,
  },
  {
    outcome: 'studies',
    programCode: null,
    label: 'Exempel: studier i stället för försörjningsstöd',
    valuePerPersonYear: 60_000,
    deadweight: 0.5,
    attribution: 0.3,
    durationYears: 1,
    dropOff: 0,
    source: exampleNote,
  },
];

export async function seedSocialValueDemo(ctx: DemoContext): Promise<void> {
  const actor = systemActor(ctx.organisationId, 'demo');
  // From two years back, so the page has a result for this year and the years before.
  const validFromYear = swedishYear(ctx.today) - 2;
  for (const valuation of demoValuations) await createValuation(ctx, actor, { ...valuation, validFromYear });
}
