import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, renderGithub } from '../src/reporters/index.js';
import type { ScanResult } from '../src/types.js';
import { cleanResult, scanResult } from './fixtures/reporters/scan-result.js';

// A result built to stress the escaping: a path with `,` and `:`, a message with `%`, a
// newline and `::`, a rule id that would otherwise close the properties.
const awkward: ScanResult = {
  ...cleanResult,
  findings: [
    {
      ruleId: 'no-undeclared-cookie',
      messageId: 'undeclared',
      message: 'Cookie `a,b` is set by `res.cookie()` for 100% of users.\r\nSecond line ::error::',
      severity: 'error',
      file: 'src/odd,name:v2.ts',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 20,
      cookie: 'a,b',
      flow: [],
      excerpt: "res.cookie('a,b', 1);",
      fingerprint: 'f00d',
    },
  ],
  skipped: [{ file: 'gen/100%.ts', reason: 'generated', detail: 'has a "@generated" header' }],
};

describe('github reporter', () => {
  it.each([
    ['plain text', 'plain text'],
    ['100% sure', '100%25 sure'],
    ['line\nbreak', 'line%0Abreak'],
    ['cr\r\nlf', 'cr%0D%0Alf'],
    ['%0A is literal', '%250A is literal'],
    ['a,b:c', 'a,b:c'],
  ])('escapes message data %j', (input, expected) => {
    expect(escapeData(input)).toBe(expected);
  });

  it.each([
    ['src/a.ts', 'src/a.ts'],
    ['src/odd,name:v2.ts', 'src/odd%2Cname%3Av2.ts'],
    ['pledge/no-full-card-storage', 'pledge/no-full-card-storage'],
    ['50%\n', '50%25%0A'],
  ])('escapes property %j', (input, expected) => {
    expect(escapeProperty(input)).toBe(expected);
  });

  it('writes one command per line, escaped', () => {
    expect(renderGithub(awkward, { color: false }).split('\n')).toEqual([
      '::error file=src/odd%2Cname%3Av2.ts,line=3,col=1,endLine=3,endColumn=20,title=pledge/no-undeclared-cookie::Cookie `a,b` is set by `res.cookie()` for 100%25 of users.%0ASecond line ::error::',
      '::warning file=gen/100%25.ts,title=pledge%3A file skipped (generated)::gen/100%25.ts was not analysed: it is generated (has a "@generated" header).',
      'Pledge: 1 finding (1 error) in 42 files; 1 file skipped',
      '',
    ]);
  });

  it('keeps the message on one command line even with newlines in it', () => {
    const output = renderGithub(scanResult, { color: false });
    for (const line of output.trimEnd().split('\n').slice(0, -1)) {
      expect(line).toMatch(/^::(error|warning|notice) /);
    }
  });

  it('annotates warnings as warnings and does not annotate baseline or suppressed findings', () => {
    const output = renderGithub(scanResult, { color: false });
    expect(output).toContain('::warning file=src/middleware/ab-test.ts,line=5,col=3,');
    expect(output).not.toContain('src/support/zendesk.ts');
    expect(output).not.toContain('sticky-session');
  });
});
