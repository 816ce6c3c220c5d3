import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The harness on a 20-file generated corpus, one round, one peer: every row is there and
// every figure is a real measurement (> 0). No timing is asserted: the figures depend on the
// machine, and CI runs this next to every other package's tests.

interface Row {
  id: string;
  label: string;
  over?: string;
  error?: string;
  cpuMs: number;
  wallMs: number;
  maxRssMiB: number;
  cpuRatio?: number;
  rssRatio?: number;
  problems?: number;
  runs: unknown[];
}
interface Corpus {
  name: string;
  files: number;
  lines: number;
  rows: Row[];
  latency?: { files: number; medianMs: number; p95Ms: number; maxMs: number };
  rules: { rule: string; ms: number; share: number }[];
}
interface Output {
  machine: { node: string; cores: number; cpu: string };
  options: { pairs: number };
  corpora: Corpus[];
}

const ROWS = [
  'floor',
  'pledge',
  'pledge-packs',
  'peer:security',
  'startup-floor',
  'startup-pledge-packs',
  'typed-floor',
  'typed-pledge',
  'tsc',
  'scan',
  'rescan',
];

const work = mkdtempSync(join(tmpdir(), 'pledge-bench-smoke-'));
const jsonFile = join(work, 'bench.json');
let stdout = '';
let output: Output;

beforeAll(async () => {
  const script = new URL('../scripts/bench.mjs', import.meta.url).pathname;
  const args = [
    '--sizes',
    '20',
    '--pairs',
    '1',
    '--peers',
    'security',
    '--json',
    jsonFile,
    '--work',
    work,
  ];
  ({ stdout } = await promisify(execFile)(process.execPath, [script, ...args], {
    maxBuffer: 64 * 1024 * 1024,
  }));
  output = JSON.parse(readFileSync(jsonFile, 'utf8')) as Output;
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('pnpm bench on a 20-file corpus', () => {
  it('describes the machine and the run', () => {
    expect(output.machine.node).toBe(process.version);
    expect(output.machine.cores).toBeGreaterThan(0);
    expect(output.options.pairs).toBe(1);
  });

  it('measures one generated corpus of 20 files', () => {
    expect(output.corpora.map((c) => c.name)).toEqual(['generated 20']);
    const [corpus] = output.corpora;
    expect(corpus!.files).toBe(20);
    expect(corpus!.lines).toBeGreaterThan(20);
  });

  it('has every row, each with CPU time, wall time and peak memory of one run', () => {
    const rows = output.corpora[0]!.rows;
    expect(rows.map((r) => r.id)).toEqual(ROWS);
    for (const row of rows) {
      expect({ id: row.id, error: row.error }).toEqual({ id: row.id, error: undefined });
      expect(row.cpuMs).toBeGreaterThan(0);
      expect(row.wallMs).toBeGreaterThan(0);
      expect(row.maxRssMiB).toBeGreaterThan(0);
      expect(row.runs).toHaveLength(1);
    }
  });

  it('takes each ratio over the row it is paired with', () => {
    const rows = new Map(output.corpora[0]!.rows.map((r) => [r.id, r]));
    const over = Object.fromEntries([...rows.values()].map((r) => [r.id, r.over]));
    expect(over).toEqual({
      floor: undefined,
      pledge: 'floor',
      'pledge-packs': 'floor',
      'peer:security': 'floor',
      'startup-floor': undefined,
      'startup-pledge-packs': 'startup-floor',
      'typed-floor': undefined,
      'typed-pledge': 'typed-floor',
      tsc: undefined,
      scan: 'tsc',
      rescan: 'scan',
    });
    for (const row of rows.values()) {
      if (row.over === undefined) continue;
      expect(row.cpuRatio).toBeGreaterThan(0);
      expect(row.rssRatio).toBeGreaterThan(0);
    }
  });

  it('finds the planted violations with Pledge and nothing with the floor', () => {
    const rows = new Map(output.corpora[0]!.rows.map((r) => [r.id, r]));
    expect(rows.get('floor')!.problems).toBe(0);
    expect(rows.get('pledge')!.problems).toBeGreaterThan(0);
    // The packs add rules: at least what the core rules find.
    expect(rows.get('pledge-packs')!.problems).toBeGreaterThanOrEqual(
      rows.get('pledge')!.problems!,
    );
    expect(rows.get('scan')!.problems).toBeGreaterThan(0);
    // The generated corpus type-checks cleanly.
    expect(rows.get('tsc')!.problems).toBe(0);
  });

  it('times Pledge per file and per rule, start-up excluded', () => {
    const corpus = output.corpora[0]!;
    expect(corpus.latency!.files).toBe(20);
    expect(corpus.latency!.p95Ms).toBeGreaterThanOrEqual(corpus.latency!.medianMs);
    expect(corpus.latency!.maxMs).toBeGreaterThan(0);
    const rules = corpus.rules.map((r) => r.rule);
    expect(rules).toContain('pledge/no-full-card-storage');
    expect(rules).toContain('pledge-security/no-pii-in-logs');
    expect(rules).toContain('pledge-web/cookie-attributes');
    expect(rules).toContain('pledge-mailing/require-unsubscribe-in-marketing-email');
    expect(corpus.rules.reduce((sum, r) => sum + r.share, 0)).toBeCloseTo(1, 5);
  });

  it('prints the table with every row label', () => {
    for (const row of output.corpora[0]!.rows) expect(stdout).toContain(row.label);
    expect(stdout).toContain("Pledge's extra time per file");
  });
});
