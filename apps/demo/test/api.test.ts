import { canary, getPledgeGuardOrThrow, PledgeViolationError, type Canary } from '@pledge/vitest';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  mailingList,
  subscriptions,
  testimonials,
  users,
  sessions,
  rememberTokens,
} from '../src/db/schema.js';
import type { Db } from '../src/db/client.js';
import { logger } from '../src/logger.js';
import { clearReceived, received } from './doubles.js';
import { Client, startSite, type Site } from './site.js';

// Every user flow of the site, driven through its HTTP API with canary identities, under the
// run-time guard (test/setup.ts): a request to an undeclared host, or personal data a declared
// recipient may not receive, fails the test. Each test starts its own site, so the requests
// the server makes belong to it.

const PERSONAL = ['user.contact', 'user.name', 'user.financial', 'user.authorization'];
let site: Site | undefined;
let logged: ReturnType<typeof vi.spyOn>[];

beforeEach(() => {
  clearReceived();
  logged = (['info', 'warn', 'error'] as const).map((level) =>
    vi.spyOn(logger, level).mockImplementation(() => {}),
  );
});

afterEach(async () => {
  // Log Data: request logs and events, never who the person is (Security).
  expect(logged[0]).toHaveBeenCalledWith('request', expect.objectContaining({ ip: '127.0.0.1' }));
  for (const spy of logged) expect(spy).not.toContainPersonalData(PERSONAL);
  vi.restoreAllMocks();
  await site?.close();
  site = undefined;
});

/** A browser that has opened the home page (and so holds the CSRF cookie and the anonymous id). */
async function visitor(): Promise<Client> {
  const client = new Client((site ?? expect.fail('Start the site first.')).url);
  client.cookies.set('ajs_anonymous_id', crypto.randomUUID());
  expect((await client.get('/')).status).toBe(200);
  return client;
}

async function signUp(person: Canary, remember = false): Promise<Client> {
  const client = await visitor();
  const response = await client.post('/api/signup', {
    name: person.name,
    email: person.email,
    password: 'correct horse battery',
    remember,
  });
  expect(response.status).toBe(201);
  return client;
}

/** Every row of every table: where a person's data could be left behind. */
function everyRow(db: Db): unknown[] {
  return [users, sessions, rememberTokens, subscriptions, mailingList, testimonials].flatMap(
    (table) => db.select().from(table).all(),
  );
}

/** What the browser's Stripe.js does with the card form: the card goes to Stripe, not to us. */
async function createPaymentMethod(person: Canary): Promise<string> {
  const response = await fetch('https://api.stripe.com/v1/payment_methods', {
    method: 'POST',
    headers: {
      Authorization: 'Bearer pk_test_demo',
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      type: 'card',
      'card[number]': person.card.number,
      'card[exp_month]': String(person.card.expMonth),
      'card[exp_year]': String(person.card.expYear),
      'card[cvc]': person.card.cvc,
      'billing_details[name]': person.name,
    }),
  });
  const { id } = (await response.json()) as { id: string };
  return id;
}

describe('accounts', () => {
  it('signs up with a session cookie only, sends the welcome email and a sign-up conversion', async () => {
    site = await startSite();
    const person = canary();
    const client = await signUp(person);
    expect([...client.cookies.keys()].sort()).toEqual([
      'ajs_anonymous_id',
      'csrf_token',
      'session_id',
    ]);
    for (const response of client.responses) expect(response).toSetOnlyDeclaredCookies();

    const [welcome] = received.sendgrid;
    expect(received.sendgrid).toHaveLength(1);
    expect(JSON.stringify(welcome!.body)).toContain(person.email);
    // Google Analytics gets the browser's anonymous id, not the person.
    expect(received.analytics).toHaveLength(1);
    expect(received.analytics[0]!.body).toEqual({
      client_id: client.cookies.get('ajs_anonymous_id'),
      events: [{ name: 'sign_up', params: {} }],
    });
    expect(received.analytics[0]!.body).not.toContainPersonalData();

    const account = await client.get('/api/account');
    expect(await account.json()).toMatchObject({
      email: person.email,
      name: person.name,
      subscription: null,
    });
  });

  it('signs out, signs in with "remember me", and the persistent cookie brings the session back', async () => {
    site = await startSite();
    const person = canary();
    const client = await signUp(person);
    expect((await client.post('/api/signout')).status).toBe(204);
    expect(client.cookies.has('session_id')).toBe(false);
    expect((await client.get('/api/account')).status).toBe(401);

    const wrong = await client.post('/api/signin', {
      email: person.email,
      password: 'not the password',
    });
    expect(wrong.status).toBe(401);
    const signIn = await client.post('/api/signin', {
      email: person.email,
      password: 'correct horse battery',
      remember: true,
    });
    expect(signIn.status).toBe(200);
    expect(client.cookies.has('remember_me')).toBe(true);

    // A new browser session: the session cookie is gone, the persistent one stays.
    client.cookies.delete('session_id');
    const restored = await client.get('/api/account');
    expect(restored.status).toBe(200);
    expect(client.cookies.has('session_id')).toBe(true);
    for (const response of client.responses) expect(response).toSetOnlyDeclaredCookies();
  });

  it('shows, updates and deletes the personal data of an account', async () => {
    site = await startSite();
    const person = canary();
    const client = await signUp(person);
    const address = `${person.address.line1}, ${person.address.city}`;
    const updated = await client.patch('/api/account', {
      name: person.name,
      phone: person.phone,
      billingAddress: address,
      mailingList: true,
    });
    expect(await updated.json()).toMatchObject({
      phone: person.phone,
      billingAddress: address,
      onMailingList: true,
    });
    expect((await client.get('/account')).status).toBe(200);

    expect((await client.delete('/api/account')).status).toBe(204);
    expect(everyRow(site.deps.db)).not.toContainPersonalData();
    expect(everyRow(site.deps.db)).toEqual([]);
    expect((await client.get('/api/account')).status).toBe(401);
  });

  it('rejects a state-changing call without the CSRF token', async () => {
    site = await startSite();
    const client = new Client(site.url);
    const response = await client.post('/api/signup', {
      name: 'x',
      email: 'x@example.com',
      password: '12345678',
    });
    expect(response.status).toBe(403);
  });
});

describe('subscriptions', () => {
  it('gives the card to Stripe and keeps only its id and last four digits', async () => {
    site = await startSite();
    const person = canary();
    const client = await signUp(person);
    const paymentMethodId = await createPaymentMethod(person);
    const response = await client.post('/api/subscriptions', { plan: 'team', paymentMethodId });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({
      plan: 'team',
      status: 'active',
      cardLast4: person.card.number.slice(-4),
    });

    const [row] = site.deps.db.select().from(subscriptions).all();
    expect(row).toMatchObject({
      plan: 'team',
      paymentMethodId,
      cardBrand: 'visa',
      cardLast4: person.card.number.slice(-4),
    });
    expect(everyRow(site.deps.db)).not.toContainFullCardNumber();
    expect(received.stripe.map((r) => `${r.method} ${r.path.replace(/pm_\w+/, 'pm_*')}`)).toEqual([
      'POST /v1/payment_methods',
      'POST /v1/customers',
      'POST /v1/subscriptions',
      'GET /v1/payment_methods/pm_*',
    ]);
    expect(received.stripe[1]!.body).toMatchObject({ email: person.email, name: person.name });
    expect(received.analytics.at(-1)!.body).toMatchObject({
      events: [{ name: 'purchase', params: { plan: 'team', value: 120, currency: 'USD' } }],
    });

    // Deleting the account deletes the Stripe customer too.
    expect((await client.delete('/api/account')).status).toBe(204);
    expect(received.stripe.at(-1)).toMatchObject({
      method: 'DELETE',
      path: `/v1/customers/${row!.stripeCustomerId}`,
    });
  });
});

describe('mailing list', () => {
  it('sends every issue with an unsubscribe link and header, and the link takes the member off', async () => {
    site = await startSite();
    const person = canary();
    const client = await visitor();
    expect((await client.post('/api/mailing-list', { email: person.email })).status).toBe(204);
    const admin = { Authorization: 'Bearer test-admin-token' };
    const issue = { subject: 'Segment news: January', html: '<p>What we shipped.</p>' };
    const sent = await client.request('POST', '/api/admin/newsletters', issue, admin);
    expect(await sent.json()).toEqual({ sent: 1 });

    const mail = received.sendgrid[0]!.body as {
      personalizations: { to: { email: string }[] }[];
      headers: Record<string, string>;
      content: { value: string }[];
    };
    expect(mail.personalizations[0]!.to[0]!.email).toBe(person.email);
    const link = /<(http[^>]+\/unsubscribe\/[\w-]+)>/.exec(
      mail.headers['List-Unsubscribe'] ?? '',
    )?.[1];
    expect(link).toBeDefined();
    expect(mail.content.map((c) => c.value).join('')).toContain(`href="${link}"`);
    expect(link).not.toContain(encodeURIComponent(person.email));

    const unsubscribe = await client.get(new URL(link!).pathname);
    expect(unsubscribe.status).toBe(200);
    expect(site.deps.db.select().from(mailingList).all()).toEqual([]);
    expect(
      await (await client.request('POST', '/api/admin/newsletters', issue, admin)).json(),
    ).toEqual({ sent: 0 });
  });
});

describe('testimonials', () => {
  it("shows a testimonial with its author's name only when the author consents", async () => {
    site = await startSite();
    const shy = canary();
    const proud = canary();
    const shyClient = await signUp(shy);
    expect(
      (await shyClient.post('/api/testimonials', { body: 'Quietly excellent.', showName: false }))
        .status,
    ).toBe(201);
    const proudClient = await signUp(proud);
    expect(
      (await proudClient.post('/api/testimonials', { body: 'Loudly excellent.', showName: true }))
        .status,
    ).toBe(201);

    const home = await (await shyClient.get('/')).text();
    expect(home).toContain('Quietly excellent.');
    expect(home).toContain(proud.name);
    expect(home).not.toContain(shy.name);
  });
});

describe('the guard', () => {
  it('fails a route that leaks a canary to a host the policy does not declare', async () => {
    const guard = getPledgeGuardOrThrow();
    const person = canary();
    // A route seeded for this test: sign-ups copied to a data broker, through the app's own
    // account data, as a careless integration would.
    const requests = await guard.scope(async () => {
      site = await startSite((app) => {
        app.post('/api/leak', async (req, res) => {
          const sent = await fetch('https://api.people-data.example/v2/person/enrich', {
            method: 'POST',
            body: JSON.stringify({ email: req.body.email }),
          }).then(
            () => 'sent',
            (error: unknown) => (error instanceof PledgeViolationError ? 'blocked' : 'failed'),
          );
          res.json({ sent });
        });
      });
      const client = await visitor();
      const response = await client.post('/api/leak', { email: person.email });
      expect(await response.json()).toEqual({ sent: 'blocked' });
    });

    expect(() => guard.check(requests)).toThrow(PledgeViolationError);
    const report = guard.report(requests);
    expect(report).toContain('api.people-data.example');
    expect(report).toContain('user.contact.email');
    expect(report).not.toContain(person.email);
  });
});
