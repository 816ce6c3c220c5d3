import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parsePolicy, type Policy } from '@pledge/policy';

/**
 * A small policy for the tests, whose hosts are answered by a server on loopback. One file,
 * shared with the fixture project that install.test.ts runs.
 */
export const POLICY_YAML = readFileSync(
  join(import.meta.dirname, 'fixtures/guarded/pledge.policy.yaml'),
  'utf8',
);

/** The test policy, parsed and validated. */
export function testPolicy(): Policy {
  const { policy, errors } = parsePolicy(POLICY_YAML, 'test.policy.yaml');
  if (!policy) throw new Error(`test policy is invalid: ${JSON.stringify(errors)}`);
  return policy;
}

/** A request as the loopback server received it. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP server on 127.0.0.1 that records what it receives and answers `{ ok: true }`. */
export interface TestServer {
  origin: string;
  received: Received[];
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push({
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      res.setHeader('content-type', 'application/json');
      res.setHeader('set-cookie', ['session_id=abc; HttpOnly; Secure; SameSite=Lax']);
      res.end(JSON.stringify({ ok: true, path: req.url }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${String(port)}`,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}
