import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeFile } from '../engine/analysis.js';
import { testPolicy } from '../testing/run.js';
import { SDK_RECIPES } from './sdks.js';
import type { SdkRecipe } from './types.js';

type Category = SdkRecipe['category'];

const CATEGORIES: readonly Category[] = [
  'analytics',
  'session-replay',
  'error-tracking',
  'support',
  'crm',
  'email',
  'sms',
  'payments',
  'ads',
  'social',
  'ai',
  'search',
  'feature-flags',
  'marketing',
  'notifications',
  'workflows',
  'identity',
  'productivity',
  'location',
  'shipping',
  'logging',
];

/**
 * npm's rules for new package names (lowercase, URL-safe, an optional scope, at most 214
 * characters), optionally followed by an entry point (`firebase/analytics`).
 */
const NPM_NAME = /^(?:@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*(?:\/[a-z0-9-._~]+)*$/;
const HOST_PATTERN = /^(\*\.)?[a-z0-9.-]+$/;
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/**
 * `''`, or dotted members where each is a name, `*` or `()` (a call in the chain is a member of its
 * own: `sobject.().create`, never `sobject().create`, which the engine would not match).
 */
const MEMBER_PATTERN = /^(?:|(?:[A-Za-z_$][\w$]*|\*|\(\))(?:\.(?:[A-Za-z_$][\w$]*|\*|\(\)))*)$/;

function recipe(id: string): SdkRecipe {
  const found = SDK_RECIPES.find((r) => r.id === id);
  if (found === undefined) throw new Error(`no recipe ${id}`);
  return found;
}

function argsOf(id: string, member: string): readonly { arg: number; prop?: string }[] {
  const send = recipe(id).sends.find((s) => s.member === member);
  if (send === undefined) throw new Error(`recipe ${id} has no send ${member}`);
  return send.data;
}

describe('SDK_RECIPES', () => {
  it('has at least 210 recipes', () => {
    expect(SDK_RECIPES.length).toBeGreaterThanOrEqual(210);
  });

  it('has unique ids', () => {
    const ids = SDK_RECIPES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('claims each package in one recipe only', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of SDK_RECIPES) {
      for (const p of r.packages) {
        const owner = owners.get(p);
        if (owner !== undefined) clashes.push(`${p}: ${owner} and ${r.id}`);
        owners.set(p, r.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('claims each host in one recipe only', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of SDK_RECIPES) {
      for (const h of r.hosts) {
        const owner = owners.get(h);
        if (owner !== undefined) clashes.push(`${h}: ${owner} and ${r.id}`);
        owners.set(h, r.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('claims each global in one recipe only', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const r of SDK_RECIPES) {
      for (const g of r.globals) {
        const owner = owners.get(g);
        if (owner !== undefined) clashes.push(`${g}: ${owner} and ${r.id}`);
        owners.set(g, r.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('represents every category', () => {
    const present = new Set(SDK_RECIPES.map((r) => r.category));
    expect(CATEGORIES.filter((c) => !present.has(c))).toEqual([]);
  });

  it('keeps tokenisers to payment processors', () => {
    const withTokens = SDK_RECIPES.filter((r) => r.tokenizes !== undefined);
    expect(withTokens.filter((r) => r.category !== 'payments').map((r) => r.id)).toEqual([]);
  });

  it.each(SDK_RECIPES.map((r) => [r.id, r] as const))('%s is well formed', (_id, r) => {
    expect(r.id).toMatch(KEBAB_ID);
    expect(r.vendor.trim()).not.toBe('');
    expect(CATEGORIES).toContain(r.category);
    expect(r.packages.length + r.globals.length).toBeGreaterThan(0);
    expect(r.sends.length).toBeGreaterThan(0);

    for (const p of r.packages) {
      expect(p.length).toBeLessThanOrEqual(214);
      expect(p).toMatch(NPM_NAME);
    }
    expect(new Set(r.packages).size).toBe(r.packages.length);

    for (const g of r.globals) expect(g).toMatch(/^[A-Za-z_$][\w$]*$/);
    expect(new Set(r.globals).size).toBe(r.globals.length);

    for (const h of r.hosts) expect(h).toMatch(HOST_PATTERN);
    expect(new Set(r.hosts).size).toBe(r.hosts.length);

    const members = r.sends.map((s) => s.member);
    expect(new Set(members).size).toBe(members.length);
    for (const s of r.sends) {
      expect(s.member).toMatch(MEMBER_PATTERN);
      expect(s.data.length).toBeGreaterThan(0);
      const keys = s.data.map((d) => `${d.arg}:${d.prop ?? ''}`);
      expect(new Set(keys).size).toBe(keys.length);
      for (const d of s.data) {
        expect(Number.isInteger(d.arg)).toBe(true);
        expect(d.arg).toBeGreaterThanOrEqual(0);
        if (d.prop !== undefined) expect(d.prop).toMatch(/^[A-Za-z_$][\w$]*$/);
      }
    }

    for (const t of r.tokenizes ?? []) expect(t).toMatch(MEMBER_PATTERN);
  });
});

describe('known APIs', () => {
  it('mixpanel: track(event, props) sends props; people.set(props) sends its argument', () => {
    expect(argsOf('mixpanel-browser', 'track')).toEqual([{ arg: 1 }]);
    expect(argsOf('mixpanel-browser', 'identify')).toEqual([{ arg: 0 }]);
    expect(argsOf('mixpanel-browser', 'people.set')).toContainEqual({ arg: 0 });
    expect(recipe('mixpanel-browser').globals).toContain('mixpanel');
    expect(recipe('mixpanel-browser').hosts).toContain('api-js.mixpanel.com');
    expect(recipe('mixpanel-node').hosts).toContain('api.mixpanel.com');
  });

  it('segment: browser identify(userId, traits), server identify({ userId, traits })', () => {
    expect(argsOf('segment-browser', 'identify')).toEqual([{ arg: 0 }, { arg: 1 }]);
    expect(argsOf('segment-node', 'identify')).toEqual([{ arg: 0 }]);
    expect(recipe('segment-browser').globals).toEqual(['analytics']);
    expect(recipe('segment-node').packages).toContain('@segment/analytics-node');
  });

  it('gtag and fbq are called directly and carry their data in argument 2', () => {
    expect(recipe('google-analytics').globals).toContain('gtag');
    expect(argsOf('google-analytics', '')).toContainEqual({ arg: 2 });
    expect(recipe('meta-pixel').globals).toEqual(['fbq']);
    expect(argsOf('meta-pixel', '')).toContainEqual({ arg: 2 });
  });

  it('queue globals send through push', () => {
    expect(recipe('matomo').globals).toEqual(['_paq']);
    expect(argsOf('matomo', 'push')).toEqual([{ arg: 0 }]);
    expect(argsOf('hubspot', 'push')).toEqual([{ arg: 0 }]);
    expect(recipe('crisp').globals).toEqual(['$crisp']);
    expect(argsOf('crisp', 'push')).toEqual([{ arg: 0 }]);
  });

  it('sentry: setUser(user), setContext(name, ctx), captureException(error, hint)', () => {
    expect(argsOf('sentry', 'setUser')).toEqual([{ arg: 0 }]);
    expect(argsOf('sentry', 'setContext')).toEqual([{ arg: 1 }]);
    expect(argsOf('sentry', 'captureException')).toEqual([{ arg: 0 }, { arg: 1 }]);
    expect(recipe('sentry').hosts).toContain('*.ingest.sentry.io');
  });

  it('intercom: the snippet global takes a command first, the npm SDK the settings', () => {
    expect(argsOf('intercom-messenger', '')).toContainEqual({ arg: 1 });
    expect(argsOf('intercom-messenger-sdk', '')).toEqual([{ arg: 0 }]);
  });

  it('stripe: server calls and their tokenisers', () => {
    expect(argsOf('stripe', 'customers.create')).toEqual([{ arg: 0 }]);
    expect(argsOf('stripe', 'customers.update')).toEqual([{ arg: 1 }]);
    expect(recipe('stripe').tokenizes).toEqual(
      expect.arrayContaining(['tokens.create', 'paymentMethods.create']),
    );
    expect(recipe('stripe-js').tokenizes).toEqual(
      expect.arrayContaining(['createToken', 'createPaymentMethod']),
    );
    expect(recipe('stripe').hosts).toEqual(expect.arrayContaining(['api.stripe.com']));
  });

  it('aws ses: the command constructor carries the message', () => {
    expect(argsOf('aws-ses', 'SendEmailCommand')).toEqual([{ arg: 0 }]);
    expect(recipe('aws-ses').packages).toContain('@aws-sdk/client-ses');
  });

  it('openai and anthropic: the request body is argument 0', () => {
    expect(argsOf('openai', 'chat.completions.create')).toEqual([{ arg: 0 }]);
    expect(argsOf('openai', 'responses.create')).toEqual([{ arg: 0 }]);
    expect(argsOf('anthropic', 'messages.create')).toEqual([{ arg: 0 }]);
  });

  it('object-literal properties are named where only one carries data', () => {
    expect(argsOf('rollbar', '')).toEqual([{ arg: 0, prop: 'payload' }]);
    expect(argsOf('sentry', 'init')).toEqual([{ arg: 0, prop: 'initialScope' }]);
    expect(argsOf('sendgrid', 'request')).toEqual([{ arg: 0, prop: 'body' }]);
  });

  it('chains with calls in them', () => {
    expect(argsOf('salesforce', 'sobject.().create')).toEqual([{ arg: 0 }]);
    expect(argsOf('typesense', 'documents.().create')).toEqual([{ arg: 0 }]);
    expect(argsOf('slack', 'IncomingWebhook.().send')).toEqual([{ arg: 0 }]);
    expect(argsOf('hubspot', 'basicApi.create')).toEqual([{ arg: 0 }]);
  });
});

/** A policy that declares no recipient: every SDK send of personal data goes to an undeclared one. */
const NO_RECIPIENTS = testPolicy(`
version: 1
organization: Example, Inc.
document: { url: https://example.com/privacy, effective: 2024-01-01 }
clauses:
  disclosure: { section: Disclosure to Third Parties }
firstParty:
  hosts: [example.com]
`);

/** Whether the engine finds, in the recipe's example, a send through that recipe carrying personal data. */
function detectsExample(recipe: SdkRecipe): boolean {
  const sourceFile = ts.createSourceFile(
    `${recipe.id}.example.tsx`,
    recipe.example,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const analysis = analyzeFile({ ts, sourceFile, policy: NO_RECIPIENTS });
  return analysis.sends.some(
    (send) =>
      send.via.id === recipe.id &&
      send.taints.some((taint) => analysis.taxonomy.isPersonal(taint.category)),
  );
}

const READY = SDK_RECIPES.filter((r) => r.exampleNeeds === undefined);
const PENDING = SDK_RECIPES.filter((r) => r.exampleNeeds !== undefined);

describe('recipe examples', () => {
  it('has examples to run', () => {
    expect(READY.length).toBeGreaterThan(0);
    expect(READY.length + PENDING.length).toBe(SDK_RECIPES.length);
  });

  it.each(READY.map((r) => [r.id, r] as const))('%s: the engine detects its example', (_id, r) => {
    expect(r.example.trim()).not.toBe('');
    expect(detectsExample(r)).toBe(true);
  });

  // When one of these fails, the engine has learned the feature: drop the recipe's `exampleNeeds`.
  it('examples that need an engine feature are not detected yet', () => {
    for (const r of PENDING) expect(r.exampleNeeds?.trim()).not.toBe('');
    expect(PENDING.filter(detectsExample).map((r) => r.id)).toEqual([]);
  });
});
