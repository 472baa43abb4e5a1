import { describe, expect, it } from 'vitest';
import { safeNext } from './safe-next';

describe('safeNext', () => {
  it('keeps a path inside the app, with its query', () => {
    expect(safeNext('/audit?entity=area')).toBe('/audit?entity=area');
    expect(safeNext('/')).toBe('/');
  });

  it('refuses addresses that leave the app', () => {
    expect(safeNext('//evil.example/x')).toBe('/');
    expect(safeNext('/\\evil.example')).toBe('/');
    expect(safeNext('https://evil.example')).toBe('/');
    expect(safeNext('audit')).toBe('/');
  });

  it('goes home without a next parameter', () => {
    expect(safeNext(null)).toBe('/');
    expect(safeNext('')).toBe('/');
  });
});
