// The shapes of the catalogs. Catalogs are data: adding an ORM, a cookie library or an SDK is
// adding an entry (and a fixture), never an `if` in the engine.
//
// A call is matched by the *qualified name* of its callee, which the engine computes from
// imports and declarations, not from a variable's name alone:
//
//   import Stripe from 'stripe'; const stripe = new Stripe(key);
//   stripe.customers.create({ email })   → root module `stripe`, members `().customers.create`
//   import { writeFileSync } from 'node:fs'; writeFileSync(p, d)
//                                        → root module `fs`, members `writeFileSync`
//   window.analytics.identify(id, traits) → root global `analytics`, members `identify`
//   (req, res) => res.cookie('a', 'b')   → root local `res`, members `cookie`
//
// `()` stands for a call or `new` in the chain, and is a member of its own in a pattern, between
// dots: `sobject.().create` (`conn.sobject('Contact').create(…)`), never `sobject().create`.
// Patterns match a suffix of the members, and `*` matches any one named member: `*.create`
// matches `().user.create` (Prisma's `prisma.user.create`).

/** How a callee is recognised. At least one of `modules`, `globals`, `locals` is given. */
export interface CallPattern {
  /** Import specifiers the callee is rooted at (`node:` prefixes are ignored; deep imports count). */
  modules?: readonly string[];
  /** Globals the callee is rooted at when nothing local or imported has that name (`gtag`, `localStorage`). */
  globals?: readonly string[];
  /**
   * Name globs of local roots that are not imported and have no known initializer, typically
   * parameters: `res`, `*Repository`. A fallback for code without type information.
   */
  locals?: readonly string[];
  /** Dotted member suffix; empty string for the root itself being called (`gtag(...)`). */
  member: string;
}

/** Where the data is in a call's arguments. */
export interface ArgumentSpec {
  /** Argument index. */
  arg: number;
  /** A property of that argument, when it is an object literal (`{ data }`, `{ body }`). */
  prop?: string;
  /**
   * With `prop`: when the argument is not an object literal we can see into (`create(args)`),
   * take the whole argument rather than nothing.
   */
  orWhole?: boolean;
}

/** A place where data is stored: an ORM write, a cache, a file, browser storage, a log. */
export interface StorageSink {
  id: string;
  /** How a message names it: `Prisma`, `localStorage`, `console`. */
  label: string;
  kind: 'database' | 'cache' | 'file' | 'browser-storage' | 'log';
  patterns: readonly CallPattern[];
  /** Arguments that carry the stored data; `all` for every argument (logs). */
  data: readonly ArgumentSpec[] | 'all';
  /** Set for raw-SQL sinks: the argument holding the SQL text. */
  sql?: ArgumentSpec;
}

/** A schema or model definition API whose fields declare stored columns. */
export interface SchemaDefinition {
  id: string;
  label: string;
  /** Calls whose argument is an object of fields (`new Schema({...})`, `pgTable('t', {...})`). */
  patterns: readonly CallPattern[];
  fields: ArgumentSpec;
}

/** Class decorators that make a class an entity, and property decorators that make a field a column. */
export interface EntityDecorators {
  id: string;
  label: string;
  modules: readonly string[];
  classDecorators: readonly string[];
  fieldDecorators: readonly string[];
}

/** How a cookie API gives the cookie's name. */
export type CookieNameSpec =
  | { kind: 'argument'; arg: number; prop?: string }
  /** A `Set-Cookie` header value (`name=value; Path=/`), or a list of them. */
  | { kind: 'set-cookie-string'; arg: number; prop?: string }
  /** `setHeader(name, value)`: the header name is `arg`, the value `valueArg`. */
  | { kind: 'header'; nameArg: number; valueArg: number }
  /** `writeHead(status, headers)`: a headers object with a `Set-Cookie` key. */
  | { kind: 'headers-object'; arg: number; prop?: string }
  /**
   * Session middleware: a name option, with the library's default name when it has one (absent
   * when the option is required, as iron-session's `cookieName`: the name is then unknown unless
   * the option is given).
   */
  | { kind: 'option'; arg: number; prop: string; default?: string };

/** An API that sets a cookie. */
export interface CookieApi {
  id: string;
  label: string;
  patterns: readonly CallPattern[];
  name: CookieNameSpec;
  /** The options argument (`maxAge`, `expires`, `httpOnly`, ...), for attribute rules. */
  options?: ArgumentSpec;
}

/** An HTTP client or other network send. */
export interface HttpClient {
  id: string;
  label: string;
  patterns: readonly CallPattern[];
  /** Where the URL is; absent when it comes from the instance (`baseURL`) only. */
  url?: ArgumentSpec;
  /** Where the payload is (body, json, data, query). */
  data: readonly ArgumentSpec[];
  /**
   * For instances and chains, where the URL is on an earlier call: `axios.create({ baseURL })`,
   * `superagent.post(url).send(data)`, `new WebSocket(url)` then `socket.send(data)`.
   * `factoryMember` is the member called (empty for the root itself, as in `new WebSocket()`;
   * `*` for the first call of the chain, as in superagent's `post(url)`).
   */
  baseUrlFrom?: { factoryMember: string; arg: number; prop?: string };
  /**
   * Where the URL is on another call on the same object: `xhr.open('POST', url)` then
   * `xhr.send(body)`.
   */
  urlFromSibling?: { member: string; arg: number };
  /** Where a bare host name is (`https.request({ hostname })`), when there is no URL. */
  host?: readonly ArgumentSpec[];
}

/** A third-party SDK: what it is, how it is imported or loaded, which calls carry data. */
export interface SdkRecipe {
  id: string;
  /** The vendor, as messages name it: `Mixpanel`. */
  vendor: string;
  category:
    | 'analytics'
    | 'session-replay'
    | 'error-tracking'
    | 'support'
    | 'crm'
    | 'email'
    | 'sms'
    | 'payments'
    | 'ads'
    | 'social'
    | 'ai'
    | 'search'
    | 'feature-flags'
    | 'marketing'
    /** Push, chat and in-app notification services (Novu, Knock, FCM, Telegram). */
    | 'notifications'
    /** Event, webhook and background-job delivery (Svix, Inngest, Trigger.dev, QStash). */
    | 'workflows'
    /** Hosted authentication and identity verification (Auth0, Clerk, WorkOS, Onfido). */
    | 'identity'
    /** Workspace tools that store what they are sent (Google Sheets, Notion, Airtable, Jira). */
    | 'productivity'
    /** Maps and geocoding (Google Maps, Mapbox): addresses and coordinates. */
    | 'location'
    /** Shipping labels and address validation (EasyPost, Shippo). */
    | 'shipping'
    /** Hosted log management (Better Stack, Axiom). */
    | 'logging';
  /**
   * npm packages (exact names); deep imports count. An entry point of a package
   * (`firebase/analytics`) claims only that entry point, for packages most of whose entry points
   * send nothing (Firebase's own database and auth are the app's backend).
   */
  packages: readonly string[];
  /** Globals a snippet defines (`gtag`, `fbq`, `analytics`, `Intercom`). */
  globals: readonly string[];
  /** Hosts the SDK sends to, used to find the policy's recipient when no package matches. */
  hosts: readonly string[];
  /** Calls that send data, with the arguments that carry it. */
  sends: readonly {
    member: string;
    data: readonly ArgumentSpec[];
    /**
     * Properties whose meaning the API fixes, whatever the value is called: Twilio's `to` is a
     * phone number, Resend's `to` an email address. A value there that is not a constant or
     * the organization's configuration is personal data of that category. The category
     * `organization` marks a field that holds the organization's own data (an email's `from`).
     */
    fields?: readonly { arg: number; prop: string; category: string }[];
  }[];
  /** Calls whose result is a token standing in for card data (payment processors). */
  tokenizes?: readonly string[];
  /**
   * A short, realistic snippet that imports the SDK (or uses its snippet global) the way the
   * vendor documents it and sends personal data through one of `sends`. `sdks.test.ts` runs every
   * example through the engine: a recipe whose example is not detected fails a test.
   */
  example: string;
  /**
   * Set when `example` cannot be detected because the engine lacks a feature (not because the
   * recipe is wrong): a short description of that feature. The test asserts such an example is
   * *not* detected yet, so it fails, and this field is removed, once the engine learns it.
   */
  exampleNeeds?: string;
}

/**
 * Environment variables whose value is a vendor's endpoint: `fetch(process.env.SLACK_WEBHOOK_URL,
 * …)` posts to Slack although the URL is not in the code.
 */
export interface EnvEndpoint {
  id: string;
  /** The vendor, as messages name it: `Slack`. */
  vendor: string;
  /**
   * Globs on the variable's name, upper case, where `*` matches any run of characters and `?` one
   * (the policy's `matchGlob`): `SLACK_WEBHOOK_URL`, `*SLACK_WEBHOOK*`. Framework prefixes
   * (`NEXT_PUBLIC_`, `VITE_`) are covered by a leading `*` or listed.
   */
  names: readonly string[];
  /** The host the endpoint is on, as a policy host pattern: `hooks.slack.com`, `*.webhook.office.com`. */
  host: string;
}

/** How a vendor's incoming-webhook URLs start, to name the recipient of a URL the code holds. */
export interface WebhookUrlShape {
  id: string;
  /** The vendor, as messages name it: `Slack`. */
  vendor: string;
  /**
   * The start of every such URL, scheme included, and as much of the path as is fixed:
   * `https://hooks.slack.com/services/`. A `*` in the host stands for one or more DNS labels
   * (`https://*.webhook.office.com/`, `https://hook.*.make.com/`).
   */
  prefix: string;
}

/** How a sanitiser transforms what flows through it. */
export type SanitizerEffect =
  /** Keeps the last four digits: a card number becomes `user.financial.card.last4`. */
  | 'last4'
  /** Keeps the first six digits (the BIN). */
  | 'first6'
  | 'masked'
  | 'hashed'
  | 'encrypted'
  /** Removes all data (a boolean, a length, a count). */
  | 'clean'
  /** Passes its input through unchanged (an ORM entity factory, a DTO mapper). */
  | 'keep';

/** A function or method that sanitises its argument or receiver. */
export interface Sanitizer {
  id: string;
  patterns: readonly CallPattern[];
  effect: SanitizerEffect;
  /** The argument sanitised; `receiver` for methods on the value (`s.slice(-4)`); `last` for the last argument. */
  input: number | 'receiver' | 'last';
  /**
   * A shape the arguments must have, checked by the engine: `last-n` for `slice(-4)`,
   * `substring(s.length - 4)`, `slice(12)` on a 16-digit number; `first-n` for `slice(0, 6)`.
   */
  args?: { shape: 'last-n' | 'first-n'; n: number };
}
