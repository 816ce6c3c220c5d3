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
  ],
});
