import { RuleTester } from '@pledge/rule-tester';
import { fileURLToPath } from 'node:url';
import pack from '../../index.js';
import { noPiiInUrl } from './rule.js';

const policy = fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url));

const IN_QUERY = { messageId: 'personalDataInUrl', data: { part: 'query string' } } as const;
const IN_PATH = { messageId: 'personalDataInUrl', data: { part: 'path' } } as const;
const EMAIL = 'Email address';

// Each case runs through the engine, ESLint and the scanner. Programs of several files (a URL
// builder in another module, an API client imported elsewhere) are the fixture programs.
new RuleTester({ policy, pack }).run('no-pii-in-url', noPiiInUrl, {
  valid: [
    {
      name: 'an opaque id in a REST path',
      code: `export async function loadUser(user: { id: string }) {
  const res = await fetch(\`/api/users/\${user.id}\`);
  return res.json();
}
`,
    },
    {
      name: 'an order id in a path, through a constant base URL',
      code: `const API_URL = 'https://api.segment.com/v1';
export async function loadOrder(orderId: string) {
  return fetch(\`\${API_URL}/orders/\${orderId}\`);
}
`,
    },
    {
      name: 'the word name as a value: ?page=2&sort=name',
      code: `export async function listTeams(page: number) {
  return fetch(\`/api/teams?page=\${page}&sort=name\`);
}
`,
    },
    {
      name: 'email in a POST body, not the URL',
      code: `export async function subscribe(email: string) {
  await fetch('/api/subscribe', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
}
`,
    },
    {
      name: 'a mailto link',
      filename: 'contact.tsx',
      code: `export function Contact({ user }: { user: { email: string; name: string } }) {
  return <a href={\`mailto:\${user.email}\`}>{user.name}</a>;
}
`,
    },
    {
      name: 'a tel link',
      filename: 'phone.tsx',
      code: `export function Call({ phoneNumber }: { phoneNumber: string }) {
  return <a href={'tel:' + phoneNumber}>Call us</a>;
}
`,
    },
    {
      name: 'a hashed email in a query string',
      code: `import { createHash } from 'node:crypto';
export function avatarUrl(email: string) {
  const hash = createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
  return \`https://www.gravatar.com/avatar/\${hash}?d=identicon\`;
}
`,
    },
    {
      name: 'encodeURIComponent of a path to return to',
      code: `export function toLogin(res: { redirect(url: string): void }, redirectTo: string) {
  res.redirect(\`/login?next=\${encodeURIComponent(redirectTo)}\`);
}
`,
    },
    {
      name: 'a query parameter named emailVerified',
      code: `export async function listUsers(onlyVerified: boolean) {
  return fetch(\`/api/users?emailVerified=true&limit=\${onlyVerified ? 10 : 50}\`);
}
`,
    },
    {
      name: 'a one-time reset token in a link',
      code: `const APP_URL = process.env.APP_URL;
export function resetLink(token: string) {
  return \`\${APP_URL}/reset-password?token=\${token}\`;
}
`,
    },
    {
      name: 'a signed blob in a query string',
      code: `import jwt from 'jsonwebtoken';
export function confirmLink(user: { email: string }, secret: string) {
  const token = jwt.sign({ email: user.email }, secret, { expiresIn: '1h' });
  return \`https://segment.com/confirm?token=\${token}\`;
}
`,
    },
    {
      name: 'a form body built with URLSearchParams',
      code: `export async function signIn(email: string, password: string) {
  const body = new URLSearchParams({ email, password });
  return fetch('/api/session', { method: 'POST', body });
}
`,
    },
    {
      name: 'a form body given inline as URLSearchParams',
      code: `export async function token(username: string, password: string) {
  return fetch('https://auth.segment.com/oauth/token', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'password', username, password }),
  });
}
`,
    },
    {
      name: 'axios POST: the email is the body',
      code: `import axios from 'axios';
export async function invite(email: string, teamId: string) {
  return axios.post(\`/api/teams/\${teamId}/invites\`, { email }, { params: { notify: true } });
}
`,
    },
    {
      name: 'a message that is not a URL',
      code: `export function greeting(user: { name: string; email: string }) {
  return \`Hello \${user.name}, we sent a link to \${user.email}\`;
}
`,
    },
    {
      name: 'a file path, not a URL',
      code: `import { writeFile } from 'node:fs/promises';
export async function exportFor(user: { id: string }, data: string) {
  await writeFile(\`/tmp/exports/\${user.id}.json\`, data);
}
`,
    },
    {
      name: 'a user id in a router path',
      code: `import { useRouter } from 'next/navigation';
export function useOpenProfile() {
  const router = useRouter();
  return (user: { id: string }) => router.push(\`/users/\${user.id}\`);
}
`,
    },
    {
      name: 'a country code in a query string',
      code: `export async function prices(country: string) {
  return fetch(\`/api/pricing?country=\${country}\`);
}
`,
    },
    {
      name: 'internal ids reported only when the options ask: default off',
      code: `export function profileLink(userId: string) {
  return \`/profile?userId=\${userId}\`;
}
`,
    },
    {
      name: 'the fragment is not sent to the server',
      code: `export function scrollTo(user: { email: string }) {
  window.location.hash = \`#\${user.email}\`;
}
`,
    },
    {
      name: 'email allowed through the options',
      code: `export async function lookup(email: string) {
  return fetch(\`/api/users?email=\${email}\`);
}
`,
      options: { allowCategories: ['user.contact.email'] },
    },
    {
      name: 'a form body sent with axios and qs.stringify',
      code: `import axios from 'axios';
import qs from 'qs';
export async function login(email: string, password: string) {
  return axios.post('https://auth.segment.com/token', qs.stringify({ email, password }), {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  });
}
`,
    },
    {
      name: 'the email after the fragment is not sent',
      code: `export function embeddedSignIn(currentPath: string, email: string) {
  window.location.href = \`/signin?returnTo=\${encodeURIComponent(currentPath)}#embedded=true&email=\${email}\`;
}
`,
    },
    {
      name: 'an enum member named after email',
      code: `import { AuthenticationErrorCode } from './errors';
export function disposableEmailError(appUrl: string) {
  const errorUrl = new URL('/signin', appUrl);
  errorUrl.searchParams.set('error', AuthenticationErrorCode.SignupDisposableEmail);
  return errorUrl.toString();
}
`,
    },
    {
      name: "an email's domain only",
      code: `import { extractEmailDomain } from './email';
export function customersLink(slug: string, customer: { email: string }) {
  return \`/\${slug}/customers?search=\${extractEmailDomain(customer.email)}\`;
}
`,
    },
    {
      name: 'a public username in a profile path',
      code: `import { useRouter } from 'next/navigation';
export function useProfile(user: { username: string }) {
  const router = useRouter();
  return () => router.push(\`/u/\${user.username}\`);
}
`,
    },
    {
      name: 'an API key and a place id in a third-party URL',
      code: `const GOOGLE_API_KEY = process.env.GOOGLE_API_KEY;
export async function placeDetails(placeId: string) {
  return fetch(\`https://maps.googleapis.com/maps/api/place/details/json?key=\${GOOGLE_API_KEY}&place_id=\${placeId}\`);
}
`,
    },
    {
      name: 'a navigation with a constant path',
      code: `import { redirect } from 'next/navigation';
export async function requireSession(session: { user?: { email: string } } | null) {
  if (!session?.user) redirect('/login');
  return session.user.email;
}
`,
    },
  ],
  invalid: [
    {
      name: 'fetch with the email in the query string',
      code: `export async function lookup(email: string) {
  const res = await fetch(\`/api/users?email=\${email}\`);
  return res.json();
}
`,
      errors: [{ ...IN_QUERY, line: 2, data: { part: 'query string', category: EMAIL } }],
    },
    {
      name: 'axios params',
      code: `import axios from 'axios';
export async function lookup(email: string) {
  const { data } = await axios.get('/lookup', { params: { email } });
  return data;
}
`,
      errors: [{ ...IN_QUERY, line: 3, data: { part: 'query string', category: EMAIL } }],
    },
    {
      name: 'router.push: encoding is not masking',
      code: `import { useRouter } from 'next/navigation';
export function useInvite() {
  const router = useRouter();
  return (email: string) => router.push(\`/invite?email=\${encodeURIComponent(email)}\`);
}
`,
      errors: [{ ...IN_QUERY, line: 4 }],
    },
    {
      name: 'res.redirect with the name',
      code: `import type { Request, Response } from 'express';
export function welcome(req: Request & { user: { name: string } }, res: Response) {
  res.redirect(\`/welcome?name=\${req.user.name}\`);
}
`,
      errors: [{ ...IN_QUERY, line: 3, data: { part: 'query string', category: 'Name' } }],
    },
    {
      name: 'new URLSearchParams({ phone })',
      code: `export function verifyUrl(form: { phone: string }) {
  const { phone } = form;
  return '/verify?' + new URLSearchParams({ phone }).toString();
}
`,
      errors: [{ ...IN_QUERY, line: 3, data: { part: 'query string', category: 'Phone number' } }],
    },
    {
      name: 'url.searchParams.set',
      code: `export function lookupUrl(email: string) {
  const url = new URL('/api/lookup', 'https://api.segment.com');
  url.searchParams.set('email', email);
  return url.toString();
}
`,
      errors: [{ ...IN_QUERY, line: 3 }],
    },
    {
      name: '<Link href> with the email in the path',
      filename: 'member.tsx',
      code: `import Link from 'next/link';
export function Member({ user }: { user: { email: string; name: string } }) {
  return <Link href={\`/u/\${user.email}\`}>{user.name}</Link>;
}
`,
      errors: [{ ...IN_PATH, line: 3 }],
    },
    {
      name: 'window.location.href assigned with a concatenation',
      code: `export function goToReset(email: string) {
  window.location.href = '/reset?email=' + email;
}
`,
      errors: [{ ...IN_QUERY, line: 2 }],
    },
    {
      name: 'got searchParams',
      code: `import got from 'got';
export async function findLead(email: string) {
  return got('https://api.segment.com/v1/leads', { searchParams: { email } }).json();
}
`,
      errors: [{ ...IN_QUERY, line: 3 }],
    },
    {
      name: 'ky searchParams',
      code: `import ky from 'ky';
export async function findLead(phoneNumber: string) {
  return ky.get('/api/leads', { searchParams: { phone: phoneNumber } }).json();
}
`,
      errors: [{ ...IN_QUERY, line: 3, data: { part: 'query string', category: 'Phone number' } }],
    },
    {
      name: 'qs.stringify in a URL',
      code: `import qs from 'qs';
export function searchUrl(form: { email: string; page: number }) {
  return \`/api/search?\${qs.stringify({ email: form.email, page: form.page })}\`;
}
`,
      errors: [{ ...IN_QUERY, line: 3 }],
    },
    {
      name: 'superagent .query()',
      code: `import superagent from 'superagent';
export async function lookup(email: string) {
  return superagent.get('https://api.segment.com/v1/lookup').query({ email });
}
`,
      errors: [{ ...IN_QUERY, line: 3 }],
    },
    {
      name: 'NextResponse.redirect to a new URL',
      code: `import { NextResponse, type NextRequest } from 'next/server';
export async function POST(req: NextRequest) {
  const { email } = (await req.json()) as { email: string };
  return NextResponse.redirect(new URL(\`/welcome?email=\${email}\`, req.url));
}
`,
      errors: [{ ...IN_QUERY, line: 4 }],
    },
    {
      name: 'location.assign with a phone number',
      code: `export function verifyPhone(phoneNumber: string) {
  location.assign('/verify?phone=' + encodeURIComponent(phoneNumber));
}
`,
      errors: [{ ...IN_QUERY, line: 2 }],
    },
    {
      name: 'URLSearchParams from pairs',
      code: `export function prefill(user: { email: string }) {
  const params = new URLSearchParams([['prefill_email', user.email]]);
  return \`https://forms.segment.com/signup?\${params}\`;
}
`,
      errors: [{ ...IN_QUERY, line: 2 }],
    },
    {
      name: 'a URL builder in the same file',
      code: `const BASE_URL = 'https://app.segment.com';
function buildUrl(path: string, params: Record<string, string>) {
  return \`\${BASE_URL}\${path}?\${new URLSearchParams(params).toString()}\`;
}
export function signupLink(user: { email: string }) {
  return buildUrl('/signup', { email: user.email });
}
`,
      errors: [{ ...IN_QUERY, line: 6 }],
    },
    {
      name: 'a social security number in a query string',
      code: `export async function verifyIdentity(applicant: { ssn: string }) {
  return fetch(\`https://api.segment.com/v1/identity?ssn=\${applicant.ssn}\`);
}
`,
      errors: [
        {
          ...IN_QUERY,
          line: 2,
          data: { part: 'query string', category: 'Social security number' },
        },
      ],
    },
    {
      name: 'a date of birth in a query string',
      code: `export async function quote(user: { dateOfBirth: string }) {
  return fetch(\`/api/quotes?dob=\${user.dateOfBirth}\`);
}
`,
      errors: [{ ...IN_QUERY, line: 2, data: { part: 'query string', category: 'Date of birth' } }],
    },
    {
      name: 'one branch of a conditional URL',
      code: `export async function remove(user: { id: string; email: string }, isInvite: boolean) {
  return fetch(
    isInvite
      ? \`/api/invites?email=\${encodeURIComponent(user.email)}\`
      : \`/api/users?userId=\${user.id}\`,
    { method: 'DELETE' },
  );
}
`,
      errors: [{ ...IN_QUERY, line: 4 }],
    },
    {
      name: 'an avatar service given the email in its path',
      filename: 'avatar.tsx',
      code: `export function Avatar({ user }: { user: { email: string; image?: string } }) {
  return <img src={user.image || \`https://avatar.vercel.sh/\${user.email}\`} alt="" />;
}
`,
      errors: [{ ...IN_PATH, line: 2 }],
    },
    {
      name: 'a link in an HTML email',
      code: `const APP_URL = process.env.APP_URL;
export function confirmHtml(user: { email: string }) {
  return \`<p>Welcome!</p><a href="\${APP_URL}/confirm?email=\${user.email}">Confirm your address</a>\`;
}
`,
      errors: [{ ...IN_QUERY, line: 3 }],
    },
    {
      name: 'the query parameter names the value',
      code: `export function confirmationPage(router: { push(url: string): void }, identifier: string) {
  router.push(\`/confirmation?email=\${encodeURIComponent(identifier)}\`);
}
`,
      errors: [{ ...IN_QUERY, line: 2, data: { part: 'query string', category: EMAIL } }],
    },
    {
      name: 'internal ids reported when the options ask',
      code: `export function profileLink(userId: string) {
  return \`/profile?userId=\${userId}\`;
}
`,
      options: { categories: ['user.unique_id'] },
      errors: [{ ...IN_QUERY, line: 2 }],
    },
  ],
});
