// Local doubles of the third parties' APIs, answering the requests the real SDKs make
// (`stripe`, `@sendgrid/mail`, Google Analytics' Measurement Protocol). The guard calls
// `respond` after it has checked each request against the policy; what the doubles received
// is kept for the tests' assertions.
import type { RespondContext } from '@pledge/vitest';

/** A request a double answered: method, path and the parsed body. */
export interface Received {
  method: string;
  path: string;
  body: Record<string, unknown>;
  headers: Headers;
}

export const received = {
  stripe: [] as Received[],
  sendgrid: [] as Received[],
  analytics: [] as Received[],
};

export function clearReceived(): void {
  for (const list of Object.values(received)) list.length = 0;
}

/** Stripe's form encoding (`card[number]=…`) or JSON, as a flat record. */
async function readBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (text === '') return {};
  if ((request.headers.get('content-type') ?? '').includes('json')) return JSON.parse(text);
  return Object.fromEntries(new URLSearchParams(text));
}

let sequence = 0;
const id = (prefix: string) => `${prefix}_demo${(++sequence).toString().padStart(6, '0')}`;

/** Payment methods created by the Stripe double, by id: brand and last four digits. */
const paymentMethods = new Map<string, { brand: string; last4: string }>();

function stripe({ method, path, body }: Received): Response {
  if (method === 'POST' && path === '/v1/payment_methods') {
    const number = String(body['card[number]'] ?? '');
    const pm = {
      id: id('pm'),
      brand: number.startsWith('4') ? 'visa' : 'unknown',
      last4: number.slice(-4),
    };
    paymentMethods.set(pm.id, pm);
    return Response.json({
      id: pm.id,
      object: 'payment_method',
      type: 'card',
      card: { brand: pm.brand, last4: pm.last4 },
    });
  }
  const method_ = /^\/v1\/payment_methods\/(pm_\w+)$/.exec(path);
  if (method === 'GET' && method_) {
    const pm = paymentMethods.get(method_[1]!);
    if (!pm)
      return Response.json(
        { error: { type: 'invalid_request_error', message: 'No such PaymentMethod' } },
        { status: 404 },
      );
    return Response.json({
      id: method_[1],
      object: 'payment_method',
      type: 'card',
      card: { brand: pm.brand, last4: pm.last4 },
    });
  }
  if (method === 'POST' && path === '/v1/customers')
    return Response.json({ id: id('cus'), object: 'customer', email: body.email ?? null });
  if (method === 'POST' && path === '/v1/subscriptions')
    return Response.json({
      id: id('sub'),
      object: 'subscription',
      status: 'active',
      customer: body.customer,
    });
  const customer = /^\/v1\/customers\/(cus_\w+)$/.exec(path);
  if (method === 'DELETE' && customer)
    return Response.json({ id: customer[1], object: 'customer', deleted: true });
  return Response.json(
    { error: { type: 'invalid_request_error', message: `No double for ${method} ${path}` } },
    { status: 404 },
  );
}

/** The `respond` option of the guard. */
export async function respond(
  request: Request,
  { recipient }: RespondContext,
): Promise<Response | undefined> {
  const url = new URL(request.url);
  const asset = request.method === 'GET' ? browserAsset(url) : undefined;
  if (asset) return asset;
  const entry: Received = {
    method: request.method,
    path: url.pathname,
    body: await readBody(request.clone()),
    headers: request.headers,
  };
  switch (recipient) {
    case 'payment-processor':
      received.stripe.push(entry);
      return stripe(entry);
    case 'email-delivery':
      received.sendgrid.push(entry);
      return new Response(null, { status: 202 });
    case 'web-analytics':
      received.analytics.push(entry);
      return pixel();
    case 'ad-network':
      return pixel();
    default:
      return undefined;
  }
}

// The third parties' browser scripts and frames, as small stand-ins that do what the real ones
// do to the page: Google's gtag and AdRoll set their first-party cookies and send a hit or a
// pixel; Stripe.js mounts a card form and gives the card to Stripe's API, not to the site.
// (The real Stripe.js also sets `__stripe_mid`/`__stripe_sid` for fraud prevention; the 2016
// policy does not list them, and `pledge map` shows them as drift. The stand-in leaves them out.)
const GTAG_JS = `
(() => {
  const year = 60 * 60 * 24 * 365;
  const id = Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
  if (!document.cookie.includes('_ga=')) document.cookie = '_ga=GA1.1.' + id + '; Max-Age=' + 2 * year + '; Path=/; SameSite=Lax';
  document.cookie = '_gid=GA1.1.' + id + '; Max-Age=86400; Path=/; SameSite=Lax';
  navigator.sendBeacon('https://www.google-analytics.com/g/collect?v=2&en=page_view&dl=' + encodeURIComponent(location.origin + location.pathname));
})();`;

const ADROLL_JS = `
(() => {
  document.cookie = '__adroll_fpc=' + crypto.randomUUID().replace(/-/g, '') + '; Max-Age=31536000; Path=/; SameSite=Lax';
  new Image().src = 'https://d.adroll.com/cm/index/out?adv=' + window.adroll_adv_id;
})();`;

const STRIPE_JS = `
window.Stripe = (key) => {
  const fields = {};
  return {
    elements: () => ({
      create: () => ({
        mount(selector) {
          const root = document.querySelector(selector);
          for (const name of ['number', 'exp_month', 'exp_year', 'cvc']) {
            const input = document.createElement('input');
            input.name = 'stripe-' + name;
            input.setAttribute('aria-label', 'card ' + name);
            root.append(input);
            fields[name] = input;
          }
        },
      }),
    }),
    async createPaymentMethod({ type }) {
      const body = new URLSearchParams({ type });
      for (const [name, input] of Object.entries(fields)) body.set('card[' + name + ']', input.value);
      const response = await fetch('https://api.stripe.com/v1/payment_methods', {
        method: 'POST',
        headers: { Authorization: 'Bearer ' + key, 'Content-Type': 'application/x-www-form-urlencoded' },
        body,
      });
      const json = await response.json();
      return response.ok ? { paymentMethod: json } : { error: json.error };
    },
  };
};`;

const script = (source: string) =>
  new Response(source, { headers: { 'Content-Type': 'text/javascript' } });
const pixel = () => new Response(null, { status: 204 });

/** The doubles of what a browser loads from third parties, by host and path. */
function browserAsset(url: URL): Response | undefined {
  switch (url.hostname) {
    case 'www.googletagmanager.com':
      return url.pathname === '/gtag/js' ? script(GTAG_JS) : undefined;
    case 'www.google-analytics.com':
      return pixel();
    case 's.adroll.com':
      return script(ADROLL_JS);
    case 'd.adroll.com':
      return pixel();
    case 'js.stripe.com':
      return script(STRIPE_JS);
    case 'www.facebook.com':
      return new Response('<!doctype html><button>Like</button>', {
        headers: { 'Content-Type': 'text/html' },
      });
    case 'platform-api.sharethis.com':
      return script('window.__sharethis__ = { loaded: true };');
    default:
      return undefined;
  }
}
