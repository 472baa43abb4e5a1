import { describe, expect, it } from 'vitest';
import { addMessages } from '../../core/i18n/i18n';
import en from './i18n/en.json';
import sv from './i18n/sv.json';
import { auditLabel, humanise } from './labels';

addMessages('audit-log', { sv, en });

describe('audit labels', () => {
  it('names known entities and actions in Swedish and English', () => {
    expect(auditLabel('sv', 'entities', 'situation_report')).toBe('Händelserapport');
    expect(auditLabel('en', 'entities', 'situation_report')).toBe('Incident report');
    expect(auditLabel('sv', 'entities', 'properties')).toBe('Fastighetsimport');
    expect(auditLabel('sv', 'actions', 'draw')).toBe('Drog urval');
  });

  it('makes a readable name of a code no translation knows', () => {
    expect(humanise('budget_proposal')).toBe('Budget proposal');
    expect(humanise('salaries-import')).toBe('Salaries import');
    expect(auditLabel('sv', 'entities', 'budget_proposal')).toBe('Budget proposal');
  });
});
