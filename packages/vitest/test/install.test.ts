import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './helpers.js';

// Runs the fixture project in its own vitest process, with the plugin's setup file installing
// the guard, and reads which of its tests passed and failed (and why) from the JSON reporter.

interface AssertionResult {
  title: string;
  status: 'passed' | 'failed' | 'skipped';
  failureMessages: string[];
}

const fixture = join(import.meta.dirname, 'fixtures/guarded');
const vitestBin = join(
  createRequire(import.meta.url).resolve('vitest/package.json'),
  '../vitest.mjs',
);

let server: TestServer;
let results: Map<string, AssertionResult>;
let file: { status: string; message: string };

beforeAll(async () => {
  server = await startServer();
  const out = mkdtempSync(join(tmpdir(), 'pledge-install-'));
  const outputFile = join(out, 'results.json');
  try {
    await new Promise<void>((resolve) => {
      execFile(
        process.execPath,
        [
          vitestBin,
          'run',
          '--config',
          join(fixture, 'vitest.config.ts'),
          '--reporter=json',
          `--outputFile=${outputFile}`,
        ],
        { cwd: fixture, env: { ...process.env, PLEDGE_FIXTURE_ORIGIN: server.origin, CI: '1' } },
        () => {
          resolve();
        },
      );
    });
    const report = JSON.parse(readFileSync(outputFile, 'utf8')) as {
      testResults: { status: string; message: string; assertionResults: AssertionResult[] }[];
    };
    const [only] = report.testResults;
    if (only === undefined) throw new Error('the fixture run reported no test file');
    file = { status: only.status, message: only.message };
    results = new Map(
      report.testResults.flatMap((file) => file.assertionResults).map((r) => [r.title, r]),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 60_000);

afterAll(async () => {
  await server.close();
});

function result(title: string): AssertionResult {
  const found = results.get(title);
  if (!found) throw new Error(`no result for ${title}`);
  return found;
}

describe('installPledgeGuard in a setup file', () => {
  it('lets a test that sends permitted data pass', () => {
    expect(result('sends permitted data to a declared recipient')).toMatchObject({
      status: 'passed',
    });
  });

  it('fails the test that made a forbidden request, even when the app swallowed the error', () => {
    const { status, failureMessages } = result(
      'swallows the error of a request to an undeclared host',
    );
    expect(status).toBe('failed');
    expect(failureMessages).toHaveLength(1);
    expect(failureMessages[0]).toContain(
      [
        'PledgeViolationError: Pledge: GET https://tracker.example.net/c?… (fetch) goes to `tracker.example.net`, which is neither a first-party host nor a declared recipient.',
        '  It carries personal data:',
        '    - user.contact.email `p***@e***.com` (canary ada1) in query parameter `e`',
        '  Policy: Disclosure to Third Parties (https://shop.example/privacy#disclosure-to-third-parties)',
      ].join('\n'),
    );
    expect(failureMessages[0]).not.toContain('pledge.canary.ada1@example.com');
  });

  it('reports a violation the test already failed with only once', () => {
    const { status, failureMessages } = result('leaks a hashed e-mail to the ad network');
    expect(status).toBe('failed');
    expect(failureMessages).toHaveLength(1);
    expect(failureMessages[0]).toContain(
      '    - user.contact.email `p***@e***.com` (canary ada1, as its SHA-256 hash) in query parameter `em`',
    );
  });

  it('fails only the concurrent test that made the request', () => {
    const leaking = result('leaks in one test');
    expect(leaking.status).toBe('failed');
    expect(leaking.failureMessages[0]).toContain(
      '    - user.contact.phone_number `+*********43` (canary ada1) in query parameter `phone`',
    );
    expect(result('stays clean in the other')).toMatchObject({
      status: 'passed',
      failureMessages: [],
    });
  });

  it('starts every test with an empty record and registers the matchers', () => {
    expect(result('starts each test with no requests, and has the matchers')).toMatchObject({
      status: 'passed',
    });
  });

  it('fails the file, not a test, for a request made outside any test', () => {
    expect(result('is not blamed for a request its beforeAll made')).toMatchObject({
      status: 'passed',
    });
    expect(file.status).toBe('failed');
    expect(file.message).toContain(
      [
        'Pledge: GET https://tracker.example.net/before-all?… (fetch) goes to `tracker.example.net`, which is neither a first-party host nor a declared recipient.',
        '  It carries personal data:',
        '    - user.name `D***` (canary ada1) in query parameter `u`',
      ].join('\n'),
    );
  });

  it('never lets a request through to the local server that the policy forbids', () => {
    expect(
      server.received.map((r) => `${r.method} ${r.url} ${String(r.headers['x-forwarded-host'])}`),
    ).toEqual(['POST /v3/send api.mail.example', 'GET /v3/ping api.mail.example']);
  });
});
