import type { ArgumentSpec, CallPattern } from '@pledge/core/rules';

// The APIs that put a value into a URL, as data. A call is matched by its qualified name
// (`context.flow.matchPatterns`): imports, aliases and clients followed; `locals` globs are the
// fallback for untyped roots (a `res` or `router` parameter). HTTP clients come from the
// engine's catalog (`context.flow.matchCall(call, 'http')`): its `url` argument, and its data
// arguments named in `QUERY_PROPS`.

/** A call that takes a URL, or data that becomes a URL's query string. */
export interface UrlApi {
  id: string;
  /** How a message names it: `res.redirect()`. */
  label: string;
  patterns: readonly CallPattern[];
  /** Arguments that are a whole URL (a path or an absolute URL). */
  url?: readonly ArgumentSpec[];
  /** Arguments that are query parameters (`{ email }`, a `URLSearchParams` init). */
  query?: readonly ArgumentSpec[];
  /** `searchParams.set(name, value)`: the parameter's name is this argument, its value `query`. */
  key?: number;
}

const ANY = { modules: ['*'], globals: ['*'], locals: ['*'] } as const;
const WINDOW = ['window', 'globalThis', 'self', 'document'] as const;
/** Routers whose `push`/`replace` navigate to a URL. */
const ROUTER_MODULES = ['next/navigation', 'next/router', 'vue-router', 'next-router-mock'];
const ROUTER_METHODS = ['push', 'replace', 'prefetch', 'navigateByUrl'] as const;
const REDIRECT_MODULES = [
  'next/navigation',
  'react-router',
  'react-router-dom',
  '@remix-run/node',
  '@remix-run/cloudflare',
  '@remix-run/server-runtime',
  '@tanstack/react-router',
];
const QS_MODULES = ['query-string', 'qs', 'querystring', 'query-string-es5', 'querystringify'];

export const URL_APIS: readonly UrlApi[] = [
  {
    // Express, Fastify and Koa: res.redirect(url), res.redirect(302, url), reply.redirect(url)
    id: 'server-redirect',
    label: 'redirect()',
    patterns: [
      {
        locals: ['res', 'response', 'reply', 'ctx', 'context', '*Response', '*Res'],
        member: 'redirect',
      },
      { modules: ['express', 'fastify', 'koa'], member: 'redirect' },
      { modules: ['next/server'], member: 'NextResponse.redirect' },
      { modules: ['next/server'], member: 'NextResponse.rewrite' },
      { modules: ['next/server'], member: 'redirect' },
      { modules: ['next/server'], member: 'rewrite' },
    ],
    url: [{ arg: 0 }, { arg: 1 }],
  },
  {
    // Next.js, React Router, Remix: redirect(url), permanentRedirect(url)
    id: 'redirect',
    label: 'redirect()',
    patterns: [
      ...REDIRECT_MODULES.map((module) => ({ modules: [module], member: 'redirect' })),
      ...REDIRECT_MODULES.map((module) => ({ modules: [module], member: 'permanentRedirect' })),
      ...REDIRECT_MODULES.map((module) => ({ modules: [module], member: 'redirectDocument' })),
    ],
    url: [{ arg: 0 }],
  },
  {
    // SvelteKit: redirect(303, url); goto(url)
    id: 'sveltekit',
    label: 'redirect()',
    patterns: [{ modules: ['@sveltejs/kit'], member: 'redirect' }],
    url: [{ arg: 1 }],
  },
  {
    id: 'goto',
    label: 'goto()',
    patterns: [{ modules: ['$app/navigation'], member: 'goto' }],
    url: [{ arg: 0 }],
  },
  {
    // const router = useRouter(); router.push(url) — or a `router` prop without types.
    id: 'router',
    label: 'router navigation',
    patterns: [
      ...ROUTER_METHODS.map((member) => ({
        modules: ROUTER_MODULES,
        member: `useRouter.().${member}`,
      })),
      ...ROUTER_METHODS.map((member) => ({ modules: ['next/router'], member })),
      ...ROUTER_METHODS.map((member) => ({
        modules: ['@angular/router'],
        member: `Router.().${member}`,
      })),
      ...ROUTER_METHODS.map((member) => ({ locals: ['router', '*Router'], member })),
      ...ROUTER_METHODS.map((member) => ({
        modules: ['*'],
        locals: ['*'],
        member: `router.${member}`,
      })),
    ],
    url: [{ arg: 0 }],
  },
  {
    // React Router: const navigate = useNavigate(); navigate(url)
    id: 'navigate',
    label: 'navigate()',
    patterns: [
      {
        modules: ['react-router', 'react-router-dom', '@remix-run/react', '@tanstack/react-router'],
        member: 'useNavigate.()',
      },
      { locals: ['navigate'], member: '' },
    ],
    url: [{ arg: 0 }],
  },
  {
    id: 'location',
    label: 'location',
    patterns: [
      ...['assign', 'replace'].map((member) => ({ globals: WINDOW, member: `location.${member}` })),
      ...['assign', 'replace'].map((member) => ({ globals: ['location'], member })),
    ],
    url: [{ arg: 0 }],
  },
  {
    id: 'window-open',
    label: 'window.open()',
    patterns: [
      { globals: ['window', 'globalThis', 'self'], member: 'open' },
      { globals: ['open'], member: '' },
    ],
    url: [{ arg: 0 }],
  },
  {
    id: 'new-url',
    label: 'new URL()',
    patterns: [{ globals: ['URL'], member: '' }],
    url: [{ arg: 0 }],
  },
  {
    id: 'url-search-params',
    label: 'URLSearchParams',
    patterns: [{ globals: ['URLSearchParams'], member: '' }],
    query: [{ arg: 0 }],
  },
  {
    // params.set('email', email), url.searchParams.append('email', email)
    id: 'search-params-set',
    label: 'URLSearchParams',
    patterns: [
      { globals: ['URLSearchParams'], member: '().set' },
      { globals: ['URLSearchParams'], member: '().append' },
      { globals: ['URL'], member: '().searchParams.set' },
      { globals: ['URL'], member: '().searchParams.append' },
      { ...ANY, member: 'searchParams.set' },
      { ...ANY, member: 'searchParams.append' },
      {
        locals: ['searchParams', '*SearchParams', 'urlParams', 'queryParams', 'query', '*Query'],
        member: 'set',
      },
      {
        locals: ['searchParams', '*SearchParams', 'urlParams', 'queryParams', 'query', '*Query'],
        member: 'append',
      },
    ],
    key: 0,
    query: [{ arg: 1 }],
  },
  {
    // qs.stringify({ email }), queryString.stringify(params), querystring.encode(params)
    id: 'query-string',
    label: 'a query string',
    patterns: [
      { modules: QS_MODULES, member: 'stringify' },
      { modules: QS_MODULES, member: 'encode' },
    ],
    query: [{ arg: 0 }],
  },
  {
    // queryString.stringifyUrl({ url, query })
    id: 'query-string-url',
    label: 'a query string',
    patterns: [{ modules: QS_MODULES, member: 'stringifyUrl' }],
    url: [{ arg: 0, prop: 'url' }],
    query: [{ arg: 0, prop: 'query' }],
  },
  {
    // superagent.get(url).query({ email })
    id: 'superagent-query',
    label: 'superagent',
    patterns: [
      { modules: ['superagent'], member: '*.().query' },
      { modules: ['superagent'], member: '*.().*.().query' },
    ],
    query: [{ arg: 0 }],
  },
  {
    // useSWR(`/api/users?email=${email}`): the key is the URL fetched.
    id: 'swr',
    label: 'useSWR()',
    patterns: [
      { modules: ['swr', 'swr/immutable', 'swr/infinite'], member: '' },
      { modules: ['swr'], member: 'useSWR' },
      { modules: ['swr', 'swr/immutable'], member: 'mutate' },
      { locals: ['useSWR', 'useSWRImmutable'], member: '' },
    ],
    url: [{ arg: 0 }],
  },
];

/** A pattern of `URL_APIS`, with the API it belongs to, for `context.flow.matchPatterns`. */
export interface UrlApiPattern extends CallPattern {
  api: UrlApi;
}

/** Every pattern of `URL_APIS`, in order. */
export const URL_API_PATTERNS: readonly UrlApiPattern[] = URL_APIS.flatMap((api) =>
  api.patterns.map((pattern) => ({ ...pattern, api })),
);

/** The data arguments of an HTTP client (the engine's catalog) that become its query string. */
export const QUERY_PROPS: ReadonlySet<string> = new Set(['params', 'searchParams', 'query', 'qs']);

/** Object forms of a URL: `router.push({ pathname, query })`, `format({ pathname, query })`. */
export const URL_OBJECT = {
  url: ['pathname', 'href', 'url', 'path'],
  query: ['query', 'search', 'searchParams', 'params'],
} as const;

/** JSX attributes that hold a URL, by element (`*` for any element). */
export const URL_ATTRIBUTES: readonly { attribute: string; elements: readonly string[] }[] = [
  { attribute: 'href', elements: ['*'] },
  { attribute: 'to', elements: ['Link', 'NavLink', 'Navigate', '*Link'] },
  { attribute: 'src', elements: ['img', 'iframe', 'script', 'Image', 'source', 'embed'] },
  { attribute: 'action', elements: ['form'] },
  { attribute: 'formAction', elements: ['button', 'input'] },
];

/** Assignments that navigate or set a URL: `window.location.href = url`, `a.href = url`. */
export const URL_PROPERTIES: ReadonlySet<string> = new Set(['href', 'search', 'pathname']);
/** Objects whose assignment navigates: `window.location = url`, `document.location = url`. */
export const LOCATION_OBJECTS: ReadonlySet<string> = new Set([
  'location',
  'window.location',
  'document.location',
  'globalThis.location',
  'self.location',
  'top.location',
  'window.top.location',
  'window.parent.location',
]);

/**
 * Calls whose result is a signed or encrypted blob, not the data in clear: a JWT, a sealed
 * session. The taxonomy's sanitisers handle hashing and encryption; these are the signers.
 */
export const SIGNERS: readonly CallPattern[] = [
  { modules: ['jsonwebtoken'], member: 'sign' },
  { modules: ['jose'], member: 'SignJWT' },
  { modules: ['jose'], member: 'SignJWT.().sign' },
  { modules: ['jose'], member: '*.().sign' },
  { modules: ['@tsndr/cloudflare-worker-jwt', 'jwt-simple', 'hono/jwt'], member: 'sign' },
  { modules: ['hono/jwt'], member: 'sign' },
  { modules: ['next-auth/jwt'], member: 'encode' },
  { modules: ['iron-session', 'iron-webcrypto', '@hapi/iron'], member: 'seal' },
  { modules: ['iron-session'], member: 'sealData' },
  { modules: ['*'], locals: ['*'], globals: ['*'], member: 'jwt.sign' },
  { modules: ['*'], locals: ['*'], globals: ['*'], member: 'jwtService.sign' },
  { modules: ['*'], locals: ['*'], globals: ['*'], member: 'jwtService.signAsync' },
  { modules: ['*'], locals: ['*'], globals: ['*'], member: 'signAsync' },
  {
    locals: [
      'sign*Token',
      'create*Token',
      'generate*Token',
      'encrypt*',
      'seal*',
      'signJwt',
      'sign',
    ],
    member: '',
  },
];

/** Default: the categories reported in a URL (their children too). */
export const DEFAULT_CATEGORIES: readonly string[] = [
  'user.contact',
  'user.name',
  'user.government_id',
  'user.financial',
  'user.authorization.credentials.password',
  'user.demographic.date_of_birth',
  'user.health',
  'user.location.precise',
];

/**
 * Default: categories allowed although a reported one holds them. A country or a city alone
 * in a URL (`/pricing?country=DE`) identifies no one.
 */
export const DEFAULT_ALLOWED: readonly string[] = [
  'user.contact.address.country',
  'user.contact.address.city',
  'user.financial.card.last4',
  'user.financial.card.first6',
  'user.financial.card.token',
];

/**
 * The parameter names that say what a value is even when the value's own name does not
 * (`?email=${value}`): only unambiguous ones (`name=` is a project's name as often as a person's).
 */
export const KEY_CATEGORIES: readonly string[] = [
  'user.contact.email',
  'user.contact.phone_number',
  'user.authorization.credentials.password',
  'user.government_id',
  'user.financial.card.number',
  'user.financial.card.security_code',
  'user.demographic.date_of_birth',
];

/**
 * Calls whose result keeps only a harmless part of the data: an email's domain
 * (`extractEmailDomain(email)`), a count, a length. What is left identifies no one.
 */
export const DERIVED_PARTS: readonly CallPattern[] = [
  {
    locals: [
      '*Domain',
      '*domain',
      '*DomainOf',
      'domainOf',
      'domainFrom*',
      'get*Domain*',
      'extract*Domain*',
    ],
    member: '',
  },
  { ...ANY, member: '*Domain' },
  { ...ANY, member: 'get*Domain*' },
  { ...ANY, member: 'extract*Domain*' },
  {
    locals: ['count*', '*Count', 'get*Count', 'initials*', 'get*Initials', '*Initials'],
    member: '',
  },
  { ...ANY, member: 'get*Initials' },
];

/** Properties whose value is a request body, not a URL: a `URLSearchParams` there is a form body. */
export const BODY_PROPS: ReadonlySet<string> = new Set(['body', 'data', 'form', 'json', 'payload']);
