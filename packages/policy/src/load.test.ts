import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from './diagnostics.js';
import { findPolicy, loadPolicy, parsePolicy } from './load.js';

const DEMO_POLICY = join(import.meta.dirname, '../../../apps/demo/pledge.policy.yaml');

const MINIMAL = `version: 1
organization: Example Analytics, Inc.
document: { url: https://example.com/privacy, effective: 2016-01-16 }
clauses:
  purchase-information: { section: Purchase Information }
  website-visitors: { section: Website Visitors }
firstParty:
  hosts: [example.com, "*.example.com"]
payments:
  clause: purchase-information
  processors: [payment-processor]
cookies:
  clause: website-visitors
  declared:
    - { name: session_id, duration: session }
    - { name: "_ga*", party: third, setBy: web-analytics }
thirdParties:
  - id: payment-processor
    role: service-provider
    hosts: [api.stripe.com]
    packages: [stripe]
    receives: [user.financial.card, user.contact.email]
  - id: web-analytics
    role: analytics
    hosts: ["*.google-analytics.com"]
`;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'pledge-policy-'));
}

describe('loadPolicy', () => {
  it('loads the demo policy without errors or warnings', () => {
    const result = loadPolicy(DEMO_POLICY);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.policy?.organization).toBe('Segment.io, Inc.');
    expect(result.policy?.thirdParties.map((p) => p.id)).toContain('ad-network');
  });

  it('applies defaults', () => {
    const { policy, errors } = parsePolicy(MINIMAL);
    expect(errors).toEqual([]);
    expect(policy?.payments?.storeLast4).toBe(true);
    expect(policy?.payments?.storeFullCardNumber).toBe(false);
    expect(policy?.cookies?.unresolvedNames).toBe('report');
    expect(policy?.cookies?.declared[0]?.party).toBe('first');
    expect(policy?.thirdParties[1]?.receives).toEqual([]);
  });

  it('reads JSON policies with positions', () => {
    const dir = tempDir();
    const file = join(dir, 'pledge.policy.json');
    writeFileSync(
      file,
      '{\n  "version": 1,\n  "organization": "X",\n  "document": {"url": "https://x.example/p", "effective": "2020-01-01"},\n  "clauses": {},\n  "firstParty": {"hosts": ["x.example"]},\n  "thirdParty": []\n}\n',
    );
    const { policy, errors } = loadPolicy(file);
    expect(policy).toBeUndefined();
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      file,
      line: 7,
      column: 3,
      code: 'unknown-key',
      suggestion: 'thirdParties',
    });
  });

  it('reports a missing file without throwing', () => {
    const { policy, errors } = loadPolicy('/nonexistent/pledge.policy.yaml');
    expect(policy).toBeUndefined();
    expect(errors[0]).toMatchObject({ code: 'unreadable', line: 1, column: 1 });
    expect(errors[0]?.message).toContain('does not exist');
  });

  it('refuses a file over 1 MiB before reading it', () => {
    const file = join(tempDir(), 'pledge.policy.yaml');
    writeFileSync(file, `# ${'x'.repeat(1024 * 1024)}\nversion: 1\n`);
    const { policy, errors } = loadPolicy(file);
    expect(policy).toBeUndefined();
    expect(errors[0]).toMatchObject({ code: 'file-too-large' });
    expect(errors[0]?.message).toContain('1 MiB');
  });

  it('refuses a policy that is not UTF-8 and points at the byte', () => {
    const file = join(tempDir(), 'pledge.policy.yaml');
    writeFileSync(
      file,
      Buffer.concat([
        Buffer.from('version: 1\norganization: Caf'),
        Buffer.from([0xe9]),
        Buffer.from('\n'),
      ]),
    );
    const { policy, errors } = loadPolicy(file);
    expect(policy).toBeUndefined();
    expect(errors[0]).toMatchObject({ code: 'not-utf8', line: 2, column: 18 });
    expect(errors[0]?.message).toContain('0xe9');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parsePolicy(`\uFEFF${MINIMAL}`).errors).toEqual([]);
  });
});

describe('parsePolicy: bad input', () => {
  it('reports an empty file', () => {
    const { policy, errors } = parsePolicy('  \n# nothing here\n'.replace('# nothing here', ''));
    expect(policy).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ code: 'empty', line: 1, column: 1 })]);
  });

  it('reports a file that is only a comment as not a mapping', () => {
    const { errors } = parsePolicy('# just a comment\n');
    expect(errors[0]).toMatchObject({ code: 'not-a-mapping' });
  });

  it('reports malformed YAML with its position', () => {
    const { policy, errors } = parsePolicy('version: 1\norganization: [unclosed\nclauses: {}\n');
    expect(policy).toBeUndefined();
    expect(errors[0]).toMatchObject({ code: 'syntax' });
    expect(errors[0]?.line).toBeGreaterThanOrEqual(2);
    expect(errors[0]?.message).toMatch(/^invalid YAML: /);
  });

  it('reports an unterminated quote where it opens, not at the end of the file', () => {
    const text = `version: 1
organization: "Example, Inc.
document: { url: https://example.com/privacy, effective: 2016-01-16 }
clauses:
  a: { section: "It's fine", summary: 'don''t # not a comment' }
firstParty:
  hosts: [example.com]
`;
    const { errors } = parsePolicy(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'syntax', line: 2, column: 15 });
    expect(errors[0]?.message).toBe(
      'invalid YAML: this double quote is never closed; close it on the same line or remove it.',
    );
    const single = parsePolicy(
      "version: 1\norganization: Example\nclauses: { a: { section: 'A } }\n",
    );
    expect(single.errors[0]).toMatchObject({ line: 3, column: 26 });
    expect(single.errors[0]?.message).toContain('this single quote is never closed');
  });

  it('reports a duplicate key', () => {
    const { errors } = parsePolicy('version: 1\norganization: A\norganization: B\n');
    expect(errors[0]).toMatchObject({ code: 'duplicate-key', line: 3, column: 1 });
  });

  it('refuses a YAML alias bomb', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
      'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
      'h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]',
      'i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]',
    ].join('\n');
    const { policy, errors } = parsePolicy(bomb);
    expect(policy).toBeUndefined();
    expect(errors[0]).toMatchObject({ code: 'alias-limit' });
  });

  it('reports a list where a mapping is expected', () => {
    expect(parsePolicy('- version: 1\n').errors[0]).toMatchObject({ code: 'not-a-mapping' });
  });

  it('names the nearest valid key for an unknown key', () => {
    const { errors } = parsePolicy(MINIMAL.replace('thirdParties:', 'thirdParty:'));
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'unknown-key',
        line: 17,
        column: 1,
        path: 'thirdParty',
        suggestion: 'thirdParties',
      }),
    ]);
    expect(formatDiagnostic(errors[0]!)).toBe(
      'pledge.policy.yaml:17:1: error: unknown key `thirdParty` in (root); expected one of `$schema`, `version`, `organization`, `document`, `clauses`, `firstParty`, `payments`, `cookies`, `disclosureClause`, `thirdParties`, `dataCategories`. Did you mean `thirdParties`? [unknown-key]',
    );
  });

  it('names the nearest valid key for a nested unknown key', () => {
    const { errors } = parsePolicy(
      MINIMAL.replace('storeFullCardNumber', 'x').replace('processors:', 'processor:'),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'unknown-key',
        line: 11,
        column: 3,
        suggestion: 'processors',
      }),
    ]);
  });

  it('reports wrong types with what was expected', () => {
    const { errors } = parsePolicy(
      MINIMAL.replace('hosts: [example.com, "*.example.com"]', 'hosts: example.com'),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'invalid-type',
        line: 8,
        column: 10,
        path: 'firstParty.hosts',
        message: '`firstParty.hosts` should be an array, but is the string "example.com".',
      }),
    ]);
  });

  it('reports a missing required key at its parent', () => {
    const { errors } = parsePolicy(MINIMAL.replace('organization: Example Analytics, Inc.\n', ''));
    expect(errors[0]).toMatchObject({
      code: 'missing-key',
      line: 1,
      column: 1,
      message: 'missing required key `organization` (expected string).',
    });
  });

  it('reports the wrong version', () => {
    expect(parsePolicy(MINIMAL.replace('version: 1', 'version: 2')).errors[0]).toMatchObject({
      line: 1,
      column: 10,
      message: '`version` must be `1`, but is number 2.',
    });
  });

  it('suggests the nearest enum value', () => {
    const { errors } = parsePolicy(MINIMAL.replace('role: analytics', 'role: analytic'));
    expect(errors[0]).toMatchObject({
      code: 'invalid-value',
      line: 24,
      column: 11,
      suggestion: 'analytics',
    });
  });

  it('refuses a regular expression where a glob is expected', () => {
    const { errors } = parsePolicy(MINIMAL.replace('"_ga*"', '"^_ga.*$"'));
    expect(errors[0]).toMatchObject({ line: 16, path: 'cookies.declared[1].name' });
    expect(errors[0]?.message).toContain('never carries a regular expression');
  });

  it('refuses a URL where a host is expected', () => {
    const { errors } = parsePolicy(
      MINIMAL.replace('[api.stripe.com]', '[https://api.stripe.com/v1]'),
    );
    expect(errors[0]).toMatchObject({ line: 20, path: 'thirdParties[0].hosts[0]' });
    expect(errors[0]?.message).toContain('no scheme, path, port');
  });

  it('reports an invalid duration', () => {
    const { errors } = parsePolicy(
      MINIMAL.replace(
        '{ name: session_id, duration: session }',
        '{ name: remember_me, duration: persistent, maxAge: 30 days }',
      ),
    );
    expect(errors[0]).toMatchObject({ line: 15, path: 'cookies.declared[0].maxAge' });
    expect(errors[0]?.message).toContain('expected a duration such as `30d`');
  });
});

describe('parsePolicy: semantic checks', () => {
  it('reports a dangling clause reference with a suggestion', () => {
    const { policy, errors } = parsePolicy(
      MINIMAL.replace('clause: purchase-information', 'clause: purchase-info'),
    );
    expect(policy).toBeUndefined();
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'dangling-reference',
        line: 10,
        column: 11,
        path: 'payments.clause',
        suggestion: 'purchase-information',
      }),
    ]);
  });

  it('reports a dangling processor reference', () => {
    const { errors } = parsePolicy(
      MINIMAL.replace('processors: [payment-processor]', 'processors: [payment-processer]'),
    );
    expect(errors[0]).toMatchObject({
      code: 'dangling-reference',
      line: 11,
      column: 16,
      suggestion: 'payment-processor',
    });
  });

  it('reports a dangling setBy reference', () => {
    const { errors } = parsePolicy(MINIMAL.replace('setBy: web-analytics', 'setBy: analytics'));
    expect(errors[0]).toMatchObject({
      code: 'dangling-reference',
      line: 16,
      path: 'cookies.declared[1].setBy',
    });
  });

  it('reports duplicate recipient ids', () => {
    const { errors } = parsePolicy(
      MINIMAL.replace('- id: web-analytics', '- id: payment-processor'),
    );
    expect(errors.map((e) => e.code)).toContain('duplicate-id');
  });

  it('reports duplicate cookie names', () => {
    const { errors } = parsePolicy(
      MINIMAL.replace('"_ga*", party: third, setBy: web-analytics', 'session_id'),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        code: 'duplicate-cookie',
        line: 16,
        path: 'cookies.declared[1].name',
      }),
    ]);
  });

  it('reports an environment variable claimed twice', () => {
    const text = MINIMAL.replace(
      'packages: [stripe]',
      'packages: [stripe]\n    env: [PAYMENTS_URL]',
    ).replace(
      'hosts: [example.com, "*.example.com"]',
      'hosts: [example.com, "*.example.com"]\n  env: [PAYMENTS_URL]',
    );
    const { errors } = parsePolicy(text);
    expect(errors).toEqual([
      expect.objectContaining({ code: 'duplicate-env', line: 23, path: 'thirdParties[0].env[0]' }),
    ]);
  });

  it('reports a host claimed twice', () => {
    const { errors } = parsePolicy(MINIMAL.replace('"*.google-analytics.com"', 'api.stripe.com'));
    expect(errors[0]).toMatchObject({ code: 'duplicate-host', line: 25 });
  });

  it('reports an unknown data category with the nearest known one', () => {
    const { errors } = parsePolicy(MINIMAL.replace('user.contact.email]', 'user.contact.emial]'));
    expect(errors[0]).toMatchObject({
      code: 'unknown-category',
      line: 22,
      path: 'thirdParties[0].receives[1]',
      suggestion: 'user.contact.email',
    });
  });

  it('accepts a category declared under dataCategories', () => {
    const text = `${MINIMAL.replace('user.contact.email]', 'user.custom.loyalty_id]')}dataCategories:\n  user.custom.loyalty_id: { names: [loyaltyId] }\n`;
    expect(parsePolicy(text).errors).toEqual([]);
  });

  it('reports a session cookie with a lifetime', () => {
    const { errors } = parsePolicy(
      MINIMAL.replace('duration: session }', 'duration: session, maxAge: 30d }'),
    );
    expect(errors[0]).toMatchObject({ code: 'session-with-max-age', line: 15 });
  });

  it('warns about a third-party cookie without setBy and about an ad network receiving PII', () => {
    const text = MINIMAL.replace(', setBy: web-analytics', '').replace(
      'role: analytics',
      'role: ad-network\n    receives: [user.contact.email]',
    );
    const { policy, errors, warnings } = parsePolicy(text);
    expect(errors).toEqual([]);
    expect(policy).toBeDefined();
    expect(warnings.map((w) => w.code)).toEqual([
      'third-party-without-set-by',
      'ad-network-receives-pii',
    ]);
    expect(warnings.every((w) => w.severity === 'warning' && w.line > 0)).toBe(true);
  });
});

describe('parsePolicy: every error in one pass', () => {
  it('runs the semantic checks on the valid parts of a policy the schema rejects', () => {
    const text = MINIMAL.replace(
      'payments:\n  clause: purchase-information',
      'payments:\n  clause: purchase-info',
    )
      .replace('role: service-provider', 'role: service-providr')
      .replace(
        '- { name: session_id, duration: session }',
        '- { name: session_id, duration: session, maxAge: 1d }',
      )
      .concat(
        '  - id: crm\n    role: crm\n    hosts: [api.crm.example]\n    receives: [user.contact.emial]\n',
      );
    const { policy, errors } = parsePolicy(text);
    expect(policy).toBeUndefined();
    // Exactly these: the recipient whose entry the schema rejected (thirdParties[0]) is still
    // declared, so `processors: [payment-processor]` is not reported as dangling too.
    expect(errors.map((e) => [e.line, e.code, e.path])).toEqual([
      [10, 'dangling-reference', 'payments.clause'],
      [15, 'session-with-max-age', 'cookies.declared[0].maxAge'],
      [19, 'invalid-value', 'thirdParties[0].role'],
      [29, 'unknown-category', 'thirdParties[2].receives[0]'],
    ]);
  });

  it('checks a policy whose required mappings are missing or of the wrong type', () => {
    for (const text of [
      'version: 1\norganization: X\n',
      'version: 1\norganization: X\nfirstParty: [a.example]\nclauses: []\nthirdParties: {}\n',
      'version: 2\nthirdParties:\n  - 3\n  - { id: crm, role: crm, receives: [user.emial] }\n',
    ]) {
      const { policy, errors } = parsePolicy(text);
      expect(policy).toBeUndefined();
      expect(errors.length).toBeGreaterThan(0);
    }
    const last = parsePolicy(
      'version: 2\nthirdParties:\n  - 3\n  - { id: crm, role: crm, receives: [user.emial] }\n',
    );
    expect(last.errors.map((e) => e.code)).toContain('unknown-category');
  });

  it('does not report references to entries under a misspelt key', () => {
    const { errors } = parsePolicy(MINIMAL.replace('thirdParties:', 'thirdParty:'));
    expect(errors.map((e) => e.code)).toEqual(['unknown-key']);
  });
});

describe('parsePolicy: a minimal hand-written policy', () => {
  it("needs no document and no clauses: findings then state the rule's own promise", () => {
    const { policy, errors, warnings } = parsePolicy(`version: 1
organization: Example Shop, Inc.
firstParty:
  hosts: [shop.example]
cookies:
  declared:
    - { name: session_id, duration: session }
thirdParties:
  - { id: stripe, role: payment-processor, packages: [stripe], receives: [user.financial.card] }
`);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(policy?.document).toBeUndefined();
    expect(policy?.clauses).toEqual({});
  });

  it('asks for the document when clauses cite it', () => {
    const { errors } = parsePolicy(
      'version: 1\norganization: X\nclauses:\n  a: { section: A }\nfirstParty: { hosts: [x.example] }\n',
    );
    expect(errors.map((e) => [e.line, e.code])).toEqual([[4, 'clauses-without-document']]);
    // A document with a mistake is reported as such, not as missing.
    const invalid = parsePolicy(
      'version: 1\norganization: X\ndocument: { url: nope, effective: 2016-01-16 }\nclauses:\n  a: { section: A }\nfirstParty: { hosts: [x.example] }\n',
    );
    expect(invalid.errors.map((e) => e.path)).toEqual(['document.url']);
  });
});

describe('findPolicy', () => {
  it('walks up to the nearest policy file', () => {
    const root = tempDir();
    const nested = join(root, 'src', 'deep', 'er');
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(root, 'pledge.policy.yml'), MINIMAL);
    expect(findPolicy(nested)).toBe(join(root, 'pledge.policy.yml'));
  });

  it('prefers pledge.policy.yaml over .json in the same directory', () => {
    const root = tempDir();
    writeFileSync(join(root, 'pledge.policy.json'), '{}');
    writeFileSync(join(root, 'pledge.policy.yaml'), MINIMAL);
    expect(findPolicy(root)).toBe(join(root, 'pledge.policy.yaml'));
  });

  it('returns undefined when there is none', () => {
    expect(findPolicy('/')).toBeUndefined();
  });
});
