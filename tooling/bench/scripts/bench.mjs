// `pnpm bench`: what Pledge costs next to the parser floor, the type checker and peer plugins.
// Every figure is a child process's own CPU time (user + system) and peak RSS (usage.mjs), the
// median over rounds; each round runs a floor and what is compared with it back to back, and
// a ratio is taken within the round (paired runs), so a machine that slows down for a while
// moves both sides of a ratio. Odd rounds run in reverse order, so no side always goes first.
// See docs/performance.md for what each row means and the figures of a full run.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FILES } from '@pledge/eslint-plugin';
import { CONFIGS, PACK_NAMES, PEERS } from './configs.mjs';
import { generateCorpus, POLICY } from './corpus.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const PACKAGE = dirname(HERE);
const REPO = resolve(PACKAGE, '../..');
const USAGE = join(HERE, 'usage.mjs');
const require = (await import('node:module')).createRequire(import.meta.url);
const PLEDGE_BIN = join(dirname(require.resolve('@pledge/scanner/package.json')), 'bin/pledge.js');
const TSC = join(dirname(require.resolve('typescript/package.json')), 'lib/tsc.js');
/** The packs as `pledge scan --pack` takes them from anywhere: their entry files. */
const PACK_ENTRIES = PACK_NAMES.map((name) => fileURLToPath(import.meta.resolve(name)));
/** Pledge's rule namespaces (core and packs), for the per-file times of ESLint's stats. */
const NAMESPACES = [
  'pledge',
  ...(await Promise.all(PACK_NAMES.map(async (n) => (await import(n)).default.meta.namespace))),
];

const USAGE_TEXT = `Usage: pnpm bench [options]
Relative paths are the repository root's.
  --sizes LIST     generated corpora, files each (default 500,2000; the full table: 500,2000,10000)
  --corpus DIR     also a real repository (repeatable); its policy: --policy, DIR/pledge.policy.yaml,
                   tooling/eval/repos/<name>/pledge.policy.yaml, else the demo's
  --pairs N        rounds of paired runs (default 3)
  --peers LIST     peers to run alone: ${PEERS.join(',')} (default all; "none" for none)
  --groups LIST    which rows: untyped (with the peers and the per-file times), startup, typed,
                   scan (default all of them)
  --no-typed       skip the typed rows;  --no-scan  skip pledge scan and tsc
  --policy FILE    the policy for every --corpus
  --json FILE      where the JSON goes (default tooling/bench/results/bench.json)
  --work DIR       where generated corpora go (default $TMPDIR/pledge-bench)`;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '500,2000' },
    corpus: { type: 'string', multiple: true, default: [] },
    pairs: { type: 'string', default: '3' },
    peers: { type: 'string', default: PEERS.join(',') },
    'no-typed': { type: 'boolean', default: false },
    'no-scan': { type: 'boolean', default: false },
    groups: { type: 'string', default: 'untyped,startup,typed,scan' },
    policy: { type: 'string' },
    json: { type: 'string', default: join(PACKAGE, 'results', 'bench.json') },
    work: { type: 'string', default: join(tmpdir(), 'pledge-bench') },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE_TEXT);
  process.exit(0);
}
// Through `pnpm bench` (turbo runs this in tooling/bench) relative paths are the repository
// root's, where turbo was invoked; through `pnpm --filter @repo/bench bench`, INIT_CWD's.
const CWD = process.env.TURBO_INVOCATION_DIR ?? process.env.INIT_CWD ?? process.cwd();
const here = (path) => resolve(CWD, path);
const sizes = values.sizes === '' ? [] : values.sizes.split(',').map((s) => Number(s.trim()));
const pairs = Number(values.pairs);
const peers = values.peers === 'none' ? [] : values.peers.split(',').map((s) => s.trim());
const GROUPS = ['untyped', 'startup', 'typed', 'scan'];
const groupsWanted = new Set(values.groups.split(',').map((s) => s.trim()));
for (const g of groupsWanted)
  if (!GROUPS.includes(g)) fail(`unknown group ${g} (known: ${GROUPS.join(', ')})`);
if (values['no-typed']) groupsWanted.delete('typed');
if (values['no-scan']) groupsWanted.delete('scan');
const typed = groupsWanted.has('typed');
const scan = groupsWanted.has('scan');
for (const n of [...sizes, pairs])
  if (!Number.isInteger(n) || n < 1) fail(`not a positive whole number: ${String(n)}`);
for (const p of peers)
  if (!PEERS.includes(p)) fail(`unknown peer ${p} (known: ${PEERS.join(', ')})`);

function fail(message) {
  console.error(`bench: ${message}\n\n${USAGE_TEXT}`);
  process.exit(2);
}

const median = (xs) => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** The nearest-rank percentile. */
const percentile = (xs, p) => {
  if (xs.length === 0) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

const machine = {
  node: process.version,
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? 'unknown',
  platform: `${process.platform} ${process.arch}`,
};

// ---------------------------------------------------------------- corpora

const SKIP_DIRS = new Set([
  'node_modules',
  '.git',
  'dist',
  'build',
  'out',
  '.next',
  '.turbo',
  'coverage',
  '.cache',
  'vendor',
  '.yarn',
  '.pnpm-store',
  'storybook-static',
]);
const EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** The files of a real repository ESLint is given: sources, no declarations, bundles or deps. */
function discover(root) {
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(join(dir, entry.name));
      } else if (
        entry.isFile() &&
        EXTENSIONS.test(entry.name) &&
        !/\.d\.[cm]?ts$/.test(entry.name) &&
        !/\.min\.js$/.test(entry.name)
      ) {
        const path = join(dir, entry.name);
        if (statSync(path).size <= 1024 * 1024) files.push(relative(root, path));
      }
    }
  };
  walk(root);
  return files.sort();
}

function policyFor(root) {
  const candidates = [
    values.policy && here(values.policy),
    join(root, 'pledge.policy.yaml'),
    join(REPO, 'tooling/eval/repos', basename(root), 'pledge.policy.yaml'),
    POLICY,
  ];
  return candidates.find((c) => c && existsSync(c));
}

const countLines = (root, files) =>
  files.reduce((n, f) => n + readFileSync(join(root, f), 'utf8').split('\n').length, 0);

function corpora() {
  const list = [];
  for (const n of sizes) {
    const root = join(here(values.work), `generated-${n}`);
    const files = generateCorpus(root, n);
    list.push({
      name: `generated ${n}`,
      root,
      files,
      policy: join(root, 'pledge.policy.yaml'),
      generated: true,
    });
  }
  for (const dir of values.corpus) {
    const root = here(dir);
    if (!existsSync(root)) fail(`--corpus ${dir}: no such directory`);
    list.push({
      name: basename(root),
      root,
      files: discover(root),
      policy: policyFor(root),
      generated: false,
    });
  }
  for (const c of list) c.lines = countLines(c.root, c.files);
  return list;
}

// ---------------------------------------------------------------- runs

const scratch = join(here(values.work), 'runs');
mkdirSync(scratch, { recursive: true });
let seq = 0;

/** Runs `node args…` with usage.mjs preloaded; its usage, exit status and stderr's last line. */
function measure(args, cwd) {
  const usageFile = join(scratch, `usage-${process.pid}-${++seq}.json`);
  rmSync(usageFile, { force: true });
  const child = spawnSync(process.execPath, ['--import', USAGE, ...args], {
    cwd,
    env: { ...process.env, BENCH_USAGE_FILE: usageFile, NO_COLOR: '1', CI: '1' },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : undefined;
  rmSync(usageFile, { force: true });
  const lastLine = (child.stderr || child.stdout || '').trim().split('\n').pop() ?? '';
  return { usage, status: child.status, stdout: child.stdout, lastLine };
}

function eslintRun(corpus, config, { stats = false, files = corpus.filesFile } = {}) {
  const out = join(scratch, `eslint-${process.pid}-${++seq}.json`);
  const jobFile = `${out}.job`;
  writeFileSync(
    jobFile,
    JSON.stringify({
      root: corpus.root,
      filesFile: files,
      config,
      policy: corpus.policy,
      globs: FILES,
      namespaces: NAMESPACES,
      stats,
      out,
    }),
  );
  const run = measure([join(HERE, 'eslint-child.mjs'), jobFile], corpus.root);
  const result = existsSync(out)
    ? JSON.parse(readFileSync(out, 'utf8'))
    : { error: `exit ${String(run.status)}: ${run.lastLine}` };
  rmSync(out, { force: true });
  rmSync(jobFile, { force: true });
  return { ...result, usage: run.usage };
}

function scanRun(corpus) {
  const report = join(scratch, `scan-${process.pid}-${++seq}.json`);
  const args = [
    PLEDGE_BIN,
    'scan',
    corpus.root,
    '--policy',
    corpus.policy,
    '--no-config',
    '--no-progress',
    '--fail-on',
    'none',
    '--format',
    'json',
    '--output',
    report,
  ];
  for (const entry of PACK_ENTRIES) args.push('--pack', entry);
  const run = measure(args, corpus.root);
  let problems;
  let error;
  if (run.status === 0 && existsSync(report))
    problems = JSON.parse(readFileSync(report, 'utf8')).findings.length;
  else error = `exit ${String(run.status)}: ${run.lastLine}`;
  rmSync(report, { force: true });
  return { problems, error, usage: run.usage };
}

function tscRun(corpus) {
  const tsconfig = join(corpus.root, 'tsconfig.json');
  const args = [TSC, '--noEmit', '-p', tsconfig];
  // An incremental project would write its build info; a composite one cannot turn it off.
  if (!/"composite"\s*:\s*true/.test(readFileSync(tsconfig, 'utf8')))
    args.push('--incremental', 'false');
  const run = measure(args, corpus.root);
  const diagnostics = (run.stdout.match(/error TS\d+/g) ?? []).length;
  // tsc exits 2 with diagnostics (the program was checked) and 1 on a broken command line.
  const error =
    run.status === 0 || (run.status === 2 && diagnostics > 0)
      ? undefined
      : `exit ${String(run.status)}: ${run.stdout.trim().split('\n')[0] ?? ''}`;
  return { problems: diagnostics, error, usage: run.usage };
}

/** Appends a function to one file (a helper in the middle), runs `fn`, puts the file back. */
function withOneFileChanged(corpus, fn) {
  const target = join(
    corpus.root,
    corpus.files.find((f, i) => i >= corpus.files.length >> 1 && f.includes('/lib/')) ??
      corpus.files[0],
  );
  const before = readFileSync(target, 'utf8');
  writeFileSync(
    target,
    `${before}\nexport function changedByBench(value: string): string {\n  return value.trim();\n}\n`,
  );
  try {
    return fn();
  } finally {
    writeFileSync(target, before);
  }
}

/** The groups of one corpus: the first run of each is the floor its ratios are over. */
function groupsOf(corpus) {
  const groups = [];
  groups.push({
    id: 'untyped',
    runs: [
      ['floor', () => eslintRun(corpus, 'floor')],
      ['pledge', () => eslintRun(corpus, 'pledge')],
      ['pledge-packs', () => eslintRun(corpus, 'pledge-packs')],
      ...peers.map((p) => [`peer:${p}`, () => eslintRun(corpus, `peer:${p}`)]),
    ],
  });
  groups.push({
    id: 'startup',
    runs: [
      ['startup-floor', () => eslintRun(corpus, 'floor', { files: corpus.firstFile })],
      [
        'startup-pledge-packs',
        () => eslintRun(corpus, 'pledge-packs', { files: corpus.firstFile }),
      ],
    ],
  });
  if (typed)
    groups.push({
      id: 'typed',
      runs: [
        ['typed-floor', () => eslintRun(corpus, 'typed-floor')],
        ['typed-pledge', () => eslintRun(corpus, 'typed-pledge')],
      ],
    });
  if (scan) {
    const runs = [];
    if (corpus.tsconfig) runs.push(['tsc', () => tscRun(corpus)]);
    runs.push(['scan', () => scanRun(corpus)]);
    // The checkout of a real repository is not written to: the re-scan runs on generated ones.
    if (corpus.generated)
      runs.push(['rescan', () => withOneFileChanged(corpus, () => scanRun(corpus))]);
    groups.push({ id: 'scan', runs });
  }
  return groups.filter((group) => groupsWanted.has(group.id));
}

const LABELS = {
  ...CONFIGS,
  'startup-floor': 'start-up: floor on 1 file',
  'startup-pledge-packs': 'start-up: + pledge, security, web, mailing on 1 file',
  tsc: 'tsc --noEmit -p tsconfig.json',
  scan: 'pledge scan (all packs)',
  rescan: 're-scan after changing one file',
};
/** What each row's ratios are over. */
const FLOOR_OF = { rescan: 'scan', scan: 'tsc' };

function benchCorpus(corpus) {
  corpus.filesFile = join(scratch, `files-${process.pid}-${++seq}.json`);
  writeFileSync(corpus.filesFile, JSON.stringify(corpus.files));
  corpus.firstFile = join(scratch, `first-${process.pid}-${++seq}.json`);
  writeFileSync(corpus.firstFile, JSON.stringify(corpus.files.slice(0, 1)));
  corpus.tsconfig = existsSync(join(corpus.root, 'tsconfig.json'));
  const groups = groupsOf(corpus);
  const samples = {};
  for (let round = 0; round < pairs; round++) {
    for (const group of groups) {
      const order = round % 2 ? [...group.runs].reverse() : group.runs;
      for (const [id, run] of order) {
        process.stderr.write(`  ${corpus.name}: round ${round + 1}/${pairs} ${id}…`);
        const result = run();
        process.stderr.write(
          ` ${result.usage ? (result.usage.cpuMs / 1000).toFixed(1) : '?'} s CPU\n`,
        );
        (samples[id] ??= []).push({ ...result, round });
      }
    }
  }
  const rows = [];
  for (const group of groups) {
    const [floorId] = group.runs[0];
    for (const [id] of group.runs) {
      const runs = samples[id];
      const over = FLOOR_OF[id] && samples[FLOOR_OF[id]] ? FLOOR_OF[id] : floorId;
      const error = runs.find((r) => r.error)?.error;
      const ratios = (key) =>
        runs
          .map((r) => {
            const base = samples[over].find((f) => f.round === r.round);
            return base?.usage && r.usage && !base.error
              ? r.usage[key] / base.usage[key]
              : undefined;
          })
          .filter((x) => x !== undefined);
      rows.push({
        id,
        group: group.id,
        label: LABELS[id],
        over: id === over ? undefined : over,
        error: error && `does not load: ${error}`,
        cpuMs: median(runs.filter((r) => r.usage).map((r) => r.usage.cpuMs)),
        wallMs: median(runs.filter((r) => r.usage).map((r) => r.usage.wallMs)),
        maxRssMiB: median(runs.filter((r) => r.usage).map((r) => r.usage.maxRssMiB)),
        cpuRatio: id === over || error ? undefined : median(ratios('cpuMs')),
        rssRatio: id === over || error ? undefined : median(ratios('maxRssMiB')),
        problems: runs.at(-1)?.problems,
        fatal: runs.at(-1)?.fatal,
        fatalSample: runs.at(-1)?.fatalSample,
        runs: runs.map((r) => r.usage),
      });
    }
  }
  // Per-rule and per-file times: one more run with ESLint's stats, start-up excluded.
  let stats = {};
  if (groupsWanted.has('untyped')) {
    process.stderr.write(`  ${corpus.name}: per-rule stats…\n`);
    stats = eslintRun(corpus, 'pledge-packs', { stats: true });
  }
  let latency;
  let ruleTimes = [];
  if (stats.perFile) {
    const cpu = stats.perFile.map((f) => f.cpuMs);
    const wall = stats.perFile.map((f) => f.ms);
    const parse = stats.perFile.map((f) => f.parseMs);
    const slowest = [...stats.perFile].sort((a, b) => b.cpuMs - a.cpuMs).slice(0, 5);
    latency = {
      files: cpu.length,
      medianMs: median(cpu),
      p95Ms: percentile(cpu, 95),
      maxMs: Math.max(...cpu),
      wallMedianMs: median(wall),
      wallP95Ms: percentile(wall, 95),
      parseMedianMs: median(parse),
      slowest,
    };
    const total = Object.values(stats.rulesCpu).reduce((a, b) => a + b, 0);
    ruleTimes = Object.entries(stats.rulesCpu)
      .map(([rule, ms]) => ({
        rule,
        ms,
        share: total ? ms / total : 0,
        wallMs: stats.rules[rule] ?? 0,
      }))
      .sort((a, b) => b.ms - a.ms);
  }
  for (const f of [corpus.filesFile, corpus.firstFile]) rmSync(f, { force: true });
  return {
    name: corpus.name,
    root: corpus.generated ? undefined : corpus.root,
    generated: corpus.generated,
    files: corpus.files.length,
    lines: corpus.lines,
    policy: corpus.generated ? 'apps/demo/pledge.policy.yaml' : relative(REPO, corpus.policy),
    rows,
    latency,
    latencyError: stats.error,
    rules: ruleTimes,
  };
}

// ---------------------------------------------------------------- output

const fmt = (x, digits = 2) => (x === undefined ? '' : x.toFixed(digits));
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

/** The table of one corpus, as text. */
function table(result) {
  const lines = [];
  lines.push(
    `${result.name}: ${result.files} files, ${result.lines} lines (policy ${result.policy})`,
  );
  lines.push(
    `  ${pad('row', 54)} ${padL('CPU s', 8)} ${padL('×', 6)} ${padL('MiB', 6)} ${padL('×', 6)} ${padL('found', 7)}  over`,
  );
  for (const row of result.rows) {
    if (row.error) {
      lines.push(`  ${pad(row.label, 54)} ${row.error}`);
      continue;
    }
    const notes = row.fatal ? ` (${row.fatal} files not parsed: ${row.fatalSample})` : '';
    lines.push(
      `  ${pad(row.label, 54)} ${padL(fmt((row.cpuMs ?? 0) / 1000), 8)} ${padL(fmt(row.cpuRatio), 6)} ${padL(fmt(row.maxRssMiB, 0), 6)} ${padL(fmt(row.rssRatio), 6)} ${padL(row.problems ?? '', 7)}  ${row.over ?? ''}${notes}`,
    );
  }
  if (result.latency) {
    const l = result.latency;
    lines.push(
      `  Pledge's extra time per file (${l.files} files, start-up excluded): CPU median ${fmt(l.medianMs, 2)} ms, p95 ${fmt(l.p95Ms, 2)} ms, max ${fmt(l.maxMs, 1)} ms (${l.slowest[0]?.file ?? ''});`,
    );
    lines.push(
      `    ESLint stats (wall clock): median ${fmt(l.wallMedianMs, 2)} ms, p95 ${fmt(l.wallP95Ms, 2)} ms; the parser's median ${fmt(l.parseMedianMs, 2)} ms. Per rule, CPU (and stats' wall clock):`,
    );
    for (const r of result.rules)
      lines.push(
        `    ${pad(r.rule, 58)} ${padL(fmt(r.ms, 0), 7)} ms ${padL(fmt(r.share * 100, 1), 5)}%  (${fmt(r.wallMs, 0)} ms)`,
      );
  } else if (result.latencyError) lines.push(`  per-file stats: ${result.latencyError}`);
  return lines.join('\n');
}

const list = corpora();
console.error(
  `bench: ${list.map((c) => `${c.name} (${c.files.length} files)`).join(', ')}; ${pairs} round(s); node ${machine.node}, ${machine.cores} cores, ${machine.cpu}`,
);
const results = [];
for (const corpus of list) {
  const result = benchCorpus(corpus);
  results.push(result);
  console.log(`${table(result)}\n`);
}
// Growth: CPU per file of each row across the generated sizes.
const generated = results.filter((r) => r.generated);
if (generated.length > 1) {
  console.log(`growth (CPU ms per file, generated corpora):`);
  for (const id of ['floor', 'pledge-packs', 'typed-pledge', 'tsc', 'scan']) {
    const cells = generated.map((r) => {
      const row = r.rows.find((x) => x.id === id);
      return row && !row.error ? `${r.files}: ${fmt(row.cpuMs / r.files, 2)}` : undefined;
    });
    if (cells.every(Boolean)) console.log(`  ${pad(LABELS[id], 54)} ${cells.join('  ')}`);
  }
}
const json = {
  machine,
  date: new Date().toISOString(),
  options: { sizes, corpora: values.corpus, pairs, peers, groups: [...groupsWanted] },
  corpora: results,
};
mkdirSync(dirname(here(values.json)), { recursive: true });
writeFileSync(here(values.json), `${JSON.stringify(json, null, 2)}\n`);
console.error(`bench: JSON written to ${relative(CWD, here(values.json))}`);
rmSync(scratch, { recursive: true, force: true });
