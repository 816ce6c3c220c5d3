import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { run as runIn, tarballs as tarballsIn } from './helpers.js';

// The packages as a user gets them: `pnpm pack:all` writes the tarballs, npm installs them in
// a fresh project next to eslint and TypeScript from the registry, and the project lints and
// scans with the core rules and the first-party rule packs (@pledge/rules-mailing,
// @pledge/rules-security, @pledge/rules-web) — ESLint through the packs' flat configs, the
// scanner through `pledge.config.yaml` and through `--pack`.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'pledge-install-'));
const packs = inject('packs');
const project = join(work, 'project');

const SOURCE = `import sgMail from '@sendgrid/mail';

export async function sendMarchNewsletter(to: string): Promise<void> {
  await sgMail.send({
    to,
    from: 'news@segment.com',
    subject: 'What is new at Segment this month',
    html: '<h1>New in March</h1><p>Faster syncs for every source.</p>',
    categories: ['newsletter'],
  });
}

export async function sendReceipt(to: string, html: string): Promise<void> {
  await sgMail.send({ to, from: 'billing@segment.com', subject: 'Your receipt', html });
}

export function remember(): void {
  document.cookie = 'tracking_id=abc';
}
`;

// One line for each rule of the security and web packs (and lines they must leave alone).
const ACCOUNT = `import pino from 'pino';

const logger = pino();

export function signIn(email: string, userId: string): void {
  logger.info({ email }, 'signed in');
  logger.info({ userId }, 'signed in');
  localStorage.setItem('email', email);
  sessionStorage.setItem('onboardingDone', 'true');
  window.location.href = \`/welcome?email=\${email}\`;
}

export function loadWidget(): void {
  const script = document.createElement('script');
  script.src = 'https://cdn.undeclared-widgets.io/widget.js';
  document.head.appendChild(script);
}

export function keepSession(res: { cookie(name: string, value: string, options?: object): void }, id: string): void {
  res.cookie('session_id', id, { maxAge: 86_400_000, httpOnly: true, secure: true, sameSite: 'lax' });
}
`;

function run(command: string, args: readonly string[], cwd = project): string {
  return runIn(command, args, cwd);
}

function tarballs(): Record<string, string> {
  return tarballsIn(packs);
}

beforeAll(() => {
  mkdirSync(join(project, 'src'), { recursive: true });
  const all = tarballs();
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify(
      {
        name: 'shop',
        private: true,
        type: 'module',
        devDependencies: {
          '@pledge/core': all['@pledge/core'],
          '@pledge/policy': all['@pledge/policy'],
          '@pledge/eslint-plugin': all['@pledge/eslint-plugin'],
          '@pledge/scanner': all['@pledge/scanner'],
          '@pledge/rules-mailing': all['@pledge/rules-mailing'],
          '@pledge/rules-security': all['@pledge/rules-security'],
          '@pledge/rules-web': all['@pledge/rules-web'],
          eslint: '^10.0.0',
          typescript: '6.0.2',
        },
      },
      null,
      2,
    ),
  );
  copyFileSync(join(ROOT, 'apps/demo/pledge.policy.yaml'), join(project, 'pledge.policy.yaml'));
  writeFileSync(
    join(project, 'eslint.config.js'),
    `import pledge from '@pledge/eslint-plugin';
import mailing from '@pledge/rules-mailing';
import security from '@pledge/rules-security';
import web from '@pledge/rules-web';

export default [
  pledge.configs.recommended,
  mailing.configs.recommended,
  security.configs.recommended,
  web.configs.recommended,
];
`,
  );
  writeFileSync(join(project, 'src/mail.ts'), SOURCE);
  writeFileSync(join(project, 'src/account.ts'), ACCOUNT);
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

interface EslintResult {
  filePath: string;
  messages: { ruleId: string | null; line: number; message: string }[];
}

interface ScanJson {
  findings: { ruleId: string; file: string; line: number }[];
}

const MAILING = 'require-unsubscribe-in-marketing-email';
/** What every front end reports, as `rule:file:line` (ESLint's rule ids without the namespace). */
const EXPECTED = [
  'cookie-attributes:account.ts:20',
  'no-pii-in-client-storage:account.ts:8',
  'no-pii-in-logs:account.ts:6',
  'no-pii-in-url:account.ts:10',
  'no-undeclared-cookie:mail.ts:18',
  'no-undeclared-third-party-script:account.ts:15',
  `${MAILING}:mail.ts:4`,
];
const PACKS = ['@pledge/rules-mailing', '@pledge/rules-security', '@pledge/rules-web'];

function scanLines(scan: ScanJson): string[] {
  return scan.findings
    .map((f) => `${f.ruleId}:${f.file.replace(/^src\//, '')}:${String(f.line)}`)
    .sort();
}

describe('the packed packages, installed with npm', () => {
  it('lint with the core rules and the three packs', () => {
    const results = JSON.parse(
      run(process.execPath, ['node_modules/eslint/bin/eslint.js', 'src', '-f', 'json']),
    ) as EslintResult[];
    const lines = results
      .flatMap((r) =>
        r.messages.map(
          (m) =>
            `${(m.ruleId ?? 'fatal').replace(/^[^/]+\//, '')}:${r.filePath.replace(/^.*[\\/]/, '')}:${String(m.line)}`,
        ),
      )
      .sort();
    expect(lines).toEqual(EXPECTED);
    expect(results.flatMap((r) => r.messages.map((m) => m.ruleId?.split('/')[0])).sort()).toContain(
      'pledge-security',
    );
  });

  it('scan with the packs from pledge.config.yaml, finding what ESLint finds', () => {
    writeFileSync(join(project, 'pledge.config.yaml'), `packs: ${JSON.stringify(PACKS)}\n`);
    try {
      const scan = JSON.parse(
        run(process.execPath, [
          'node_modules/@pledge/scanner/bin/pledge.js',
          'scan',
          '--format',
          'json',
          '--no-progress',
        ]),
      ) as ScanJson;
      expect(scanLines(scan)).toEqual(EXPECTED);
    } finally {
      rmSync(join(project, 'pledge.config.yaml'));
    }
  });

  it('scan with --pack for a one-off run', () => {
    const scan = JSON.parse(
      run(process.execPath, [
        'node_modules/@pledge/scanner/bin/pledge.js',
        'scan',
        ...PACKS.flatMap((pack) => ['--pack', pack]),
        '--format',
        'json',
        '--no-progress',
      ]),
    ) as ScanJson;
    expect(scanLines(scan)).toEqual(EXPECTED);
  });
});

// A project on TypeScript 7 (npm's `latest`, the native port without a compiler API): the
// scanner and the packs install next to it and scan; the ESLint plugin, forced in past its
// peer range, stops ESLint with Pledge's one message rather than a parser crash.
describe('a project on TypeScript 7', () => {
  const ts7 = join(work, 'ts7');

  beforeAll(() => {
    mkdirSync(join(ts7, 'src'), { recursive: true });
    const all = tarballs();
    writeFileSync(
      join(ts7, 'package.json'),
      JSON.stringify({
        name: 'shop-on-ts7',
        private: true,
        type: 'module',
        devDependencies: {
          '@pledge/core': all['@pledge/core'],
          '@pledge/policy': all['@pledge/policy'],
          '@pledge/scanner': all['@pledge/scanner'],
          '@pledge/rules-security': all['@pledge/rules-security'],
          typescript: '7.0.2',
        },
      }),
    );
    copyFileSync(join(ROOT, 'apps/demo/pledge.policy.yaml'), join(ts7, 'pledge.policy.yaml'));
    writeFileSync(join(ts7, 'src/account.ts'), ACCOUNT);
    // A plain install: no peer-dependency conflict with TypeScript 7.
    run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], ts7);
  });

  it('installs the scanner and a pack, and scans with them', () => {
    const scan = JSON.parse(
      run(
        process.execPath,
        [
          'node_modules/@pledge/scanner/bin/pledge.js',
          'scan',
          '--pack',
          '@pledge/rules-security',
          '--format',
          'json',
          '--no-progress',
        ],
        ts7,
      ),
    ) as ScanJson;
    expect(scanLines(scan)).toContain('no-pii-in-logs:account.ts:6');
  });

  it('meets the ESLint plugin with one clear message', () => {
    const all = tarballs();
    run(
      'npm',
      [
        'install',
        '--no-save',
        '--legacy-peer-deps',
        '--no-audit',
        '--no-fund',
        '--loglevel=error',
        'eslint@^10.0.0',
        all['@pledge/eslint-plugin'] ?? '',
      ],
      ts7,
    );
    writeFileSync(
      join(ts7, 'eslint.config.js'),
      "import pledge from '@pledge/eslint-plugin';\n\nexport default [pledge.configs.recommended];\n",
    );
    let output = '';
    try {
      execFileSync(process.execPath, ['node_modules/eslint/bin/eslint.js', 'src'], {
        cwd: ts7,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const e = error as { status?: number; stdout?: string; stderr?: string };
      expect(e.status).toBe(2);
      output = `${e.stdout ?? ''}${e.stderr ?? ''}`;
    }
    expect(output).toContain('typescript@7.0.2');
    expect(output).toContain('is TypeScript 7, the native port, which has no compiler API');
    expect(output).toContain('npm:@typescript/typescript6@^6.0.2');
    expect(output).not.toContain('typescript-eslint does not support');
  });
});
