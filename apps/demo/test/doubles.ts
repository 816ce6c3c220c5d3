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
      return new Response(null, { status: 204 });
    default:
      return undefined;
  }
}
