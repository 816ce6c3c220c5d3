import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readGroups } from '../src/fixtures.js';
import { runFixtures } from '../src/index.js';
import { TempDir } from '../src/temp.js';
import { auditPack } from './audit-pack/src/index.js';

// The test pack's annotated fixtures: single files (one of them annotated for the front ends
// with type information only) and a program whose finding needs the helper's other file.
// The policy is the nearest `pledge.policy.yaml` (the pack's).

const FIXTURES = fileURLToPath(
  new URL('audit-pack/src/rules/no-email-in-audit-log/fixtures', import.meta.url),
);

runFixtures(FIXTURES, {
  name: 'no-email-in-audit-log fixtures',
  rules: auditPack.pledge.rules,
  pack: auditPack,
  frontEnds: ['engine', 'eslint', 'eslint-typed', 'scanner'],
});

describe('reading a fixture folder', () => {
  const temp = new TempDir('pledge-fixture-read');
  afterAll(() => {
    temp.remove();
  });

  it('reads files, programs and both kinds of annotation', () => {
    const groups = readGroups(FIXTURES, auditPack.pledge.rules);
    expect(groups.map((g) => [g.program, g.files.map((f) => f.name)])).toEqual([
      ['', ['ok_record_user_id.ts', 'record_email.ts', 'typed_object_with_email.ts']],
      ['helper_in_another_module', ['handler.ts', 'lib/audit.ts']],
    ]);
    const typed = groups[0]?.files.find((f) => f.name === 'typed_object_with_email.ts');
    expect(typed?.expected.get('no-email-in-audit-log')).toEqual([]);
    expect([...(typed?.qualified.get('no-email-in-audit-log') ?? [])]).toEqual([
      [10, ['eslint-typed', 'scanner']],
    ]);
  });

  it('names an annotation that names no front end', () => {
    const dir = join(temp.path, 'bad');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'case.ts'),
      "auditLog.record('x', user.email); // expect(scaner): no-email-in-audit-log\n",
    );
    const [group] = readGroups(dir, auditPack.pledge.rules);
    expect(group?.files[0]?.badAnnotations).toEqual([
      'case.ts:1: `// expect(scaner): no-email-in-audit-log` names `scaner`; the front ends are engine, eslint, eslint-typed, scanner.',
    ]);
    rmSync(dir, { recursive: true });
  });
});
