import { createServer, get, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkSetCookies,
  installPledgeMatchers,
  setCookieHeaders,
  setPledgePolicy,
} from '../src/index.js';
import { testPolicy } from './helpers.js';

const policy = testPolicy();
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);

installPledgeMatchers();
setPledgePolicy(policy);

/** An app that sets the cookies named in the `set` query parameter. */
function app(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const cookies: Record<string, string> = {
    session: 'session_id=s3cr3t-v4lue; Path=/; HttpOnly; Secure; SameSite=Lax',
    remember: 'remember_me=t0k3n; Max-Age=2592000; HttpOnly',
    tracker: 'tracking_email=jane.doe%40example.org; Max-Age=600',
  };
  res.setHeader(
    'set-cookie',
    (url.searchParams.get('set') ?? '').split(',').flatMap((name) => cookies[name] ?? []),
  );
  res.end('ok');
}

let origin: string;
const server = createServer(app);

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

function nodeGet(path: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    get(`${origin}${path}`, (res) => {
      res.resume();
      resolve(res);
    }).on('error', reject);
  });
}

describe('toSetOnlyDeclaredCookies', () => {
  it('passes a fetch Response that sets declared cookies as declared', async () => {
    const response = await fetch(`${origin}/?set=session,remember`);
    expect(response).toSetOnlyDeclaredCookies();
    expect(response.headers).toSetOnlyDeclaredCookies();
  });

  it('fails a node response that sets an undeclared cookie, without printing its value', async () => {
    const response = await nodeGet('/?set=session,tracker');
    expect(() => {
      expect(response).toSetOnlyDeclaredCookies();
    }).toThrow(
      [
        'expected the response to set only the cookies the policy declares, with their declared attributes:',
        '  - `tracking_email` is not declared in the policy (`cookies.declared`).',
        '  Policy: Website Visitors (https://shop.example/privacy#website-visitors)',
        '  Fix: declare the cookie in `cookies.declared`, or set it as declared.',
      ].join('\n'),
    );
    let message = '';
    try {
      expect(response).toSetOnlyDeclaredCookies();
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toContain('jane.doe');
    expect(message).not.toContain('s3cr3t');
  });

  it('reads a supertest result', async () => {
    const clean = await request(app).get('/?set=session');
    expect(clean).toSetOnlyDeclaredCookies();
    const dirty = await request(app).get('/?set=tracker');
    expect(dirty).not.toSetOnlyDeclaredCookies();
  });

  it('fails a session cookie set with an expiry, and names the attribute', () => {
    expect(() => {
      expect(
        'session_id=abc; Max-Age=3600; HttpOnly; Secure; SameSite=Lax',
      ).toSetOnlyDeclaredCookies();
    }).toThrow(
      '  - `session_id` is declared as a session cookie but is set with `Max-Age=3600`; a session cookie carries no `Expires` or `Max-Age`.',
    );
  });

  it('allows deleting a session cookie', () => {
    expect(
      'session_id=; Expires=Thu, 01 Jan 1970 00:00:00 GMT; HttpOnly; Secure',
    ).toSetOnlyDeclaredCookies();
    expect(['session_id=; Max-Age=0']).toSetOnlyDeclaredCookies();
  });

  it('passes with .not only when something is wrong, and says what it checked', () => {
    expect(() => {
      expect([
        'session_id=abc; HttpOnly; Secure; SameSite=Lax',
        '_ga_XYZ=1.2; Max-Age=63072000',
      ]).not.toSetOnlyDeclaredCookies();
    }).toThrow(
      'expected the response to set a cookie the policy does not allow, but every cookie it sets (`session_id`, `_ga_XYZ`) keeps it.',
    );
  });

  it('takes an explicit policy', () => {
    expect('remember_me=1; Max-Age=60; HttpOnly').toSetOnlyDeclaredCookies({ policy });
  });

  it('rejects what is not a response', () => {
    expect(() => {
      expect(42).toSetOnlyDeclaredCookies();
    }).toThrow(
      'toSetOnlyDeclaredCookies() expects a fetch Response, Headers, a node or supertest response, or Set-Cookie header string(s).',
    );
  });
});

describe('checkSetCookies', () => {
  it('reports a lifetime beyond the declared maxAge', () => {
    expect(
      checkSetCookies(policy, ['remember_me=t; Max-Age=7776000; HttpOnly'], NOW).map(
        (p) => p.message,
      ),
    ).toEqual([
      '`remember_me` lives 7776000 s (`Max-Age=7776000`); the policy allows at most 30d.',
    ]);
  });

  it('reads a lifetime from Expires', () => {
    expect(
      checkSetCookies(
        policy,
        ['remember_me=t; Expires=Thu, 15 Apr 2027 12:00:00 GMT; HttpOnly'],
        NOW,
      ).map((p) => p.kind),
    ).toEqual(['lifetime-too-long']);
    expect(
      checkSetCookies(
        policy,
        ['remember_me=t; Expires=Sat, 24 Jan 2026 12:00:00 GMT; HttpOnly'],
        NOW,
      ),
    ).toEqual([]);
  });

  it('reports declared attributes that do not hold', () => {
    expect(
      checkSetCookies(policy, ['session_id=x; SameSite=None'], NOW).map((p) => p.message),
    ).toEqual([
      '`session_id` must be set with `HttpOnly` but is not.',
      '`session_id` must be set with `Secure` but is not.',
      '`session_id` must be set with `SameSite=lax` but is set with `SameSite=none`.',
    ]);
  });

  it('matches declared globs', () => {
    expect(checkSetCookies(policy, ['_ga=GA1.1.1; Max-Age=63072000', '_gat=1'], NOW)).toEqual([]);
  });
});

describe('setCookieHeaders', () => {
  it('splits cookies folded into one header, keeping commas inside Expires', () => {
    expect(setCookieHeaders('a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT, b=2; Path=/')).toEqual([
      'a=1; Expires=Wed, 21 Oct 2015 07:28:00 GMT',
      'b=2; Path=/',
    ]);
  });

  it('reads a node ServerResponse', () => {
    const res = {
      getHeader: (name: string) => (name === 'set-cookie' ? ['a=1', 'b=2'] : undefined),
    };
    expect(setCookieHeaders(res)).toEqual(['a=1', 'b=2']);
  });

  it('reads plain header records whatever their case', () => {
    expect(setCookieHeaders({ headers: { 'Set-Cookie': 'a=1' } })).toEqual(['a=1']);
    expect(setCookieHeaders({ headers: {} })).toEqual([]);
  });
});
