// Engine-only timing on the same generated corpus as run.js, for profiling
// (`node --cpu-prof bench/engine.js`).
import ts from 'typescript';
import { analyzeFile, coreRules, runRule } from '@pledge/core';
import { loadPolicy } from '@pledge/policy';
import { performance } from 'node:perf_hooks';
import { source } from './corpus.js';

const FILES = Number(process.env.BENCH_FILES ?? 300);
const policy = loadPolicy(
  new URL('../../../apps/demo/pledge.policy.yaml', import.meta.url).pathname,
).policy;
const files = Array.from({ length: FILES }, (_, i) => source(i));
let parse = 0;
let engine = 0;
let findings = 0;
for (let round = 0; round < 3; round++) {
  for (const [i, text] of files.entries()) {
    let start = performance.now();
    const sourceFile = ts.createSourceFile(`f${i}-${round}.ts`, text, ts.ScriptTarget.Latest, true);
    parse += performance.now() - start;
    start = performance.now();
    const analysis = analyzeFile({ ts, sourceFile, policy });
    for (const rule of Object.values(coreRules)) findings += runRule(rule, analysis).length;
    engine += performance.now() - start;
  }
}
console.log(
  `TypeScript parse ${(parse / 3).toFixed(0)} ms, engine ${(engine / 3).toFixed(0)} ms for ${FILES} files (x${(engine / parse).toFixed(2)} of the parse); ${findings / 3} findings`,
);
