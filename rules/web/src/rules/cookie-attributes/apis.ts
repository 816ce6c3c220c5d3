// What each cookie API means by its options: the unit of its lifetime options and the
// attributes it sets when an option is left out. Keyed by the engine's cookie API ids
// (`@pledge/core`'s catalog/cookies.ts, and `document-cookie` for `document.cookie`).

/** How an `expires` option is read. */
export type ExpiresKind =
  /** A `Date` (or a timestamp in milliseconds). */
  | 'date'
  /** A number of days, or a `Date` (js-cookie, typescript-cookie, ngx-cookie-service). */
  | 'days-or-date';

/** A `SameSite` value as the policy writes it. */
export type SameSite = 'strict' | 'lax' | 'none';

/** How one cookie API takes its attributes. */
export interface CookieApiAttributes {
  /** The options that give a lifetime and their unit: `maxAge` in ms for Express. */
  lifetime: readonly { key: string; unit: 'ms' | 's' }[];
  /** The option that gives an expiry date, when the API has one. */
  expires?: { key: string; kind: ExpiresKind };
  /** The names of the flag options (Hapi calls them `isHttpOnly`, `isSecure`, `isSameSite`). */
  keys: { httpOnly: string; secure: string; sameSite: string };
  /**
   * What the API sets when an option is left out: `true`/`false`, a `SameSite` value, or
   * `undefined` when it sets nothing (the browser's default applies: no HttpOnly, no Secure,
   * `SameSite=Lax` in current browsers).
   */
  defaults: { httpOnly?: boolean; secure?: boolean; sameSite?: SameSite };
  /** A lifetime (seconds) the API gives a cookie set without one; absent: a session cookie. */
  defaultLifetime?: number;
  /**
   * The app can change the defaults for every cookie (`fastify.register(cookie, { parseOptions })`,
   * `new Cookies(null, { defaultSetOptions })`): a flag left out is not known.
   */
  configurableDefaults?: boolean;
  /** Runs in the browser, which can never set `HttpOnly`. */
  browser?: boolean;
  /** The attributes are a `Set-Cookie` string (`Max-Age` in seconds, `Expires` a date). */
  setCookieString?: boolean;
  /** A word for the docs and messages: where the unit comes from. */
  note?: string;
}

const FLAGS = { httpOnly: 'httpOnly', secure: 'secure', sameSite: 'sameSite' } as const;
/** The `cookie` package's `serialize` options, which most frameworks pass through: seconds. */
const SERIALIZE: CookieApiAttributes = {
  lifetime: [{ key: 'maxAge', unit: 's' }],
  expires: { key: 'expires', kind: 'date' },
  keys: FLAGS,
  defaults: {},
};
const SET_COOKIE_STRING: CookieApiAttributes = {
  lifetime: [],
  keys: FLAGS,
  defaults: {},
  setCookieString: true,
};

/** The cookie APIs whose options the rule reads, by the engine's API id. */
export const COOKIE_API_ATTRIBUTES: Readonly<Record<string, CookieApiAttributes>> = {
  // Express: `maxAge` in milliseconds; nothing is HttpOnly unless asked.
  'express-res-cookie': {
    lifetime: [{ key: 'maxAge', unit: 'ms' }],
    expires: { key: 'expires', kind: 'date' },
    keys: FLAGS,
    defaults: { httpOnly: false, secure: false },
  },
  // Koa's `ctx.cookies.set` (Keats' `cookies`): milliseconds; HttpOnly by default, and Secure
  // by default on a request that came over HTTPS (`secure` defaults to the request's protocol).
  'koa-cookies': {
    lifetime: [{ key: 'maxAge', unit: 'ms' }],
    expires: { key: 'expires', kind: 'date' },
    keys: FLAGS,
    defaults: { httpOnly: true, secure: true },
  },
  cookies: {
    lifetime: [{ key: 'maxAge', unit: 'ms' }],
    expires: { key: 'expires', kind: 'date' },
    keys: FLAGS,
    defaults: { httpOnly: true, secure: true },
  },
  // @fastify/cookie passes its options to `cookie.serialize`: seconds. The plugin's
  // registration can give every cookie default options.
  'fastify-set-cookie': { ...SERIALIZE, configurableDefaults: true },
  // Hapi's `h.state`: `ttl` in milliseconds; HttpOnly, Secure and SameSite=Strict by default.
  'hapi-state': {
    lifetime: [{ key: 'ttl', unit: 'ms' }],
    keys: { httpOnly: 'isHttpOnly', secure: 'isSecure', sameSite: 'isSameSite' },
    defaults: { httpOnly: true, secure: true, sameSite: 'strict' },
  },
  'next-cookies': SERIALIZE,
  // SvelteKit: HttpOnly, Secure (but on localhost) and SameSite=Lax by default.
  'sveltekit-cookies': {
    ...SERIALIZE,
    defaults: { httpOnly: true, secure: true, sameSite: 'lax' },
  },
  'hono-cookie': SERIALIZE,
  'hono-signed-cookie': SERIALIZE,
  'h3-cookie': SERIALIZE,
  'astro-cookies': SERIALIZE,
  'cookie-serialize': SERIALIZE,
  nookies: SERIALIZE,
  'cookies-next': SERIALIZE,
  'universal-cookie': { ...SERIALIZE, configurableDefaults: true },
  'vueuse-cookies': { ...SERIALIZE, configurableDefaults: true },
  // Remix and React Router's `createCookie`: seconds, `SameSite=Lax` by default.
  'remix-create-cookie': { ...SERIALIZE, defaults: { sameSite: 'lax' } },
  // iron-session: HttpOnly, Secure, SameSite=Lax; the cookie lives as long as the seal (14 days
  // less a minute) unless `maxAge: undefined` makes it a session cookie.
  'iron-session': {
    ...SERIALIZE,
    defaults: { httpOnly: true, secure: true, sameSite: 'lax' },
    defaultLifetime: 14 * 24 * 3600 - 60,
  },
  // express-session's `cookie`: milliseconds, HttpOnly by default, a session cookie by default.
  'express-session': {
    lifetime: [{ key: 'maxAge', unit: 'ms' }],
    expires: { key: 'expires', kind: 'date' },
    keys: FLAGS,
    defaults: { httpOnly: true, secure: false },
  },
  'cookie-session': {
    lifetime: [{ key: 'maxAge', unit: 'ms' }],
    expires: { key: 'expires', kind: 'date' },
    keys: FLAGS,
    defaults: { httpOnly: true, secure: false },
  },
  // Browser APIs: they can never set HttpOnly.
  'js-cookie': {
    lifetime: [],
    expires: { key: 'expires', kind: 'days-or-date' },
    keys: FLAGS,
    defaults: {},
    browser: true,
  },
  'typescript-cookie': {
    lifetime: [],
    expires: { key: 'expires', kind: 'days-or-date' },
    keys: FLAGS,
    defaults: {},
    browser: true,
  },
  'ngx-cookie-service': {
    lifetime: [],
    expires: { key: 'expires', kind: 'days-or-date' },
    keys: FLAGS,
    defaults: {},
    browser: true,
  },
  'ngx-cookie': {
    lifetime: [],
    expires: { key: 'expires', kind: 'date' },
    keys: FLAGS,
    defaults: {},
    browser: true,
  },
  // tiny-cookie: `expires` a number of days or a Date, and any attribute by its own name.
  'tiny-cookie': {
    lifetime: [{ key: 'max-age', unit: 's' }],
    expires: { key: 'expires', kind: 'days-or-date' },
    keys: { httpOnly: 'httponly', secure: 'secure', sameSite: 'samesite' },
    defaults: {},
    browser: true,
  },
  'vue-cookies': { lifetime: [], keys: FLAGS, defaults: {}, browser: true },
  // The Cookie Store API: `expires` a timestamp in milliseconds; always Secure, SameSite=Strict.
  'cookie-store': {
    lifetime: [],
    expires: { key: 'expires', kind: 'date' },
    keys: FLAGS,
    defaults: { secure: true, sameSite: 'strict' },
    browser: true,
  },
  // `Set-Cookie` strings: `Max-Age` in seconds, `Expires` a date.
  'set-cookie-header': SET_COOKIE_STRING,
  'response-init': SET_COOKIE_STRING,
  'write-head': SET_COOKIE_STRING,
  'document-cookie': { ...SET_COOKIE_STRING, browser: true },
};

/**
 * Functions that compute a date from another (date-fns and its look-alikes): the unit their
 * second argument counts, in seconds. `addDays(new Date(), 30)` is thirty days from now.
 */
export const DATE_ADDERS: Readonly<Record<string, number>> = {
  addSeconds: 1,
  addMinutes: 60,
  addHours: 3600,
  addDays: 86_400,
  addWeeks: 7 * 86_400,
  // A month and a year as a policy's `30d` and `1y` count them.
  addMonths: 30 * 86_400,
  addYears: 365 * 86_400,
  // subMinutes(new Date(), 1): an expiry in the past, which deletes the cookie.
  subSeconds: -1,
  subMinutes: -60,
  subHours: -3600,
  subDays: -86_400,
  subWeeks: -7 * 86_400,
  subMonths: -30 * 86_400,
  subYears: -365 * 86_400,
};

/** The modules `DATE_ADDERS` come from. */
export const DATE_ADDER_MODULES: readonly string[] = ['date-fns', 'date-fns/*'];

/** Duration helpers that turn `'30d'` into milliseconds: `ms('30d')` (vercel/ms). */
export const DURATION_PARSERS: readonly { modules: readonly string[]; member: string }[] = [
  { modules: ['ms'], member: '' },
];

/** Date libraries whose call is "now": `dayjs()`, `moment()`, then `.add(30, 'day')`. */
export const DATE_LIBRARIES: readonly { modules: readonly string[]; member: string }[] = [
  { modules: ['dayjs'], member: '' },
  { modules: ['moment'], member: '' },
];

/** Units of `ms('…')` strings and of `.add(n, unit)`, in seconds. */
export const DURATION_UNITS: Readonly<Record<string, number>> = {
  ms: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  d: 86_400,
  day: 86_400,
  days: 86_400,
  w: 604_800,
  week: 604_800,
  weeks: 604_800,
  M: 30 * 86_400,
  month: 30 * 86_400,
  months: 30 * 86_400,
  y: 365 * 86_400,
  yr: 365 * 86_400,
  yrs: 365 * 86_400,
  year: 365 * 86_400,
  years: 365 * 86_400,
};
