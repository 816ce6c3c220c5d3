import { describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import { runCli, tempProject } from './scan-helpers.js';

const CHECKOUT = `import { PrismaClient } from '@prisma/client';
import Mixpanel from 'mixpanel';

const prisma = new PrismaClient();
const mixpanel = Mixpanel.init('token');

export async function checkout(user: { email: string }, cardNumber: string) {
  // pledge-ignore no-full-card-storage: the legacy vault table, encrypted, removed in JIRA-123
  await prisma.legacyCard.create({ data: { cardNumber } });
  mixpanel.track('checkout', { email: user.email }); // pledge-ignore pledge/no-pii-to-undeclared-third-party: DPA signed 2024-03, see LEGAL-9
  // pledge-ignore no-full-card-storage
  await prisma.card.create({ data: { cardNumber } });
  // pledge-ignore no-full-card-storage:
  await prisma.cardCopy.create({ data: { cardNumber } });
  // pledge-ignore no-undeclared-cookie: nothing sets a cookie here
  const total = 42;
  // pledge-ignore no-full-card-storge: typo in the rule id
  await prisma.cardBackup.create({ data: { cardNumber } });
  /* pledge-ignore no-full-card-storage, no-pii-to-undeclared-third-party: replayed from the import job */
  // pledge-ignore no-undeclared-cookie: stacked on the line above, applies to the same line
  await prisma.importedCard.create({ data: { cardNumber, email: user.email } });
  const note = "// pledge-ignore no-full-card-storage: in a string, not a comment"; await prisma.note.create({ data: { cardNumber, note } });
  return total;
}
`;

describe('inline suppressions', () => {
  it('suppress with a reason, on the line before or at the end of the line', async () => {
    const root = tempProject({ 'src/checkout.ts': CHECKOUT });
    const result = await scan({ root });
    expect(result.suppressed.map((f) => [f.ruleId, f.line, f.suppression])).toEqual([
      [
        'no-full-card-storage',
        9,
        { reason: 'the legacy vault table, encrypted, removed in JIRA-123', line: 8 },
      ],
      [
        'no-pii-to-undeclared-third-party',
        10,
        { reason: 'DPA signed 2024-03, see LEGAL-9', line: 10 },
      ],
      ['no-full-card-storage', 21, { reason: 'replayed from the import job', line: 19 }],
    ]);
    expect(result.findings.map((f) => `${f.ruleId}:${String(f.line)}`)).toEqual([
      'no-full-card-storage:12',
      'no-full-card-storage:14',
      'no-full-card-storage:18',
      'no-full-card-storage:22',
    ]);
  });

  it('report a missing reason, an unknown rule and a suppression that suppresses nothing', async () => {
    const root = tempProject({ 'src/checkout.ts': CHECKOUT });
    const result = await scan({ root });
    expect(result.suppressionProblems.map((p) => [p.line, p.kind, p.ruleId])).toEqual([
      [11, 'missing-reason', 'no-full-card-storage'],
      [13, 'missing-reason', 'no-full-card-storage'],
      [15, 'unused', 'no-undeclared-cookie'],
      [17, 'unknown-rule', 'no-full-card-storge'],
      [19, 'unused', 'no-pii-to-undeclared-third-party'],
      [20, 'unused', 'no-undeclared-cookie'],
    ]);
    const byKind = Object.fromEntries(result.suppressionProblems.map((p) => [p.kind, p.message]));
    expect(byKind['missing-reason']).toBe(
      '`pledge-ignore no-full-card-storage` has no reason, so it suppresses nothing. Write why the finding is acceptable: `// pledge-ignore no-full-card-storage: <reason>`.',
    );
    expect(byKind['unknown-rule']).toBe(
      '`pledge-ignore no-full-card-storge` names no Pledge rule of this run, so it suppresses nothing. Did you mean `no-full-card-storage`?',
    );
    expect(byKind.unused).toBe(
      '`pledge-ignore no-undeclared-cookie` suppresses nothing: no `no-undeclared-cookie` finding is on the line it applies to. Remove it.',
    );
    expect(result.suppressionProblems.every((p) => p.file === 'src/checkout.ts')).toBe(true);
  });

  it('a suppressed finding does not fail the gate', async () => {
    const root = tempProject({
      'src/a.ts': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function keep(cardNumber: string) {
  // pledge-ignore no-full-card-storage: test data only, this table is truncated nightly
  await prisma.testCard.create({ data: { cardNumber } });
}
`,
    });
    const { code, stdout } = await runCli(root, ['scan', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ findings: [], suppressed: [{ line: 5 }] });
  });
});
