// The generated corpus: a realistic application of N files, the same bytes for the same N
// (a seeded PRNG, no clock, no Math.random). A tenth of the files are models, a fifth
// services that call SDKs (Prisma, Stripe, SendGrid, axios, fetch), a fifth routes that call
// the services, a quarter React components (.tsx) with cookies and browser storage, the rest
// helpers. Imports go from routes to services to models and helpers, never in a cycle and
// never in a chain longer than a few links, as in a real application. Some files hold the
// violations Pledge's rules report (a full card number stored, an email sent to an
// undeclared host, an undeclared cookie, personal data logged), so the rules do their whole
// work and not only the "nothing here" path.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The policy the generated corpus is checked against: the demo application's. */
export const POLICY = new URL('../../../apps/demo/pledge.policy.yaml', import.meta.url).pathname;

/** mulberry32: a small seeded PRNG, enough for picking shapes. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENTITIES = [
  'user',
  'order',
  'invoice',
  'account',
  'customer',
  'subscription',
  'payment',
  'address',
  'profile',
  'ticket',
  'message',
  'session',
  'team',
  'project',
  'document',
  'comment',
];
const FIELDS = {
  user: ['email', 'firstName', 'lastName', 'phone'],
  order: ['total', 'currency', 'status', 'shippingAddress'],
  invoice: ['amount', 'dueDate', 'billingEmail'],
  account: ['email', 'displayName', 'locale'],
  customer: ['email', 'name', 'phone', 'company'],
  subscription: ['plan', 'renewsAt', 'seats'],
  payment: ['amount', 'last4', 'brand'],
  address: ['street', 'city', 'postalCode', 'country'],
  profile: ['bio', 'avatarUrl', 'birthDate'],
  ticket: ['subject', 'body', 'requesterEmail'],
  message: ['body', 'senderId', 'sentAt'],
  session: ['token', 'expiresAt', 'ipAddress'],
  team: ['name', 'slug', 'plan'],
  project: ['name', 'ownerId', 'visibility'],
  document: ['title', 'content', 'authorId'],
  comment: ['text', 'authorId', 'createdAt'],
};

const cap = (s) => s[0].toUpperCase() + s.slice(1);

/** The kinds of file, by index: the same index always gives the same kind. */
export function kindOf(i) {
  const slot = i % 20;
  if (slot < 2) return 'model';
  if (slot < 6) return 'service';
  if (slot < 10) return 'route';
  if (slot < 15) return 'component';
  return 'helper';
}

const dirOf = {
  model: 'models',
  service: 'services',
  route: 'routes',
  component: 'components',
  helper: 'lib',
};
const extOf = (kind) => (kind === 'component' ? 'tsx' : 'ts');

/** The path of file `i`, relative to the corpus root. */
export function pathOf(i) {
  const kind = kindOf(i);
  return `src/${dirOf[kind]}/${kind}${i}.${extOf(kind)}`;
}

/** The nearest earlier file of a kind (what file `i` imports), or undefined. */
function earlier(i, kind) {
  for (let j = i - 1; j >= 0 && j > i - 40; j--) if (kindOf(j) === kind) return j;
  return undefined;
}

function model(i, rnd) {
  const entity = ENTITIES[Math.floor(rnd() * ENTITIES.length)];
  const fields = FIELDS[entity];
  const T = `${cap(entity)}${i}`;
  return `export interface ${T} {
  id: string;
${fields
  .filter((f) => f !== 'createdAt')
  .map(
    (f) =>
      `  ${f}: ${f.endsWith('At') || f.endsWith('Date') ? 'Date' : f === 'seats' || f === 'amount' || f === 'total' ? 'number' : 'string'};`,
  )
  .join('\n')}
  createdAt: Date;
}

export function is${T}(value: unknown): value is ${T} {
  return typeof value === 'object' && value !== null && 'id' in value;
}

export function describe${T}(item: ${T}): string {
  return [item.id, ${fields
    .map((f) => `String(item.${f})`)
    .slice(0, 2)
    .join(', ')}].join(' / ');
}
`;
}

function service(i, rnd) {
  const entity = ENTITIES[Math.floor(rnd() * ENTITIES.length)];
  const m = earlier(i, 'model');
  const h = earlier(i, 'helper');
  const S = cap(entity);
  const flavour = Math.floor(rnd() * 4);
  const imports = [
    `import { PrismaClient } from '@prisma/client';`,
    flavour === 1 ? `import Stripe from 'stripe';` : '',
    flavour === 2 ? `import sgMail from '@sendgrid/mail';` : '',
    flavour === 3 ? `import axios from 'axios';` : '',
    m === undefined
      ? ''
      : `import { type ${cap(kindOfEntity(m))}${m}, describe${cap(kindOfEntity(m))}${m} } from '../models/model${m}.js';`,
    h === undefined ? '' : `import { normalize${h} } from '../lib/helper${h}.js';`,
  ].filter(Boolean);
  const body = [];
  body.push(`const prisma = new PrismaClient();`);
  if (flavour === 1) body.push(`const stripe = new Stripe(process.env.STRIPE_KEY ?? '');`);
  if (flavour === 3)
    body.push(`const api = axios.create({ baseURL: 'https://api.partner${i % 7}.example' });`);
  body.push(`
export async function create${S}${i}(input: { email: string; name: string; cardNumber?: string }) {
  const record = await prisma.${entity}.create({
    data: { email: input.email, name: input.name${h === undefined ? '' : `, slug: normalize${h}(input.name)`}, last4: input.cardNumber?.slice(-4) },
  });`);
  if (i % 40 === 2)
    body.push(`  await prisma.card.create({ data: { number: input.cardNumber } });`);
  if (flavour === 1)
    body.push(`  await stripe.customers.create({ email: input.email, name: input.name });`);
  if (flavour === 2)
    body.push(
      `  await sgMail.send({ to: input.email, from: 'hello@example.com', subject: 'Welcome', text: 'Welcome, ' + input.name });`,
    );
  if (flavour === 3)
    body.push(`  await api.post('/events', { type: '${entity}.created', id: record.id });`);
  if (i % 60 === 3)
    body.push(
      `  await fetch('https://collect.tracker${i % 5}.example/e', { method: 'POST', body: JSON.stringify({ email: input.email }) });`,
    );
  if (i % 50 === 4) body.push(`  console.log('created ${entity}', input.email);`);
  else body.push(`  console.log('created ${entity}', record.id);`);
  body.push(`  return record;
}

export async function list${S}${i}(page: number) {
  const rows = await prisma.${entity}.findMany({ skip: page * 20, take: 20, orderBy: { createdAt: 'desc' } });
  return rows.map((row: { id: string }) => row.id);
}
${
  m === undefined
    ? ''
    : `
export function summary${i}(item: ${cap(kindOfEntity(m))}${m}): string {
  return describe${cap(kindOfEntity(m))}${m}(item);
}
`
}`);
  return `${imports.join('\n')}\n\n${body.join('\n')}`;
}

/** The type name prefix of model `m` (its entity), from the same PRNG draw as `model()`. */
function kindOfEntity(m) {
  const rnd = prng(m + 1);
  return ENTITIES[Math.floor(rnd() * ENTITIES.length)];
}

function route(i, rnd) {
  const s = earlier(i, 'service');
  const entity = s === undefined ? 'user' : serviceEntity(s);
  const S = cap(entity);
  const lines = [
    `import express from 'express';`,
    s === undefined
      ? ''
      : `import { create${S}${s}, list${S}${s} } from '../services/service${s}.js';`,
    '',
    `export const router${i} = express.Router();`,
    '',
    `router${i}.get('/${entity}s', async (req, res) => {`,
    `  const page = Number(req.query.page ?? 0);`,
    s === undefined ? `  res.json({ page });` : `  res.json(await list${S}${s}(page));`,
    `});`,
    '',
    `router${i}.post('/${entity}s', async (req, res) => {`,
    `  const { email, name, cardNumber } = req.body;`,
    s === undefined
      ? `  const created = { id: String(Date.now()) };`
      : `  const created = await create${S}${s}({ email, name, cardNumber });`,
    `  res.cookie('session_id', created.id, { httpOnly: true, secure: true, sameSite: 'lax' });`,
    i % 30 === 6 ? `  res.cookie('promo_seen_${i}', '1');` : '',
    i % 45 === 7 ? `  console.info('signup', { email, name });` : '',
    rnd() < 0.5 ? `  if (!email) return res.status(400).json({ error: 'email required' });` : '',
    `  res.status(201).json({ id: created.id });`,
    `});`,
  ];
  return lines.filter((l, k) => l !== '' || lines[k - 1] !== '').join('\n') + '\n';
}

function serviceEntity(s) {
  const rnd = prng(s + 1);
  return ENTITIES[Math.floor(rnd() * ENTITIES.length)];
}

function component(i, rnd) {
  const h = earlier(i, 'helper');
  const C = `Panel${i}`;
  const storage = rnd() < 0.3;
  return `import { useEffect, useState } from 'react';${h === undefined ? '' : `\nimport { normalize${h} } from '../lib/helper${h}.js';`}

interface ${C}Props {
  title: string;
  email?: string;
  items: { id: string; label: string }[];
}

export function ${C}({ title, email, items }: ${C}Props) {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    document.cookie = 'csrf_token=' + Math.random().toString(36) + '; Secure; SameSite=Strict';
${i % 35 === 10 ? "    document.cookie = 'last_panel=" + i + "; max-age=31536000';\n" : ''}${storage ? `    localStorage.setItem('panel${i}-open', String(open));\n` : ''}${i % 55 === 11 ? "    if (email) localStorage.setItem('user-email', email);\n" : ''}  }, [open, email]);
  return (
    <section className="panel" aria-expanded={open}>
      <h2 onClick={() => setOpen(!open)}>{${h === undefined ? 'title' : `normalize${h}(title)`}}</h2>
      {open && (
        <ul>
          {items.map((item) => (
            <li key={item.id}>{item.label}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
`;
}

function helper(i, rnd) {
  const n = 2 + Math.floor(rnd() * 4);
  const extra = Array.from(
    { length: n },
    (_, k) => `
export function step${i}_${k}(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value * ${k + 1};
  return Math.round(total / Math.max(1, values.length));
}`,
  ).join('\n');
  return `export function normalize${i}(value: string): string {
  return value.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

export function formatMoney${i}(cents: number, currency = 'USD'): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(cents / 100);
}
${extra}
`;
}

const MAKERS = { model, service, route, component, helper };

/** The source of file `i`. */
export function source(i) {
  const rnd = prng(i + 1);
  return MAKERS[kindOf(i)](i, rnd);
}

// The SDKs are not installed in the corpus: shorthand ambient modules give them `any`, as an
// application whose dependencies have no types would, and keep `tsc` free of resolution errors.
const VENDOR = `declare module '@prisma/client';
declare module 'stripe';
declare module '@sendgrid/mail';
declare module 'axios';
declare module 'express' {
  type Handler = (req: any, res: any) => unknown;
  interface Router {
    get(path: string, handler: Handler): void;
    post(path: string, handler: Handler): void;
  }
  const express: { Router(): Router };
  export default express;
}
declare module 'react' {
  export function useState<T>(initial: T): [T, (value: T) => void];
  export function useEffect(effect: () => void, deps?: readonly unknown[]): void;
}
declare module 'react/jsx-runtime' {
  export const jsx: any;
  export const jsxs: any;
  export const Fragment: any;
}
declare const process: { env: Record<string, string | undefined> };
declare namespace JSX {
  interface IntrinsicElements {
    [name: string]: any;
  }
  type Element = any;
}
`;

/**
 * Writes a corpus of `files` files into `dir` (emptied first): the sources, a tsconfig.json,
 * ambient declarations of the SDKs and the policy. Returns the file paths (relative).
 */
export function generateCorpus(dir, files) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const sub of Object.values(dirOf)) mkdirSync(join(dir, 'src', sub), { recursive: true });
  const paths = [];
  for (let i = 0; i < files; i++) {
    const path = pathOf(i);
    writeFileSync(join(dir, path), source(i));
    paths.push(path);
  }
  writeFileSync(join(dir, 'src', 'vendor.d.ts'), VENDOR);
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
          lib: ['es2022', 'dom'],
        },
        include: ['src'],
      },
      null,
      2,
    )}\n`,
  );
  writeFileSync(
    join(dir, 'package.json'),
    '{ "name": "bench-corpus", "private": true, "type": "module" }\n',
  );
  copyFileSync(POLICY, join(dir, 'pledge.policy.yaml'));
  return paths;
}
