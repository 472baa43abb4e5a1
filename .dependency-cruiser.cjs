// The shape of the code as a lint rule (`npm run lint:deps`, part of `npm test`):
// core knows no module, shared knows nothing, modules meet only through each other's index.ts and
// only where the module declares the dependency (`dependsOn` in its index.ts), and nothing is circular.
// The same holds for the web shell, the CLI, the demo, the tests, the browser suite and the benchmarks.
const { readdirSync, readFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const root = process.env.DEPCRUISE_ROOT ?? 'src';
const modulesDir = join(__dirname, root, 'modules');

/** Each module's declared dependencies, read from `dependsOn: [...]` in its index.ts. */
function declaredDependencies() {
  if (!existsSync(modulesDir)) return {};
  const declared = {};
  for (const name of readdirSync(modulesDir, { withFileTypes: true })) {
    if (!name.isDirectory()) continue;
    const index = join(modulesDir, name.name, 'index.ts');
    const text = existsSync(index) ? readFileSync(index, 'utf8') : '';
    const list = /dependsOn:\s*\[([^\]]*)\]/.exec(text)?.[1] ?? '';
    declared[name.name] = [...list.matchAll(/['"]([a-z0-9-]+)['"]/g)].map((m) => m[1]);
  }
  return declared;
}

const escapeRegExp = (s) => s.replace(/[-/\\^$*+?.()|[\]{}]/g, '\\$&');
const r = escapeRegExp(root);
const publicSurface = `^${r}/modules/[^/]+/(index\\.ts|web/index\\.tsx?)$`;
/** A module's test surface: what tests elsewhere may use to set up and look at its data. */
const testSurface = `^${r}/modules/[^/]+/testing\\.ts$`;
/** The tests sit beside src/ (test/, e2e/) or beside the code they test (*.test.ts). */
const base = escapeRegExp(root.replace(/src$/, ''));
const isTest = `(\\.test\\.tsx?|\\.spec\\.ts|\\.fixture\\.ts)$|^${base}(test|e2e)/`;
/** The rules' own test: a small tree of deliberate mistakes, cruised on its own (DEPCRUISE_ROOT). */
const fixture = 'test/dependency-rules/fixture/';

const undeclared = Object.entries(declaredDependencies()).map(([name, deps]) => ({
  name: `undeclared-dependency-of-${name}`,
  comment: `${name} may use only the modules it lists in dependsOn (${deps.join(', ') || 'none'}).`,
  severity: 'error',
  from: { path: `^${r}/modules/${escapeRegExp(name)}/`, pathNot: '\\.test\\.tsx?$' },
  to: {
    path: `^${r}/modules/[^/]+/`,
    pathNot: [
      `^${r}/modules/${escapeRegExp(name)}/`,
      ...deps.map((d) => `^${r}/modules/${escapeRegExp(d)}/`),
    ],
  },
}));

module.exports = {
  forbidden: [
    {
      name: 'core-knows-no-module',
      comment: 'src/core is the platform: modules plug into it, it never reaches into them.',
      severity: 'error',
      from: { path: `^${r}/core/` },
      to: { path: `^${r}/(modules|web|cli|demo)/|^${r}/app\\.ts$` },
    },
    {
      name: 'shared-is-pure',
      comment: 'src/shared runs in the browser and on the server: it imports only itself and npm packages.',
      severity: 'error',
      from: { path: `^${r}/shared/`, pathNot: isTest },
      to: { pathNot: `^${r}/shared/|node_modules`, dependencyTypesNot: ['core'] },
    },
    {
      name: 'shared-uses-no-node-builtins',
      severity: 'error',
      from: { path: `^${r}/shared/`, pathNot: isTest },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'module-through-index-only',
      comment: "Another module's files are private: use what its index.ts exports.",
      severity: 'error',
      from: { path: `^${r}/modules/([^/]+)/` },
      // A module's testing.ts too: test-surface-only-in-tests keeps production code off it.
      to: { path: `^${r}/modules/[^/]+/`, pathNot: [`^${r}/modules/$1/`, publicSurface, testSurface] },
    },
    {
      name: 'tables-never-through-index',
      comment:
        "A module's index.ts exports functions, never its tables: other modules ask it (areas.api.ts), " +
        'they do not query its tables. Tests that must look at rows use its testing.ts.',
      severity: 'error',
      from: { path: publicSurface },
      to: { path: `^${r}/modules/[^/]+/.*\\.table\\.ts$` },
    },
    {
      name: 'core-tables-through-functions',
      comment:
        "Core's users and organisations tables are core's: modules, the CLI, the demo and the tests use " +
        'its functions (core/auth/users.ts, core/organisations.ts) and shared/enums.ts for roles.',
      severity: 'error',
      from: { path: [`^${r}/(modules|cli|demo)/`, ...(root === 'src' ? ['^(test|e2e|bench)/'] : [])] },
      to: { path: `^${r}/core/(auth/auth|organisation)\\.table\\.ts$` },
    },
    {
      name: 'contracts-are-plain',
      comment:
        'A *.contract.ts is what the web imports for its API types: Zod and other contracts only, so no ' +
        'database code or Node built-in reaches the browser bundle (value lists live in vocabulary.ts).',
      severity: 'error',
      from: { path: '\\.contract\\.ts$' },
      to: {
        path: ['node_modules/(drizzle-orm|pg|@electric-sql)/', '\\.(table|service)\\.ts$', `^${r}/core/db/`],
      },
    },
    {
      name: 'contracts-use-no-node-builtins',
      severity: 'error',
      from: { path: '\\.contract\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'test-surface-only-in-tests',
      comment: "A module's testing.ts is for tests; production code uses its index.ts.",
      severity: 'error',
      from: { pathNot: isTest },
      to: { path: testSurface },
    },
    {
      name: 'outside-modules-through-index-only',
      comment:
        'The shell, CLI, demo and tests use a module through its index.ts (tests also its testing.ts).',
      severity: 'error',
      // src/schema.ts gathers every table for drizzle-kit's migrations: that is its job.
      from: { pathNot: `^${r}/modules/|^${r}/schema\\.ts$` },
      to: { path: `^${r}/modules/[^/]+/`, pathNot: [publicSurface, testSurface] },
    },
    ...undeclared,
    {
      name: 'no-circular',
      comment: 'A cycle makes load order matter and the two sides one module in disguise.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)(dist|data)/', ...(process.env.DEPCRUISE_ROOT ? [] : [fixture])] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
    moduleSystems: ['es6', 'cjs'],
  },
};
