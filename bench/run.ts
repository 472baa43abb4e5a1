import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

// Runs every bench/*.bench.ts in its own process (each opens its own database), one after another.
// Each benchmark prints its figures and records them in bench/RESULTS.md.
const only = process.argv[2];
const dir = new URL('.', import.meta.url).pathname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
let failed = 0;
for (const file of files) {
  process.stdout.write(`\n== ${file}\n`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', `${dir}${file}`], { stdio: 'inherit' });
  if (result.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
