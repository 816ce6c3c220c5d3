import { copyFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { scan } from '@pledge/scanner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintProject, typedProject } from './lint.js';
import { DEMO_POLICY } from './rule-tester.js';

// One finding per source-to-sink flow, at the place a developer fixes it, in both front ends:
// - a helper whose own parameter is a card number (`savePan(pan)`) is reported once, at its
//   sink; its callers are not reported again;
// - a generic helper (`saveRecord(value)`) is reported at each call that passes card data,
//   with the call chain in the flow, and not at its own sink;
// - a suppression at that call covers the flow.

const FILES: Record<string, string> = {
  'db.ts': `import { PrismaClient } from '@prisma/client';
export const prisma = new PrismaClient();
`,
  'billing.ts': `import { prisma } from './db.js';
export async function savePan(userId: string, pan: string) {
  await prisma.payment.create({ data: { userId, pan } });
}
export async function saveRecord(userId: string, value: string) {
  await prisma.payment.create({ data: { userId, value } });
}
`,
  'service.ts': `import { saveRecord } from './billing.js';
export async function recordPayment(userId: string, data: string) {
  await saveRecord(userId, data);
}
`,
  'checkout.ts': `import { savePan, saveRecord } from './billing.js';
import { recordPayment } from './service.js';
export async function checkout(req: { user: { id: string }; body: { cardNumber: string } }) {
  await savePan(req.user.id, req.body.cardNumber);
  await saveRecord(req.user.id, req.body.cardNumber);
  await recordPayment(req.user.id, req.body.cardNumber);
  // pledge-ignore no-full-card-storage: replayed into the processor's vault, JIRA-7
  await saveRecord(req.user.id, req.body.cardNumber);
}
`,
};

let root: string;
beforeAll(() => {
  root = realpathSync(typedProject(FILES));
  copyFileSync(DEMO_POLICY, join(root, 'pledge.policy.yaml'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

const EXPECTED = ['billing.ts:3', 'checkout.ts:5', 'checkout.ts:6'];

describe('one finding per flow, at the caller, with the call chain', () => {
  it('the scanner', async () => {
    const result = await scan({ root });
    const cards = result.findings.filter((f) => f.ruleId === 'no-full-card-storage');
    expect(cards.map((f) => `${f.file}:${String(f.line)}`)).toEqual(EXPECTED);
    expect(result.suppressed.map((f) => `${f.file}:${String(f.line)}`)).toEqual(['checkout.ts:8']);
    const twoDeep = cards.find((f) => f.line === 6);
    expect(
      twoDeep?.flow.map((step) => `${step.label} @ ${step.file}:${String(step.line)}`),
    ).toEqual([
      'read from `req.body.cardNumber` @ checkout.ts:6',
      'passed to `recordPayment()` @ checkout.ts:6',
      'passed to `saveRecord()` @ service.ts:3',
      'written by Prisma @ billing.ts:6',
    ]);
  });

  it('typed ESLint, file by file', async () => {
    const results = await lintProject(root);
    const lines = results
      .flatMap((r) =>
        r.messages
          .filter((m) => m.ruleId === 'pledge/no-full-card-storage')
          .map((m) => `${r.filePath.slice(root.length + 1)}:${String(m.line)}`),
      )
      .sort();
    expect(lines).toEqual(EXPECTED);
  });
});
