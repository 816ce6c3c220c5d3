// Benchmark: whole-program scan time and memory as the project grows (issue 4: both should
// grow linearly). Generates a project of N small express/service files that call each other
// across files, scans it at several sizes, and prints ms/file and peak RSS. Figures, not
// assertions: `pnpm bench` (BENCH_SIZES=250,500,1000 to change the sizes).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sizes = (process.env.BENCH_SIZES ?? '250,500,1000,2000').split(',').map(Number);
const policy = new URL('../../../apps/demo/pledge.policy.yaml', import.meta.url).pathname;

if (process.argv[2] === '--child') {
  // One scan per process, so peak RSS is this scan's.
  const { scan } = await import('../dist/index.js');
  const start = performance.now();
  const result = await scan({ root: process.argv[3], policy });
  const ms = performance.now() - start;
  const rss = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({ ms, rss, files: result.stats.analysed, findings: result.findings.length }),
  );
  process.exit(0);
}

function project(n) {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-scan-bench-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { strict: true, module: 'nodenext', target: 'es2022', allowJs: true },
      include: ['src'],
    }),
  );
  for (let i = 0; i < n; i++) {
    // Each file calls one further down a tree (depth log n), across files: a linear chain of
    // thousands of imports would overflow TypeScript's recursive module resolution.
    const next = Math.min(n - 1, 2 * i + 1);
    writeFileSync(
      join(dir, 'src', `service${i}.ts`),
      `import { PrismaClient } from '@prisma/client';
${next !== i ? `import { record${next} } from './service${next}.js';` : ''}
const prisma = new PrismaClient();
export async function record${i}(order: { id: string; total: number }, cardNumber: string) {
  await prisma.order.create({ data: { id: order.id, total: order.total, last4: cardNumber.slice(-4) } });
  ${i % 10 === 0 ? 'await prisma.card.create({ data: { number: cardNumber } });' : ''}
  ${next !== i ? `if (order.total > ${i}) await record${next}({ id: order.id, total: order.total - 1 }, cardNumber);` : ''}
}
export function label${i}(name: string): string {
  return name.trim().toUpperCase();
}
`,
    );
  }
  return dir;
}

console.log(`pledge scan on generated projects (node ${process.version})`);
let first;
for (const n of sizes) {
  const dir = project(n);
  const out = JSON.parse(
    execFileSync(process.execPath, [import.meta.filename, '--child', dir], { encoding: 'utf8' }),
  );
  rmSync(dir, { recursive: true, force: true });
  first ??= out;
  console.log(
    `  ${String(n).padStart(5)} files  ${out.ms.toFixed(0).padStart(6)} ms  ${(out.ms / n).toFixed(2)} ms/file  ` +
      `peak RSS ${out.rss.toFixed(0)} MB  (${out.findings} findings; time x${(out.ms / first.ms).toFixed(2)}, files x${(n / sizes[0]).toFixed(0)})`,
  );
}
