import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { annualReportDocument } from '../annual-report.contract';
import { fixtureDocument } from './document.fixture';
import { reportJson } from './json';

const schema = JSON.parse(
  readFileSync(new URL('../../../../docs/annual-report.schema.json', import.meta.url), 'utf8'),
);
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true });
addFormats.default(ajv);
const validate = ajv.compile(schema);

describe('the report as JSON', () => {
  it('is the document as it is, valid against the committed JSON Schema', () => {
    for (const language of ['sv', 'en'] as const) {
      const json = JSON.parse(reportJson(fixtureDocument(language)));
      expect(json).toEqual(fixtureDocument(language));
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it('keeps breakdown shares as fractions 0–1, their columns saying so', () => {
    const json = JSON.parse(reportJson(fixtureDocument('sv')));
    const [partners] = json.indicators[2].breakdowns;
    expect(partners.units).toEqual(['text', 'count', 'count', 'fraction']);
    // 24 of 52 weeks, published to whole points: 0.46; 52 of 52: 1.
    expect(partners.rows).toEqual([
      ['Polisen', 24, 52, 0.46],
      ['Räddningstjänsten', 52, 52, 1],
    ]);
  });

  it('keeps the contract codes whatever the language', () => {
    const json = JSON.parse(reportJson(fixtureDocument('sv')));
    expect(json.indicators.map((i: { status: string }) => i.status)).toEqual([
      'not met',
      'met',
      'too close to call',
      null,
    ]);
  });

  it('refuses a document that breaks the contract', () => {
    const broken = (change: (d: ReturnType<typeof fixtureDocument>) => void) => {
      const d = structuredClone(fixtureDocument('sv'));
      change(d);
      return validate(d);
    };
    // A share as per cent, a translated status, a shown figure without a reason to hide it, no date.
    expect(
      broken((d) => {
        d.indicators[0].value = 78.4;
      }),
    ).toBe(false);
    expect(
      broken((d) => {
        d.indicators[0].trend[0].ci_high = 82;
      }),
    ).toBe(false);
    expect(
      broken((d) => {
        (d.indicators[0] as { status: string }).status = 'ej uppnått';
      }),
    ).toBe(false);
    expect(
      broken((d) => {
        d.indicators[0].suppressed = true;
      }),
    ).toBe(false);
    expect(
      broken((d) => {
        d.generated_at = 'yesterday';
      }),
    ).toBe(false);
    expect(
      broken((d) => {
        (d as Partial<typeof d>).gri_index = undefined;
      }),
    ).toBe(false);
    // A breakdown column of a unit the contract does not know (shares are 'fraction', 0–1).
    expect(
      broken((d) => {
        (d.indicators[2].breakdowns[0].units as string[])[3] = 'percent';
      }),
    ).toBe(false);
    expect(broken(() => {})).toBe(true);
  });

  it('names the same fields as the API contract', () => {
    const keys = (shape: object) => Object.keys(shape).sort();
    expect(keys(schema.properties)).toEqual(keys(annualReportDocument.shape));
    expect(schema.required.sort()).toEqual(keys(annualReportDocument.shape));
    const indicator = annualReportDocument.shape.indicators.element.shape;
    expect(keys(schema.$defs.indicator.properties)).toEqual(keys(indicator));
    expect(keys(schema.$defs.trendPoint.properties)).toEqual(keys(indicator.trend.element.shape));
    expect(keys(schema.$defs.textBlock.properties)).toEqual(
      keys(annualReportDocument.shape.material_areas.element.shape),
    );
    expect(keys(schema.$defs.griDisclosure.properties)).toEqual(
      keys(annualReportDocument.shape.gri_index.element.shape),
    );
  });
});
