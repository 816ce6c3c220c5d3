import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { scan } from '../src/scan.js';
import type { ScanFinding, ScanResult } from '../src/types.js';
import { git, gitInit, runCli, tempProject, writeFiles } from './scan-helpers.js';

// Inline scripts of pages, server templates and components (fixtures/inline-scripts/): found,
// analysed by the engine like any JavaScript file, and reported at the page's own line and
// column, under the page's path, by every format.

const FIXTURES = join(import.meta.dirname, 'fixtures/inline-scripts');

/** A temporary project holding the fixture pages, with the demo policy. */
function pagesProject(): string {
  const root = tempProject({});
  cpSync(FIXTURES, root, { recursive: true });
  return root;
}

function where(finding: ScanFinding): string {
  return `${finding.ruleId} ${finding.file}:${String(finding.line)}:${String(finding.column)} ${finding.cookie ?? finding.recipient ?? ''}`;
}

describe('the fixture pages, templates and components', () => {
  let root: string;
  let result: ScanResult;

  beforeAll(async () => {
    root = pagesProject();
    result = await scan({ root });
  });

  it('reports the core rules at the line and column of the page', () => {
    expect(result.findings.map(where)).toEqual([
      'no-undeclared-cookie components/Account.vue:8:19 vue_theme',
      'no-pii-to-undeclared-third-party components/Account.vue:9:1 social-facebook',
      'no-undeclared-cookie components/Banner.svelte:3:49 banner_closed',
      'no-pii-to-undeclared-third-party views/checkout.ejs:8:5 web-analytics',
      'no-pii-to-undeclared-third-party views/checkout.ejs:8:5 web-analytics',
      'no-pii-to-undeclared-third-party views/checkout.ejs:9:5 web-analytics',
      'no-pii-to-undeclared-third-party views/checkout.ejs:14:3 pixel.adnetwork.example',
      'no-pii-to-undeclared-third-party views/help.njk:7:3 Intercom',
      'no-pii-to-undeclared-third-party views/layout.pug:7:7 social-facebook',
      'no-pii-to-undeclared-third-party views/profile.hbs:4:3 Mixpanel',
      'no-pii-to-undeclared-third-party views/profile.hbs:5:3 Mixpanel',
      'no-undeclared-cookie views/profile.hbs:7:21 last_seen',
      'no-undeclared-cookie views/signup.html:7:25 promo_banner',
      'no-pii-to-undeclared-third-party views/signup.html:14:7 social-facebook',
    ]);
  });

  it('sees personal data that a template prints into a script or a pixel URL', () => {
    const pug = result.findings.find((f) => f.file === 'views/layout.pug');
    expect(pug).toMatchObject({
      category: 'user.contact.email',
      endLine: 7,
      endColumn: 57,
      excerpt: "      fbq('init', '#{pixelId}', { em: '#{user.email}' });",
    });
    expect(
      pug?.flow.map((s) => `${s.file}:${String(s.line)}:${String(s.column)} ${s.label}`),
    ).toEqual([
      'views/layout.pug:7:42 read from `user.email`',
      'views/layout.pug:7:7 reaches Meta',
    ]);
    const pixel = result.findings.find((f) => f.recipient === 'pixel.adnetwork.example');
    expect(pixel).toMatchObject({
      category: 'user.contact.email',
      sink: 'an image or script URL',
      excerpt:
        '  <img src="https://pixel.adnetwork.example/t.gif?e=<%= encodeURIComponent(user.email) %>" alt="">',
    });
    expect(
      result.findings.find((f) => f.file === 'views/checkout.ejs' && f.line === 9),
    ).toMatchObject({
      category: 'user.contact.email',
      excerpt: "    gtag('set', 'user_data', { email: '<%= user.email %>' });",
    });
  });

  it('does not analyse `<script src>` bodies, non-JavaScript scripts or commented-out Pug', () => {
    const cookies = [...result.findings, ...result.suppressed].map((f) => f.cookie);
    expect(cookies).not.toContain('src_body_cookie');
    expect(cookies).not.toContain('template_cookie');
    expect(cookies).not.toContain('commented_out');
    // The JSON-LD block holds an email address, and is data, not code.
    expect(result.findings.filter((f) => f.line === 16 && f.file === 'views/signup.html')).toEqual(
      [],
    );
  });

  it('skips a script that does not parse, with the position in the page', () => {
    expect(result.skipped).toEqual([
      {
        file: 'views/broken.html',
        reason: 'parse-error',
        detail: 'syntax error at 4:1: Property assignment expected. [TS1136]',
      },
    ]);
    expect(result.stats).toMatchObject({ files: 8, analysed: 7 });
  });

  it('honours `// pledge-ignore` in a script and `<!-- pledge-ignore -->` in the markup', () => {
    expect(
      result.suppressed.map(
        (f) => `${where(f)} (${f.suppression?.reason ?? ''}, line ${String(f.suppression?.line)})`,
      ),
    ).toEqual([
      'no-undeclared-cookie views/help.njk:5:21 ab_bucket (A/B bucket, no personal data (PRIV-12), line 4)',
      "no-pii-to-undeclared-third-party views/help.njk:10:1 collector.metrics-vendor.example (the vendor's DPA is signed (LEGAL-7), line 9)",
    ]);
    expect(result.suppressionProblems).toEqual([]);
  });
});

describe('reports name the page', () => {
  let root: string;

  beforeAll(() => {
    root = pagesProject();
  });

  it('pretty: the page path and a code frame of the page', async () => {
    const { code, stdout } = await runCli(root, ['scan', 'views/signup.html', '--no-color']);
    expect(code).toBe(1);
    expect(stdout).toContain('views/signup.html:14:7  error  Personal data (`user.contact.email`');
    expect(stdout).toContain(
      [
        '    12 |     <script type="module">',
        "    13 |       const email = document.querySelector('input[name=email]').value;",
        "  > 14 |       fbq('init', '1234567890', { em: email });",
        '       |       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
      ].join('\n'),
    );
    expect(stdout).not.toContain('pledge-inline');
  });

  it('json: files, flows and skips are the pages', async () => {
    const { stdout } = await runCli(root, ['scan', '--format', 'json']);
    const json = JSON.parse(stdout) as ScanResult;
    expect(new Set(json.findings.map((f) => f.file))).toEqual(
      new Set([
        'components/Account.vue',
        'components/Banner.svelte',
        'views/checkout.ejs',
        'views/help.njk',
        'views/layout.pug',
        'views/profile.hbs',
        'views/signup.html',
      ]),
    );
    expect(json.findings.flatMap((f) => f.flow.map((s) => s.file))).not.toContainEqual(
      expect.stringContaining('pledge-inline'),
    );
    expect(json.skipped.map((s) => s.file)).toEqual(['views/broken.html']);
  });

  it('sarif: artifact locations and regions are the page', async () => {
    const { stdout } = await runCli(root, ['scan', 'views/layout.pug', '--format', 'sarif']);
    const log = JSON.parse(stdout) as Log;
    const results = log.runs[0]?.results ?? [];
    expect(results).toHaveLength(1);
    expect(results[0]?.locations?.[0]?.physicalLocation).toMatchObject({
      artifactLocation: { uri: 'views/layout.pug' },
      region: { startLine: 7, startColumn: 7, endLine: 7, endColumn: 57 },
    });
    expect(stdout).not.toContain('pledge-inline');
  });

  it('the data map: locations in the page', async () => {
    const { stdout } = await runCli(root, ['map', '--format', 'json']);
    expect(stdout).toContain('"file": "views/layout.pug"');
    expect(stdout).not.toContain('pledge-inline');
  });
});

describe('baselines and --changed-since on pages', () => {
  it('a baseline holds the pages’ findings, by the page path', async () => {
    const root = pagesProject();
    expect((await runCli(root, ['baseline'])).code).toBe(0);
    const baseline = JSON.parse(readFileSync(join(root, 'pledge-baseline.json'), 'utf8')) as {
      findings: { file: string }[];
    };
    expect(baseline.findings.map((f) => f.file)).toContain('views/signup.html');
    const again = await runCli(root, [
      'scan',
      '--baseline',
      'pledge-baseline.json',
      '--format',
      'json',
    ]);
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as ScanResult).baseline).toMatchObject({ new: 0, fixed: 0 });
  });

  it('reports only what changed in a page, with the fingerprint of a full scan', async () => {
    const root = pagesProject();
    writeFiles(root, { '.gitignore': 'pledge-baseline.json\n' });
    gitInit(root);
    const page = join(root, 'views/signup.html');
    writeFileSync(
      page,
      readFileSync(page, 'utf8').replace(
        "      fbq('init', '1234567890', { em: email });",
        "      fbq('init', '1234567890', { em: email, ph: phoneNumber });",
      ),
    );
    git(root, 'commit', '--quiet', '-am', 'send the phone number too');
    const changed = await scan({ root, changedSince: 'HEAD~1' });
    expect(changed.findings.map(where)).toEqual([
      'no-pii-to-undeclared-third-party views/signup.html:14:7 social-facebook',
      'no-pii-to-undeclared-third-party views/signup.html:14:7 social-facebook',
    ]);
    const full = await scan({ root });
    expect(changed.findings.map((f) => f.fingerprint)).toEqual(
      full.findings
        .filter((f) => f.file === 'views/signup.html' && f.line === 14)
        .map((f) => f.fingerprint),
    );
  });
});

describe('which pages are read', () => {
  it('a page without scripts is analysed and clean', async () => {
    const root = tempProject({ 'index.html': '<!doctype html>\n<p>{{ user.email }}</p>\n' });
    const result = await scan({ root });
    expect(result).toMatchObject({ findings: [], skipped: [], stats: { files: 1, analysed: 1 } });
  });

  it('honours ignore files, and skips generated, minified and too large pages as any file', async () => {
    const cookie = "<script>document.cookie = 'x=1';</script>\n";
    const root = tempProject({
      '.gitignore': 'public/\n',
      'public/index.html': cookie,
      '.pledgeignore': 'fixtures/\n',
      'fixtures/page.ejs': cookie,
      'generated.html': `<!-- @generated by the docs tool -->\n${cookie}`,
      'minified.html': `${cookie.trim()}${' '.repeat(12_000)}\n`,
      'large.vue': `${cookie}<!--\n${'x\n'.repeat(10_000)}-->\n`,
    });
    const result = await scan({ root, maxFileSize: 16 * 1024 });
    expect(result.findings).toEqual([]);
    expect(result.skipped.map((s) => `${s.file} ${s.reason}`)).toEqual([
      'generated.html generated',
      'large.vue too-large',
      'minified.html minified',
    ]);
  });

  it('keeps TypeScript-only syntax out of a plain script (`parse-error`), and in with `lang="ts"`', async () => {
    const root = tempProject({
      'plain.html': '<script>\nconst n: number = 1;\n</script>\n',
      'typed.svelte': '<script lang="ts">\nconst n: number = 1;\n</script>\n',
    });
    const result = await scan({ root });
    expect(result.skipped.map((s) => `${s.file} ${s.reason}`)).toEqual(['plain.html parse-error']);
    expect(result.stats).toMatchObject({ files: 2, analysed: 1 });
  });
});
