/**
 * The demo company's own indicators, kept by hand by its analyst: summer jobs for young tenants,
 * tenants satisfied with safety in the yearly customer survey (AktivBo) and local associations with
 * rent-free premises, each with several years of values, Swedish source notes and an attachment.
 * Every figure is invented.
 */
import type { Actor } from '../../core/auth/access';
import { userByEmail } from '../../core/auth/users';
import { accessiblePdf, finishPdf } from '../../core/export/pdf';
import type { DemoContext } from '../../core/module';
import { swedishYear } from '../../shared/time';
import { organisationAreas } from '../areas';
import type { ManualIndicatorInput } from './indicators.contract';
import { createEntry, createManualIndicator, setAttachment } from './manual.service';

const summerJobs: ManualIndicatorInput = {
  code: 'manual_summer_jobs',
  nameSv: 'Feriejobb för ungdomar i våra områden',
  nameEn: 'Summer jobs for young people in our areas',
  unit: 'count',
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'arbete',
  sdg: [8],
  sdgTargets: ['8.6'],
  higherIsBetter: true,
  frequency: 'yearly',
  owner: 'analyst',
  definitionSv:
    'Antal ungdomar 15–19 år, boende i bolagets områden, som haft feriejobb genom bolaget eller dess samarbetspartner under sommaren.',
  definitionEn:
    'Number of young people aged 15–19 living in the company’s areas who had a summer job through the company or its partners during the summer.',
};

const surveySafety: ManualIndicatorInput = {
  code: 'manual_aktivbo_safety',
  nameSv: 'Andel hyresgäster nöjda med trygghet enligt kundenkäten (AktivBo)',
  nameEn: 'Share of tenants satisfied with safety in the customer survey (AktivBo)',
  unit: 'fraction',
  materialArea: 'sustainable_neighbourhoods',
  focusArea: 'trygghet',
  sdg: [11, 16],
  sdgTargets: ['11.7', '16.1'],
  higherIsBetter: true,
  frequency: 'yearly',
  owner: 'analyst',
  definitionSv:
    'Andel av de svarande i den årliga kundenkäten (AktivBo) som instämmer i påståendet ”Jag känner mig trygg i mitt bostadsområde” (4 eller 5 på en femgradig skala).',
  definitionEn:
    'Share of respondents in the yearly customer survey (AktivBo) who agree with “I feel safe in my neighbourhood” (4 or 5 on a five-point scale).',
};

const freePremises: ManualIndicatorInput = {
  code: 'manual_free_premises',
  nameSv: 'Antal lokala föreningar med hyresfri lokal',
  nameEn: 'Local associations with rent-free premises',
  unit: 'count',
  materialArea: 'good_community_actor',
  focusArea: 'sponsorship',
  sdg: [10, 11],
  sdgTargets: ['10.2', '11.3'],
  higherIsBetter: true,
  frequency: 'yearly',
  owner: 'admin',
  definitionSv:
    'Antal lokala föreningar som den 31 december har en lokal i bolagets bestånd utan hyra, enligt avtal om sponsring.',
  definitionEn:
    'Number of local associations that on 31 December hold premises in the company’s stock without rent, under a sponsorship agreement.',
};

/** The survey vendor's summary for a year, as the small PDF the analyst attached. */
async function surveyReportPdf(year: number, share: number, n: number): Promise<Buffer> {
  const doc = accessiblePdf({ title: `Kundenkät AktivBo ${year} – sammanfattning`, language: 'sv' });
  const root = doc.struct('Document');
  doc.addStructure(root);
  root.add(
    doc.struct('H1', {}, () => {
      doc.font('bold').fontSize(16).text(`Kundenkät AktivBo ${year}`);
    }),
  );
  const summary =
    `Sammanfattning för Demobostäder i Västerås AB (fiktiv). Svarande: ${n}. ` +
    `Andel som instämmer i ”Jag känner mig trygg i mitt bostadsområde”: ${Math.round(share * 1000) / 10} %.`;
  root.add(
    doc.struct('P', {}, () => {
      doc.font('body').fontSize(11).text(summary);
    }),
  );
  root.end();
  return finishPdf(doc, (page, pages) => `Sida ${page} av ${pages}`);
}

export async function seedIndicatorsDemo(demo: DemoContext): Promise<void> {
  const { db, organisationId, today } = demo;
  const analyst = await userByEmail(db, 'analytiker@demo.grannskap.se');
  const actor: Actor = {
    userId: analyst?.id ?? null,
    organisationId,
    name: analyst?.name ?? 'Anton Analys',
    role: 'analyst',
    areaIds: 'all',
    partnerOrganisation: null,
    language: 'sv',
  };
  const ctx = { db };
  const year = swedishYear(today);
  const years = [year - 4, year - 3, year - 2, year - 1];
  const areas = await organisationAreas(db, organisationId);
  const areaNamed = (name: string) => areas.find((a) => a.name === name)?.id ?? null;

  const jobs = await createManualIndicator(ctx, actor, summerJobs);
  for (const [i, y] of years.entries()) {
    const entry = await createEntry(
      ctx,
      actor,
      jobs.id,
      {
        year: y,
        areaId: null,
        value: [38, 45, 52, 61][i],
        n: null,
        sourceNote: `Sammanställning från Arbetsförmedlingen och Mimers feriejobbsprogram ${y}`,
      },
      today,
    );
    if (y === year - 1) {
      const csv =
        'område;feriejobb\nBäckby norra;14\nBäckby centrum;9\nBäckby södra;11\nRåby östra;8\nÖvriga områden;19\n';
      await setAttachment(ctx, actor, entry.id, { name: `feriejobb-${y}.csv`, bytes: Buffer.from(csv) });
    }
  }

  const survey = await createManualIndicator(ctx, actor, surveySafety);
  const shares = [
    [0.712, 1184],
    [0.726, 1251],
    [0.741, 1230],
    [0.763, 1297],
  ] as const;
  for (const [i, y] of years.entries()) {
    const [share, n] = shares[i];
    const entry = await createEntry(
      ctx,
      actor,
      survey.id,
      {
        year: y,
        areaId: null,
        value: share,
        n,
        sourceNote: `AktivBo kundenkät ${y}, rapport till bolaget i december`,
      },
      today,
    );
    if (y === year - 1)
      await setAttachment(ctx, actor, entry.id, {
        name: `aktivbo-${y}.pdf`,
        bytes: await surveyReportPdf(y, share, n),
      });
  }
  // The last year per area too: Skultuna centrum's eight answers are too few to show.
  const perArea: [string, number, number][] = [
    ['Bäckby norra', 0.68, 212],
    ['Bäckby centrum', 0.71, 188],
    ['Vallby centrum', 0.81, 143],
    ['Skultuna centrum', 0.75, 8],
  ];
  for (const [name, share, n] of perArea) {
    const areaId = areaNamed(name);
    if (!areaId) continue;
    await createEntry(
      ctx,
      actor,
      survey.id,
      {
        year: year - 1,
        areaId,
        value: share,
        n,
        sourceNote: `AktivBo kundenkät ${year - 1}, områdesrapport`,
      },
      today,
    );
  }

  const premises = await createManualIndicator(ctx, actor, freePremises);
  for (const [i, y] of years.entries())
    await createEntry(
      ctx,
      actor,
      premises.id,
      {
        year: y,
        areaId: null,
        value: [9, 11, 12, 14][i],
        n: null,
        sourceNote: `Bolagets sponsringsavtal per den 31 december ${y}, förteckning från fastighetsavdelningen`,
      },
      today,
    );
}
