import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerModules } from '../../app';
import { addMessages } from '../../core/i18n/i18n';
import { auditLabel, humanise, translatedAuditLabel } from './labels';

registerModules();

const src = new URL('../..', import.meta.url).pathname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'web' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

/** Every entity and action code written as a literal next to an audited write, and every import kind. */
function codesInSource() {
  const entities = new Set<string>();
  const actions = new Set<string>();
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8');
    // An import is audited under its kind, declared in the module's *.import.ts.
    if (file.endsWith('.import.ts'))
      for (const m of text.matchAll(/^\s+kind: '([a-z-]+)',$/gm)) entities.add(m[1]);
    if (!/writeAudit|recordAudit|insertAudited|updateAudited/.test(text)) continue;
    for (const m of text.matchAll(/entity: '([a-z_-]+)'/g)) entities.add(m[1]);
    for (const m of text.matchAll(/action: (?:[^,{}]*\? )?'([a-z_]+)'(?: : '([a-z_]+)')?/g)) {
      actions.add(m[1]);
      if (m[2]) actions.add(m[2]);
    }
    // recordAudit(tx, audited, 'action', …) names its action third.
    for (const m of text.matchAll(/recordAudit\(\s*\w+,\s*(?:\{[^}]*\}|\w+),\s*'([a-z_]+)'/g))
      actions.add(m[1]);
  }
  return { entities: [...entities], actions: [...actions] };
}

describe('audit labels', () => {
  it('names known entities and actions in Swedish and English', () => {
    expect(auditLabel('sv', 'entities', 'situation_report')).toBe('Händelserapport');
    expect(auditLabel('en', 'entities', 'situation_report')).toBe('Incident report');
    expect(auditLabel('sv', 'entities', 'properties')).toBe('Fastighetsimport');
    expect(auditLabel('sv', 'actions', 'draw')).toBe('Drog urval');
    expect(auditLabel('en', 'actions', 'retention_reduce')).toBe('Retention: details removed');
  });

  it("takes a module's own name for its code from its server messages", () => {
    addMessages('test-budget', {
      sv: { audit: { entities: { budget_proposal: 'Budgetförslag' } } },
      en: { audit: { entities: { budget_proposal: 'Budget proposal' } } },
    });
    expect(auditLabel('sv', 'entities', 'budget_proposal')).toBe('Budgetförslag');
  });

  it('makes a readable name of a code no translation knows', () => {
    expect(humanise('salary_survey')).toBe('Salary survey');
    expect(humanise('salaries-import')).toBe('Salaries import');
    expect(auditLabel('sv', 'entities', 'salary_survey')).toBe('Salary survey');
  });

  it('has a Swedish and an English name for every entity and action the code writes', () => {
    const { entities, actions } = codesInSource();
    expect(entities.length).toBeGreaterThan(30);
    expect(actions).toContain('retention_reduce');
    expect(entities).toContain('survey-responses');
    const unnamed = [
      ...entities.map((code) => ['entities', code] as const),
      ...actions.map((code) => ['actions', code] as const),
    ].filter(([group, code]) =>
      (['sv', 'en'] as const).some((lng) => translatedAuditLabel(lng, group, code) === null),
    );
    // A new code: name it in the module's server messages (audit.entities.<code>) or in audit-log/i18n.
    expect(unnamed).toEqual([]);
  });
});
