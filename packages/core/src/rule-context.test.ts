import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from './engine/analysis.js';
import { defineRule, runRule, type FlowQueries, type PolicyQueries } from './rule.js';
import { testPolicy } from './testing/run.js';

// The queries packs build on (`context.flow`, `context.queries`), asked the way a rule asks.

const policy = testPolicy(`
version: 1
organization: Shop, Inc.
document: { url: https://shop.example/privacy, effective: 2026-01-01 }
clauses:
  disclosure: { section: Disclosure, summary: Declared providers only. }
firstParty: { hosts: [shop.example] }
disclosureClause: disclosure
cookies:
  clause: disclosure
  declared:
    - { name: session_id, duration: session, party: first, purpose: Sign-in. }
thirdParties:
  - id: mail
    name: SendGrid
    role: email
    clause: disclosure
    hosts: [api.sendgrid.com]
    packages: ['@sendgrid/mail']
    receives: [user.contact.email]
    purpose: Email.
`);

/** Runs `ask` inside a rule's `done` listener over the given files; the first is the rule's file. */
function withContext(
  files: Record<string, string>,
  ask: (flow: FlowQueries, queries: PolicyQueries, sf: ts.SourceFile) => void,
  typed = false,
): void {
  const dir = mkdtempSync(join(tmpdir(), 'pledge-context-'));
  const paths = Object.entries(files).map(([name, code]) => {
    writeFileSync(join(dir, name), code);
    return join(dir, name);
  });
  const program = ts.createProgram(paths, { strict: true, noEmit: true, skipLibCheck: true });
  // The checker binds the files (and sets parent pointers); untyped runs do not get it.
  const checker = program.getTypeChecker();
  const sourceFile = program.getSourceFile(paths[0] ?? '');
  if (!sourceFile) throw new Error('no source file');
  const rule = defineRule({
    id: 'no-thing',
    meta: { description: 'Asks', messages: { m: 'm' }, recommended: false, severity: 'error' },
    defaultOptions: {},
    create: (context) => ({
      done: () => {
        ask(context.flow, context.queries, sourceFile);
      },
    }),
  });
  runRule(rule, analyzeFile({ ts, sourceFile, policy, checker: typed ? checker : undefined }));
}

function find<T extends ts.Node>(root: ts.Node, test: (node: ts.Node) => node is T, nth = 0): T {
  const found: T[] = [];
  const visit = (node: ts.Node): void => {
    if (test(node)) found.push(node);
    ts.forEachChild(node, visit);
  };
  visit(root);
  const node = found[nth];
  if (!node) throw new Error('not found');
  return node;
}

describe('context.flow', () => {
  it('answers taint, catalog matches, static values and destinations in the file', () => {
    withContext(
      {
        'a.ts': `import sgMail from '@sendgrid/mail';
declare const user: { email: string };
const LIST = 'newsletter';
const UNSUB = \`https://shop.example/unsubscribe?u=\${user.email}\`;
const message = { to: user.email, category: LIST };
sgMail.send(message);
fetch('https://api.example-tracker.io/collect');
fetch('http://localhost:3000/collect');
`,
      },
      (flow, _queries, sf) => {
        const send = find(sf, ts.isCallExpression, 0);
        expect(flow.matchCall(send, 'sdks')?.id).toBe('sendgrid');
        expect(flow.matchCall(send, 'cookies')).toBeUndefined();
        // A rule's own patterns, matched by the same qualified names (the import followed).
        const own = [
          { modules: ['@sendgrid/mail'], member: 'setApiKey' },
          { modules: ['@sendgrid/mail'], member: 'send' },
        ];
        expect(flow.matchPatterns(send, own)).toBe(own[1]);
        expect(flow.matchPatterns(send, [{ globals: ['sgMail'], member: 'send' }])).toBeUndefined();
        const message = send.arguments[0]!;
        expect(flow.taintOf(message).map((taint) => taint.category)).toEqual([
          'user.contact.email',
        ]);
        const category = flow.property(message, 'category')!;
        expect(flow.stringValue(category)).toBe('newsletter');
        const unsub = find(sf, ts.isTemplateExpression);
        expect(flow.stringValue(unsub)).toBeUndefined();
        expect(flow.stringParts(unsub)).toEqual({
          value: 'https://shop.example/unsubscribe?u=',
          complete: false,
        });
        const tracker = find(sf, ts.isCallExpression, 1).arguments[0]!;
        expect(flow.destinationOf(tracker)).toEqual({
          host: 'api.example-tracker.io',
          relative: false,
          firstParty: false,
          recipient: undefined,
        });
        const local = find(sf, ts.isCallExpression, 2).arguments[0]!;
        expect(flow.destinationOf(local)).toMatchObject({ host: 'localhost', firstParty: true });
        expect(flow.factsAt(send).sends.map((fact) => fact.via.id)).toEqual(['sendgrid']);
        expect(flow.location(send).start).toEqual({ line: 6, column: 1 });
      },
    );
  });

  it('follows names, calls and returns into another file with type information', () => {
    withContext(
      {
        'main.ts': `import { footer, BODY } from './mail';
export const html = footer('jane');
export const message = { BODY };
`,
        'mail.ts': `export const BODY = '<p>Hello</p>';
export function footer(name: string): string {
  if (!name) return '';
  return \`<a href="https://shop.example/unsubscribe">Unsubscribe</a> \${name}\`;
}
`,
      },
      (flow, _queries, sf) => {
        const call = find(sf, ts.isCallExpression);
        const fn = flow.functionOf(call)!;
        expect(fn.getSourceFile().fileName).toMatch(/mail\.ts$/);
        const returned = flow.returnsOf(fn);
        expect(returned).toHaveLength(2);
        expect(flow.stringParts(returned[1]!)?.value).toBe(
          '<a href="https://shop.example/unsubscribe">Unsubscribe</a> ',
        );
        expect(flow.location(returned[1]!).start.line).toBe(4);
        const name = find(sf, ts.isIdentifier, 3);
        expect(name.text).toBe('footer');
        expect(flow.declarationOf(name)?.getSourceFile().fileName).toMatch(/mail\.ts$/);
        // A shorthand property whose variable is imported: the declaration in the other file.
        const shorthand = find(sf, ts.isShorthandPropertyAssignment).name;
        const body = flow.declarationOf(shorthand);
        expect(body && ts.isVariableDeclaration(body) && body.getSourceFile().fileName).toMatch(
          /mail\.ts$/,
        );
      },
      true,
    );
  });
});

describe('context.queries', () => {
  it('answers from the policy', () => {
    withContext({ 'a.ts': 'export {};\n' }, (_flow, queries) => {
      expect(queries.cookie('session_id')?.duration).toBe('session');
      expect(queries.cookie('tracker')).toBeUndefined();
      expect(queries.recipientForHost('api.sendgrid.com')?.id).toBe('mail');
      expect(queries.recipientForPackage('@sendgrid/mail')?.id).toBe('mail');
      expect(queries.isFirstPartyHost('shop.example')).toBe(true);
      expect(queries.mayReceive('mail', 'user.contact.email')).toBe(true);
      expect(queries.mayReceive('mail', 'user.financial.card')).toBe(false);
      expect(queries.isPersonal('user.contact.email')).toBe(true);
      expect(queries.categoryOfName('phoneNumber')).toBe('user.contact.phone_number');
    });
  });
});
