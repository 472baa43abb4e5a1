import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/shared is imported by the server and by the web bundle alike: it may use npm packages that run in
// a browser, and its own files, but no Node built-ins and nothing of core, the modules or the web shell.
const shared = resolve(new URL('.', import.meta.url).pathname);

function specifiers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

describe('src/shared', () => {
  it('imports no Node built-ins and nothing outside itself', () => {
    const files = readdirSync(shared).filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name));
    expect(files).toContain('time.ts');
    const offenders = files.flatMap((name) =>
      specifiers(join(shared, name))
        .filter((s) => {
          if (s.startsWith('node:') || ['fs', 'path', 'os', 'crypto', 'url'].includes(s)) return true;
          if (!s.startsWith('.')) return false;
          return relative(shared, resolve(dirname(join(shared, name)), s)).startsWith('..');
        })
        .map((s) => `${name} → ${s}`),
    );
    expect(offenders).toEqual([]);
  });
});
