import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

const file = new URL('./RESULTS.md', import.meta.url).pathname;

/** Replaces (or adds) this benchmark's section in bench/RESULTS.md, with the machine it ran on. */
export function recordResults(name: string, lines: string[]): void {
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  const section = `## ${name}\n_Run ${new Date().toISOString().slice(0, 10)} on ${machine}._\n\n${lines.join('\n')}\n`;
  const current = existsSync(file)
    ? readFileSync(file, 'utf8')
    : '# Benchmark results\n\nWritten by `npm run bench`.\n';
  const pattern = new RegExp(`## ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n[\\s\\S]*?(?=\\n## |$)`);
  const next = pattern.test(current)
    ? current.replace(pattern, section)
    : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(file, next);
  process.stdout.write(`${lines.join('\n')}\n`);
}
