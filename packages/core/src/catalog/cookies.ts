import type { CookieApi } from './types.js';

// Every way a JavaScript or TypeScript codebase sets a cookie that we know of. `document.cookie`
// assignments are not calls; the engine handles that one shape itself (see engine/facts.ts).

const RESPONSE_LOCALS = ['res', 'response', 'resp', 'reply', 'c.res'] as const;

export const COOKIE_APIS: readonly CookieApi[] = [
  {
    id: 'express-res-cookie',
    label: 'res.cookie()',
    patterns: [{ modules: ['express'], locals: ['res', 'response', 'resp'], member: 'cookie' }],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    id: 'koa-cookies',
    label: 'ctx.cookies.set()',
    patterns: [{ modules: ['koa'], locals: ['ctx', 'context'], member: 'cookies.set' }],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    id: 'fastify-set-cookie',
    label: 'reply.setCookie()',
    patterns: [
      {
        modules: ['fastify', '@fastify/cookie'],
        locals: ['reply', 'res', 'response'],
        member: 'setCookie',
      },
      // `reply.cookie()` is @fastify/cookie's alias of `setCookie`, often chained.
      { modules: ['fastify', '@fastify/cookie'], locals: ['reply'], member: 'cookie' },
    ],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    id: 'hapi-state',
    label: 'h.state()',
    patterns: [
      { modules: ['@hapi/hapi'], locals: ['h'], member: 'state' },
      { modules: ['@hapi/hapi'], locals: ['h'], member: 'response.().state' },
    ],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    id: 'next-cookies',
    label: 'cookies().set()',
    patterns: [
      { modules: ['next/headers'], member: 'cookies.().set' },
      { modules: ['next/server'], member: 'NextResponse.*.().cookies.set' },
      { modules: ['next/server'], member: 'NextResponse.().cookies.set' },
      { modules: ['next/server'], locals: ['response', 'res'], member: 'cookies.set' },
    ],
    name: { kind: 'argument', arg: 0, prop: 'name' },
    options: { arg: 2 },
  },
  {
    id: 'sveltekit-cookies',
    label: 'cookies.set()',
    patterns: [
      { modules: ['@sveltejs/kit'], locals: ['cookies', 'event.cookies'], member: 'set' },
      { locals: ['event'], member: 'cookies.set' },
    ],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    id: 'hono-cookie',
    label: 'setCookie()',
    patterns: [{ modules: ['hono/cookie'], member: 'setCookie' }],
    name: { kind: 'argument', arg: 1 },
    options: { arg: 3 },
  },
  {
    // setSignedCookie(c, name, value, secret, options)
    id: 'hono-signed-cookie',
    label: 'setSignedCookie()',
    patterns: [{ modules: ['hono/cookie'], member: 'setSignedCookie' }],
    name: { kind: 'argument', arg: 1 },
    options: { arg: 4 },
  },
  {
    // h3 (Nitro, Nuxt server routes) and vinxi re-exporting it: setCookie(event, name, value, options).
    id: 'h3-cookie',
    label: 'setCookie()',
    patterns: [{ modules: ['h3', 'vinxi/http'], member: 'setCookie' }],
    name: { kind: 'argument', arg: 1 },
    options: { arg: 3 },
  },
  {
    // Astro pages and middleware: Astro.cookies.set(name, value, options). API routes and
    // middleware receive `{ cookies }` and are covered by the SvelteKit parameter fallback above.
    id: 'astro-cookies',
    label: 'Astro.cookies.set()',
    patterns: [{ globals: ['Astro'], member: 'cookies.set' }],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    id: 'cookie-store',
    label: 'cookieStore.set()',
    patterns: [{ globals: ['cookieStore'], member: 'set' }],
    name: { kind: 'argument', arg: 0, prop: 'name' },
    options: { arg: 0 },
  },
  {
    id: 'cookie-serialize',
    label: 'cookie.serialize()',
    patterns: [
      { modules: ['cookie'], member: 'serialize' },
      { modules: ['cookie'], member: 'stringifySetCookie' },
    ],
    name: { kind: 'argument', arg: 0, prop: 'name' },
    options: { arg: 2 },
  },
  {
    id: 'js-cookie',
    label: 'Cookies.set()',
    patterns: [
      { modules: ['js-cookie'], member: 'set' },
      { modules: ['js-cookie'], member: 'withAttributes.().set' },
      { modules: ['js-cookie'], member: 'withConverter.().set' },
    ],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    id: 'universal-cookie',
    label: 'cookies.set()',
    patterns: [
      { modules: ['universal-cookie'], member: '().set' },
      { modules: ['react-cookie'], member: 'useCookies.().1' },
      { modules: ['react-cookie'], member: 'Cookies.().set' },
    ],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    // tiny-cookie: setCookie(name, value, options), its alias set(), and the default export's set()
    id: 'tiny-cookie',
    label: 'setCookie()',
    patterns: [
      { modules: ['tiny-cookie'], member: 'setCookie' },
      { modules: ['tiny-cookie'], member: 'set' },
      { modules: ['tiny-cookie'], member: 'setRaw' },
    ],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    // typescript-cookie: setCookie(name, value, attributes)
    id: 'typescript-cookie',
    label: 'setCookie()',
    patterns: [{ modules: ['typescript-cookie'], member: 'setCookie' }],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    // Keats' `cookies` (used by Koa): new Cookies(req, res).set(name, value, options)
    id: 'cookies',
    label: 'cookies.set()',
    patterns: [{ modules: ['cookies'], member: '().set' }],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    // vue-cookies: VueCookies.set(name, value, expires), this.$cookies.set(...) in components
    id: 'vue-cookies',
    label: '$cookies.set()',
    patterns: [
      { modules: ['vue-cookies'], member: 'set' },
      { locals: ['$cookies', 'this.$cookies'], member: 'set' },
    ],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    // VueUse: const cookies = useCookies(['locale']); cookies.set(name, value, options)
    id: 'vueuse-cookies',
    label: 'useCookies().set()',
    patterns: [
      {
        modules: ['@vueuse/integrations/useCookies', '@vueuse/integrations'],
        member: 'useCookies.().set',
      },
    ],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    // Remix and React Router 7: createCookie(name, options); the cookie is set when serialized.
    id: 'remix-create-cookie',
    label: 'createCookie()',
    patterns: [
      {
        modules: [
          '@remix-run/node',
          '@remix-run/cloudflare',
          '@remix-run/deno',
          '@remix-run/server-runtime',
          'react-router',
        ],
        member: 'createCookie',
      },
    ],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 1 },
  },
  {
    // iron-session: getIronSession(cookies(), { password, cookieName }); v6's wrappers take the
    // options second too. `cookieName` is required, so there is no default.
    id: 'iron-session',
    label: 'iron-session',
    patterns: [
      { modules: ['iron-session'], member: 'getIronSession' },
      { modules: ['iron-session/next'], member: 'withIronSessionApiRoute' },
      { modules: ['iron-session/next'], member: 'withIronSessionSsr' },
    ],
    name: { kind: 'option', arg: 1, prop: 'cookieName' },
    options: { arg: 1, prop: 'cookieOptions' },
  },
  {
    id: 'ngx-cookie-service',
    label: 'CookieService.set()',
    patterns: [
      {
        modules: ['ngx-cookie-service', 'ngx-cookie-service-ssr'],
        locals: ['cookieService', 'cookies'],
        member: 'set',
      },
    ],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    // ngx-cookie: CookieService.put(key, value, options)
    id: 'ngx-cookie',
    label: 'CookieService.put()',
    patterns: [
      { modules: ['ngx-cookie'], member: 'CookieService.().put' },
      { modules: ['ngx-cookie'], locals: ['cookieService', 'this.cookieService'], member: 'put' },
    ],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    id: 'nookies',
    label: 'setCookie()',
    patterns: [
      { modules: ['nookies'], member: 'setCookie' },
      // The default export: `nookies.set(ctx, name, value, options)`.
      { modules: ['nookies'], member: 'set' },
    ],
    name: { kind: 'argument', arg: 1 },
    options: { arg: 3 },
  },
  {
    id: 'cookies-next',
    label: 'setCookie()',
    patterns: [
      {
        modules: ['cookies-next', 'cookies-next/client', 'cookies-next/server'],
        member: 'setCookie',
      },
      // v5 client hooks return the setter: `const setCookie = useSetCookie(); setCookie(name, v)`.
      { modules: ['cookies-next', 'cookies-next/client'], member: 'useSetCookie.()' },
      { modules: ['cookies-next', 'cookies-next/client'], member: 'useReactiveSetCookie.()' },
    ],
    name: { kind: 'argument', arg: 0 },
    options: { arg: 2 },
  },
  {
    id: 'express-session',
    label: 'express-session',
    patterns: [{ modules: ['express-session'], member: '' }],
    name: { kind: 'option', arg: 0, prop: 'name', default: 'connect.sid' },
    options: { arg: 0, prop: 'cookie' },
  },
  {
    id: 'cookie-session',
    label: 'cookie-session',
    patterns: [{ modules: ['cookie-session'], member: '' }],
    name: { kind: 'option', arg: 0, prop: 'name', default: 'session' },
    options: { arg: 0 },
  },
  // The generic header setters come last: the engine takes the first API that matches, and
  // their short suffixes (`ctx.*.set`, `res.*.set`) would otherwise claim the calls above
  // (`ctx.cookies.set` would be read as `ctx.set(header, value)` and never reported).
  {
    id: 'set-cookie-header',
    label: 'the Set-Cookie header',
    patterns: [
      {
        modules: ['express', 'http', 'https', 'http2'],
        locals: RESPONSE_LOCALS,
        member: 'setHeader',
      },
      { modules: ['express'], locals: RESPONSE_LOCALS, member: 'append' },
      { modules: ['express'], locals: RESPONSE_LOCALS, member: 'set' },
      { modules: ['express'], locals: RESPONSE_LOCALS, member: 'header' },
      { modules: ['fastify'], locals: RESPONSE_LOCALS, member: 'header' },
      // Hono: `app.get('/', (c) => { c.header('Set-Cookie', 'a=b'); })`.
      { modules: ['hono'], locals: ['c', 'ctx', 'context'], member: 'header' },
      {
        globals: ['Headers', 'Response'],
        locals: ['headers', '*Headers', 'res.headers', 'response.headers'],
        member: 'set',
      },
      {
        globals: ['Headers', 'Response'],
        locals: ['headers', '*Headers', 'res.headers', 'response.headers'],
        member: 'append',
      },
      { globals: ['Headers', 'Response'], member: '().headers.set' },
      { globals: ['Headers', 'Response'], member: '().headers.append' },
      { locals: ['ctx', 'context'], member: 'set' },
      { locals: ['ctx', 'context'], member: 'append' },
    ],
    name: { kind: 'header', nameArg: 0, valueArg: 1 },
  },
  {
    // new Response(body, { headers: { 'Set-Cookie': … } }), Response.json(data, init)
    id: 'response-init',
    label: 'the Set-Cookie header',
    patterns: [
      { globals: ['Response'], member: '' },
      { globals: ['Response'], member: 'json' },
      { modules: ['next/server'], member: 'NextResponse' },
      { modules: ['next/server'], member: 'NextResponse.json' },
    ],
    name: { kind: 'headers-object', arg: 1, prop: 'headers' },
  },
  {
    id: 'write-head',
    label: 'res.writeHead()',
    patterns: [
      { modules: ['http', 'https', 'http2'], locals: RESPONSE_LOCALS, member: 'writeHead' },
    ],
    name: { kind: 'headers-object', arg: 1 },
  },
];
