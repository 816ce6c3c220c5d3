// The annotations of violations/: `// expect: <rule-id>[, <rule-id>…]` on each line a finding
// starts on; `(scanner: <why>)` after the ids when only the whole-program scanner can see it (a
// flow across modules, which ESLint without type information does not follow);
// `// missed: <rule-id> (<why>)` on a realistic violation that no front end reports today.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ANNOTATION = /\/\/\s*(expect|missed):\s*([\w-]+(?:\s*,\s*[\w-]+)*)\s*(\(scanner\b[^)]*\))?/;

/**
 * @typedef {{ file: string, line: number, ruleId: string }} Finding
 * @typedef {{ eslint: Finding[], scanner: Finding[], missed: Finding[] }} Expected
 */

/**
 * Every `.ts`/`.js` file under `dir`, relative to `root`.
 * @param {string} root
 * @param {string} dir
 * @returns {string[]}
 */
export function sourceFiles(root, dir) {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:[cm]?[jt]sx?)$/.test(file))
    .map((file) =>
      relative(root, join(root, dir, file))
        .split('\\')
        .join('/'),
    )
    .sort();
}

/**
 * What ESLint and the scanner should report in `dir` (relative to `root`), by its annotations.
 * @param {string} root
 * @returns {Expected}
 */
export function readAnnotations(root, dir = 'violations') {
  /** @type {Expected} */
  const expected = { eslint: [], scanner: [], missed: [] };
  for (const file of sourceFiles(root, dir)) {
    readFileSync(join(root, file), 'utf8')
      .split('\n')
      .forEach((text, index) => {
        const match = ANNOTATION.exec(text);
        if (!match) return;
        for (const ruleId of (match[2] ?? '').split(',').map((id) => id.trim())) {
          const finding = { file, line: index + 1, ruleId };
          if (match[1] === 'missed') {
            expected.missed.push(finding);
            continue;
          }
          expected.scanner.push(finding);
          if (match[3] === undefined) expected.eslint.push(finding);
        }
      });
  }
  return expected;
}

/**
 * `file:line rule`, sorted and without repeats: findings compared by where and what.
 * @param {readonly Finding[]} findings
 * @returns {string[]}
 */
export const keys = (findings) =>
  [...new Set(findings.map((f) => `${f.file}:${f.line} ${f.ruleId}`))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );

/**
 * ESLint's results as findings: rule ids without their plugin's namespace (`pledge-web/`).
 * @param {string} root
 * @param {readonly import('eslint').ESLint.LintResult[]} results
 * @returns {Finding[]}
 */
export const eslintFindings = (root, results) =>
  results.flatMap((result) =>
    result.messages.map((m) => ({
      file: relative(root, result.filePath).split('\\').join('/'),
      line: m.line,
      ruleId: m.ruleId === null ? `(${m.message})` : m.ruleId.slice(m.ruleId.indexOf('/') + 1),
    })),
  );
