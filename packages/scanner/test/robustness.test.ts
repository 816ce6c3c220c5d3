import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { runCli, tempProject } from './scan-helpers.js';

// No input stops the gate, hides a file or leaks a value (issue: robustness). Deeply nested
// files are skipped alone with a reason and the report is still written; two files whose names
// differ only by `\` and `/` stay two files; CR-only and U+2028 line endings are lines; names
// with terminal escapes are printed escaped.

const CARD_STORE = `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function keep(cardNumber: string) {
  await prisma.card.create({ data: { cardNumber } });
}
`;

/** Deep structures, one level per line (so no file looks minified). */
const DEEP: Record<string, string> = {
  'src/deep/parens.ts': `export const a = ${'(\n'.repeat(800)}1${'\n)'.repeat(800)};\n`,
  'src/deep/arrays.ts': `export const a = ${'[\n'.repeat(800)}1${'\n]'.repeat(800)};\n`,
  'src/deep/ternary.ts': `declare const c: boolean;\nexport const a = ${'c ? 1 :\n'.repeat(2700)}0;\n`,
  'src/deep/blocks.ts': `export function f() {\n${'{\n'.repeat(10_000)}${'}\n'.repeat(10_000)}}\n`,
  'src/deep/calls.ts': `declare function g(x: unknown): unknown;\nexport const a = ${'g(\n'.repeat(5000)}1${'\n)'.repeat(5000)};\n`,
  'src/deep/arrows.ts': `export const a = ${'() =>\n'.repeat(5000)}1;\n`,
  'src/deep/plus.ts': `declare const s: string;\nexport const a = ${'s + (\n'.repeat(5000)}s${'\n)'.repeat(5000)};\n`,
  'src/deep/generics.ts': `type A<T> = T;\nexport type B = ${'A<\n'.repeat(3000)}string${'\n>'.repeat(3000)};\n`,
  'src/deep/jsx.tsx': `export const a = (\n${'<div>\n'.repeat(3000)}x${'\n</div>'.repeat(3000)}\n);\n`,
};

describe('deeply nested files', () => {
  it('are skipped alone, each with a reason, and the other files are analysed', async () => {
    const root = tempProject({ ...DEEP, 'src/store.ts': CARD_STORE });
    const result = await scan({ root });
    expect(result.findings.map((f) => `${f.file}:${String(f.line)} ${f.ruleId}`)).toEqual([
      'src/store.ts:4 no-full-card-storage',
    ]);
    const skipped = new Map(result.skipped.map((s) => [s.file, s]));
    for (const file of Object.keys(DEEP)) {
      // Each deep file is analysed or skipped with a reason: never silently dropped.
      if (skipped.has(file)) expect(skipped.get(file)?.reason).toBe('analysis-error');
    }
    expect(result.stats.files).toBe(Object.keys(DEEP).length + 1);
    expect(result.stats.analysed + result.skipped.length).toBe(result.stats.files);
    expect([...skipped.keys()]).toEqual(
      expect.arrayContaining(['src/deep/parens.ts', 'src/deep/arrays.ts', 'src/deep/blocks.ts']),
    );
  });

  it('never end `scan`, `map` or `baseline`: the report is written', async () => {
    const root = tempProject({ ...DEEP, 'src/store.ts': CARD_STORE });
    const scanned = await runCli(root, ['scan', '--format', 'json']);
    expect(scanned.code).toBe(1);
    const report = JSON.parse(scanned.stdout) as { findings: unknown[]; skipped: unknown[] };
    expect(report.findings).toHaveLength(1);
    expect(report.skipped.length).toBeGreaterThanOrEqual(3);

    const mapped = await runCli(root, ['map', '--format', 'json']);
    expect(mapped.code).toBe(0);
    expect(() => JSON.parse(mapped.stdout) as unknown).not.toThrow();
    // The map says which files it could not include.
    expect(mapped.stderr).toMatch(/file\(s\) could not be analysed and are not in the map/);
    expect(mapped.stderr).toContain('src/deep/parens.ts  analysis-error');

    const baseline = await runCli(root, ['baseline']);
    expect(baseline.code).toBe(0);
  });
});

describe('file names', () => {
  it('`a\\b.ts` next to `a/b.ts` stays a file of its own', async () => {
    const root = tempProject({
      'a\\b.ts': CARD_STORE,
      'a/b.ts': `\n${CARD_STORE}`,
    });
    const result = await scan({ root });
    expect(result.stats).toMatchObject({ files: 2, analysed: 2 });
    expect(result.findings.map((f) => `${f.file}:${String(f.line)}`).sort()).toEqual([
      'a/b.ts:5',
      'a\\b.ts:4',
    ]);
  });

  it('with terminal escapes and bidi controls are printed escaped, never raw', async () => {
    const name = 'src/evil\u001b[2J\u202e.ts';
    const root = tempProject({ [name]: CARD_STORE });
    for (const format of ['pretty', 'github', 'markdown']) {
      const { stdout } = await runCli(root, ['scan', '--format', format, '--no-color']);
      expect(stdout.includes('\u001b') || stdout.includes('\u202e')).toBe(false);
      // Markdown escapes the backslash and the bracket once more.
      expect(stdout).toMatch(
        format === 'markdown' ? /evil\\+u\{1B\}/ : /evil\\u\{1B\}\[2J\\u\{202E\}\.ts/,
      );
    }
    const { stdout } = await runCli(root, ['scan', '--format', 'json']);
    expect((JSON.parse(stdout) as { findings: { file: string }[] }).findings[0]?.file).toBe(
      'src/evil\u001b[2J\u202e.ts',
    );
  });
});

describe('line endings', () => {
  it.each([
    ['CR', '\r'],
    ['U+2028', '\u2028'],
    ['U+2029', '\u2029'],
  ])('a file with %s line endings is read as lines, not skipped as minified', async (_, eol) => {
    const filler = Array.from(
      { length: 400 },
      (_, i) => `export const v${String(i)} = ${String(i)};`,
    );
    const text = [...CARD_STORE.trimEnd().split('\n'), ...filler].join(eol);
    const root = tempProject({ 'src/store.ts': text });
    const result = await scan({ root });
    expect(result.skipped).toEqual([]);
    expect(result.findings.map((f) => f.ruleId)).toEqual(['no-full-card-storage']);
  });
});

describe('suppression problems', () => {
  it('mask a card number written as the rule id, in every format', async () => {
    const root = tempProject({
      'src/store.ts': `// pledge-ignore 4539148803436467: card 4539 1488 0343 6467\nexport const a = 1;\n`,
    });
    for (const format of ['pretty', 'json', 'sarif', 'github', 'markdown']) {
      const { stdout } = await runCli(root, ['scan', '--format', format, '--no-color']);
      expect(stdout).toContain('6467');
      expect(stdout).not.toMatch(/4539\s?1488/);
    }
  });
});
