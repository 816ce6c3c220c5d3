import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintProject, typedProject } from './lint.js';

// Deep structures never abort `eslint .` from a Pledge rule: a long chain of constants, each
// the previous one, and a deep `extends` chain, linted with type information, where the engine
// follows declarations. A file the engine cannot analyse gets one `engineError` message; the
// other files are linted.

let dir: string;
beforeAll(() => {
  let chain = 'export const v0 = 1;\n';
  for (let i = 1; i < 1000; i++) chain += `const v${String(i)} = v${String(i - 1)};\n`;
  let classes = 'export class C0 {}\n';
  for (let i = 1; i < 1000; i++) classes += `class C${String(i)} extends C${String(i - 1)} {}\n`;
  dir = typedProject({
    'chain.ts': `${chain}export const last = v999;\n`,
    'classes.ts': `${classes}export const x = new C999();\n`,
    'store.ts': `import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function keep(cardNumber: string) {
  await prisma.card.create({ data: { cardNumber } });
}
`,
  });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('deep structures in typed ESLint', () => {
  it('lint every file: no fatal error, the violation next to them reported', async () => {
    const results = await lintProject(dir);
    expect(results.map((r) => r.filePath.slice(dir.length + 1)).sort()).toEqual([
      'chain.ts',
      'classes.ts',
      'store.ts',
    ]);
    for (const result of results) expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    const store = results.find((r) => r.filePath.endsWith('store.ts'));
    expect(store?.messages.map((m) => [m.line, m.ruleId])).toEqual([
      [4, 'pledge/no-full-card-storage'],
    ]);
  });
});
