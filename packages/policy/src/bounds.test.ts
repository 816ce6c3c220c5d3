import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countDiagnostics } from './diagnostics.js';
import { loadPolicy, MAX_DIAGNOSTICS, parsePolicy } from './load.js';
import { nearest } from './text.js';

// Validation stays linear in the policy's size: a valid-sized policy with thousands of broken
// references gets a bounded report (the first errors, then a count of the rest) with bounded
// suggestions, and only regular files are read.

/** A policy whose 1,200 cookies cite 600 long undeclared clause ids, among 600 long declared ones. */
function brokenPolicy(): string {
  const clauses = Array.from(
    { length: 600 },
    (_, i) => `  k${String(i)}${'z'.repeat(300)}: { section: Section ${String(i)} }`,
  ).join('\n');
  const cookies = Array.from(
    { length: 1200 },
    (_, i) =>
      `    - { name: c${String(i)}, duration: session, clause: u${String(i % 600)}${'y'.repeat(300)} }`,
  ).join('\n');
  return `version: 1
organization: Example Analytics, Inc.
document: { url: https://example.com/privacy, effective: 2016-01-16 }
firstParty:
  hosts: [example.com]
clauses:
${clauses}
cookies:
  declared:
${cookies}
`;
}

describe('policy validation bounds', () => {
  it('reports the first errors and counts the rest', () => {
    const text = brokenPolicy();
    expect(text.length).toBeGreaterThan(600_000);
    const { policy, errors } = parsePolicy(text);
    expect(policy).toBeUndefined();
    expect(errors).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(errors.slice(0, MAX_DIAGNOSTICS).every((e) => e.code === 'dangling-reference')).toBe(
      true,
    );
    expect(countDiagnostics(errors)).toBe(1200);
    expect(errors.at(-1)).toMatchObject({
      code: 'too-many-diagnostics',
      omitted: 1100,
      message: '1100 more error(s) of the same kinds not shown; fix those above and check again.',
    });
    // Each message lists a few of the 600 ids, then counts the rest.
    expect(errors[0]?.message).toMatch(/… \(588 more\)\.$/);
    expect(errors.reduce((size, e) => size + e.message.length, 0)).toBeLessThan(
      MAX_DIAGNOSTICS * 5_000,
    );
  });

  it('suggests by edit distance among readable names only', () => {
    expect(nearest(['purchase-information', 'website-visitors'], 'purchase-informaton')).toBe(
      'purchase-information',
    );
    const long = `k1${'z'.repeat(300)}`;
    // A long name is matched exactly, case-insensitively or by prefix, not by edit distance.
    expect(nearest([long], long.toUpperCase())).toBe(long);
    expect(nearest([long], `${long}x`)).toBe(long);
    expect(nearest([long], `q${long.slice(1)}`)).toBeUndefined();
  });

  it('reads only regular files: a named pipe is an error, not a wait', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pledge-fifo-'));
    try {
      const fifo = join(dir, 'pledge.policy.yaml');
      execFileSync('mkfifo', [fifo]);
      const { errors } = loadPolicy(fifo);
      expect(errors).toEqual([
        expect.objectContaining({
          code: 'not-a-file',
          message:
            'expected a regular policy file, found a pipe, socket or device; pass the path of a `pledge.policy.yaml` file.',
        }),
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
