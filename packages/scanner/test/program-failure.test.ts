import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { scan } from '../src/index.js';

// A project TypeScript cannot build a program for (here an import chain 3,000 files deep,
// which overflows its recursive module resolution) is still scanned, file by file without
// type information, and the loss is reported rather than hidden or fatal.

const root = mkdtempSync(join(tmpdir(), 'pledge-chain-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

it('analyses every file without type information when the program cannot be built', async () => {
  mkdirSync(join(root, 'src'));
  writeFileSync(
    join(root, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { module: 'nodenext', strict: true }, include: ['src'] }),
  );
  writeFileSync(
    join(root, 'pledge.policy.yaml'),
    'version: 1\norganization: Acme\ndocument: { url: https://acme.example/privacy, effective: 2016-01-16 }\nclauses: {}\nfirstParty: { hosts: [acme.example] }\n',
  );
  const depth = 3000;
  for (let i = 0; i < depth; i++) {
    const next = i + 1;
    writeFileSync(
      join(root, 'src', `f${String(i)}.ts`),
      next < depth
        ? `import { f${String(next)} } from './f${String(next)}.js';\nexport function f${String(i)}(x: string) { return f${String(next)}(x); }\n`
        : `export function f${String(i)}(email: string) { console.log(email); return fetch('https://collect.example/' + email); }\n`,
    );
  }
  const result = await scan({ root });
  expect(result.stats.files).toBe(depth);
  expect(result.findings.map((f) => [f.file, f.ruleId])).toEqual([
    [`src/f${String(depth - 1)}.ts`, 'no-pii-to-undeclared-third-party'],
  ]);
  expect(result.skipped).toEqual([
    expect.objectContaining({
      reason: 'analysis-error',
      detail: expect.stringContaining('analysed without type information') as string,
    }),
  ]);
  // A 5,000-deep import chain on two cores under load: a hang guard, not a budget.
}, 300_000);
