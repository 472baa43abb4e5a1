import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliOn } from '../../../test/cli';
import { seedOrganisation, signIn } from '../../../test/fixtures';
import { setUpTestApp, testConfig } from '../../../test/harness';
import { loadConfig } from '../../core/config';
import { swedishYear } from '../../shared/time';
import type { AnnualReportDocument } from './annual-report.contract';

const t = setUpTestApp();
const dir = mkdtempSync(join(tmpdir(), 'grannskap-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const year = swedishYear(testConfig.clock()) - 1;

const grannskap = cliOn(() => t.database, dir);

describe('grannskap report', () => {
  it('writes the same document the report page shows, with the texts, in each format', async () => {
    await seedOrganisation(t.db);
    const analyst = await signIn(t.app, 'analyst@alfa.test');
    const body = 'Vi har fortsatt EST-samverkan i Bäckby och Råby.';
    await analyst.request('PUT', `/api/v1/annual-report/${year}/texts`, {
      material_area: 'sustainable_neighbourhoods',
      language: 'sv',
      body,
    });

    const json = await grannskap('report', '--year', String(year), '--org', 'alfa', '--out', 'r.json');
    expect(json.err).toBe('');
    expect(json.code).toBe(0);
    const written: AnnualReportDocument = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(json.out).toBe(`Wrote r.json (${written.indicators.length} indicators).\n`);
    const page: AnnualReportDocument = (await analyst.get(`/api/v1/annual-report/${year}?lang=sv`)).json();
    expect({ ...written, generated_at: null }).toEqual({ ...page, generated_at: null });
    expect(written.material_areas[0]).toMatchObject({ body, written_by: 'analyst alfa' });

    const pdf = await grannskap(
      'report',
      '--year',
      String(year),
      '--org',
      'alfa',
      '--format',
      'pdf',
      '--lang',
      'en',
      '--out',
      'r.pdf',
    );
    expect(pdf.code).toBe(0);
    expect(readFileSync(join(dir, 'r.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('refuses a language it does not write and a year to come, writing no file', async () => {
    await seedOrganisation(t.db);
    const french = await grannskap(
      'report',
      '--year',
      String(year),
      '--org',
      'alfa',
      '--lang',
      'fr',
      '--out',
      'fr.json',
    );
    expect(french.code).not.toBe(0);
    expect(french.err).toContain("'fr' is invalid");
    // The CLI's clock is the configured one (the system's unless GRANNSKAP_CLOCK_START is set).
    const future = String(swedishYear(loadConfig().clock()) + 1);
    const later = await grannskap('report', '--year', future, '--org', 'alfa', '--out', 'later.json');
    expect(later.code).toBe(1);
    // In the terminal's language (LANG): Swedish unless it is English.
    expect(later.err).toMatch(
      new RegExp(
        `^grannskap: (Årsrapporten kan göras för|The annual report can be made for the years) .*${future}\\.\\n$`,
      ),
    );
    expect(existsSync(join(dir, 'fr.json'))).toBe(false);
    expect(existsSync(join(dir, 'later.json'))).toBe(false);
  });
});
