import { join } from 'node:path';
import { loadPolicy, type Policy } from '@pledge/policy';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { indexCatalogs } from '../../catalog/index.js';
import { analyzeFile, type FileAnalysis } from '../analysis.js';

// The facts the data map reads besides sends, storage and cookies: imports, SDK globals and URL
// literals, and a cookie's value. Rules and the map share them, so both see the run's catalogs.

const policy: Policy = (() => {
  const loaded = loadPolicy(
    join(import.meta.dirname, '../../../../../apps/demo/pledge.policy.yaml'),
  );
  if (!loaded.policy) throw new Error('the demo policy must load');
  return loaded.policy;
})();

function analyze(text: string, catalogs = indexCatalogs()): FileAnalysis {
  const sourceFile = ts.createSourceFile('/app/src/file.ts', text, ts.ScriptTarget.Latest, true);
  return analyzeFile({ ts, sourceFile, policy, catalogs });
}

describe('imports', () => {
  it('lists runtime imports of packages with their recipe and recipient', () => {
    const analysis = analyze(
      [
        "import Stripe from 'stripe';",
        "import type { S3Client } from '@aws-sdk/client-s3';",
        "export { track } from '@segment-demo/analytics';",
        "import mixpanel = require('mixpanel-browser/src/loaders');",
        "import { readFile } from 'node:fs';",
        "import { helper } from './helper';",
        "const zendesk = require('node-zendesk');",
        "const lazy = () => import('left-pad');",
      ].join('\n'),
    );
    expect(
      analysis.imports.map((fact) => [
        fact.specifier,
        fact.package,
        fact.recipe?.vendor,
        fact.recipient?.id,
        fact.firstParty,
      ]),
    ).toEqual([
      ['stripe', 'stripe', 'Stripe', 'payment-processor', false],
      ['@segment-demo/analytics', '@segment-demo/analytics', undefined, undefined, true],
      ['mixpanel-browser/src/loaders', 'mixpanel-browser', 'Mixpanel', undefined, false],
      ['node-zendesk', 'node-zendesk', 'Zendesk', 'support', false],
      ['left-pad', 'left-pad', undefined, undefined, false],
    ]);
  });

  it("reads a package by the run's catalogs", () => {
    const catalogs = indexCatalogs([
      {
        sdks: [
          {
            id: 'acme',
            vendor: 'Acme',
            category: 'analytics',
            packages: ['@acme/sdk'],
            globals: ['acme'],
            hosts: ['in.acme.example'],
            sends: [],
            example: '',
          },
        ],
      },
    ]);
    const source = "import acme from '@acme/sdk';\nwindow.acme('page');\n";
    expect(analyze(source).imports.map((fact) => fact.recipe)).toEqual([undefined]);
    expect(analyze(source).sdkGlobals).toEqual([]);
    const withPack = analyze(source, catalogs);
    expect(withPack.imports.map((fact) => fact.recipe?.vendor)).toEqual(['Acme']);
    expect(withPack.sdkGlobals.map((fact) => [fact.recipe.vendor, fact.node.getText()])).toEqual([
      ['Acme', "window.acme('page')"],
    ]);
    expect(catalogs.recipeOfHost('in.acme.example')?.vendor).toBe('Acme');
  });
});

describe('SDK globals', () => {
  it("finds calls rooted at a snippet's global, with the recipient of its hosts", () => {
    const analysis = analyze("gtag('config', 'G-1');\nwindow.fbq('track', 'Lead');\nlocal('x');\n");
    expect(
      analysis.sdkGlobals.map((fact) => [
        fact.node.getText(),
        fact.recipe.vendor,
        fact.recipient?.id,
      ]),
    ).toEqual([
      ["gtag('config', 'G-1')", 'Google Analytics', 'web-analytics'],
      ["window.fbq('track', 'Lead')", 'Meta', 'social-facebook'],
    ]);
  });
});

describe('URL literals', () => {
  it('reads the host of a literal URL, its owner and its recipient', () => {
    const analysis = analyze(
      [
        "const a = 'https://acme.zendesk.com/hc/en-us';",
        "const b = 'https://API.segment.io/v1';",
        "const c = 'http://0.0.0.0:3000/';",
        'const d = `https://d.adroll.com/px?e=${e}`;',
        'const e = `https://d.adroll.com${path}`;',
        "const f = '/relative/path';",
        "const g = 'postgres://user:secret@db.example.com:5432/app';",
      ].join('\n'),
    );
    expect(
      analysis.urlLiterals.map((fact) => [fact.host, fact.firstParty, fact.recipient?.id]),
    ).toEqual([
      ['acme.zendesk.com', false, 'support'],
      ['api.segment.io', true, undefined],
      ['0.0.0.0', true, undefined],
      ['d.adroll.com', false, 'ad-network'],
      ['db.example.com', false, undefined],
    ]);
  });
});

describe('cookie values', () => {
  it('are the value argument, an object’s `value`, or the whole Set-Cookie string', () => {
    const analysis = analyze(
      [
        'export function set(res: any, email: string, userId: string) {',
        "  res.cookie('contact', email, { httpOnly: true });",
        "  cookieStore.set({ name: 'uid', value: userId });",
        '  document.cookie = `last=${email}`;',
        '}',
      ].join('\n'),
    );
    expect(
      analysis.cookies.map((fact) => [
        fact.name,
        analysis.cookieValueTaints(fact).map((taint) => taint.category),
      ]),
    ).toEqual([
      ['contact', ['user.contact.email']],
      ['uid', ['user.unique_id']],
      ['last', ['user.contact.email']],
    ]);
  });
});

describe('getter verbs', () => {
  it.each(['getEmail', 'fetchEmail', 'lookupEmail', 'retrieveEmail', 'extractEmail'])(
    'an unknown call `%s()` returns what its name says',
    (name) => {
      const analysis = analyze(`fetch('https://x.example/e', { body: ${name}() });\n`);
      expect(analysis.sends.flatMap((fact) => fact.taints.map((t) => t.category))).toEqual([
        'user.contact.email',
      ]);
    },
  );
});
