// @vitest-environment happy-dom
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canary, createPledgeGuard, PledgeViolationError, type PledgeGuard } from '../src/index.js';
import { startServer, testPolicy, type TestServer } from './helpers.js';

/** The part of XMLHttpRequest these tests use (the package compiles without the DOM lib). */
interface Xhr {
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body?: string): void;
  addEventListener(type: 'load' | 'error', listener: () => void): void;
  readonly status: number;
  readonly responseText: string;
}

const ada = canary({ id: 'ada1' });

let server: TestServer;
let guard: PledgeGuard;

function send(
  method: string,
  url: string,
  body?: string,
): Promise<{ status: number; text: string } | 'error'> {
  return new Promise((resolve) => {
    // Looked up at call time, as application code does: the guard patches the global.
    const XHR = (globalThis as unknown as { XMLHttpRequest: new () => Xhr }).XMLHttpRequest;
    const xhr = new XHR();
    xhr.open(method, url);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.addEventListener('load', () => {
      resolve({ status: xhr.status, text: xhr.responseText });
    });
    xhr.addEventListener('error', () => {
      resolve('error');
    });
    xhr.send(body);
  });
}

beforeAll(async () => {
  server = await startServer();
  guard = createPledgeGuard({
    policy: testPolicy(),
    forward: { 'api.mail.example': server.origin },
  });
  guard.apply();
});

afterAll(async () => {
  guard.dispose();
  await server.close();
});

it('answers a permitted XMLHttpRequest from the local server', async () => {
  const requests = await guard.scope(async () => {
    const result = await send(
      'POST',
      'https://api.mail.example/v3/send',
      JSON.stringify({ to: ada.email }),
    );
    expect(result).toEqual({ status: 200, text: JSON.stringify({ ok: true, path: '/v3/send' }) });
  });
  expect(requests.map((r) => [r.via, r.party, r.answer])).toEqual([
    ['xhr', 'recipient', 'forwarded'],
  ]);
  expect(server.received.map((r) => r.body)).toEqual([JSON.stringify({ to: ada.email })]);
});

it('blocks an XMLHttpRequest that leaks a canary to the ad network', async () => {
  const before = server.received.length;
  const requests = await guard.scope(async () => {
    expect(
      await send('POST', 'https://px.ads.example/collect', JSON.stringify({ em: ada.email })),
    ).toBe('error');
  });
  expect(requests).toHaveLength(1);
  expect(requests[0]?.via).toBe('xhr');
  expect(() => {
    guard.check(requests);
  }).toThrow(PledgeViolationError);
  expect(requests[0]?.message).toContain(
    '    - user.contact.email `p***@e***.com` (canary ada1) in JSON body at `$.em`',
  );
  expect(server.received).toHaveLength(before);
});
