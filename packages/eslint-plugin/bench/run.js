// Benchmark: what Pledge's rules add to an ESLint run (DESIGN §8). Lints a generated corpus
// of realistic files three ways — the parser alone (the zero-rule floor: with no rule at all
// ESLint skips its traversal), the floor plus one no-op rule listening on
// CallExpression/MemberExpression (what any first rule costs: traversal, code paths, per-node
// dispatch), and the floor plus Pledge's recommended rules (which listen on Program only and
// share one engine analysis per file) — and prints medians and ratios. Figures, not
// assertions: run it with `pnpm bench` (BENCH_FILES, BENCH_RUNS to change the size).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import plugin from '../dist/index.js';
import { source } from './corpus.js';

const FILES = Number(process.env.BENCH_FILES ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const policy = new URL('../../../apps/demo/pledge.policy.yaml', import.meta.url).pathname;

const noopPlugin = {
  rules: {
    noop: {
      meta: { type: 'problem', schema: [] },
      create: () => ({ CallExpression() {}, MemberExpression() {} }),
    },
  },
};

const base = { files: ['**/*.ts'], languageOptions: { parser: tsParser } };
const configs = {
  floor: [base],
  'floor + one per-node rule': [
    { ...base, plugins: { noop: noopPlugin }, rules: { 'noop/noop': 'error' } },
  ],
  'floor + pledge recommended': [
    {
      ...base,
      plugins: { pledge: plugin },
      rules: plugin.configs.recommended.rules,
      settings: { pledge: { policy } },
    },
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'pledge-bench-'));
mkdirSync(join(dir, 'src'));
for (let i = 0; i < FILES; i++) writeFileSync(join(dir, 'src', `file${i}.ts`), source(i));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const results = {};
let findings = 0;
for (let run = 0; run < RUNS; run++) {
  for (const [name, overrideConfig] of Object.entries(configs)) {
    const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig, cache: false });
    const start = performance.now();
    const lint = await eslint.lintFiles(['src/**/*.ts']);
    const ms = performance.now() - start;
    (results[name] ??= []).push(ms);
    if (name.includes('pledge')) findings = lint.reduce((n, r) => n + r.messages.length, 0);
  }
}
rmSync(dir, { recursive: true, force: true });

const floor = median(results.floor);
const anyRule = median(results['floor + one per-node rule']);
console.log(`ESLint on ${FILES} generated files, median of ${RUNS} runs (node ${process.version})`);
for (const [name, times] of Object.entries(results)) {
  const ms = median(times);
  console.log(
    `  ${name.padEnd(30)} ${ms.toFixed(0).padStart(6)} ms   ${(ms / FILES).toFixed(2)} ms/file   x${(ms / floor).toFixed(3)} of floor`,
  );
}
console.log(
  `  pledge vs one per-node rule: x${(median(results['floor + pledge recommended']) / anyRule).toFixed(3)}`,
);
console.log(
  `  pledge findings: ${findings} (expected ${Math.ceil(FILES / 10) + Math.ceil(FILES / 15) + Math.ceil(FILES / 20)})`,
);
