import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const src = resolve(new URL('../src', import.meta.url).pathname);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import)\s*\(?\s*['"](\.[^'"]+)['"]/g)].map((m) =>
    resolve(dirname(file), m[1]),
  );
}

const moduleOf = (path: string) => /\/src\/modules\/([^/]+)/.exec(path)?.[1] ?? null;

describe('module boundaries', () => {
  it('keeps src/core free of imports from the modules', () => {
    const offenders = sourceFiles(join(src, 'core')).flatMap((file) =>
      imports(file)
        .filter((target) => target.startsWith(join(src, 'modules')))
        .map((target) => `${relative(src, file)} → ${relative(src, target)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('lets a module use another module only through its index.ts (its tests also through its testing.ts)', () => {
    const offenders = sourceFiles(join(src, 'modules')).flatMap((file) => {
      const own = moduleOf(file);
      const isTest = /\.(test|fixture)\.tsx?$/.test(file);
      return imports(file)
        .filter((target) => {
          const other = moduleOf(target);
          if (!other || other === own) return false;
          const inside = relative(join(src, 'modules', other), target);
          if (isTest && inside === 'testing') return false;
          return !(inside === '' || inside === 'index' || inside === 'web' || inside === 'web/index');
        })
        .map((target) => `${relative(src, file)} → ${relative(src, target)}`);
    });
    expect(offenders).toEqual([]);
  });
});
