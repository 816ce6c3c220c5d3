import { describe, expect, it } from 'vitest';
import { lintProject, typedProject } from './lint.js';

// With type information (typed linting), a call into a function of another file is followed:
// the handler below never touches Prisma itself, the service it calls does.

const FILES = {
  'billing.ts': `
declare const db: { payment: { create(args: unknown): Promise<void> } };
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function saveCard(cardValue: string, owner: string) {
  await prisma.payment.create({ data: { value: cardValue, owner } });
}
export function normalise(input: string): string {
  return input.trim();
}
export async function notify(target: string) {
  await fetch('https://api.unknown-mailer.example/send', { method: 'POST', body: JSON.stringify({ to: target }) });
}
`,
  'handler.ts': `
import { saveCard, normalise, notify } from './billing.js';
export async function handle(body: { cardNumber: string; email: string; name: string }) {
  await saveCard(normalise(body.cardNumber), body.name);
  await saveCard(body.cardNumber.slice(-4), body.name);
  await notify(body.email);
}
interface Profile { email: string; plan: string }
export async function share(profile: Profile) {
  await fetch('https://api.unknown-crm.example/p', { method: 'POST', body: JSON.stringify(profile) });
}
`,
};

describe('typed linting', () => {
  it('follows calls into functions of other files', async () => {
    const results = await lintProject(typedProject(FILES));
    const handler = results.find((r) => r.filePath.endsWith('handler.ts'));
    expect(handler?.messages.map((m) => [m.ruleId, m.line])).toEqual([
      ['pledge/no-full-card-storage', 4],
      ['pledge/no-pii-to-undeclared-third-party', 6],
      // The whole object is sent; its type says it holds an email address.
      ['pledge/no-pii-to-undeclared-third-party', 10],
    ]);
    expect(handler?.messages[0]?.message).toContain('written to Prisma');
    const billing = results.find((r) => r.filePath.endsWith('billing.ts'));
    expect(billing?.messages).toEqual([]);
  });

  it('stays within the file without type information', async () => {
    const results = await lintProject(typedProject(FILES), { config: 'recommended' });
    expect(results.flatMap((r) => r.messages)).toEqual([]);
  });
});
