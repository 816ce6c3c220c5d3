import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll } from 'vitest';
import { main } from '../src/cli.js';

/** The demo app's policy: the Segment 2016 privacy policy, encoded. */
export const DEMO_POLICY = join(import.meta.dirname, '../../../apps/demo/pledge.policy.yaml');

const created: string[] = [];
afterAll(() => {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
});

/**
 * Writes a temporary project (file path → text) with the demo policy at its root, and
 * returns its real path (the scanner reports real paths).
 */
export function tempProject(
  files: Readonly<Record<string, string>>,
  options: { policy?: boolean } = {},
): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'pledge-scan-')));
  created.push(root);
  if (options.policy !== false) copyFileSync(DEMO_POLICY, join(root, 'pledge.policy.yaml'));
  writeFiles(root, files);
  return root;
}

/** Writes files under a root, creating folders. */
export function writeFiles(root: string, files: Readonly<Record<string, string | Buffer>>): void {
  for (const [path, text] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}

/** Runs git in a directory (as the tests' temporary repositories need it). */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
    },
  });
}

/** Makes `root` a git repository with everything committed on `main`. */
export function gitInit(root: string): void {
  git(root, 'init', '--quiet', '--initial-branch=main');
  git(root, 'add', '-A');
  git(root, 'commit', '--quiet', '-m', 'initial');
}

/** A writable stream that keeps what is written, and says whether it is a TTY. */
export class Capture extends Writable {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(
    chunk: unknown,
    _encoding: BufferEncoding,
    callback: (error?: Error | null) => void,
  ): void {
    this.text += String(chunk);
    callback();
  }
}

/** Runs the CLI in a directory; returns the exit code and what it printed. */
export async function runCli(
  cwd: string,
  argv: readonly string[],
  options: { env?: Record<string, string | undefined>; tty?: boolean } = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture(false);
  const stderr = new Capture(options.tty ?? false);
  const code = await main([...argv], {
    cwd,
    stdout,
    stderr,
    env: options.env ?? { CI: 'true' },
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** A small express app: a route, a service in another file, and an analytics wrapper. */
export const EXPRESS_APP: Readonly<Record<string, string>> = {
  'package.json': JSON.stringify({ name: 'shop', private: true, type: 'module' }, null, 2),
  'tsconfig.json': JSON.stringify(
    {
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck: true,
      },
      include: ['src'],
    },
    null,
    2,
  ),
  'src/lib/analytics.ts': `import Mixpanel from 'mixpanel';

const mixpanel = Mixpanel.init('token');

/** Sends an event with its properties to product analytics. */
export function track(event: string, properties: Record<string, unknown>) {
  mixpanel.track(event, properties);
}
`,
  'src/services/payments.ts': `import { PrismaClient } from '@prisma/client';

const prisma = new PrismaClient();

/** Persists a payment method. */
export async function saveCard(userId: string, details: { holder: string; value: string }) {
  await prisma.paymentMethod.create({ data: { userId, holder: details.holder, value: details.value } });
}
`,
  'src/routes/signup.ts': `import express from 'express';
import { track } from '../lib/analytics.js';
import { saveCard } from '../services/payments.js';

export const router = express.Router();

router.post('/signup', async (req, res) => {
  const { email, plan } = req.body;
  track('signup', { email, plan });
  res.json({ ok: true });
});

router.post('/billing', async (req, res) => {
  const cardNumber: string = req.body.cardNumber;
  await saveCard(req.body.userId, { holder: req.body.name, value: cardNumber });
  res.json({ ok: true });
});
`,
};
