import { fileURLToPath } from 'node:url';
import { coreRules } from '@pledge/core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkCase,
  checkFixtureFile,
  FrontEndError,
  messagePattern,
  RuleSet,
  runEngine,
  runEslint,
  type Reported,
} from '../src/index.js';
import { PolicyResolver } from '../src/policy.js';
import { TempDir } from '../src/temp.js';
import { auditPack } from './audit-pack/src/index.js';
import { noEmailInAuditLog } from './audit-pack/src/rules/no-email-in-audit-log/rule.js';

// The assertions `run` and `runFixtures` use, called directly with what the front ends really
// report, so that each way a case can fail is checked for a clear message.

const temp = new TempDir('pledge-check-test');
afterAll(() => {
  temp.remove();
});
const policies = new PolicyResolver(temp);
const policy = policies.resolve(
  fileURLToPath(new URL('audit-pack/pledge.policy.yaml', import.meta.url)),
);
const demoPolicy = policies.resolve(
  fileURLToPath(new URL('../../../apps/demo/pledge.policy.yaml', import.meta.url)),
);
const set = new RuleSet([noEmailInAuditLog], auditPack);

const CODE = `import { auditLog } from '@acme/audit';
export function signIn(user: { id: string; email: string }) {
  auditLog.record('sign-in', user.email);
}
`;
const engine = runEngine(set, policy, [{ name: 'file.ts', code: CODE }]);
const eslint = runEslint(set, policy, temp.path, [{ name: 'file.ts', code: CODE }]);
/** What the scanner reports: the engine's findings without data or suggestions. */
const scanner: Reported[] = engine.map((f) => ({
  ruleId: f.ruleId,
  messageId: f.messageId,
  message: f.message,
  file: f.file,
  line: f.line,
  column: f.column,
  endLine: f.endLine,
  endColumn: f.endColumn,
}));

describe('checkCase', () => {
  it('passes when every front end reports the expected error', () => {
    expect(engine).toHaveLength(1);
    const errors = [{ messageId: 'emailLogged', line: 3, column: 3, endLine: 3, endColumn: 41 }];
    for (const [frontEnd, findings] of [
      ['engine', engine],
      ['eslint', eslint],
      ['scanner', scanner],
    ] as const) {
      expect(
        checkCase({
          title: 'invalid[0]',
          rule: noEmailInAuditLog,
          frontEnd,
          code: CODE,
          errors,
          findings,
          reference: { frontEnd: 'engine', findings: engine },
        }),
      ).toBeUndefined();
    }
  });

  it('names a wrong messageId, with what was reported', () => {
    const message = checkCase({
      title: 'invalid[0]',
      rule: noEmailInAuditLog,
      frontEnd: 'eslint',
      code: CODE,
      errors: [{ messageId: 'suggestRedact', line: 3, column: 3 }],
      findings: eslint,
    });
    expect(message).toBe(
      [
        'invalid[0] (eslint) of `no-email-in-audit-log`:',
        '  - error 1 (`suggestRedact`): reported as `emailLogged` at 3:3.',
        'ESLint reported:',
        '  file.ts:3:3  emailLogged  An email address (`user.email`) is written to the audit log. Audit entries name people by their id; record the user id instead.',
        "    3 | auditLog.record('sign-in', user.email);",
      ].join('\n'),
    );
  });

  it('names a missing error', () => {
    const message = checkCase({
      title: 'records the address',
      rule: noEmailInAuditLog,
      frontEnd: 'scanner',
      code: CODE,
      errors: [
        { messageId: 'emailLogged', line: 3, column: 3 },
        { messageId: 'emailLogged', line: 4, column: 3 },
      ],
      findings: scanner,
    });
    expect(message).toContain('records the address (scanner) of `no-email-in-audit-log`:');
    expect(message).toContain('  - expected 2 errors, but the scanner reported 1 finding.');
    expect(message).toContain('  - error 2 (`emailLogged`): missing.');
  });

  it('names an extra finding in a valid case and in an invalid one', () => {
    const valid = checkCase({
      title: 'valid[2]',
      rule: noEmailInAuditLog,
      frontEnd: 'engine',
      code: CODE,
      errors: undefined,
      findings: engine,
    });
    expect(valid).toContain(
      'valid[2] (engine) of `no-email-in-audit-log`:\n  - expected no finding of `no-email-in-audit-log`, but the engine reported 1 finding.',
    );
    expect(valid).toContain("    3 | auditLog.record('sign-in', user.email);");

    const invalid = checkCase({
      title: 'invalid[1]',
      rule: noEmailInAuditLog,
      frontEnd: 'engine',
      code: CODE,
      errors: [],
      findings: engine,
    });
    expect(invalid).toContain('  - unexpected finding `emailLogged` at 3:3.');
  });

  it('names wrong positions, data and suggestions', () => {
    const message = checkCase({
      title: 'invalid[0]',
      rule: noEmailInAuditLog,
      frontEnd: 'engine',
      code: CODE,
      errors: [
        {
          messageId: 'emailLogged',
          line: 4,
          column: 3,
          endColumn: 40,
          data: { source: '`user.id`' },
          suggestions: [
            { messageId: 'suggestRedact', output: CODE.replace('user.email', "'***'") },
          ],
        },
      ],
      findings: engine,
    });
    expect(message).toContain('error 1 (`emailLogged`): expected line 4, got 3.');
    expect(message).toContain('error 1 (`emailLogged`): expected endColumn 40, got 41.');
    expect(message).toContain(
      'error 1 (`emailLogged`): expected data `source` to be "`user.id`", got "`user.email`".',
    );
    expect(message).toContain(
      "suggestion 1 (`suggestRedact`): the output differs at line 3:\n      expected:   auditLog.record('sign-in', '***');\n      actual:     auditLog.record('sign-in', '[redacted]');",
    );
  });

  it('checks data against the message where a front end reports only the message', () => {
    const fits = { messageId: 'emailLogged', line: 3, column: 3, data: { source: '`user.email`' } };
    const differs = {
      messageId: 'emailLogged',
      line: 3,
      column: 3,
      data: { sink: 'the database' },
    };
    const run = (error: typeof fits | typeof differs) =>
      checkCase({
        title: 'invalid[0]',
        rule: noEmailInAuditLog,
        frontEnd: 'scanner',
        code: CODE,
        errors: [error],
        findings: scanner,
      });
    expect(run(fits)).toBeUndefined();
    expect(run(differs)).toContain(
      'error 1 (`emailLogged`): the message does not fit the template with data {"sink":"the database"}',
    );
  });

  it('names a front end that disagrees with the engine where the case leaves positions out', () => {
    const moved = scanner.map((f) => ({ ...f, line: 2, column: 1 }));
    const message = checkCase({
      title: 'invalid[0]',
      rule: noEmailInAuditLog,
      frontEnd: 'scanner',
      code: CODE,
      errors: [{ messageId: 'emailLogged' }],
      findings: moved,
      reference: { frontEnd: 'engine', findings: engine },
    });
    expect(message).toContain(
      '  - the scanner meets the case, but disagrees with the engine on the same code.',
    );
    expect(message).toContain('The scanner reported:\n  file.ts:2:1  emailLogged');
    expect(message).toContain('The engine reported:\n  file.ts:3:3  emailLogged');
  });

  it('masks card numbers and addresses echoed from code and findings', () => {
    const code = `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
await prisma.payment.create({ data: { cardNumber: '4242 4242 4242 4242', email: 'jane.doe@example.com' } });
`;
    const rule = coreRules['no-full-card-storage']!;
    const findings = runEngine(new RuleSet([rule], undefined), demoPolicy, [
      { name: 'file.ts', code },
    ]);
    expect(findings.length).toBeGreaterThan(0);
    const message = checkCase({
      title: 'valid[0]',
      rule,
      frontEnd: 'engine',
      code,
      errors: undefined,
      findings,
    });
    expect(message).toContain('**** **** **** 4242');
    expect(message).not.toMatch(/4242[ -]?4242[ -]?4242[ -]?4242/);
    expect(message).not.toContain('jane.doe@example.com');
  });
});

describe('checkFixtureFile', () => {
  const code = `import { auditLog } from '@acme/audit';
export function signIn(user: { id: string; email: string }) {
  auditLog.record('sign-in', user.email); // ok
  auditLog.record('sign-in', user.id); // expect: no-email-in-audit-log
}
`;
  const findings = runEngine(set, policy, [{ name: 'case.ts', code }]);

  it('names missing lines and lines reported against an annotation', () => {
    expect(
      checkFixtureFile({
        file: 'case.ts',
        code,
        frontEnd: 'engine',
        expected: new Map([['no-email-in-audit-log', [4]]]),
        findings,
      }),
    ).toBe(
      [
        'case.ts (engine):',
        '  `no-email-in-audit-log`: expected lines [4], the engine reported [3]',
        '    missing: line 4, annotated `// expect: no-email-in-audit-log`',
        "      4 | auditLog.record('sign-in', user.id); // expect: no-email-in-audit-log",
        '    unexpected: line 3, annotated `// ok`: `emailLogged` An email address (`user.email`) is written to the audit log. Audit entries name people by their id; record the user id instead.',
        "      3 | auditLog.record('sign-in', user.email); // ok",
      ].join('\n'),
    );
  });

  it('lets a single-file front end miss a line of a program, but not report another', () => {
    const check = (allowed: number[]) =>
      checkFixtureFile({
        file: 'program/case.ts',
        code,
        frontEnd: 'eslint',
        expected: new Map([['no-email-in-audit-log', []]]),
        allowed: new Map([['no-email-in-audit-log', allowed]]),
        findings,
      });
    expect(check([3, 4])).toBeUndefined();
    expect(check([4])).toContain(
      '`no-email-in-audit-log`: expected lines [] (and may report [4], annotated for the whole program), ESLint reported [3]',
    );
  });

  it('names two single-file front ends that disagree', () => {
    const message = checkFixtureFile({
      file: 'case.ts',
      code,
      frontEnd: 'eslint',
      expected: new Map([['no-email-in-audit-log', []]]),
      allowed: new Map([['no-email-in-audit-log', [3, 4]]]),
      findings: [],
      reference: { frontEnd: 'engine', findings },
    });
    expect(message).toContain(
      'ESLint reports lines [], the engine [3]: both see this file alone, so they must agree.',
    );
  });
});

describe('front ends', () => {
  it('a file ESLint cannot parse is an error, not a pass', () => {
    expect(() =>
      runEslint(set, policy, temp.path, [{ name: 'broken.ts', code: 'const = ;' }]),
    ).toThrow(FrontEndError);
  });

  it('an invalid policy text is an error with its diagnostics', () => {
    expect(() => policies.resolve('version: 2\norganization: 3\n')).toThrow(
      /the policy text is not a valid Pledge policy:\n {2}\S+policy-\d+\.pledge\.policy\.yaml:\d+:\d+/,
    );
  });

  it("a pack's catalogs apply: without the pack the rule knows no audit log", () => {
    expect(
      runEngine(new RuleSet([noEmailInAuditLog], undefined), policy, [
        { name: 'file.ts', code: CODE },
      ]),
    ).toEqual([]);
  });
});

describe('messagePattern', () => {
  it('matches a filled template with some placeholders known', () => {
    const pattern = messagePattern('{{a}} goes to {{b}} (`{{c}}`).', { b: 'the log' });
    expect(pattern.test('x.y goes to the log (`f()`).')).toBe(true);
    expect(pattern.test('x.y goes to the database (`f()`).')).toBe(false);
  });
});
