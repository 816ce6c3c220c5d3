import { fileURLToPath } from 'node:url';
import type { RuleCases } from '../../testing/index.js';
import type { Options } from './rule.js';

// The rule's cases, run by @pledge/rule-tester (test/core-rules.test.ts) through the engine,
// ESLint and the scanner. Written against apps/demo/pledge.policy.yaml: first party
// segment.com / segment.io; api.stripe.com (card, email, name, address), *.amazonaws.com (all of
// `user`), api.sendgrid.com (email, name), *.zendesk.com (email, name, message), Google
// Analytics (cookie id, browsing history), d.adroll.com / *.adroll.com (nothing personal).
// Findings start at the send: the call, the `src` assignment or the JSX attribute.

// firstParty.env: [API_URL]; a `crm` recipient at env CRM_API_URL that receives email only.
const ENV_POLICY = fileURLToPath(new URL('policies/env-base-urls.policy.yaml', import.meta.url));

export const cases: RuleCases<Options> = {
  valid: [
    // A Map's set() is not a request parameter: the map never reaches the send.
    {
      code: `
export async function ping(email: string) {
  const seen = new Map<string, string>();
  seen.set('email', email);
  const url = new URL('/v1/ping', 'https://api.status.example');
  url.searchParams.set('source', 'web');
  await fetch(url);
}
`,
    },
    // A base URL in an environment variable the policy names: a declared recipient, for a
    // category it may receive.
    {
      code: `
export async function sync(email: string) {
  await fetch(\`\${process.env.CRM_API_URL}/contacts\`, { method: 'POST', body: JSON.stringify({ email }) });
}
`,
      policy: ENV_POLICY,
    },
    // The organization's own API, named by its variable in firstParty.env.
    {
      code: `
export async function save(phone: string) {
  await fetch(process.env.API_URL + '/me', { method: 'POST', body: JSON.stringify({ phone }) });
}
`,
      policy: ENV_POLICY,
    },
    // A declared recipient receiving the categories it is declared for.
    {
      code: `
export async function welcome(email: string, firstName: string) {
  await fetch('https://api.sendgrid.com/v3/mail/send', {
    method: 'POST',
    body: JSON.stringify({ personalizations: [{ to: [{ email }] }], firstName }),
  });
}
`,
    },
    {
      code: `
import got from 'got';
export async function notify(email: string, name: string) {
  await got.post('https://api.sendgrid.com/v3/mail/send', {
    json: { personalizations: [{ to: [{ email, name }] }] },
  });
}
`,
    },
    {
      code: `
import axios from 'axios';
export async function tokenize(cardNumber: string, cvc: string, email: string) {
  await axios.post('https://api.stripe.com/v1/tokens', { card: { number: cardNumber, cvc }, email });
}
`,
    },
    {
      code: `
import { request } from 'undici';
export async function createCustomer(email: string, billingAddress: string) {
  await request('https://api.stripe.com/v1/customers', {
    method: 'POST',
    body: new URLSearchParams({ email, address: billingAddress }).toString(),
  });
}
`,
    },
    {
      code: `
import axios from 'axios';
export async function backup(email: string, phone: string) {
  await axios.put('https://backups.s3.amazonaws.com/users/1.json', { email, phone });
}
`,
    },
    {
      code: `
export async function openTicket(email: string, message: string) {
  await fetch('https://acme.zendesk.com/api/v2/tickets.json', {
    method: 'POST',
    body: JSON.stringify({ ticket: { requester: { email }, comment: { body: message } } }),
  });
}
`,
    },
    {
      code: `
export function pageview(clientId: string, pagePath: string) {
  navigator.sendBeacon(
    'https://www.google-analytics.com/g/collect',
    JSON.stringify({ cid: clientId, dl: pagePath }),
  );
}
`,
    },
    // First-party hosts are never third parties.
    {
      code: `
export async function identify(userId: string, email: string) {
  await fetch('https://api.segment.io/v1/identify', {
    method: 'POST',
    body: JSON.stringify({ userId, traits: { email } }),
  });
}
`,
    },
    {
      code: `
export async function joinNewsletter(email: string) {
  await fetch('https://segment.com/api/newsletter', { method: 'POST', body: JSON.stringify({ email }) });
}
`,
    },
    {
      code: `
import axios from 'axios';
const api = axios.create({ baseURL: 'https://api.segment.com' });
export async function saveAccount(email: string, phone: string) {
  await api.post('/account', { email, phone });
}
`,
    },
    {
      code: `
import ky from 'ky';
const api = ky.create({ prefixUrl: 'https://api.segment.io' });
export async function saveAccount(email: string) {
  await api.post('users', { json: { email } });
}
`,
    },
    // Relative URLs go to the same origin.
    {
      code: `
export async function saveAccount(email: string) {
  await fetch('/api/account', { method: 'POST', body: JSON.stringify({ email }) });
}
`,
    },
    {
      code: `
import axios from 'axios';
export async function register(email: string, password: string) {
  await axios.post('/api/users', { email, password });
}
`,
    },
    // Non-personal payloads, even to the ad network.
    {
      code: `
export async function pageView(path: string, referrer: string, count: number) {
  await fetch('https://d.adroll.com/pixel', {
    method: 'POST',
    body: JSON.stringify({ path, referrer, count }),
  });
}
`,
    },
    {
      code: `
export async function stats(emailCount: number, isEmailVerified: boolean) {
  await fetch('https://metrics.example.com/v1/stats', {
    method: 'POST',
    body: JSON.stringify({ emailCount, isEmailVerified }),
  });
}
`,
    },
    {
      code: `
export async function conversion(cardLast4: string, amount: number) {
  await fetch('https://d.adroll.com/conversion', {
    method: 'POST',
    body: JSON.stringify({ cardLast4, amount }),
  });
}
`,
    },
    {
      code: `
export async function conversion(cardNumber: string) {
  const last4 = cardNumber.slice(-4);
  await fetch('https://d.adroll.com/conversion', { method: 'POST', body: JSON.stringify({ last4 }) });
}
`,
    },
    {
      code: `
export async function preview(emailTemplate: string) {
  await fetch('https://render.example.com/v1/preview', {
    method: 'POST',
    body: JSON.stringify({ template: emailTemplate }),
  });
}
`,
    },
    {
      code: `
export function retarget(path: string) {
  new Image().src = \`https://d.adroll.com/pixel?p=\${encodeURIComponent(path)}\`;
}
`,
    },
    {
      code: `
export function RetargetingPixel({ pageId }: { pageId: string }) {
  return <img src={\`https://d.adroll.com/pixel?p=\${pageId}\`} alt="" />;
}
`,
      filename: 'file.tsx',
    },
    // The company's own address is not a user's.
    {
      code: `
export async function alertOps() {
  await fetch('https://hooks.chat.example/services/T0/B0', {
    method: 'POST',
    body: JSON.stringify({ text: 'Escalate to privacy@segment.com' }),
  });
}
`,
    },
    // Masked values carry no personal data.
    {
      code: `
import { maskEmail } from './mask';
export async function reportError(email: string) {
  await fetch('https://errors.example.com/report', {
    method: 'POST',
    body: JSON.stringify({ user: maskEmail(email) }),
  });
}
`,
    },
    // Hosts that are not known statically are not reported by default.
    {
      code: `
export async function sync(email: string) {
  await fetch(process.env.API_URL!, { method: 'POST', body: JSON.stringify({ email }) });
}
`,
    },
    {
      code: `
export async function sync(endpoint: string, email: string) {
  await fetch(\`\${endpoint}/users\`, { method: 'POST', body: JSON.stringify({ email }) });
}
`,
    },
    // SDKs of declared recipients, first-party analytics, non-personal events.
    {
      code: `
import sgMail from '@sendgrid/mail';
export async function welcome(email: string, name: string) {
  await sgMail.send({ to: email, from: 'hello@segment.com', subject: 'Welcome', text: \`Hi \${name}\` });
}
`,
    },
    {
      code: `
import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export async function createCustomer(email: string, name: string) {
  return stripe.customers.create({ email, name });
}
`,
    },
    {
      code: `
export function identify(userId: string, email: string) {
  window.analytics.identify(userId, { email });
}
`,
    },
    {
      code: `
export function trackPage(pagePath: string) {
  gtag('event', 'page_view', { page_path: pagePath });
}
`,
    },
    {
      code: `
import ReactGA from 'react-ga4';
export function trackPage(pagePath: string) {
  ReactGA.send({ hitType: 'pageview', page: pagePath });
}
`,
    },
    // localhost is not a third party.
    {
      code: `
export async function syncLocal(email: string) {
  await fetch('http://localhost:3000/api/users', { method: 'POST', body: JSON.stringify({ email }) });
}
`,
    },
    // A loopback IP is not a third party.
    {
      code: `
import axios from 'axios';
export async function syncLocal(email: string) {
  await axios.post('http://127.0.0.1:8080/users', { email });
}
`,
    },
    // A secret from `process.env` in an Authorization header is not personal data.
    {
      code: `
export async function createCustomer(email: string) {
  await fetch('https://api.stripe.com/v1/customers', {
    method: 'POST',
    headers: { Authorization: \`Bearer \${process.env.STRIPE_SECRET_KEY}\` },
    body: new URLSearchParams({ email }),
  });
}
`,
    },
    // An address of the organization's own domain (segment.com) sent to an undeclared host.
    {
      code: `
export async function subscribe() {
  await fetch('https://status.partner.example/subscribe', { method: 'POST', body: 'notify ops@segment.com' });
}
`,
    },
    // An address written in the code, sent to a declared recipient (Zendesk).
    {
      code: `
export async function escalate(ticket: string) {
  await fetch('https://shop.zendesk.com/api/v2/requests?cc=help@shop.example.com', { method: 'POST', body: ticket });
}
`,
    },
    // A \`mailto:\` link is rendered for a person to click, not sent; a DSN's key is not an address.
    {
      code: `
import * as Sentry from '@sentry/browser';
Sentry.init({ dsn: 'https://0123abcd@o12.ingest.sentry.io/45' });
export const contact = '<a href="mailto:privacy@shop.example.com">Privacy</a>';
`,
    },
  ],
  invalid: [
    // axios(url, config): the URL is the first argument, the data in the config.
    {
      code: `
import axios from 'axios';
export async function syncContact(email: string) {
  await axios('https://api.enrich.example/person', { method: 'post', data: { email } });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    // url.searchParams.set(): the value goes into the request's URL.
    {
      code: `
export async function enrich(email: string) {
  const url = new URL('/v1/people', 'https://api.enrich.example');
  url.searchParams.set('email', email);
  await fetch(url);
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 5, column: 9 }],
    },
    // The recipient behind an environment variable may not receive a phone number.
    {
      code: `
import axios from 'axios';
const crm = axios.create({ baseURL: process.env.CRM_API_URL });
export async function sync(phone: string) {
  await crm.post('/contacts', { phone });
}
`,
      policy: ENV_POLICY,
      errors: [{ messageId: 'categoryNotAllowed', line: 5, column: 9 }],
    },
    // XMLHttpRequest: the body of send() goes to the URL given to open() on the same object.
    {
      code: `
export function track(email: string) {
  const xhr = new XMLHttpRequest();
  xhr.open('POST', 'https://collect.analytics.example/t');
  xhr.send(JSON.stringify({ email }));
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 5, column: 3 }],
    },
    // fetch: body, URL (template and concatenation), headers.
    {
      code: `
export async function subscribe(email: string) {
  await fetch('https://api.mailer.example/v1/subscribers', {
    method: 'POST',
    body: JSON.stringify({ email }),
  });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 3, column: 9 }],
    },
    {
      code: `
export async function lookup(email: string) {
  return fetch(\`https://api.enrich.example/v2/people/find?email=\${email}\`);
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 3, column: 10 }],
    },
    {
      code: `
export async function lookup(email: string) {
  return fetch('https://api.enrich.example/v2/people/find?email=' + encodeURIComponent(email));
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 3, column: 10 }],
    },
    {
      code: `
export async function ping(user: { email: string }) {
  await fetch('https://telemetry.example.net/ping', { headers: { 'X-User-Email': user.email } });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 3, column: 9 }],
    },
    {
      code: `
export async function sync(email: string) {
  await window.fetch('https://leads.example.com/ingest', { method: 'POST', body: JSON.stringify({ email }) });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 3, column: 9 }],
    },
    {
      code: `
import fetch from 'node-fetch';
export async function sync(email: string) {
  await fetch('https://leads.example.com/ingest', { method: 'POST', body: JSON.stringify({ email }) });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    // axios: shortcuts, params, the config form, instances.
    {
      code: `
import axios from 'axios';
export async function syncContact(user: { email: string; phone: string }) {
  await axios.post('https://api.crm.example/contacts', { email: user.email, phone: user.phone });
}
`,
      errors: [
        { messageId: 'undeclaredRecipient', line: 4, column: 9 },
        { messageId: 'undeclaredRecipient', line: 4, column: 9 },
      ],
    },
    {
      code: `
import axios from 'axios';
export async function updateContact(id: string, phoneNumber: string) {
  await axios.put(\`https://crm.example.org/contacts/\${id}\`, { phoneNumber });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    {
      code: `
import axios from 'axios';
export async function findPerson(email: string) {
  return axios.get('https://api.enrich.example/person', { params: { email } });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 10 }],
    },
    {
      code: `
import axios from 'axios';
export async function syncContact(email: string) {
  await axios({ method: 'post', url: 'https://api.enrich.example/person', data: { email } });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    {
      code: `
import axios from 'axios';
const crm = axios.create({ baseURL: 'https://api.unknown-crm.example' });
export async function syncContact(email: string) {
  await crm.post('/contacts', { email });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 5, column: 9 }],
    },
    {
      code: `
import axios from 'axios';
const enrich = axios.create({ baseURL: 'https://api.enrich.example/v2' });
export async function findPerson(email: string) {
  return enrich.get('/person', { params: { email } });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 5, column: 10 }],
    },
    {
      code: `
import axios from 'axios';
export class CrmClient {
  private readonly http = axios.create({ baseURL: 'https://api.unknown-crm.example' });
  async upsert(email: string) {
    await this.http.post('/contacts', { email });
  }
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 6, column: 11 }],
    },
    {
      code: `
import axios from 'axios';
export async function submit(email: string) {
  await axios.postForm('https://forms.example.net/submit', { email });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    // got, ky, undici, node https, sendBeacon, XMLHttpRequest, WebSocket.
    {
      code: `
import got from 'got';
export async function notifyHook(firstName: string) {
  await got.post('https://hooks.example.io/new-user', { json: { firstName } });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    {
      code: `
import got from 'got';
const partner = got.extend({ prefixUrl: 'https://api.partner.example' });
export async function syncUser(email: string) {
  await partner('users', { method: 'POST', json: { email } });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 5, column: 9 }],
    },
    {
      code: `
import ky from 'ky';
export async function quote(dateOfBirth: string) {
  await ky.post('https://api.insurer.example/quotes', { json: { dateOfBirth } });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    {
      code: `
import ky from 'ky';
const partner = ky.extend({ prefixUrl: 'https://api.partner.example' });
export async function syncUser(phone: string) {
  await partner.post('users', { json: { phone } });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 5, column: 9 }],
    },
    {
      code: `
import { request } from 'undici';
export async function backgroundCheck(ssn: string) {
  await request('https://api.checks.example/v1/checks', { method: 'POST', body: JSON.stringify({ ssn }) });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    {
      code: `
import https from 'node:https';
export function lookupUser(email: string) {
  https.request(\`https://api.partner.example/users?email=\${email}\`, { method: 'GET' }).end();
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 3 }],
    },
    {
      code: `
export function onLeave(email: string) {
  navigator.sendBeacon('https://collect.analytics.example/e', JSON.stringify({ email }));
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 3, column: 3 }],
    },
    {
      code: `
export function track(email: string) {
  const xhr = new XMLHttpRequest();
  xhr.open('GET', \`https://collect.analytics.example/t?email=\${email}\`);
  xhr.send();
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 3 }],
    },
    {
      code: `
export function connectChat(userEmail: string) {
  return new WebSocket(\`wss://chat.example.net/socket?email=\${userEmail}\`);
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 3, column: 10 }],
    },
    // Pixels: an image URL and a JSX <img src>.
    {
      code: `
export function retarget(email: string) {
  new Image().src = \`https://d.adroll.com/pixel?e=\${email}\`;
}
`,
      errors: [{ messageId: 'categoryNotAllowed', line: 3, column: 3 }],
    },
    {
      code: `
export function retarget(email: string) {
  const img = document.createElement('img');
  img.src = 'https://d.adroll.com/pixel?email=' + email;
  document.body.appendChild(img);
}
`,
      errors: [{ messageId: 'categoryNotAllowed', line: 4, column: 3 }],
    },
    {
      code: `
export function TrackingPixel({ email }: { email: string }) {
  return <img src={\`https://tracker.example.com/p.gif?e=\${email}\`} alt="" />;
}
`,
      filename: 'file.tsx',
      errors: [{ messageId: 'undeclaredRecipient', line: 3, column: 15 }],
    },
    // Declared recipients receiving categories they are not declared for.
    {
      code: `
export async function track(email: string) {
  await fetch('https://d.adroll.com/pixel', { method: 'POST', body: JSON.stringify({ email }) });
}
`,
      errors: [{ messageId: 'categoryNotAllowed', line: 3, column: 9 }],
    },
    {
      code: `
export async function sendReceipt(user: { phone: string }) {
  await fetch('https://api.sendgrid.com/v3/mail/send', {
    method: 'POST',
    body: JSON.stringify({ phone: user.phone }),
  });
}
`,
      errors: [{ messageId: 'categoryNotAllowed', line: 3, column: 9 }],
    },
    {
      code: `
import axios from 'axios';
export async function sendReceipt(email: string, cardNumber: string) {
  await axios.post('https://api.sendgrid.com/v3/mail/send', { email, cardNumber });
}
`,
      errors: [{ messageId: 'categoryNotAllowed', line: 4, column: 9 }],
    },
    {
      code: `
export function pageview(email: string) {
  navigator.sendBeacon('https://www.google-analytics.com/g/collect', JSON.stringify({ uid: email }));
}
`,
      errors: [{ messageId: 'categoryNotAllowed', line: 3, column: 3 }],
    },
    // A hashed email is still personal data: ad networks match on it.
    {
      code: `
function sha256(value: string): string {
  return value;
}
export async function audience(email: string) {
  await fetch('https://d.adroll.com/audience', {
    method: 'POST',
    body: JSON.stringify({ hashed_email: sha256(email.trim().toLowerCase()) }),
  });
}
`,
      errors: [{ messageId: 'categoryNotAllowed', line: 6, column: 9 }],
    },
    // Flows: variables, destructured request bodies, spread, helpers, constants.
    {
      code: `
export async function forwardLead(form: FormData) {
  const email = form.get('email');
  const payload = { contact: email, source: 'signup' };
  const body = JSON.stringify(payload);
  await fetch('https://leads.example.com/ingest', { method: 'POST', body });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 6, column: 9 }],
    },
    {
      code: `
import express from 'express';
const app = express();
app.post('/signup', async (req, res) => {
  const { email } = req.body;
  await fetch('https://leads.example.com/ingest', { method: 'POST', body: JSON.stringify({ email }) });
  res.sendStatus(201);
});
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 6, column: 9 }],
    },
    {
      code: `
export async function forwardLead(email: string) {
  const contact = { email, source: 'web' };
  await fetch('https://leads.example.com/ingest', {
    method: 'POST',
    body: JSON.stringify({ ...contact, receivedAt: Date.now() }),
  });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    {
      code: `
function sendLead(data: object) {
  return fetch('https://leads.example.com/ingest', { method: 'POST', body: JSON.stringify(data) });
}
export async function signup(email: string) {
  await sendLead({ email });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 3, column: 10 }],
    },
    {
      code: `
function toLead(user: { email: string; plan: string }) {
  return { contact: user.email, plan: user.plan };
}
export async function signup(user: { email: string; plan: string }) {
  await fetch('https://leads.example.com/ingest', { method: 'POST', body: JSON.stringify(toLead(user)) });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 6, column: 9 }],
    },
    {
      code: `
const API = 'https://api.partner.example';
export async function syncUser(email: string) {
  await fetch(\`\${API}/users\`, { method: 'POST', body: JSON.stringify({ email }) });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    {
      code: `
const ENDPOINTS = { leads: 'https://leads.example.com/ingest' } as const;
export async function forwardLead(email: string) {
  await fetch(ENDPOINTS.leads, { method: 'POST', body: JSON.stringify({ email }) });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    // SDKs: undeclared vendors, and declared ones receiving undeclared categories.
    {
      code: `
import mixpanel from 'mixpanel-browser';
export function onSignup(email: string) {
  mixpanel.track('Signed Up', { email });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 3 }],
    },
    {
      code: `
import * as Sentry from '@sentry/browser';
export function onLogin(user: { email: string }) {
  Sentry.setUser({ email: user.email });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 3 }],
    },
    {
      code: `
import OpenAI from 'openai';
const openai = new OpenAI();
export async function draftReply(email: string) {
  return openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: \`Write a reply to \${email}\` }],
  });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 5, column: 10 }],
    },
    {
      code: `
import twilio from 'twilio';
const client = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
export async function sendCode(phoneNumber: string) {
  await client.messages.create({ to: phoneNumber, from: '+15550000000', body: 'Your code' });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 5, column: 9 }],
    },
    {
      code: `
export function bootMessenger(email: string) {
  window.Intercom('boot', { app_id: 'abc123', email });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 3, column: 3 }],
    },
    {
      code: `
export function onLogin(userEmail: string, measurementId: string) {
  gtag('config', measurementId, { user_id: userEmail });
}
`,
      errors: [{ messageId: 'categoryNotAllowed', line: 3, column: 3 }],
    },
    {
      code: `
import ReactGA from 'react-ga4';
export function onLogin(email: string) {
  ReactGA.set({ userId: email });
}
`,
      errors: [{ messageId: 'categoryNotAllowed', line: 4, column: 3 }],
    },
    {
      code: `
export function initPixel(email: string) {
  fbq('init', '1234567890', { em: email });
}
`,
      errors: [{ messageId: 'categoryNotAllowed', line: 3, column: 3 }],
    },
    {
      code: `
import sgMail from '@sendgrid/mail';
export async function sendCode(email: string, phoneNumber: string) {
  await sgMail.send({ to: email, from: 'hello@segment.com', subject: 'Your code', text: phoneNumber });
}
`,
      errors: [{ messageId: 'categoryNotAllowed', line: 4, column: 9 }],
    },
    // reportUnknownHosts: personal data to a URL whose host is not known statically.
    {
      code: `
export async function sync(email: string) {
  await fetch(process.env.API_URL!, { method: 'POST', body: JSON.stringify({ email }) });
}
`,
      options: { reportUnknownHosts: true },
      errors: [{ messageId: 'unknownHost', line: 3, column: 9 }],
    },
    {
      code: `
import axios from 'axios';
export async function sync(endpoint: string, phone: string) {
  await axios.post(\`\${endpoint}/users\`, { phone });
}
`,
      options: { reportUnknownHosts: true },
      errors: [{ messageId: 'unknownHost', line: 4, column: 9 }],
    },
    // superagent: `.post(url).send(body)` sends the body to the host.
    {
      code: `
import superagent from 'superagent';
export async function validateAddress(address: string) {
  await superagent.post('https://geo.example.com/validate').send({ address });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    // superagent: `.get(url).query(params)` sends the query string to the host.
    {
      code: `
import superagent from 'superagent';
export async function findPerson(email: string) {
  await superagent.get('https://api.enrich.example/person').query({ email });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
    // `https.request` with a `hostname` option and the email in `path`.
    {
      code: `
import https from 'node:https';
export function lookupUser(email: string) {
  https.request({ hostname: 'api.partner.example', path: \`/users?email=\${email}\` }).end();
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 3 }],
    },
    // A hashed email is still an email (AdRoll is declared for nothing personal).
    {
      code: `
import { createHash } from 'node:crypto';
export async function addToAudience(email: string) {
  const hashedEmail = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  await fetch('https://d.adroll.com/audience', { method: 'POST', body: JSON.stringify({ hashedEmail }) });
}
`,
      errors: [{ messageId: 'categoryNotAllowed', line: 5, column: 9 }],
    },
    // A WebSocket `send` inside an event listener reaches the socket's host.
    {
      code: `
export function connectChat(email: string) {
  const socket = new WebSocket('wss://chat.example.net/socket');
  socket.addEventListener('open', () => socket.send(JSON.stringify({ email })));
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 41 }],
    },
    // A local wrapper around fetch: the host and the body flow through its parameters.
    {
      code: `
function postJson(url: string, data: unknown) {
  return fetch(url, { method: 'POST', body: JSON.stringify(data) });
}
export async function signup(email: string) {
  await postJson('https://leads.example.com/ingest', { email });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 3, column: 10 }],
    },
    // An address written in a URL's query string, to an undeclared host.
    {
      code: `
export async function seed() {
  await fetch('https://collector.example.net/in?email=ops@shop.example.com');
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 3, column: 9 }],
    },
    // An address inside a POST body's longer text, read from a constant.
    {
      code: `
const NOTE = 'contact ops@shop.example.com';
export async function seed() {
  await fetch('https://collector.example.net/in', { method: 'POST', body: NOTE });
}
`,
      errors: [{ messageId: 'undeclaredRecipient', line: 4, column: 9 }],
    },
  ],
};
