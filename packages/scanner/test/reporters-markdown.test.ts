import { describe, expect, it } from 'vitest';
import { MARKDOWN_MARKER, renderMarkdown } from '../src/reporters/index.js';
import { code, escapeText, inline } from '../src/reporters/markdown.js';
import type { ScanResult } from '../src/types.js';
import { cleanResult, readSource, scanResult } from './fixtures/reporters/scan-result.js';

// Messages and paths that would break a table or inject markup if copied verbatim.
const awkward: ScanResult = {
  ...cleanResult,
  findings: [
    {
      ruleId: 'no-pii-to-undeclared-third-party',
      messageId: 'undeclaredRecipient',
      message:
        'Personal data (`a | b`) is sent to <script>alert(1)</script> by *fetch* | [click](https://evil.example) for 4242 4242 4242 4242\nnext line',
      severity: 'warning',
      file: 'src/we|ird [dir]/file.ts',
      line: 4,
      column: 1,
      endLine: 4,
      endColumn: 2,
      category: 'user.contact.email',
      recipient: 'evil|host.example',
      flow: [],
      excerpt: 'x',
      fingerprint: 'beef',
    },
  ],
};

/** The rows of the first table in `markdown`. */
function firstTableRows(markdown: string): string[] {
  return markdown.split('\n').filter((line) => line.startsWith('| '));
}

/** Cells of a table row, split on unescaped pipes as GFM does. */
function cellsOf(row: string): string[] {
  return row
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map((cell) => cell.trim());
}

describe('markdown reporter', () => {
  it.each([
    ['plain words', 'plain words'],
    ['a | b', 'a \\| b'],
    ['*bold* _em_ ~strike~', '\\*bold\\* \\_em\\_ \\~strike\\~'],
    ['[link](https://x.example)', '\\[link\\](https://x.example)'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['a & b', 'a &amp; b'],
    ['back\\slash', 'back\\\\slash'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['# not a heading', '\\# not a heading'],
    ['two\nlines', 'two lines'],
    ['card 4242 4242 4242 4242', 'card \\*\\*\\*\\* \\*\\*\\*\\* \\*\\*\\*\\* 4242'],
  ])('escapes text %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });

  it.each([
    ['a|b', 'a\\|b'],
    ['`tick`', "'tick'"],
    ['<b>', '<b>'],
  ])('escapes a code span %j', (input, expected) => {
    expect(code(input)).toBe(expected);
  });

  it.each([
    ['Store `card.number.slice(-4)` instead', 'Store `card.number.slice(-4)` instead'],
    ['`a|b` and a|b', '`a\\|b` and a\\|b'],
    ['an `unclosed span', 'an \\`unclosed span'],
    ['empty `` span', 'empty  span'],
    ['`**** 4242` stays code', '`**** 4242` stays code'],
  ])('keeps code spans in %j', (input, expected) => {
    expect(inline(input)).toBe(expected);
  });

  it('keeps every table row at its column count', () => {
    const output = renderMarkdown(awkward, { color: false });
    const rows = firstTableRows(output);
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(cellsOf(row)).toHaveLength(6);
  });

  it('escapes the message, the path and the recipient', () => {
    const output = renderMarkdown(awkward, { color: false });
    const row = firstTableRows(output)[2];
    expect(row).toBe(
      '| ⚠️ warning | [src/we\\|ird \\[dir\\]/file.ts:4](src/we%7Cird%20%5Bdir%5D/file.ts#L4) | `no-pii-to-undeclared-third-party` | `user.contact.email` | evil\\|host.example | Personal data (`a \\| b`) is sent to &lt;script&gt;alert(1)&lt;/script&gt; by \\*fetch\\* \\| \\[click\\](https://evil.example) for \\*\\*\\*\\* \\*\\*\\*\\* \\*\\*\\*\\* 4242 next line |',
    );
    expect(output).not.toContain('<script>');
  });

  it('starts with the marker and a heading with the counts', () => {
    const lines = renderMarkdown(scanResult, { color: false, readSource }).split('\n');
    expect(lines.slice(0, 2)).toEqual([
      MARKDOWN_MARKER,
      '### ❌ Pledge: 5 new findings (4 errors, 1 warning)',
    ]);
  });

  it('groups new findings by clause and keeps baseline findings apart', () => {
    const output = renderMarkdown(scanResult, { color: false, readSource });
    const headings = output.split('\n').filter((line) => line.startsWith('#### '));
    expect(headings.map((heading) => heading.replace(/\]\(.*$/, ']'))).toEqual([
      '#### [Sharing Your Information]',
      '#### [Purchase Information]',
      '#### [Cookies and Similar Technologies]',
    ]);
    const baseline = output.slice(output.indexOf('already in the baseline'));
    expect(baseline).toContain('[src/support/zendesk.ts:18](src/support/zendesk.ts#L18-L21)');
    expect(output.indexOf('src/support/zendesk.ts')).toBeGreaterThan(
      output.indexOf('already in the baseline'),
    );
  });

  it('puts flows, suppressions, problems and skipped files in collapsible sections', () => {
    const output = renderMarkdown(scanResult, { color: false, readSource });
    const summaries = output.split('\n').filter((line) => line.startsWith('<summary>'));
    expect(summaries).toEqual([
      '<summary>1 finding already in the baseline (`.pledge/baseline.json`)</summary>',
      '<summary>Data flows (4)</summary>',
      '<summary>1 suppressed finding</summary>',
      '<summary>2 suppression problems</summary>',
      '<summary>2 files skipped (not analysed)</summary>',
    ]);
    expect(output.split('<details>').length).toBe(output.split('</details>').length);
  });
});
