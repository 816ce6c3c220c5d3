import { fileURLToPath } from 'node:url';
import type { RuleCases } from '../../testing/index.js';
import type { Options } from './rule.js';

// The rule's cases, run by @pledge/rule-tester (test/core-rules.test.ts) through the engine,
// ESLint and the scanner. Cases run against the demo policy (apps/demo/pledge.policy.yaml):
// declared cookies are session_id, remember_me, csrf_token, ajs_anonymous_id, `_ga*`, _gid,
// `__adroll*`, __ar_v4, and names not known statically are reported (`unresolvedNames: report`).
// Findings are reported at the cookie's name (the `Set-Cookie` string for header APIs), or at
// the call for a session middleware's default name.

/** Same first-party cookies, but `cookies.unresolvedNames: ignore`. */
const IGNORE_UNRESOLVED = fileURLToPath(
  new URL('policies/ignore-unresolved.policy.yaml', import.meta.url),
);

export const cases: RuleCases<Options> = {
  valid: [
    // Declared names through each API.
    {
      code: `
import express from 'express';
const app = express();
app.get('/', (req, res) => { res.cookie('session_id', 'x'); });
`,
    },
    {
      code: `
import express from 'express';
const SESSION_COOKIE = 'session_id';
const app = express();
app.post('/login', (req, res) => {
  res.cookie(SESSION_COOKIE, 'opaque-token', { httpOnly: true, secure: true, sameSite: 'lax' });
});
`,
    },
    {
      code: `
import express from 'express';
enum CookieName { Session = 'session_id', RememberMe = 'remember_me' }
const app = express();
app.post('/login', (req, res) => { res.cookie(CookieName.RememberMe, 'token', { maxAge: 86_400_000 }); });
`,
    },
    {
      code: `
import Cookies from 'js-cookie';
const COOKIES = { ANONYMOUS_ID: 'ajs_anonymous_id', CSRF: 'csrf_token' } as const;
Cookies.set(COOKIES.ANONYMOUS_ID, crypto.randomUUID(), { expires: 365 });
`,
    },
    // `_ga*`, `__adroll*` are globs: `_ga_ABC123` and `__adroll_fpc` are declared by them.
    {
      code: `
document.cookie = \`_ga_ABC123=GS1.1.\${Date.now()}; path=/; max-age=63072000\`;
`,
    },
    {
      code: `
import Cookies from 'js-cookie';
const STREAM_ID = 'ABC123';
Cookies.set(\`_ga_\${STREAM_ID}\`, 'GS1.1');
`,
    },
    {
      code: `
import Cookies from 'js-cookie';
Cookies.set('__adroll_fpc', 'x');
Cookies.set('__ar_v4', 'x');
Cookies.set('_gid', 'x');
`,
    },
    {
      code: `
await cookieStore.set({ name: 'ajs_anonymous_id', value: crypto.randomUUID(), expires: Date.now() + 31_536_000_000 });
`,
    },
    {
      code: `
import http from 'node:http';
http.createServer((req, res) => {
  res.setHeader('Set-Cookie', ['session_id=abc; HttpOnly; Secure', 'csrf_token=def; Secure; SameSite=Strict']);
  res.end();
});
`,
    },
    {
      code: `
import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(302, { Location: '/', 'Set-Cookie': 'csrf_token=def; Secure' });
  res.end();
});
`,
    },
    {
      code: `
export function GET() {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  headers.append('Set-Cookie', 'session_id=abc; HttpOnly; Secure');
  return new Response('{}', { headers });
}
`,
    },
    {
      code: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => { ctx.cookies.set('remember_me', 'token', { maxAge: 2_592_000_000 }); });
`,
    },
    {
      code: `
import Fastify from 'fastify';
const app = Fastify();
app.post('/login', async (request, reply) => { reply.setCookie('session_id', 'abc', { httpOnly: true }); });
`,
    },
    {
      code: `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({ method: 'POST', path: '/login', handler: (request, h) => h.response('ok').state('session_id', 'abc') });
`,
    },
    {
      code: `
import { cookies } from 'next/headers';
export async function signIn() {
  'use server';
  (await cookies()).set({ name: 'session_id', value: 'abc', httpOnly: true, secure: true });
}
`,
    },
    {
      code: `
import { NextResponse } from 'next/server';
export function middleware() {
  const response = NextResponse.next();
  response.cookies.set('csrf_token', crypto.randomUUID());
  return response;
}
`,
    },
    {
      code: `
import type { Actions } from './$types';
export const actions: Actions = {
  login: async ({ cookies }) => { cookies.set('session_id', 'abc', { path: '/' }); },
};
`,
    },
    {
      code: `
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
const app = new Hono();
app.post('/login', (c) => { setCookie(c, 'session_id', 'abc', { httpOnly: true }); return c.text('ok'); });
`,
    },
    {
      code: `
import { serialize } from 'cookie';
export const header = serialize('csrf_token', 'def', { secure: true, sameSite: 'strict' });
`,
    },
    {
      code: `
import Cookies from 'universal-cookie';
const cookies = new Cookies();
cookies.set('ajs_anonymous_id', 'abc', { path: '/' });
`,
    },
    {
      code: `
import { useCookies } from 'react-cookie';
export function useRememberMe() {
  const [, setCookie] = useCookies(['remember_me']);
  return (token: string) => setCookie('remember_me', token, { maxAge: 2_592_000 });
}
`,
    },
    {
      code: `
import { Injectable } from '@angular/core';
import { CookieService } from 'ngx-cookie-service';
@Injectable({ providedIn: 'root' })
export class Analytics {
  constructor(private cookieService: CookieService) {}
  identify(id: string) { this.cookieService.set('ajs_anonymous_id', id); }
}
`,
    },
    {
      code: `
import { setCookie } from 'nookies';
export async function getServerSideProps(ctx) {
  setCookie(ctx, 'csrf_token', 'def', { path: '/' });
  return { props: {} };
}
`,
    },
    {
      code: `
import { setCookie } from 'cookies-next';
setCookie('ajs_anonymous_id', 'abc', { maxAge: 31_536_000 });
`,
    },
    {
      code: `
import session from 'express-session';
export const middleware = session({ name: 'session_id', secret: 'keyboard cat', resave: false });
`,
    },
    {
      code: `
import cookieSession from 'cookie-session';
export const middleware = cookieSession({ name: 'session_id', keys: ['k1', 'k2'] });
`,
    },
    // Reading cookies never reports.
    {
      code: `
import express from 'express';
const app = express();
app.get('/', (req, res) => { res.send(req.cookies.tracking); });
`,
    },
    {
      code: `
export const theme = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith('theme='));
`,
    },
    {
      code: `
import { cookies } from 'next/headers';
export async function Page() {
  return (await cookies()).get('tracking')?.value;
}
`,
    },
    {
      code: `
import Cookies from 'js-cookie';
import { parse } from 'cookie';
export const tracking = Cookies.get('tracking') ?? parse(document.cookie).tracking;
`,
    },
    // Other headers, and `.set` on things that are not cookie jars.
    {
      code: `
import express from 'express';
const app = express();
app.get('/', (req, res) => { res.setHeader('Content-Type', 'text/plain'); res.send('tracking=1'); });
`,
    },
    {
      code: `
export function withCors() {
  const headers = new Headers();
  headers.set('X-Foo', 'tracking=1');
  return headers;
}
`,
    },
    {
      code: `
const seen = new Map<string, number>();
seen.set('tracking', 1);
`,
    },
    // A SvelteKit-looking `cookies.set` on a Map in ordinary code: the initializer is known, so the
    // parameter-name fallback does not apply.
    {
      code: `
const cookies = new Map<string, string>();
cookies.set('tracking', 'x');
`,
    },
    // A function of the file named `setCookie`, not imported from a cookie library.
    {
      code: `
function setCookie(key: string, value: string) { localStorage.setItem(key, value); }
setCookie('tracking', 'x');
`,
    },
    {
      code: `
const Cookies = { set(key: string, value: string) { sessionStorage.setItem(key, value); } };
Cookies.set('tracking', 'x');
`,
    },
    // Deliberate limit: a wrapper imported from a project module is checked in its own file, where
    // it sets the cookie (as an unresolved name there); the calls to it are not followed.
    {
      code: `
import { setCookie } from './lib/cookies';
setCookie('tracking', 'x');
`,
    },
    // Deliberate: clearing a cookie does not set one.
    {
      code: `
import express from 'express';
const app = express();
app.post('/logout', (req, res) => { res.clearCookie('tracking'); res.sendStatus(204); });
`,
    },
    // An HTTP client cookie jar stores cookies received from other sites; the site sets none.
    {
      code: `
import { CookieJar } from 'tough-cookie';
const jar = new CookieJar();
await jar.setCookie('tracking=x', 'https://example.com');
`,
    },
    // `unresolvedNames: ignore`: names not known statically are not reported.
    {
      code: `
import express from 'express';
export function setIt(res: express.Response, name: string) { res.cookie(name, 'x'); }
`,
      policy: IGNORE_UNRESOLVED,
    },
    {
      code: `
export function setRaw(name: string, value: string) {
  document.cookie = \`\${name}=\${encodeURIComponent(value)}; path=/\`;
}
`,
      policy: IGNORE_UNRESOLVED,
    },
    // A wrapper whose cookie name is its parameter sets no particular cookie itself; its
    // callers (here none) say which.
    {
      code: `
import express from 'express';
export function setIt(res: express.Response, name: string) { res.cookie(name, 'x'); }
`,
    },
    // A `Map` parameter named `cookies` is not a cookie API.
    {
      code: `
export function record(cookies: Map<string, string>) {
  cookies.set('tracking', 'x');
}
`,
    },
    // `cookie.serialize()` with a declared name passed to `setHeader('Set-Cookie', …)`.
    {
      code: `
import http from 'node:http';
import { serialize } from 'cookie';
http.createServer((req, res) => {
  res.setHeader('Set-Cookie', serialize('session_id', 'abc', { httpOnly: true }));
  res.end();
});
`,
    },
    // A template name `_ga_${id}` is declared by the `_ga*` glob.
    {
      code: `
import Cookies from 'js-cookie';
export function persistSession(measurementId: string, value: string) {
  Cookies.set(\`_ga_\${measurementId}\`, value, { expires: 730 });
}
`,
    },
  ],
  invalid: [
    // document.cookie
    {
      code: `
document.cookie = 'promo_seen=1; path=/; max-age=86400';
`,
      errors: [{ messageId: 'undeclared', line: 2, column: 19 }],
    },
    {
      code: `
export function track(id: string) {
  document.cookie = \`tracking_id=\${id}; path=/; max-age=31536000\`;
}
`,
      errors: [{ messageId: 'undeclared', line: 3, column: 21 }],
    },
    {
      code: `
window.document.cookie = 'promo_seen=1';
`,
      errors: [{ messageId: 'undeclared', line: 2, column: 26 }],
    },
    // cookieStore
    {
      code: `
await cookieStore.set('theme', 'dark');
`,
      errors: [{ messageId: 'undeclared', line: 2, column: 23 }],
    },
    {
      code: `
await cookieStore.set({ name: 'theme', value: 'dark', expires: Date.now() + 86_400_000 });
`,
      errors: [{ messageId: 'undeclared', line: 2, column: 31 }],
    },
    // express and node:http
    {
      code: `
import express from 'express';
const app = express();
app.get('/', (req, res) => { res.cookie('tracking', 'x'); });
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 41 }],
    },
    {
      code: `
import type { Response } from 'express';
export function remember(res: Response) { res.cookie('visited', '1', { maxAge: 900_000 }); }
`,
      errors: [{ messageId: 'undeclared', line: 3, column: 54 }],
    },
    {
      code: `
import express from 'express';
const app = express();
app.get('/', (req, res) => { res.setHeader('Set-Cookie', 'ab_test=b; Path=/'); });
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 58 }],
    },
    {
      code: `
import http from 'node:http';
http.createServer((req, res) => {
  res.setHeader('Set-Cookie', ['session_id=abc; HttpOnly', 'ab_test=b', 'lang=en']);
  res.end();
});
`,
      errors: [
        { messageId: 'undeclared', line: 4, column: 60 },
        { messageId: 'undeclared', line: 4, column: 73 },
      ],
    },
    {
      code: `
import express from 'express';
const app = express();
app.get('/', (req, res) => { res.append('Set-Cookie', 'ab_test=b; Path=/'); res.send('ok'); });
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 55 }],
    },
    {
      code: `
import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html', 'Set-Cookie': 'ab_test=b' });
  res.end();
});
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 67 }],
    },
    {
      code: `
import http from 'node:http';
http.createServer((req, res) => {
  res.writeHead(302, { Location: '/', 'set-cookie': ['csrf_token=x', 'lang=en'] });
  res.end();
});
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 70 }],
    },
    // Fetch API headers
    {
      code: `
export function handler() {
  const headers = new Headers();
  headers.set('Set-Cookie', 'ab_test=b; Path=/');
  return new Response('ok', { headers });
}
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 29 }],
    },
    {
      code: `
export function GET() {
  const response = Response.json({ ok: true });
  response.headers.set('Set-Cookie', 'ab_test=b');
  return response;
}
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 38 }],
    },
    // koa, fastify, hapi
    {
      code: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => { ctx.cookies.set('tracking', 'x', { httpOnly: false }); });
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 42 }],
    },
    {
      code: `
import Koa from 'koa';
const app = new Koa();
app.use(async (ctx) => { ctx.set('Set-Cookie', 'tracking=x'); });
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 48 }],
    },
    {
      code: `
import Fastify from 'fastify';
const app = Fastify();
app.get('/', async (request, reply) => { reply.setCookie('tracking', 'x', { path: '/' }); });
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 58 }],
    },
    {
      code: `
import Fastify from 'fastify';
const app = Fastify();
app.get('/', async (request, reply) => { reply.header('set-cookie', 'tracking=x'); });
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 69 }],
    },
    // `reply.cookie()` is @fastify/cookie's alias of `setCookie`; the chain is followed.
    {
      code: `
import Fastify from 'fastify';
const app = Fastify();
app.get('/', (request, reply) => {
  reply.setCookie('session_id', 'abc', { httpOnly: true }).cookie('ab_test', 'b').send('ok');
});
`,
      errors: [{ messageId: 'undeclared', line: 5, column: 67 }],
    },
    {
      code: `
import Hapi from '@hapi/hapi';
const server = Hapi.server({ port: 3000 });
server.route({ method: 'GET', path: '/', handler: (request, h) => { h.state('tracking', 'x'); return 'ok'; } });
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 77 }],
    },
    // Next.js
    {
      code: `
import { cookies } from 'next/headers';
export async function accept() {
  'use server';
  const store = await cookies();
  store.set('tracking', 'x');
}
`,
      errors: [{ messageId: 'undeclared', line: 6, column: 13 }],
    },
    {
      code: `
import { cookies } from 'next/headers';
export async function accept() {
  (await cookies()).set('tracking', 'x', { maxAge: 31_536_000 });
}
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 25 }],
    },
    {
      code: `
import { NextResponse } from 'next/server';
export function middleware() {
  const response = NextResponse.next();
  response.cookies.set('tracking', 'x');
  return response;
}
`,
      errors: [{ messageId: 'undeclared', line: 5, column: 24 }],
    },
    {
      code: `
import { NextResponse, type NextRequest } from 'next/server';
export function middleware(request: NextRequest) {
  return NextResponse.redirect(new URL('/', request.url)).cookies.set({ name: 'tracking', value: 'x' });
}
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 79 }],
    },
    // SvelteKit
    {
      code: `
import type { PageServerLoad } from './$types';
export const load: PageServerLoad = ({ cookies }) => {
  cookies.set('tracking', 'x', { path: '/' });
};
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 15 }],
    },
    {
      code: `
import type { Handle } from '@sveltejs/kit';
export const handle: Handle = async ({ event, resolve }) => {
  event.cookies.set('tracking', 'x', { path: '/' });
  return resolve(event);
};
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 21 }],
    },
    // Deliberate limit: without type information a parameter named `cookies` whose `.set` is
    // called is taken for SvelteKit's `Cookies` (the catalog's parameter-name fallback).
    {
      code: `
export function remember(cookies) {
  cookies.set('tracking', 'x');
}
`,
      errors: [{ messageId: 'undeclared', line: 3, column: 15 }],
    },
    // Hono
    {
      code: `
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
const app = new Hono();
app.get('/', (c) => { setCookie(c, 'tracking', 'x'); return c.text('ok'); });
`,
      errors: [{ messageId: 'undeclared', line: 5, column: 36 }],
    },
    {
      code: `
import { Hono } from 'hono';
import { setSignedCookie } from 'hono/cookie';
const app = new Hono();
app.get('/', async (c) => { await setSignedCookie(c, 'tracking', 'x', 'secret'); return c.text('ok'); });
`,
      errors: [{ messageId: 'undeclared', line: 5, column: 54 }],
    },
    {
      code: `
import { Hono } from 'hono';
const app = new Hono();
app.get('/', (c) => { c.header('Set-Cookie', 'tracking=x'); return c.text('ok'); });
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 46 }],
    },
    // h3 (Nitro, Nuxt server routes) and Astro
    {
      code: `
import { defineEventHandler, setCookie } from 'h3';
export default defineEventHandler((event) => {
  setCookie(event, 'theme', 'dark', { maxAge: 604_800 });
  return 'ok';
});
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 20 }],
    },
    {
      code: `
export function remember() {
  Astro.cookies.set('last_page', Astro.url.pathname, { path: '/' });
}
`,
      errors: [{ messageId: 'undeclared', line: 3, column: 21 }],
    },
    // Cookie libraries
    {
      code: `
import cookie from 'cookie';
export const header = cookie.serialize('tracking', 'x', { path: '/' });
`,
      errors: [{ messageId: 'undeclared', line: 3, column: 40 }],
    },
    {
      code: `
import Cookies from 'js-cookie';
Cookies.set('tracking', 'x', { expires: 7 });
`,
      errors: [{ messageId: 'undeclared', line: 3, column: 13 }],
    },
    {
      code: `
import Cookies from 'js-cookie';
const api = Cookies.withAttributes({ path: '/', sameSite: 'lax' });
api.set('tracking', 'x');
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 9 }],
    },
    {
      code: `
import Cookies from 'universal-cookie';
const cookies = new Cookies();
cookies.set('tracking', 'x', { path: '/' });
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 13 }],
    },
    {
      code: `
import { useCookies } from 'react-cookie';
export function useConsent() {
  const [cookies, setCookie] = useCookies(['tracking']);
  return { tracking: cookies.tracking, accept: () => setCookie('tracking', 'x', { path: '/' }) };
}
`,
      errors: [{ messageId: 'undeclared', line: 5, column: 64 }],
    },
    {
      code: `
import { Injectable } from '@angular/core';
import { CookieService } from 'ngx-cookie-service';
@Injectable({ providedIn: 'root' })
export class Consent {
  constructor(private cookieService: CookieService) {}
  accept() { this.cookieService.set('tracking', 'x'); }
}
`,
      errors: [{ messageId: 'undeclared', line: 7, column: 37 }],
    },
    {
      code: `
import { setCookie } from 'nookies';
export async function getServerSideProps(ctx) {
  setCookie(ctx, 'tracking', 'x', { path: '/' });
  return { props: {} };
}
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 18 }],
    },
    {
      code: `
import nookies from 'nookies';
export async function getServerSideProps(ctx) {
  nookies.set(ctx, 'tracking', 'x', { path: '/' });
  return { props: {} };
}
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 20 }],
    },
    {
      code: `
import { setCookie } from 'cookies-next';
setCookie('tracking', 'x');
`,
      errors: [{ messageId: 'undeclared', line: 3, column: 11 }],
    },
    {
      code: `
import { useSetCookie } from 'cookies-next/client';
export function useTrack() {
  const setCookie = useSetCookie();
  return () => setCookie('tracking', 'x');
}
`,
      errors: [{ messageId: 'undeclared', line: 5, column: 26 }],
    },
    // Session middleware: the default names count.
    {
      code: `
import session from 'express-session';
export const middleware = session({ secret: 'keyboard cat', resave: false, saveUninitialized: false });
`,
      errors: [{ messageId: 'undeclared', line: 3, column: 27 }],
    },
    {
      code: `
const session = require('express-session');
module.exports = session({ secret: 'keyboard cat' });
`,
      errors: [{ messageId: 'undeclared', line: 3, column: 18 }],
    },
    {
      code: `
import session from 'express-session';
export const middleware = session({ name: 'sid', secret: 'keyboard cat' });
`,
      errors: [{ messageId: 'undeclared', line: 3, column: 43 }],
    },
    {
      code: `
import cookieSession from 'cookie-session';
export const middleware = cookieSession({ keys: ['k1', 'k2'] });
`,
      errors: [{ messageId: 'undeclared', line: 3, column: 27 }],
    },
    // Names through constants, enums, object constants and templates.
    {
      code: `
import express from 'express';
const TRACKING_COOKIE = 'tracking';
const app = express();
app.get('/', (req, res) => { res.cookie(TRACKING_COOKIE, 'x'); });
`,
      errors: [{ messageId: 'undeclared', line: 5, column: 41 }],
    },
    {
      code: `
import express from 'express';
enum Cookie { Session = 'session_id', Track = 'track' }
const app = express();
app.get('/', (req, res) => { res.cookie(Cookie.Track, 'x'); });
`,
      errors: [{ messageId: 'undeclared', line: 5, column: 41 }],
    },
    {
      code: `
import Cookies from 'js-cookie';
const COOKIES = { SESSION: 'session_id', TRACK: 'track' } as const;
Cookies.set(COOKIES.TRACK, 'x');
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 13 }],
    },
    {
      code: `
import Cookies from 'js-cookie';
const PREFIX = 'app';
Cookies.set(\`\${PREFIX}_track\`, 'x');
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 13 }],
    },
    // Names not known statically.
    // A wrapper whose cookie name is its parameter: checked at its calls.
    {
      code: `
import express from 'express';
export function setIt(res: express.Response, name: string) { res.cookie(name, 'x'); }
export function onVisit(res: express.Response) { setIt(res, 'visited'); }
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 61 }],
    },
    {
      code: `
import Cookies from 'js-cookie';
declare function cookieName(): string;
Cookies.set(cookieName(), 'x');
`,
      errors: [{ messageId: 'unresolved', line: 4, column: 13 }],
    },
    {
      code: `
export function setRaw(name: string, value: string) {
  document.cookie = \`\${name}=\${encodeURIComponent(value)}; path=/\`;
}
setRaw('seen_banner', '1');
`,
      errors: [{ messageId: 'undeclared', line: 5, column: 8 }],
    },
    // A `let` that is reassigned is not a constant.
    {
      code: `
import Cookies from 'js-cookie';
let name = 'session_id';
if (Math.random() > 0.5) name = 'tracking';
Cookies.set(name, 'x');
`,
      errors: [{ messageId: 'unresolved', line: 5, column: 13 }],
    },
    // `unresolvedNames: ignore` changes nothing for a name that is known and undeclared.
    {
      code: `
import express from 'express';
export function setIt(res: express.Response) { res.cookie('csrf_token', 'x'); }
`,
      policy: IGNORE_UNRESOLVED,
      errors: [{ messageId: 'undeclared', line: 3, column: 59 }],
    },
    // `res.set({ 'Set-Cookie': … })` header object (express) is a cookie write.
    {
      code: `
import express from 'express';
const app = express();
app.get('/', (req, res) => { res.set({ 'Set-Cookie': 'ab_test=b; Path=/' }); });
`,
      errors: [{ messageId: 'undeclared', line: 4, column: 54 }],
    },
    // A `Set-Cookie` header in a `new Response()` init is a cookie write.
    {
      code: `
export function GET() {
  return new Response('ok', { headers: { 'Set-Cookie': 'ab_test=b; Path=/' } });
}
`,
      errors: [{ messageId: 'undeclared', line: 3, column: 56 }],
    },
    // `cookie.serialize()` resolves the cookie name inside `setHeader('Set-Cookie', …)`.
    {
      code: `
import http from 'node:http';
import { serialize } from 'cookie';
http.createServer((req, res) => {
  res.setHeader('Set-Cookie', serialize('tracking', 'abc'));
  res.end();
});
`,
      errors: [{ messageId: 'undeclared', line: 5, column: 41 }],
    },
    // Angular `CookieService` injected with `inject()` into a class field.
    {
      code: `
import { Injectable, inject } from '@angular/core';
import { CookieService } from 'ngx-cookie-service';
@Injectable({ providedIn: 'root' })
export class Consent {
  private readonly cookies = inject(CookieService);
  accept() { this.cookies.set('tracking', 'x'); }
}
`,
      errors: [{ messageId: 'undeclared', line: 7, column: 31 }],
    },
  ],
};
