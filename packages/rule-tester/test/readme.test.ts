import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

// The README's `RuleTester` example is `readme-example.test.ts` (which runs it), imports and
// paths aside: the documented example cannot drift from one that passes.

function fromTester(code: string): string {
  return code.slice(code.indexOf('const tester = new RuleTester('));
}

it('the README example is the one readme-example.test.ts runs', () => {
  const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
  const example = /## `RuleTester`\n\n```ts\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(example).toBeDefined();
  const test = readFileSync(new URL('readme-example.test.ts', import.meta.url), 'utf8');
  expect(fromTester(test)).toBe(fromTester(example ?? ''));
});
