import { describe, expect, it } from 'vitest';
import { renderPretty } from '../src/reporters/index.js';
import type { ScanFinding, ScanResult } from '../src/types.js';
import { cleanResult, readSource, scanResult } from './fixtures/reporters/scan-result.js';

const ESC = String.fromCharCode(27);

const base: ScanFinding = {
  ruleId: 'no-pii-to-undeclared-third-party',
  messageId: 'undeclaredRecipient',
  message: 'Personal data (`user.contact.email`) is sent to hooks.example by `send()`.',
  severity: 'error',
  file: 'src/notify.ts',
  line: 2,
  column: 36,
  endLine: 2,
  endColumn: 44,
  category: 'user.contact.email',
  flow: [],
  excerpt: "const to = 'j***@e***.com'; send(to);",
  fingerprint: 'abc',
};

function only(finding: ScanFinding): ScanResult {
  return { ...cleanResult, findings: [finding] };
}

/** The frame line of `line` and the underline below it. */
function frame(output: string, line: number): [string, string] {
  const lines = output.split('\n');
  const at = lines.findIndex((text) => text.startsWith(`  > ${String(line)} |`));
  return [lines[at] ?? '', lines[at + 1] ?? ''];
}

describe('pretty reporter', () => {
  it('underlines the range in the masked line, after a masked value of another length', () => {
    const source = "// notify\nconst to = 'jane.doe@example.com'; send(to);\n";
    const output = renderPretty(only(base), { color: false, readSource: () => source });
    const [code, underline] = frame(output, 2);
    expect(code).toBe("  > 2 | const to = 'j***@e***.com'; send(to);");
    expect(underline.indexOf('^')).toBe(code.indexOf('send'));
    expect(underline.trimStart().replace('|', '').trim()).toBe('^'.repeat('send(to)'.length));
  });

  it('keeps tabs in the underline so it lines up', () => {
    const source = '\tfoo();\n\t\tsend(to);\n';
    const output = renderPretty(only({ ...base, column: 3, endColumn: 11 }), {
      color: false,
      readSource: () => source,
    });
    expect(frame(output, 2)).toEqual(['  > 2 | \t\tsend(to);', '      | \t\t^^^^^^^^']);
  });

  it('strips control characters from source lines', () => {
    const source = `x\nconst to = 'a'; ${ESC}[2J${ESC}[31msend(to);\n`;
    const output = renderPretty(only(base), { color: false, readSource: () => source });
    expect(output).not.toContain(ESC);
    expect(frame(output, 2)[0]).toBe("  > 2 | const to = 'a'; [2J[31msend(to);");
  });

  it('falls back to the masked excerpt without a source', () => {
    const output = renderPretty(
      only({ ...base, excerpt: "pay('4242 4242 4242 4242');", column: 1, endColumn: 4 }),
      { color: false },
    );
    expect(frame(output, 2)).toEqual(["  > 2 | pay('**** **** **** 4242');", '      | ^^^']);
  });

  it('falls back to the excerpt when the source is shorter than the finding', () => {
    const output = renderPretty(only({ ...base, line: 40, endLine: 40 }), {
      color: false,
      readSource: () => 'one line\n',
    });
    expect(frame(output, 40)[0]).toBe("  > 40 | const to = 'j***@e***.com'; send(to);");
  });

  it('shows two lines of context and marks every line of a multi-line range', () => {
    const output = renderPretty(scanResult, { color: false, readSource });
    const start = output.indexOf('src/checkout/save-card.ts:5:9');
    const block = output.slice(start, output.indexOf('flow', start)).split('\n');
    expect(block.slice(2, 12)).toEqual([
      '    3 | export async function saveCard(userId: string, number: string) {',
      "    4 |   // e.g. number = '**** **** **** 4242' (Stripe's test Visa)",
      '  > 5 |   await prisma.paymentMethod.create({',
      '      |         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  > 6 |     data: { userId, number },',
      '      |     ^^^^^^^^^^^^^^^^^^^^^^^^^',
      '  > 7 |   });',
      '      |   ^',
      '    8 | }',
      '',
    ]);
  });

  it('prints the flow and the clause', () => {
    const output = renderPretty(scanResult, { color: false, readSource });
    expect(output).toContain(
      [
        '  flow  read from `req.body.card.number`  src/api/checkout.ts:9:18',
        '      → assigned to `number`  src/api/checkout.ts:9:9',
        '      → passed to `saveCard()`  src/api/checkout.ts:10:31',
        '      → written by Prisma  src/checkout/save-card.ts:6:21',
        '  policy  Purchase Information: https://shop.example/privacy#purchase-information',
      ].join('\n'),
    );
  });

  it('counts baseline findings instead of listing them', () => {
    const output = renderPretty(scanResult, { color: false, readSource });
    expect(output).not.toContain('src/support/zendesk.ts');
    expect(output).toContain('1 finding in the baseline (.pledge/baseline.json) not shown.');
  });

  it('ends with the summary line', () => {
    const output = renderPretty(scanResult, { color: false, readSource });
    expect(output.trimEnd().split('\n').at(-1)).toBe(
      '5 new findings (4 errors, 1 warning) in 157 files; 1 in the baseline; 2 fixed since the baseline; 1 suppressed; 2 files skipped; 37 test files left out; 2 suppression problems',
    );
    expect(
      renderPretty(
        { ...cleanResult, findings: [base], changedSince: 'origin/main' },
        {
          color: false,
        },
      )
        .trimEnd()
        .split('\n')
        .at(-1),
    ).toBe('1 finding (1 error) in 42 files; only lines changed since origin/main');
  });

  it('survives a readSource that throws', () => {
    const output = renderPretty(only(base), {
      color: false,
      readSource: () => {
        throw new Error('EACCES');
      },
    });
    expect(frame(output, 2)[0]).toBe("  > 2 | const to = 'j***@e***.com'; send(to);");
  });
});
