import { createHash } from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import { parsePolicy } from '@pledge/policy';
import axios, { AxiosError } from 'axios';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  canary,
  createPledgeGuard,
  isLoopbackHost,
  PledgeNetworkError,
  PledgeViolationError,
  type GuardedRequest,
  type PledgeGuard,
} from '../src/index.js';
import { POLICY_YAML, startServer, testPolicy, type TestServer } from './helpers.js';

const policy = testPolicy();
const ada = canary({ id: 'ada1' });
const bob = canary({ id: 'bob2' });

let server: TestServer;
let guard: PledgeGuard;

/** A request with node's `http` module; resolves to the status, or to the request's error. */
function nodeRequest(
  url: string,
  options: http.RequestOptions,
  body?: string,
): Promise<{ status: number | undefined; body: string } | Error> {
  return new Promise((resolve) => {
    const req = http.request(url, options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', resolve);
    req.end(body);
  });
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function md5(text: string): string {
  return createHash('md5').update(text).digest('hex');
}

function only(requests: readonly GuardedRequest[]): GuardedRequest {
  expect(requests).toHaveLength(1);
  return requests[0]!;
}

beforeAll(async () => {
  server = await startServer();
  guard = createPledgeGuard({
    policy,
    forward: {
      'shop.example': server.origin,
      'api.payments.example': server.origin,
      'api.mail.example': server.origin,
      '*.ads.example': server.origin,
    },
  });
  guard.apply();
});

afterAll(async () => {
  guard.dispose();
  await server.close();
});

beforeEach(() => {
  server.received.length = 0;
});

describe('allowed requests are answered by the local server', () => {
  it('forwards permitted data to a declared recipient (fetch)', async () => {
    const requests = await guard.scope(async () => {
      const response = await fetch('https://api.mail.example/v3/mail/send?template=welcome', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ to: ada.email, name: ada.name }),
      });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ ok: true, path: '/v3/mail/send?template=welcome' });
    });
    const request = only(requests);
    expect(request).toMatchObject({
      method: 'POST',
      host: 'api.mail.example',
      via: 'fetch',
      party: 'recipient',
      recipient: 'email-delivery',
      answer: 'forwarded',
      violations: [],
      message: undefined,
    });
    expect(request.findings.map((f) => [f.category, f.where])).toEqual([
      ['user.contact.email', 'JSON body at `$.to`'],
      ['user.name', 'JSON body at `$.name`'],
    ]);
    expect(server.received).toHaveLength(1);
    expect(server.received[0]).toMatchObject({
      method: 'POST',
      url: '/v3/mail/send?template=welcome',
      headers: { 'x-forwarded-host': 'api.mail.example' },
      body: JSON.stringify({ to: ada.email, name: ada.name }),
    });
  });

  it('lets the payment processor receive the card and its security code (axios, form-encoded)', async () => {
    const requests = await guard.scope(async () => {
      const body = new URLSearchParams({
        'card[number]': ada.card.number,
        'card[cvc]': ada.card.cvc,
        receipt_email: ada.email,
      });
      const response = await axios.post('https://api.payments.example/v1/payment_methods', body);
      expect(response.data).toEqual({ ok: true, path: '/v1/payment_methods' });
    });
    const request = only(requests);
    expect(request).toMatchObject({
      via: 'http',
      recipient: 'payment-processor',
      answer: 'forwarded',
      violations: [],
    });
    expect(request.findings.map((f) => [f.category, f.where])).toEqual([
      ['user.financial.card.number', 'form field `card[number]`'],
      ['user.financial.card.security_code', 'form field `card[cvc]`'],
      ['user.contact.email', 'form field `receipt_email`'],
    ]);
  });

  it('lets personal data go to a first-party host (node http)', async () => {
    const requests = await guard.scope(async () => {
      const result = await nodeRequest(
        'http://shop.example/api/account',
        { method: 'PUT', headers: { 'content-type': 'application/json' } },
        JSON.stringify({ phone: ada.phone, address: ada.address }),
      );
      expect(result).toEqual({
        status: 200,
        body: JSON.stringify({ ok: true, path: '/api/account' }),
      });
    });
    expect(only(requests)).toMatchObject({
      via: 'http',
      party: 'first-party',
      answer: 'forwarded',
      violations: [],
    });
    expect(server.received).toHaveLength(1);
  });

  it('passes requests to loopback through to the app under test', async () => {
    const requests = await guard.scope(async () => {
      const response = await fetch(
        `${server.origin}/health?email=${encodeURIComponent(ada.email)}`,
      );
      expect(response.status).toBe(200);
    });
    expect(only(requests)).toMatchObject({
      party: 'local',
      answer: 'passed-through',
      findings: [],
      violations: [],
    });
    expect(server.received.map((r) => r.url)).toEqual([
      `/health?email=${encodeURIComponent(ada.email)}`,
    ]);
  });

  it('counts the hosts the scanner and ESLint count as this machine as local', () => {
    for (const host of ['localhost', 'api.localhost', '127.0.0.1', '[::1]', '0.0.0.0', '::1'])
      expect(isLoopbackHost(host), host).toBe(true);
    for (const host of ['localhost.example.com', '10.0.0.1', '128.0.0.1', 'example.com'])
      expect(isLoopbackHost(host), host).toBe(false);
  });

  it('blocks an allowed request it cannot answer locally, without failing the policy', async () => {
    let error: unknown;
    const requests = await guard.scope(async () => {
      error = await fetch('https://cdn.shop.example/app.js').catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(PledgeNetworkError);
    expect((error as Error).message).toBe(
      "Pledge: GET https://cdn.shop.example/app.js (fetch) was blocked: tests never reach the network. Answer it locally with the guard's `forward` (map `cdn.shop.example` to a local server) or `respond` option.",
    );
    expect(only(requests)).toMatchObject({
      party: 'first-party',
      answer: 'blocked',
      violations: [],
    });
  });
});

describe('requests that break the policy fail and never leave', () => {
  it('fails a request to an undeclared host, naming the data and the clause (fetch)', async () => {
    let error: unknown;
    const requests = await guard.scope(async () => {
      error = await fetch('https://tracker.example.net/collect', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: { email: ada.email } }),
      }).catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(PledgeViolationError);
    const message = [
      'Pledge: POST https://tracker.example.net/collect (fetch) goes to `tracker.example.net`, which is neither a first-party host nor a declared recipient.',
      '  It carries personal data:',
      '    - user.contact.email `p***@e***.com` (canary ada1) in JSON body at `$.user.email`',
      '  Policy: Disclosure to Third Parties (https://shop.example/privacy#disclosure-to-third-parties)',
      '  Fix: declare `tracker.example.net` in `thirdParties` under the recipient it belongs to, with the categories it may receive (or in `firstParty.hosts` if it is yours), or do not send this request.',
    ].join('\n');
    expect((error as Error).message).toBe(message);
    const request = only(requests);
    expect(request).toMatchObject({ party: 'undeclared', answer: 'blocked', message });
    expect(request.violations).toEqual([
      {
        kind: 'undeclared-host',
        host: 'tracker.example.net',
        clause: {
          id: 'disclosure-to-third-parties',
          section: 'Disclosure to Third Parties',
          summary: undefined,
          url: 'https://shop.example/privacy#disclosure-to-third-parties',
        },
      },
    ]);
    expect(server.received).toEqual([]);
  });

  it('fails a request to an undeclared host even without personal data (axios)', async () => {
    let error: unknown;
    await guard.scope(async () => {
      error = await axios.get('https://cdn.widgets.example/embed.js').catch((e: unknown) => e);
    });
    expect(error).toBeInstanceOf(AxiosError);
    expect((error as Error).message).toBe(
      [
        'Pledge: GET https://cdn.widgets.example/embed.js (http) goes to `cdn.widgets.example`, which is neither a first-party host nor a declared recipient.',
        '  It carries no personal data that Pledge recognised; the host itself is undeclared.',
        '  Policy: Disclosure to Third Parties (https://shop.example/privacy#disclosure-to-third-parties)',
        '  Fix: declare `cdn.widgets.example` in `thirdParties` under the recipient it belongs to, with the categories it may receive (or in `firstParty.hosts` if it is yours), or do not send this request.',
      ].join('\n'),
    );
  });

  it('fails a category the recipient may not receive (node http)', async () => {
    const requests = await guard.scope(async () => {
      const result = await nodeRequest(
        'http://api.mail.example/v3/contacts',
        { method: 'POST', headers: { 'content-type': 'application/json' } },
        JSON.stringify({ email: bob.email, phone: bob.phone, dob: bob.dateOfBirth }),
      );
      expect(result).toBeInstanceOf(PledgeViolationError);
    });
    expect(only(requests).message).toBe(
      [
        'Pledge: POST http://api.mail.example/v3/contacts (http) sends `email-delivery` (api.mail.example) personal data the policy does not allow it to receive:',
        '    - user.contact.phone_number `+*********88` (canary bob2) in JSON body at `$.phone`',
        '    - user.demographic.date_of_birth `1***` (canary bob2) in JSON body at `$.dob`',
        '  `email-delivery` may receive: user.contact.email, user.name.',
        '  Policy: Disclosure to Third Parties (https://shop.example/privacy#disclosure-to-third-parties)',
        '  Fix: remove these values from the request, or add their categories to `receives` of `email-delivery` if the policy allows it.',
      ].join('\n'),
    );
    expect(server.received).toEqual([]);
  });

  it('cites Purchase Information when a card goes anywhere but the processor (https)', async () => {
    const requests = await guard.scope(async () => {
      const result = await new Promise<unknown>((resolve) => {
        const req = https.request('https://api.mail.example/v3/notes', { method: 'POST' }, resolve);
        req.on('error', resolve);
        req.end(`card on file: ${ada.card.number}`);
      });
      expect(result).toBeInstanceOf(PledgeViolationError);
    });
    const { message } = only(requests);
    expect(message).toContain(
      '    - user.financial.card.number `************3143` (canary ada1) in the body',
    );
    expect(message).toContain(
      '  Policy: Purchase Information (https://shop.example/privacy#purchase-information)',
    );
  });

  it('recognises an e-mail hashed with SHA-256 in an ad pixel (fetch)', async () => {
    const requests = await guard.scope(async () => {
      const pixel = `https://px.ads.example/pixel.gif?ev=purchase&em=${sha256(ada.email.trim().toLowerCase())}`;
      await expect(fetch(pixel)).rejects.toThrow(PledgeViolationError);
    });
    expect(only(requests).message).toBe(
      [
        'Pledge: GET https://px.ads.example/pixel.gif?… (fetch) sends `ad-network` (px.ads.example) personal data the policy does not allow it to receive:',
        '    - user.contact.email `p***@e***.com` (canary ada1, as its SHA-256 hash) in query parameter `em`',
        '  `ad-network` may receive non-personal data only.',
        '  Policy: Behavioral Targeting / Re-targeting (https://shop.example/privacy#behavioral-targeting--re-targeting)',
        '  Fix: remove these values from the request, or add their categories to `receives` of `ad-network` if the policy allows it.',
      ].join('\n'),
    );
  });

  it('recognises a phone number hashed with MD5, upper-case hex (axios)', async () => {
    const requests = await guard.scope(async () => {
      await axios
        .post('https://t.ads.example/events', { user_data: { ph: md5(bob.phone).toUpperCase() } })
        .catch((e: unknown) => e);
    });
    const [violation] = only(requests).violations;
    expect(violation?.finding).toEqual({
      category: 'user.contact.phone_number',
      value: bob.phone,
      where: 'JSON body at `$.user_data.ph`',
      detector: 'canary',
      canaryId: 'bob2',
      encoding: 'md5',
    });
  });

  it('recognises a base64-encoded canary in a query parameter (fetch)', async () => {
    const payload = Buffer.from(JSON.stringify({ n: ada.name, a: ada.address.line1 })).toString(
      'base64',
    );
    const requests = await guard.scope(async () => {
      await fetch(`https://px.ads.example/i?d=${payload}`).catch(() => undefined);
    });
    expect(
      only(requests).violations.map(
        (v) => v.finding && [v.finding.category, v.finding.encoding, v.finding.where],
      ),
    ).toEqual([
      ['user.name', 'base64', 'query parameter `d`'],
      ['user.contact.address', 'base64', 'query parameter `d`'],
    ]);
  });

  it('recognises a doubly URL-encoded canary in a text body (node http)', async () => {
    const requests = await guard.scope(async () => {
      await nodeRequest(
        'http://px.ads.example/beacon',
        { method: 'POST', headers: { 'content-type': 'text/plain' } },
        `u=${encodeURIComponent(encodeURIComponent(ada.email))}`,
      );
    });
    expect(
      only(requests).violations.map((v) => v.finding && [v.finding.category, v.finding.encoding]),
    ).toEqual([['user.contact.email', 'url-encoded']]);
  });

  it('recognises a JSON-escaped canary in a header (fetch)', async () => {
    const requests = await guard.scope(async () => {
      await fetch('https://px.ads.example/sync', {
        headers: { 'x-context': '{"u":"pledge.canary.bob2\\u0040example.com"}' },
      }).catch(() => undefined);
    });
    const { violations, message } = only(requests);
    expect(
      violations.map((v) => v.finding && [v.finding.category, v.finding.encoding, v.finding.where]),
    ).toEqual([['user.contact.email', 'json-escaped', 'header `x-context`']]);
    expect(message).toContain('(canary bob2, JSON-escaped) in header `x-context`');
  });

  it('finds personal data in multipart fields and in cookies (fetch)', async () => {
    const form = new FormData();
    form.set('event', 'signup');
    form.set('contact', ada.email);
    const requests = await guard.scope(async () => {
      await fetch('https://px.ads.example/form', {
        method: 'POST',
        body: form,
        headers: { cookie: `uid=42; em=${bob.email}` },
      }).catch(() => undefined);
    });
    expect(only(requests).violations.map((v) => v.finding?.where)).toEqual([
      'cookie `em`',
      'multipart field `contact`',
    ]);
  });

  it('finds personal data that no canary carries with the value detectors (fetch)', async () => {
    const requests = await guard.scope(async () => {
      await fetch('https://px.ads.example/p?ip=81.2.69.160&mail=jane.doe%40example.org').catch(
        () => undefined,
      );
    });
    const { message } = only(requests);
    expect(message).toContain('    - user.device.ip_address `81.2.*.*` in query parameter `ip`');
    expect(message).toContain('    - user.contact.email `j***@e***.org` in query parameter `mail`');
    expect(message).not.toContain('jane.doe');
  });

  it('masks every value it prints, the URL path included', async () => {
    const requests = await guard.scope(async () => {
      await fetch(
        `https://px.ads.example/u/${encodeURIComponent(ada.email)}/c/${ada.card.number}?x=1`,
      ).catch(() => undefined);
    });
    const { message } = only(requests);
    expect(message).toContain(
      'Pledge: GET https://px.ads.example/u/p***@e***.com/c/************3143?… (fetch)',
    );
    expect(message).not.toContain(ada.email);
    expect(message).not.toContain(ada.card.number);
    expect(message).not.toContain(encodeURIComponent(ada.email));
  });
});

describe('scopes', () => {
  it('keeps the requests of concurrent scopes apart', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = guard.scope(async () => {
      await fetch('https://api.mail.example/first');
      await gate;
      await fetch('https://api.mail.example/first-again');
      expect(guard.requests.map((r) => new URL(r.url).pathname)).toEqual([
        '/first',
        '/first-again',
      ]);
    });
    const second = guard.scope(async () => {
      await nodeRequest('http://api.mail.example/second', {});
      release();
      expect(guard.requests.map((r) => new URL(r.url).pathname)).toEqual(['/second']);
    });
    const [a, b] = await Promise.all([first, second]);
    expect(a.map((r) => r.via)).toEqual(['fetch', 'fetch']);
    expect(b.map((r) => r.via)).toEqual(['http']);
  });

  it('check() throws the masked messages of the violating requests', async () => {
    const requests = await guard.scope(async () => {
      await fetch('https://api.mail.example/ok');
      await fetch(`https://px.ads.example/p?e=${ada.email}`).catch(() => undefined);
    });
    expect(() => {
      guard.check(requests);
    }).toThrow(/^Pledge: GET https:\/\/px\.ads\.example\/p\?… \(fetch\) sends `ad-network`/);
    expect(() => {
      guard.check(requests.slice(0, 1));
    }).not.toThrow();
  });
});

describe('clauses', () => {
  it("cites the policy's disclosureClause for an undeclared host", async () => {
    guard.dispose();
    const { policy: withClause } = parsePolicy(
      `${POLICY_YAML}disclosureClause: website-visitors\n`,
    );
    const other = createPledgeGuard({ policy: withClause! });
    other.apply();
    try {
      const requests = await other.scope(async () => {
        await fetch('https://cdn.widgets.example/w.js').catch(() => undefined);
      });
      expect(only(requests).violations.map((v) => v.clause?.section)).toEqual(['Website Visitors']);
    } finally {
      other.dispose();
      guard.apply();
    }
  });
});

describe('record mode', () => {
  it('records a violation, answers locally and does not throw', async () => {
    guard.dispose();
    const recorder = createPledgeGuard({
      policy,
      mode: 'record',
      forward: { '*.ads.example': server.origin },
    });
    recorder.apply();
    try {
      const requests = await recorder.scope(async () => {
        const response = await fetch(`https://px.ads.example/p?em=${sha256(bob.email)}`);
        expect(response.status).toBe(200);
      });
      expect(only(requests)).toMatchObject({ party: 'recipient', answer: 'forwarded' });
      expect(server.received).toHaveLength(1);
      expect(() => {
        recorder.check([]);
      }).not.toThrow();
      expect(recorder.report()).toContain(
        '    - user.contact.email `p***@e***.com` (canary bob2, as its SHA-256 hash) in query parameter `em`',
      );
    } finally {
      recorder.dispose();
      guard.apply();
    }
  });
});

describe('dispose', () => {
  it('restores fetch, http, https and leaves requests unseen', async () => {
    guard.dispose();
    const patched = [globalThis.fetch, http.request, http.get, https.request, http.ClientRequest];
    const fresh = createPledgeGuard({ policy });
    fresh.apply();
    expect(globalThis.fetch).not.toBe(patched[0]);
    fresh.dispose();
    expect([globalThis.fetch, http.request, http.get, https.request, http.ClientRequest]).toEqual(
      patched,
    );
    const response = await fetch(`${server.origin}/after-dispose`);
    expect(response.status).toBe(200);
    expect(fresh.allRequests).toEqual([]);
    guard.apply();
  });
});
