import { RuleTester } from '@pledge/rule-tester';
import { fileURLToPath } from 'node:url';
import pack from '../../index.js';
import { cookieAttributes } from './rule.js';

// The pack's policy declares `session_id` (session; HttpOnly, Secure, SameSite=Lax),
// `remember_me` (persistent, at most 30 days; HttpOnly, Secure), `csrf_token` (session;
// Secure, SameSite=Strict), `ajs_anonymous_id` (persistent, at most a year; no flags) and
// third-party cookies without attribute requirements.
const policy = fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url));
const sessionMiddlewarePolicy = fileURLToPath(
  new URL('policies/express-session.policy.yaml', import.meta.url),
);

new RuleTester({ policy, pack }).run('cookie-attributes', cookieAttributes, {
  valid: [
    {
      name: 'a session cookie set exactly as declared',
      code: `import type { Request, Response } from 'express';

export function signIn(req: Request, res: Response, sessionId: string) {
  res.cookie('session_id', sessionId, { httpOnly: true, secure: true, sameSite: 'lax', path: '/' });
  res.redirect('/dashboard');
}
`,
    },
    {
      name: 'shared options in a constant of the module',
      code: `import express from 'express';

const SESSION_COOKIE_OPTIONS = { httpOnly: true, secure: true, sameSite: 'lax' as const, path: '/' };

const app = express();
app.post('/login', (req, res) => {
  res.cookie('session_id', req.body.token, SESSION_COOKIE_OPTIONS);
  res.sendStatus(204);
});
`,
    },
    {
      name: 'a persistent cookie at the declared maximum (express counts milliseconds)',
      code: `import type { Response } from 'express';

const THIRTY_DAYS_MS = 30 * 24 * 60 * 60 * 1000;

export function rememberMe(res: Response, token: string) {
  res.cookie('remember_me', token, { maxAge: THIRTY_DAYS_MS, httpOnly: true, secure: true });
}
`,
    },
    {
      name: 'a persistent cookie below the maximum, in seconds for Next.js',
      code: `import { cookies } from 'next/headers';

export async function remember(token: string) {
  const jar = await cookies();
  jar.set('remember_me', token, { maxAge: 60 * 60 * 24 * 7, httpOnly: true, secure: true });
}
`,
    },
    {
      name: 'deleting a session cookie with maxAge 0',
      code: `import type { Response } from 'express';

export function signOut(res: Response) {
  res.cookie('session_id', '', { maxAge: 0 });
}
`,
    },
    {
      name: 'clearCookie is not a write',
      code: `import type { Response } from 'express';

export function signOut(res: Response) {
  res.clearCookie('session_id');
}
`,
    },
    {
      name: "an undeclared cookie is no-undeclared-cookie's business",
      code: `import type { Response } from 'express';

export function theme(res: Response, value: string) {
  res.cookie('theme', value, { maxAge: 365 * 24 * 3600 * 1000 });
}
`,
    },
    {
      name: 'a declared cookie without attribute requirements',
      code: `import Cookies from 'js-cookie';

export function tagVisitor(id: string) {
  Cookies.set('_ga_TRACKER', id, { expires: 730 });
}
`,
    },
    {
      name: 'secure only in production is honoured',
      code: `import type { Response } from 'express';

const isProd = process.env.NODE_ENV === 'production';

export function signIn(res: Response, sessionId: string) {
  res.cookie('session_id', sessionId, { httpOnly: true, secure: isProd, sameSite: 'lax' });
}
`,
    },
    {
      name: 'secure as a comparison with the environment',
      code: `import type { Response } from 'express';

export function signIn(res: Response, sessionId: string) {
  res.cookie('session_id', sessionId, {
    httpOnly: true,
    secure: process.env.NODE_ENV === 'production',
  });
}
`,
    },
    {
      name: 'options spread from a value the rule cannot see',
      code: `import type { Response } from 'express';
import { cookieDefaults } from './config';

export function signIn(res: Response, sessionId: string) {
  res.cookie('session_id', sessionId, { ...cookieDefaults });
}
`,
    },
    {
      name: 'options from a parameter',
      code: `import type { CookieOptions, Response } from 'express';

export function setSession(res: Response, sessionId: string, options: CookieOptions) {
  res.cookie('session_id', sessionId, options);
}
`,
    },
    {
      name: 'an anonymous id within its year, with js-cookie days',
      code: `import Cookies from 'js-cookie';

export function identify(anonymousId: string) {
  Cookies.set('ajs_anonymous_id', anonymousId, { expires: 365, sameSite: 'lax' });
}
`,
    },
    {
      name: 'a Set-Cookie string as declared',
      code: `import type { ServerResponse } from 'node:http';

export function setSession(res: ServerResponse, id: string) {
  res.setHeader('Set-Cookie', \`session_id=\${id}; Path=/; HttpOnly; Secure; SameSite=Lax\`);
}
`,
    },
    {
      name: 'cookie.serialize with the declared attributes',
      code: `import { serialize } from 'cookie';

export function csrfHeader(token: string): string {
  return serialize('csrf_token', token, { secure: true, sameSite: 'strict', path: '/' });
}
`,
    },
    {
      name: 'koa sets HttpOnly by default',
      code: `import type { Context } from 'koa';

export function signIn(ctx: Context, sessionId: string) {
  ctx.cookies.set('session_id', sessionId, { secure: true, sameSite: 'lax' });
}
`,
    },
    {
      name: 'an expiry written as undefined keeps a session cookie',
      code: `import { setCookie } from 'hono/cookie';
import type { Context } from 'hono';

const base = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' } as const;

export function csrf(c: Context, token: string) {
  setCookie(c, 'session_id', token, { ...base, expires: undefined, maxAge: undefined });
}
`,
    },
    {
      name: 'a remembered session only while it lasts, when a branch keeps no expiry',
      code: `import type { Response } from 'express';

export function signIn(res: Response, sessionId: string, remember: boolean) {
  res.cookie('session_id', sessionId, {
    httpOnly: true,
    secure: true,
    maxAge: remember ? 30 * 86_400_000 : undefined,
  });
}
`,
    },
    {
      name: 'expires from now within the declared maximum',
      code: `import type { Response } from 'express';

const TWO_WEEKS = 14 * 24 * 60 * 60 * 1000;

export function rememberMe(res: Response, token: string) {
  res.cookie('remember_me', token, {
    httpOnly: true,
    secure: true,
    expires: new Date(Date.now() + TWO_WEEKS),
  });
}
`,
    },
    {
      name: 'a sign-out that expires the cookie a minute ago (date-fns)',
      code: `import { subMinutes } from 'date-fns';
import type { Context } from 'koa';

export function signOut(ctx: Context) {
  ctx.cookies.set('session_id', '', { sameSite: 'lax', expires: subMinutes(new Date(), 1) });
}
`,
    },
    {
      name: 'a conditional SameSite whose production branch is the declared one',
      code: `import type { Response } from 'express';

const embedded = process.env.EMBEDDED === 'true';

export function signIn(res: Response, id: string) {
  res.cookie('session_id', id, { httpOnly: true, secure: true, sameSite: embedded ? 'none' : 'lax' });
}
`,
    },
    {
      name: 'tiny-cookie max-age in seconds within the declared year',
      code: `import { setCookie } from 'tiny-cookie';

export function identify(anonymousId: string) {
  setCookie('ajs_anonymous_id', anonymousId, { path: '/', 'max-age': 60 * 60 * 24 * 180, samesite: 'Lax' });
}
`,
    },
    {
      name: 'a dayjs expiry within the declared year',
      code: `import dayjs from 'dayjs';
import Cookies from 'js-cookie';

export function identify(anonymousId: string) {
  Cookies.set('ajs_anonymous_id', anonymousId, { expires: dayjs().add(6, 'month').toDate() });
}
`,
    },
    {
      name: 'express-session options made Secure later in production (its README pattern)',
      code: `import express from 'express';
import session from 'express-session';

const app = express();
const sess = { secret: 'keyboard cat', cookie: {} as { secure?: boolean } };
if (app.get('env') === 'production') {
  app.set('trust proxy', 1);
  sess.cookie.secure = true;
}
app.use(session(sess));
`,
      policy: sessionMiddlewarePolicy,
    },
    {
      name: 'js-cookie attributes given once with withAttributes',
      code: `import Cookies from 'js-cookie';

const secureCookies = Cookies.withAttributes({ secure: true, sameSite: 'strict' });

export function storeCsrfToken(token: string) {
  secureCookies.set('csrf_token', token);
}
`,
    },
    {
      name: 'Fastify cookies take the defaults the plugin was registered with',
      code: `import type { FastifyReply } from 'fastify';

export function signIn(reply: FastifyReply, sessionId: string) {
  reply.setCookie('session_id', sessionId, { path: '/' });
}
`,
    },
    {
      name: 'express-session without an expiry for a declared session cookie',
      code: `import session from 'express-session';
import express from 'express';

const app = express();
app.use(session({ secret: process.env.SESSION_SECRET ?? '', cookie: { secure: true } }));
`,
      policy: sessionMiddlewarePolicy,
    },
  ],
  invalid: [
    {
      name: 'a session cookie with an expiry (express milliseconds)',
      code: `import type { Response } from 'express';

export function signIn(res: Response, id: string) {
  res.cookie('session_id', id, { maxAge: 86400000, httpOnly: true, secure: true });
}
`,
      errors: [{ messageId: 'sessionWithExpiry', line: 4, data: { lifetime: '1 day' } }],
    },
    {
      name: 'a persistent cookie over its 30 days (Next.js seconds)',
      code: `import { cookies } from 'next/headers';

export async function remember(token: string) {
  (await cookies()).set('remember_me', token, {
    maxAge: 60 * 60 * 24 * 90,
    httpOnly: true,
    secure: true,
  });
}
`,
      errors: [
        { messageId: 'lifetimeTooLong', line: 4, data: { lifetime: '90 days', maxAge: '30 days' } },
      ],
    },
    {
      name: 'HttpOnly and Secure left to express defaults',
      code: `import type { Response } from 'express';

export function signIn(res: Response, id: string) {
  res.cookie('session_id', id);
}
`,
      errors: [{ messageId: 'attributeMismatch', line: 4 }],
    },
    {
      name: 'a session cookie written from the browser',
      code: `export function keepSession(id: string) {
  document.cookie = 'session_id=' + id + '; Path=/; Secure; SameSite=Lax';
}
`,
      errors: [{ messageId: 'httpOnlyFromBrowser', line: 2 }],
    },
    {
      name: 'SameSite=None where Lax is declared',
      code: `import type { Response } from 'express';

export function signIn(res: Response, id: string) {
  res.cookie('session_id', id, { httpOnly: true, secure: true, sameSite: 'none' });
}
`,
      errors: [
        { messageId: 'attributeMismatch', line: 4, data: { problems: '`sameSite` `none`' } },
      ],
    },
    {
      name: 'a Set-Cookie string with Max-Age for a session cookie',
      code: `import type { ServerResponse } from 'node:http';

export function setSession(res: ServerResponse, id: string) {
  res.setHeader('Set-Cookie', \`session_id=\${id}; Max-Age=3600; Path=/; HttpOnly; Secure\`);
}
`,
      errors: [{ messageId: 'sessionWithExpiry', line: 4, data: { lifetime: '1 hour' } }],
    },
    {
      name: 'express-session with a maxAge for a declared session cookie',
      code: `import session from 'express-session';
import express from 'express';

const app = express();
app.use(
  session({
    secret: process.env.SESSION_SECRET ?? '',
    cookie: { maxAge: 1000 * 60 * 60 * 24 * 14, secure: true },
  }),
);
`,
      policy: sessionMiddlewarePolicy,
      errors: [{ messageId: 'sessionWithExpiry', line: 6, data: { lifetime: '14 days' } }],
    },
    {
      name: 'express-session with httpOnly turned off',
      code: `import session from 'express-session';
import express from 'express';

const app = express();
app.use(session({ secret: 's3cret', cookie: { httpOnly: false, secure: true } }));
`,
      policy: sessionMiddlewarePolicy,
      errors: [
        { messageId: 'attributeMismatch', line: 5, data: { problems: '`httpOnly: false`' } },
      ],
    },
    {
      name: 'cookie-session over its one day (milliseconds)',
      code: `import cookieSession from 'cookie-session';
import express from 'express';

const app = express();
app.use(cookieSession({ keys: ['k1'], maxAge: 7 * 24 * 60 * 60 * 1000 }));
`,
      policy: sessionMiddlewarePolicy,
      errors: [
        { messageId: 'lifetimeTooLong', line: 5, data: { lifetime: '7 days', maxAge: '1 day' } },
      ],
    },
    {
      name: 'js-cookie days over the declared year',
      code: `import Cookies from 'js-cookie';

export function identify(anonymousId: string) {
  Cookies.set('ajs_anonymous_id', anonymousId, { expires: 730 });
}
`,
      errors: [{ messageId: 'lifetimeTooLong', line: 4, data: { lifetime: '2 years' } }],
    },
    {
      name: 'js-cookie cannot set HttpOnly',
      code: `import Cookies from 'js-cookie';

export function remember(token: string) {
  Cookies.set('remember_me', token, { expires: 7, secure: true });
}
`,
      errors: [{ messageId: 'httpOnlyFromBrowser', line: 4 }],
    },
    {
      name: 'an expiry computed from now over the maximum',
      code: `import type { Response } from 'express';

const NINETY_DAYS = 90 * 24 * 60 * 60 * 1000;

export function rememberMe(res: Response, token: string) {
  res.cookie('remember_me', token, {
    httpOnly: true,
    secure: true,
    expires: new Date(Date.now() + NINETY_DAYS),
  });
}
`,
      errors: [{ messageId: 'lifetimeTooLong', line: 6, data: { lifetime: '90 days' } }],
    },
    {
      name: 'the units of express: seconds written where milliseconds are read are still short, but days in ms are not',
      code: `import type { Response } from 'express';

export function rememberMe(res: Response, token: string) {
  res.cookie('remember_me', token, { maxAge: 1000 * 60 * 60 * 24 * 365, httpOnly: true, secure: true });
}
`,
      errors: [{ messageId: 'lifetimeTooLong', line: 4, data: { lifetime: '1 year' } }],
    },
    {
      name: 'a shared options constant spread, then an expiry added',
      code: `import { setCookie } from 'hono/cookie';
import type { Context } from 'hono';

const sessionCookieOptions = { httpOnly: true, secure: true, sameSite: 'Lax', path: '/' } as const;

export function setSession(c: Context, token: string) {
  setCookie(c, 'session_id', token, { ...sessionCookieOptions, maxAge: 60 * 60 * 24 });
}
`,
      errors: [{ messageId: 'sessionWithExpiry', line: 7 }],
    },
    {
      name: 'a csrf cookie without the declared SameSite=Strict',
      code: `import { serialize } from 'cookie';

export function csrfHeader(token: string): string {
  return serialize('csrf_token', token, { secure: true, path: '/' });
}
`,
      errors: [{ messageId: 'attributeMismatch', line: 4 }],
    },
    {
      name: 'Secure turned off explicitly',
      code: `import type { Context } from 'koa';

export function signIn(ctx: Context, sessionId: string) {
  ctx.cookies.set('session_id', sessionId, { secure: false, sameSite: 'lax' });
}
`,
      errors: [{ messageId: 'attributeMismatch', line: 4, data: { problems: '`secure: false`' } }],
    },
    {
      name: 'a same-file helper with the name and options at its calls',
      code: `import type { CookieOptions, Response } from 'express';

function setCookie(res: Response, name: string, value: string, options: CookieOptions) {
  res.cookie(name, value, options);
}

export function signIn(res: Response, id: string) {
  setCookie(res, 'session_id', id, { httpOnly: true, secure: true, maxAge: 3_600_000 });
}
`,
      errors: [{ messageId: 'sessionWithExpiry', line: 8 }],
    },
    {
      name: 'a Set-Cookie header without HttpOnly',
      code: `export function GET() {
  return new Response(null, {
    status: 302,
    headers: { Location: '/', 'Set-Cookie': 'remember_me=abc; Path=/; Secure; Max-Age=86400' },
  });
}
`,
      errors: [{ messageId: 'attributeMismatch', line: 2 }],
    },
    {
      name: 'an expiry from date-fns over the maximum',
      code: `import { addDays } from 'date-fns';
import type { Response } from 'express';

export function rememberMe(res: Response, token: string) {
  res.cookie('remember_me', token, { httpOnly: true, secure: true, expires: addDays(new Date(), 60) });
}
`,
      errors: [{ messageId: 'lifetimeTooLong', line: 5, data: { lifetime: '60 days' } }],
    },
    {
      name: 'a fixed expiry date decades away',
      code: `import type { Context } from 'koa';

export function rememberMe(ctx: Context, token: string) {
  ctx.cookies.set('remember_me', token, { expires: new Date('2100-01-01') });
}
`,
      errors: [{ messageId: 'lifetimeTooLong', line: 4 }],
    },
    {
      name: 'HttpOnly turned off in Koa, whose default is on',
      code: `import type { Context } from 'koa';

export function rememberMe(ctx: Context, token: string) {
  ctx.cookies.set('remember_me', token, { httpOnly: false, maxAge: 86_400_000 });
}
`,
      errors: [
        { messageId: 'attributeMismatch', line: 4, data: { problems: '`httpOnly: false`' } },
      ],
    },
    {
      name: 'a lifetime written with ms()',
      code: `import ms from 'ms';
import type { Response } from 'express';

export function rememberMe(res: Response, token: string) {
  res.cookie('remember_me', token, { httpOnly: true, secure: true, maxAge: ms('90d') });
}
`,
      errors: [{ messageId: 'lifetimeTooLong', line: 5, data: { lifetime: '90 days' } }],
    },
    {
      name: 'the conditional SameSite is reported only when every branch differs',
      code: `import type { Response } from 'express';

const crossSite = process.env.EMBED === '1';

export function signIn(res: Response, id: string) {
  res.cookie('session_id', id, { httpOnly: true, secure: true, sameSite: crossSite ? 'none' : 'strict' });
}
`,
      errors: [{ messageId: 'attributeMismatch', line: 6 }],
    },
  ],
});
