import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { INIT_TODO } from '../src/init.js';
import { runCli, tempProject, writeFiles } from './scan-helpers.js';

// `pledge init` drafts pledge.policy.yaml from what the code does: on a small shop, the draft
// declares its cookies and the third parties that receive personal data (each marked for a
// person to confirm), lists the card storage to fix, loads, and leaves `pledge scan` with only
// what no policy can allow. It never overwrites a file.

const SHOP = {
  'package.json': JSON.stringify(
    {
      name: 'shop',
      private: true,
      type: 'module',
      author: 'Example Shop, Inc. <legal@shop.example>',
      homepage: 'https://www.shop.example/',
    },
    null,
    2,
  ),
  'src/app.ts': `import express from 'express';
import { track } from './analytics.js';
import { saveOrder } from './orders.js';
import { addContact } from './crm.js';

export const app = express();

app.post('/login', (req, res) => {
  res.cookie('session_id', req.body.token, { httpOnly: true });
  res.cookie('cart', '[]');
  res.json({ ok: true });
});

app.post('/signup', async (req, res) => {
  const { email, name } = req.body;
  track('signup', { email });
  await addContact(email, name);
  await fetch('https://api.shop.example/welcome', { method: 'POST', body: JSON.stringify({ email }) });
  res.json({ ok: true });
});

app.post('/checkout', async (req, res) => {
  const cardNumber: string = req.body.cardNumber;
  await saveOrder(req.body.userId, cardNumber);
  track('paid', { cardNumber });
  res.cookie(req.body.pref, '1');
  res.json({ ok: true });
});
`,
  'src/analytics.ts': `import Mixpanel from 'mixpanel';

const mixpanel = Mixpanel.init('token');

export function track(event: string, properties: Record<string, unknown>) {
  mixpanel.track(event, properties);
}
`,
  'src/crm.ts': `export async function addContact(email: string, name: string) {
  await fetch('https://api.crm-partner.example/v1/contacts', {
    method: 'POST',
    body: JSON.stringify({ email, name }),
  });
}
`,
  'src/newsletter.ts': `export async function subscribe(email: string) {
  await fetch('https://api.sendgrid.com/v3/marketing/contacts', {
    method: 'PUT',
    body: JSON.stringify({ contacts: [{ email }] }),
  });
}
`,
  'src/web/tracking.js': `export function onLogin(email) {
  gtag('set', 'user_data', { email });
}
`,
  'src/orders.ts': `import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

export async function saveOrder(userId: string, cardNumber: string) {
  await prisma.order.create({ data: { userId, cardNumber } });
}
`,
};

interface Draft {
  version: number;
  organization: string;
  firstParty: { hosts: string[] };
  payments?: { storeFullCardNumber: boolean; processors?: string[] };
  cookies?: { declared: { name: string }[] };
  thirdParties?: {
    id: string;
    name: string;
    role: string;
    hosts?: string[];
    packages?: string[];
    receives: string[];
  }[];
}

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
  category?: string;
  cookie?: string;
  recipient?: string;
}

/** `pledge init` in a fresh copy of the shop (plus `extra` files). */
async function initShop(args: readonly string[] = [], extra: Record<string, string> = {}) {
  const root = tempProject({ ...SHOP, ...extra }, { policy: false });
  const run = await runCli(root, ['init', '--no-progress', ...args]);
  return { root, ...run };
}

/** The comment lines right above the line `line` (trimmed), joined with spaces. */
function commentAbove(text: string, line: string): string {
  const all = text.split('\n');
  const at = all.findIndex((l) => l.trim() === line);
  if (at < 0) throw new Error(`no line \`${line}\` in the draft`);
  const comments: string[] = [];
  for (let i = at - 1; i >= 0 && (all[i] ?? '').trim().startsWith('#'); i -= 1)
    comments.unshift((all[i] ?? '').trim().slice(1).trim());
  return comments.join(' ');
}

function read(root: string, path: string): string {
  return readFileSync(join(root, path), 'utf8');
}

describe('pledge init', () => {
  it('drafts the cookies, the recipients of personal data and the card storage to fix', async () => {
    const { root, code, stdout, stderr } = await initShop();
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const text = read(root, 'pledge.policy.yaml');
    const draft = parse(text) as Draft;
    expect(draft.organization).toBe('Example Shop, Inc.');
    expect(draft.firstParty.hosts).toEqual(['shop.example', '*.shop.example']);
    expect(draft.cookies?.declared).toEqual([{ name: 'cart' }, { name: 'session_id' }]);
    expect(draft.thirdParties).toEqual([
      {
        id: 'api-crm-partner-example',
        name: 'api.crm-partner.example',
        role: 'other',
        hosts: ['api.crm-partner.example'],
        receives: ['user.contact.email'],
      },
      {
        id: 'google-analytics',
        name: 'Google Analytics',
        role: 'analytics',
        hosts: [
          'www.google-analytics.com',
          'region1.google-analytics.com',
          'ssl.google-analytics.com',
          'analytics.google.com',
          'stats.g.doubleclick.net',
        ],
        receives: ['user.contact.email'],
      },
      {
        // The card number it is also sent is not declared: only a processor may receive it.
        id: 'mixpanel',
        name: 'Mixpanel',
        role: 'analytics',
        hosts: ['api.mixpanel.com'],
        packages: ['mixpanel'],
        receives: ['user.contact.email'],
      },
      {
        // Found by the host a request goes to: the SDK catalog still knows its role.
        id: 'sendgrid',
        name: 'SendGrid',
        role: 'email',
        hosts: ['api.sendgrid.com'],
        receives: ['user.contact.email'],
      },
    ]);
    // Its own host (from `homepage`) is first-party, not a recipient.
    expect(text).not.toContain('api.shop.example');
    expect(draft.payments).toEqual({
      storeFullCardNumber: false,
      storeLast4: true,
      storeSecurityCode: false,
    });

    // Every drafted entry carries a comment with the marker, and where the code does it.
    const cookieComments = ['cart', 'session_id'].map((name) =>
      commentAbove(text, `- name: ${name}`),
    );
    for (const comment of cookieComments) expect(comment).toContain(`${INIT_TODO}: confirm cookie`);
    expect(cookieComments[1]).toContain('res.cookie() at src/app.ts:9:14');
    const partyComments = [
      'api-crm-partner-example',
      'google-analytics',
      'mixpanel',
      'sendgrid',
    ].map((id) => commentAbove(text, `- id: ${id}`));
    for (const comment of partyComments) expect(comment).toContain(`${INIT_TODO}: confirm`);
    expect(partyComments[2]).toContain(
      'FIX, do not declare: `user.financial.card.number` is sent to it at src/app.ts:25:3;',
    );
    const cardStorage = commentAbove(text, 'storeFullCardNumber: false');
    expect(cardStorage).toContain('FIX, do not declare: the code stores full card numbers');
    expect(cardStorage).toContain('src/orders.ts:6:9: Full card number');
    // Real YAML comments: the document holds only what a policy holds.
    expect(parseDocument(text).errors).toEqual([]);
    // The cookie set with a name known only at run time, and Mixpanel's own cookies, are notes.
    expect(text).toContain('a name not known statically, at\n  # src/app.ts:26:14');
    expect(text).toContain("Mixpanel's browser script is known to set `mp_*`");
    expect(text.split(INIT_TODO)).toHaveLength(1 + 11);
    // The author's address in package.json is never copied.
    expect(text).not.toContain('legal@');

    expect(stdout).toContain('Found:\n  2 cookies set by the code: cart, session_id\n');
    expect(stdout).toMatch(/^pledge init: analysed 6 files in this folder\.\n/);
    expect(stdout).toContain(
      '\n  1 place storing full card numbers: no policy can allow it, fix the code\n' +
        '  card data (user.financial.card.number) sent to Mixpanel, which is not a payment processor: fix the code\n',
    );
    expect(stdout).toContain(
      'Wrote:\n  pledge.policy.yaml: the draft policy, 11 entries marked TODO(pledge init)\n  eslint.config.js\n  .github/workflows/pledge.yml\n',
    );
    expect(stdout).toContain('2. npx pledge policy check\n  3. npx pledge scan');
  });

  it('drafts a policy that loads, and leaves the scan only what no policy may allow', async () => {
    const { root, code } = await initShop();
    expect(code).toBe(0);
    const check = await runCli(root, ['policy', 'check']);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);

    const scan = await runCli(root, ['scan', '--format', 'json', '--no-progress']);
    expect(scan.code).toBe(1);
    const findings = (JSON.parse(scan.stdout) as { findings: JsonFinding[] }).findings.map((f) => ({
      ruleId: f.ruleId,
      at: `${f.file}:${String(f.line)}`,
      category: f.category,
    }));
    expect(findings).toEqual([
      // Card data to analytics: to fix, not declared.
      {
        ruleId: 'no-pii-to-undeclared-third-party',
        at: 'src/app.ts:25',
        category: 'user.financial.card.number',
      },
      // The cookie whose name is known only at run time.
      { ruleId: 'no-undeclared-cookie', at: 'src/app.ts:26', category: undefined },
      // The card storage the draft lists to fix.
      {
        ruleId: 'no-full-card-storage',
        at: 'src/orders.ts:6',
        category: 'user.financial.card.number',
      },
    ]);

    // Without the draft, the same code breaks every promise the draft declares.
    const bare = tempProject(
      {
        ...SHOP,
        'pledge.policy.yaml':
          "version: 1\norganization: Example Shop, Inc.\nfirstParty: { hosts: [shop.example, '*.shop.example'] }\n",
      },
      { policy: false },
    );
    const before = await runCli(bare, ['scan', '--format', 'json', '--no-progress']);
    const undeclared = (JSON.parse(before.stdout) as { findings: JsonFinding[] }).findings;
    expect(
      undeclared.filter((f) => f.ruleId === 'no-undeclared-cookie').map((f) => f.cookie),
    ).toEqual(expect.arrayContaining(['session_id', 'cart']));
    expect(
      undeclared
        .filter((f) => f.ruleId === 'no-pii-to-undeclared-third-party')
        .map((f) => `${f.file}:${String(f.line)} ${f.category ?? ''}`)
        .sort(),
    ).toEqual([
      'src/app.ts:16 user.contact.email',
      'src/app.ts:25 user.financial.card.number',
      'src/crm.ts:2 user.contact.email',
      'src/newsletter.ts:2 user.contact.email',
      'src/web/tracking.js:2 user.contact.email',
    ]);
  });

  it('never overwrites: a second run leaves every file as it is and exits 1', async () => {
    const { root, code } = await initShop();
    expect(code).toBe(0);
    const files = ['pledge.policy.yaml', 'eslint.config.js', '.github/workflows/pledge.yml'];
    const first = files.map((f) => read(root, f));
    const again = await runCli(root, ['init', '--no-progress']);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'pledge: pledge.policy.yaml already exists; it was left alone (pledge init never overwrites).\n' +
        'pledge: write the draft elsewhere with `pledge init --out FILE`, or see it with `pledge init --print`.\n',
    );
    expect(files.map((f) => read(root, f))).toEqual(first);
    expect(again.stdout).toContain(
      'Left alone (they exist):\n  eslint.config.js\n  .github/workflows/pledge.yml\n',
    );
    expect(again.stdout).not.toContain('Wrote:');
    // They already run Pledge: nothing to merge, so nothing printed to add.
    expect(again.stdout).not.toContain('add Pledge to it yourself');
  });

  it('--print writes nothing and prints the draft on stdout', async () => {
    const written = await initShop();
    const { root, code, stdout, stderr } = await initShop(['--print']);
    expect(code).toBe(0);
    expect(stdout).toBe(read(written.root, 'pledge.policy.yaml'));
    for (const file of ['pledge.policy.yaml', 'eslint.config.js', '.github'])
      expect(existsSync(join(root, file)), file).toBe(false);
    // The summary and the files it would write go to stderr, so stdout can be redirected.
    expect(stderr).toContain('Found:');
    expect(stderr).toContain(
      "eslint.config.js, to write:\n\n    import pledge from '@pledge/eslint-plugin';",
    );
    expect(stderr).toContain('.github/workflows/pledge.yml, to write:');
    const dry = await runCli(root, ['init', '--dry-run', '--quiet', '--no-progress']);
    expect(dry).toEqual({ code: 0, stdout, stderr: '' });
    expect(existsSync(join(root, 'pledge.policy.yaml'))).toBe(false);
  });

  it('--out writes the draft elsewhere, never over a file', async () => {
    const { root, code, stdout } = await initShop(['--out', 'privacy/draft.yaml', '--quiet']);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(existsSync(join(root, 'pledge.policy.yaml'))).toBe(false);
    const draft = read(root, 'privacy/draft.yaml');
    expect(draft).toContain(INIT_TODO);
    expect((await runCli(root, ['policy', 'check', 'privacy/draft.yaml'])).code).toBe(0);
    const again = await runCli(root, ['init', '--out', 'privacy/draft.yaml', '--no-progress']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('privacy/draft.yaml already exists; it was left alone');
    expect(read(root, 'privacy/draft.yaml')).toBe(draft);
  });

  it('writes the ESLint config and the workflow only where none is, and prints them otherwise', async () => {
    const config = 'export default [{ rules: {} }];\n';
    const workflow = 'name: CI\non: [push]\njobs: {}\n';
    const { root, code, stdout } = await initShop([], {
      'eslint.config.mjs': config,
      '.github/workflows/pledge.yml': workflow,
    });
    expect(code).toBe(0);
    expect(read(root, 'eslint.config.mjs')).toBe(config);
    expect(read(root, '.github/workflows/pledge.yml')).toBe(workflow);
    expect(existsSync(join(root, 'eslint.config.js'))).toBe(false);
    expect(stdout).toContain('Wrote:\n  pledge.policy.yaml: the draft policy');
    expect(stdout).toContain(
      'Left alone (they exist):\n  eslint.config.mjs\n  .github/workflows/pledge.yml\n',
    );
    expect(stdout).toContain(
      "eslint.config.mjs exists: add Pledge to it yourself:\n\n    import pledge from '@pledge/eslint-plugin';",
    );
    expect(stdout).toContain('.github/workflows/pledge.yml exists: add Pledge to it yourself:');
    expect(stdout).toContain(
      '        run: npx pledge scan --format sarif --output pledge.sarif --no-progress',
    );
  });

  it('writes a workflow for the project’s package manager, and an ES-module ESLint config', async () => {
    const root = tempProject(
      {
        'package.json': '{ "name": "@acme/web", "packageManager": "pnpm@9.0.0" }\n',
        'src/index.js': 'export const x = 1;\n',
      },
      { policy: false },
    );
    const { code } = await runCli(root, ['init', '--quiet', '--no-progress']);
    expect(code).toBe(0);
    // Not `"type": "module"`: the `.mjs` name makes ESLint read the config as a module.
    expect(read(root, 'eslint.config.mjs')).toContain(
      'export default [pledge.configs.recommended];',
    );
    const workflow = read(root, '.github/workflows/pledge.yml');
    expect(workflow).toContain('- uses: pnpm/action-setup@v4');
    expect(workflow).toContain('run: pnpm exec pledge scan --format sarif --output pledge.sarif');
    expect(workflow).toContain('uses: github/codeql-action/upload-sarif@v3');
    const draft = parse(read(root, 'pledge.policy.yaml')) as Draft;
    expect(draft).toEqual({ version: 1, organization: '@acme/web', firstParty: { hosts: [] } });
    expect(read(root, 'pledge.policy.yaml')).toContain(
      `${INIT_TODO}: list the hosts your organization runs`,
    );
    expect((await runCli(root, ['policy', 'check'])).code).toBe(0);
  });

  it('masks a card number or an address that the code puts in a cookie name', async () => {
    const { root, code, stdout } = await initShop([], {
      'src/promo.ts': `import express from 'express';
export const promo = express();
promo.get('/', (req, res) => {
  res.cookie('seen_ops@shop.example', '1');
  res.cookie('card_4111111111111111', '1');
  res.json({});
});
`,
    });
    expect(code).toBe(0);
    const text = read(root, 'pledge.policy.yaml');
    for (const output of [text, stdout]) {
      expect(output).not.toContain('ops@shop.example');
      expect(output).not.toContain('4111111111111111');
    }
    // Not declared (the name holds a value): listed, masked, for a person to rename.
    expect((parse(text) as Draft).cookies?.declared.map((c) => c.name)).toEqual([
      'cart',
      'session_id',
    ]);
    expect(text).toMatch(/cookie `s\*\*\*@\S*` \(at src\/promo\.ts:4:14\) cannot be declared/);
  });

  it('takes its folder as an argument, and says what is wrong with a command line', async () => {
    const root = tempProject({}, { policy: false });
    writeFiles(root, Object.fromEntries(Object.entries(SHOP).map(([p, t]) => [`shop/${p}`, t])));
    const run = await runCli(root, ['init', 'shop', '--quiet', '--no-progress']);
    expect(run.code).toBe(0);
    expect(existsSync(join(root, 'shop/pledge.policy.yaml'))).toBe(true);
    expect(existsSync(join(root, 'shop/eslint.config.js'))).toBe(true);
    expect(existsSync(join(root, 'pledge.policy.yaml'))).toBe(false);

    const help = await runCli(root, ['--help']);
    expect(help.stdout).toContain('pledge init [dir] [options]');
    const initHelp = await runCli(root, ['init', '--help']);
    expect(initHelp.code).toBe(0);
    expect(initHelp.stdout).toContain('--print, --dry-run');
    const typo = await runCli(root, ['int']);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('unknown command `int`; did you mean `init`?');
    const option = await runCli(root, ['init', '--prnt']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('unknown option `--prnt`; did you mean `--print`?');
    const missing = await runCli(root, ['init', 'nowhere']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('is not a folder');
    const two = await runCli(root, ['init', 'shop', 'shop']);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('`pledge init` takes one folder');
  });
});
