import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The packages as a user gets them: `pnpm pack:all` writes the tarballs, npm installs them in
// a fresh project next to eslint and TypeScript from the registry, and the project lints and
// scans with the core rules and a rule pack (@pledge/rules-mailing) — ESLint through the
// pack's flat config, the scanner through `pledge.config.yaml` and through `--pack`.

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'pledge-install-'));
const packs = join(work, 'packs');
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

function run(command: string, args: readonly string[], cwd = project): string {
  try {
    return execFileSync(command, args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        npm_config_fund: 'false',
        npm_config_audit: 'false',
      },
      stdio: 'pipe',
    });
  } catch (error) {
    const e = error as { status?: number; stdout?: string; stderr?: string };
    // A gate that found something exits 1 with its report on stdout.
    if (e.status === 1 && e.stdout) return e.stdout;
    throw new Error(`${command} ${args.join(' ')} failed:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`, {
      cause: error,
    });
  }
}

/** `file:` specifiers of the tarballs, by package name (`pledge-core-0.0.0.tgz` → `@pledge/core`). */
function tarballs(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(packs)
      .filter((file) => file.endsWith('.tgz'))
      .map((file) => {
        const name = file.replace(/-\d+\.\d+\.\d+.*\.tgz$/, '').replace(/^pledge-/, '@pledge/');
        return [name, `file:${join(packs, file)}`];
      }),
  );
}

beforeAll(() => {
  run(
    process.execPath,
    [join(ROOT, 'tooling/packaging/scripts/pack-all.mjs'), '--out', packs],
    ROOT,
  );
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

export default [pledge.configs.recommended, mailing.configs.recommended];
`,
  );
  writeFileSync(join(project, 'src/mail.ts'), SOURCE);
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

describe('the packed packages, installed with npm', () => {
  let eslintLines: string[] = [];

  it('lint with the core rules and the mailing pack', () => {
    const results = JSON.parse(
      run(process.execPath, ['node_modules/eslint/bin/eslint.js', 'src', '-f', 'json']),
    ) as EslintResult[];
    eslintLines = results
      .flatMap((r) => r.messages.map((m) => `${m.ruleId ?? 'fatal'}:${String(m.line)}`))
      .sort();
    expect(eslintLines).toEqual([`pledge-mailing/${MAILING}:4`, 'pledge/no-undeclared-cookie:18']);
  });

  it('scan with the pack from pledge.config.yaml, finding what ESLint finds', () => {
    writeFileSync(join(project, 'pledge.config.yaml'), "packs: ['@pledge/rules-mailing']\n");
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
      const lines = scan.findings.map((f) => `${f.ruleId}:${String(f.line)}`).sort();
      expect(lines).toEqual(['no-undeclared-cookie:18', `${MAILING}:4`]);
    } finally {
      rmSync(join(project, 'pledge.config.yaml'));
    }
  });

  it('scan with --pack for a one-off run', () => {
    const scan = JSON.parse(
      run(process.execPath, [
        'node_modules/@pledge/scanner/bin/pledge.js',
        'scan',
        '--pack',
        '@pledge/rules-mailing',
        '--format',
        'json',
        '--no-progress',
      ]),
    ) as ScanJson;
    expect(scan.findings.map((f) => f.ruleId).sort()).toEqual(['no-undeclared-cookie', MAILING]);
  });
});
