/**
 * The organisation's hand-entered indicators as definitions the report, the goals page and the
 * trace compute like any registered one. An entry's value is the figure; a share resting on people
 * gets its 95 % Wilson interval from core, and whether it may be shown comes from the publication
 * layer's protected table of the year's entries (areas → districts → organisation), so a hand-entered
 * share is rounded, hidden and judged exactly as a module's.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../core/db/client';
import {
  disclosureThresholds,
  flatDimension,
  type HiddenReason,
  organisationMember,
  protectTable,
  publishShare,
  unitKey,
} from '../../core/disclosure';
import { type Language, translate } from '../../core/i18n/i18n';
import {
  censusValue,
  type FigureTable,
  type FrameworkFocusArea,
  hiddenValue,
  type IndicatorDefinition,
  type IndicatorValue,
  oneDecimalCell,
} from '../../core/indicators';
import { wilsonInterval } from '../../core/statistics';
import { organisationAreas } from '../areas';
import { indicatorEntries, manualIndicators } from './indicators.table';

export type ManualIndicatorRow = typeof manualIndicators.$inferSelect;
type EntryRow = typeof indicatorEntries.$inferSelect;

/** The organisation's people outside the areas with an entry of their own, as a leaf of their own. */
const restLeaf = 'none';

/**
 * Why each of a year's share entries may not be shown (keyed by area id, or `organisation`), from
 * one protected table: the organisation and its areas (hand entries are per area, never per
 * district), the units the area entries' n and, as a leaf of its own, what the organisation's n has
 * beyond them. A small area is hidden, and so is whatever would let it be worked out by subtraction.
 */
export function shareReasons(
  areas: readonly { id: string }[],
  entries: readonly Pick<EntryRow, 'areaId' | 'n'>[],
  threshold: number,
): (areaId: string | null) => HiddenReason | null {
  const known = new Set(areas.map((a) => a.id));
  const units = new Map<string, number[]>();
  let inAreas = 0;
  for (const e of entries) {
    if (e.areaId === null || e.n === null || !known.has(e.areaId)) continue;
    units.set(unitKey([e.areaId]), [e.n]);
    inAreas += e.n;
  }
  const whole = entries.find((e) => e.areaId === null)?.n ?? null;
  if (whole !== null && whole > inAreas) units.set(unitKey([restLeaf]), [whole - inAreas]);
  const table = protectTable({
    threshold,
    dimensions: [flatDimension(organisationMember, [...areas.map((a) => a.id), restLeaf])],
    units,
  });
  return (areaId) => table.hiddenReason([areaId ?? organisationMember]);
}

/** One entry as an indicator value: a share of n people with its Wilson interval, else a census figure. */
export function entryValue(
  unit: IndicatorDefinition['unit'],
  entry: Pick<EntryRow, 'value' | 'n'> | undefined,
  reason: HiddenReason | null,
): IndicatorValue {
  if (!entry) return censusValue(null, null);
  if (unit !== 'fraction' || entry.n === null) return censusValue(entry.value, entry.n);
  if (reason) return hiddenValue(reason);
  if (entry.n === 0) return censusValue(null, 0);
  const { low, high } = wilsonInterval(entry.value * entry.n, entry.n);
  return { value: entry.value, n: entry.n, ciLow: low, ciHigh: high };
}

async function yearEntries(db: Db, organisationId: string, code: string, year: number) {
  return db
    .select()
    .from(indicatorEntries)
    .where(
      and(
        eq(indicatorEntries.organisationId, organisationId),
        eq(indicatorEntries.indicatorId, code),
        eq(indicatorEntries.year, year),
      ),
    );
}

type YearFigures = {
  entries: EntryRow[];
  areas: Awaited<ReturnType<typeof organisationAreas>>;
  reason: (areaId: string | null) => HiddenReason | null;
};

async function yearFigures(db: Db, organisationId: string, code: string, year: number): Promise<YearFigures> {
  const [entries, areas, thresholds] = await Promise.all([
    yearEntries(db, organisationId, code, year),
    organisationAreas(db, organisationId),
    disclosureThresholds(db, organisationId),
  ]);
  // Core's kind for figures entered by hand (docs/disclosure.md): the organisation sets it on the privacy page.
  return { entries, areas, reason: shareReasons(areas, entries, thresholds.manual) };
}

/** The year's area entries as a published table: shares rounded or hidden by the layer, n only when shown. */
function areaBreakdown(row: ManualIndicatorRow, figures: YearFigures, language: Language): FigureTable[] {
  const byArea = new Map(figures.entries.filter((e) => e.areaId).map((e) => [e.areaId!, e]));
  const rows = figures.areas.flatMap((area) => {
    const e = byArea.get(area.id);
    if (!e) return [];
    if (row.unit !== 'fraction' || e.n === null) return [[area.name, oneDecimalCell(e.value), e.n]];
    const v = entryValue(row.unit, e, figures.reason(area.id));
    if (v.suppressed || v.value === null) return [[area.name, null, null]];
    const share = publishShare({ value: v.value, low: v.ciLow!, high: v.ciHigh! }, e.n, null);
    return [[area.name, share.value, share.n]];
  });
  if (!rows.length) return [];
  const t = (key: string) => translate(language, `indicators:breakdown.${key}`);
  const valueColumn = row.unit === 'fraction' ? t('percent') : t('value');
  return [
    {
      caption: t('perArea'),
      columns: [t('area'), valueColumn, 'n'],
      units: ['text', row.unit, 'count'],
      rows,
    },
  ];
}

/** A hand-entered indicator as a definition: its metadata, the year's entry as its figure. */
export function manualDefinition(row: ManualIndicatorRow, organisationId: string): IndicatorDefinition {
  return {
    id: row.code,
    name: { sv: row.nameSv, en: row.nameEn },
    unit: row.unit,
    sdg: row.sdg,
    sdgTargets: row.sdgTargets,
    materialArea: row.materialArea,
    focusArea: (row.focusArea ?? undefined) as FrameworkFocusArea | undefined,
    higherIsBetter: row.higherIsBetter,
    frequency: row.frequency,
    owner: row.owner,
    definition: { sv: row.definitionSv, en: row.definitionEn },
    compute: async (db, orgId, year, language = 'sv') => {
      if (orgId !== organisationId) return censusValue(null, null);
      const figures = await yearFigures(db, orgId, row.code, year);
      const whole = figures.entries.find((e) => e.areaId === null);
      const value = entryValue(row.unit, whole, figures.reason(null));
      const breakdowns = areaBreakdown(row, figures, language);
      return breakdowns.length ? { ...value, breakdowns } : value;
    },
    computeForArea: async (db, orgId, areaId, year) => {
      if (orgId !== organisationId) return censusValue(null, null);
      const figures = await yearFigures(db, orgId, row.code, year);
      const own = figures.entries.find((e) => e.areaId === areaId);
      return entryValue(row.unit, own, figures.reason(areaId));
    },
  };
}

/** The organisation's hand-entered indicator rows, by code. */
export function manualIndicatorRows(db: Db, organisationId: string) {
  return db
    .select()
    .from(manualIndicators)
    .where(eq(manualIndicators.organisationId, organisationId))
    .orderBy(asc(manualIndicators.code));
}
