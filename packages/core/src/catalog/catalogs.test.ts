import { matchGlob } from '@pledge/policy';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { analyzeFile, type FileAnalysis } from '../engine/analysis.js';
import { testPolicy } from '../testing/run.js';
import { ENV_ENDPOINTS, WEBHOOK_URL_SHAPES } from './env.js';

// One case per catalog entry (or pattern family) that real apps use: the snippet goes through the
// engine, and the fact it should produce is asserted. The SDK recipes carry their own examples
// (sdks.test.ts).

const POLICY = testPolicy(`
version: 1
organization: Example, Inc.
document: { url: https://example.com/privacy, effective: 2024-01-01 }
clauses:
  disclosure: { section: Disclosure to Third Parties }
firstParty:
  hosts: [example.com]
`);

function analyze(code: string, name: string): FileAnalysis {
  const sourceFile = ts.createSourceFile(
    `${name.replace(/\W+/g, '_')}.ts`,
    code,
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TS,
  );
  return analyzeFile({ ts, sourceFile, policy: POLICY });
}

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const HOST_PATTERN = /^(\*\.)?[a-z0-9.-]+$/;

interface HttpCase {
  name: string;
  code: string;
  client: string;
  host: string;
}

const HTTP_CASES: readonly HttpCase[] = [
  {
    name: 'Angular HttpClient injected by constructor parameter type',
    client: 'angular-http',
    host: 'crm.example.net',
    code: `import { Injectable } from '@angular/core';
import { HttpClient } from '@angular/common/http';
@Injectable({ providedIn: 'root' })
export class LeadService {
  constructor(private http: HttpClient) {}
  save(email: string) {
    return this.http.post('https://crm.example.net/leads', { email });
  }
}`,
  },
  {
    name: 'Angular HttpClient from inject()',
    client: 'angular-http',
    host: 'crm.example.net',
    code: `import { inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
export class LeadService {
  private http = inject(HttpClient);
  save(email: string) {
    return this.http.put('https://crm.example.net/leads/1', { email });
  }
}`,
  },
  {
    name: 'Angular HttpClient get with params',
    client: 'angular-http-get',
    host: 'crm.example.net',
    code: `import { HttpClient } from '@angular/common/http';
export class LeadService {
  constructor(private readonly http: HttpClient) {}
  find(email: string) {
    return this.http.get('https://crm.example.net/leads', { params: { email } });
  }
}`,
  },
  {
    name: 'Angular HttpClient request(method, url, { body })',
    client: 'angular-http-request',
    host: 'crm.example.net',
    code: `import { HttpClient } from '@angular/common/http';
export class LeadService {
  constructor(private http: HttpClient) {}
  save(email: string) {
    return this.http.request('POST', 'https://crm.example.net/leads', { body: { email } });
  }
}`,
  },
  {
    name: 'NestJS HttpService post',
    client: 'nestjs-axios',
    host: 'crm.example.net',
    code: `import { Injectable } from '@nestjs/common';
import { HttpService } from '@nestjs/axios';
@Injectable()
export class CrmService {
  constructor(private readonly http: HttpService) {}
  sync(email: string) {
    return this.http.post('https://crm.example.net/contacts', { email });
  }
}`,
  },
  {
    name: 'NestJS HttpService get with params',
    client: 'nestjs-axios-get',
    host: 'crm.example.net',
    code: `import { HttpService } from '@nestjs/axios';
export class CrmService {
  constructor(private readonly http: HttpService) {}
  find(email: string) {
    return this.http.get('https://crm.example.net/contacts', { params: { email } });
  }
}`,
  },
  {
    name: "Nuxt's global $fetch",
    client: 'ofetch',
    host: 'api.example.net',
    code: `export async function subscribe(email: string) {
  await $fetch('https://api.example.net/subscribe', { method: 'POST', body: { email } });
}`,
  },
  {
    name: 'ofetch.create({ baseURL }) instance',
    client: 'ofetch',
    host: 'api.example.net',
    code: `import { ofetch } from 'ofetch';
const api = ofetch.create({ baseURL: 'https://api.example.net' });
export async function subscribe(email: string) {
  await api('/subscribe', { method: 'POST', body: { email } });
}`,
  },
  {
    name: "Nuxt's useFetch",
    client: 'nuxt-use-fetch',
    host: 'api.example.net',
    code: `export function useSubscribe(email: string) {
  return useFetch('https://api.example.net/subscribe', { method: 'POST', body: { email } });
}`,
  },
  {
    name: "VueUse's useFetch(url).post(body)",
    client: 'vueuse-fetch',
    host: 'api.example.net',
    code: `import { useFetch } from '@vueuse/core';
export function subscribe(email: string) {
  return useFetch('https://api.example.net/subscribe').post({ email }).json();
}`,
  },
  {
    name: 'wretch(base).url(path).post(body)',
    client: 'wretch',
    host: 'api.example.net',
    code: `import wretch from 'wretch';
const api = wretch('https://api.example.net');
export async function subscribe(email: string) {
  await api.url('/subscribe').post({ email });
}`,
  },
  {
    name: 'needle.post(url, data)',
    client: 'needle',
    host: 'api.example.net',
    code: `import needle from 'needle';
export async function subscribe(email: string) {
  await needle.post('https://api.example.net/subscribe', { email }, { json: true });
}`,
  },
  {
    name: "needle('post', url, data)",
    client: 'needle-request',
    host: 'api.example.net',
    code: `import needle from 'needle';
export async function subscribe(email: string) {
  await needle('post', 'https://api.example.net/subscribe', { email });
}`,
  },
  {
    name: 'phin({ url, data })',
    client: 'phin',
    host: 'api.example.net',
    code: `import phin from 'phin';
export async function subscribe(email: string) {
  await phin({ url: 'https://api.example.net/subscribe', method: 'POST', data: { email } });
}`,
  },
  {
    name: 'request.post({ url, json })',
    client: 'request',
    host: 'api.example.net',
    code: `import request from 'request';
export function subscribe(email: string) {
  request.post({ url: 'https://api.example.net/subscribe', json: { email } });
}`,
  },
  {
    name: 'request-promise rp({ uri, body })',
    client: 'request-options',
    host: 'api.example.net',
    code: `import rp from 'request-promise';
export async function subscribe(email: string) {
  await rp({ uri: 'https://api.example.net/subscribe', method: 'POST', body: { email }, json: true });
}`,
  },
  {
    name: 'redaxios is axios',
    client: 'axios',
    host: 'api.example.net',
    code: `import axios from 'redaxios';
export async function subscribe(email: string) {
  await axios.post('https://api.example.net/subscribe', { email });
}`,
  },
  {
    name: 'ky-universal is ky',
    client: 'ky',
    host: 'api.example.net',
    code: `import ky from 'ky-universal';
export async function subscribe(email: string) {
  await ky.post('https://api.example.net/subscribe', { json: { email } });
}`,
  },
  {
    name: 'isomorphic-unfetch is fetch',
    client: 'fetch',
    host: 'api.example.net',
    code: `import fetch from 'isomorphic-unfetch';
export async function subscribe(email: string) {
  await fetch('https://api.example.net/subscribe', { method: 'POST', body: JSON.stringify({ email }) });
}`,
  },
  {
    name: 'superagent with calls between the request and send()',
    client: 'superagent',
    host: 'api.example.net',
    code: `import superagent from 'superagent';
export async function subscribe(email: string) {
  await superagent.post('https://api.example.net/subscribe').set('X-Key', 'key').type('json').send({ email });
}`,
  },
  {
    name: 'https.request(url) then req.write(body)',
    client: 'node-http-write',
    host: 'api.example.net',
    code: `import https from 'node:https';
export function subscribe(email: string) {
  const req = https.request('https://api.example.net/subscribe', { method: 'POST' });
  req.write(JSON.stringify({ email }));
  req.end();
}`,
  },
];

interface CookieCase {
  name: string;
  code: string;
  api: string;
  cookie: string;
}

const COOKIE_CASES: readonly CookieCase[] = [
  {
    name: 'tiny-cookie setCookie',
    api: 'tiny-cookie',
    cookie: 'theme',
    code: `import { setCookie } from 'tiny-cookie';
setCookie('theme', 'dark', { expires: '1M' });`,
  },
  {
    name: 'typescript-cookie setCookie',
    api: 'typescript-cookie',
    cookie: 'consent',
    code: `import { setCookie } from 'typescript-cookie';
setCookie('consent', 'yes', { expires: 365 });`,
  },
  {
    name: "Keats' cookies (new Cookies(req, res).set)",
    api: 'cookies',
    cookie: 'sid',
    code: `import Cookies from 'cookies';
import type { IncomingMessage, ServerResponse } from 'node:http';
export function handle(req: IncomingMessage, res: ServerResponse) {
  new Cookies(req, res).set('sid', 'abc', { httpOnly: true });
}`,
  },
  {
    name: 'vue-cookies',
    api: 'vue-cookies',
    cookie: 'locale',
    code: `import VueCookies from 'vue-cookies';
VueCookies.set('locale', 'en', '30d');`,
  },
  {
    name: "VueUse's useCookies",
    api: 'vueuse-cookies',
    cookie: 'locale',
    code: `import { useCookies } from '@vueuse/integrations/useCookies';
const cookies = useCookies(['locale']);
cookies.set('locale', 'en', { path: '/' });`,
  },
  {
    name: 'Remix createCookie(name, options)',
    api: 'remix-create-cookie',
    cookie: 'user-prefs',
    code: `import { createCookie } from '@remix-run/node';
export const prefs = createCookie('user-prefs', { maxAge: 604800 });`,
  },
  {
    name: 'iron-session cookieName option',
    api: 'iron-session',
    cookie: 'shop_session',
    code: `import { getIronSession } from 'iron-session';
import { cookies } from 'next/headers';
export async function session() {
  return getIronSession(await cookies(), { password: process.env.SESSION_SECRET!, cookieName: 'shop_session' });
}`,
  },
  {
    name: 'ngx-cookie CookieService.put',
    api: 'ngx-cookie',
    cookie: 'theme',
    code: `import { CookieService } from 'ngx-cookie';
export class Preferences {
  constructor(private cookieService: CookieService) {}
  save() {
    this.cookieService.put('theme', 'dark');
  }
}`,
  },
];

interface StorageCase {
  name: string;
  code: string;
  sink: string;
  /** A column the raw SQL is read to write, for raw-SQL sinks whose values are bound elsewhere. */
  column?: string;
}

const STORAGE_CASES: readonly StorageCase[] = [
  {
    name: 'Kysely insertInto().values()',
    sink: 'kysely',
    code: `import { Kysely } from 'kysely';
import { dialect } from './dialect';
const db = new Kysely<Record<string, never>>({ dialect });
export async function save(email: string) {
  await db.insertInto('users').values({ email }).execute();
}`,
  },
  {
    name: 'Kysely updateTable().set()',
    sink: 'kysely',
    code: `import { Kysely } from 'kysely';
import { dialect } from './dialect';
const db = new Kysely<Record<string, never>>({ dialect });
export async function save(id: string, email: string) {
  await db.updateTable('users').set({ email }).where('id', '=', id).execute();
}`,
  },
  {
    name: 'Supabase from().insert()',
    sink: 'supabase',
    code: `import { createClient } from '@supabase/supabase-js';
const supabase = createClient(process.env.SUPABASE_URL!, process.env.SUPABASE_KEY!);
export async function save(email: string) {
  await supabase.from('profiles').insert({ email });
}`,
  },
  {
    name: 'Firestore addDoc',
    sink: 'firestore',
    code: `import { addDoc, collection, getFirestore } from 'firebase/firestore';
const db = getFirestore();
export async function save(email: string) {
  await addDoc(collection(db, 'users'), { email });
}`,
  },
  {
    name: 'Firestore admin collection().doc().set()',
    sink: 'firestore-admin',
    code: `import { getFirestore } from 'firebase-admin/firestore';
const db = getFirestore();
export async function save(id: string, email: string) {
  await db.collection('users').doc(id).set({ email });
}`,
  },
  {
    name: 'Mongoose Model<User> injected by NestJS',
    sink: 'mongoose',
    code: `import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { User } from './user.schema';
export class UsersService {
  constructor(@InjectModel(User.name) private userModel: Model<User>) {}
  create(email: string) {
    return this.userModel.create({ email });
  }
}`,
  },
  {
    name: 'Mongoose new this.userModel(dto)',
    sink: 'mongoose',
    code: `import { Model } from 'mongoose';
import { User } from './user.schema';
export class UsersService {
  constructor(private userModel: Model<User>) {}
  create(email: string) {
    return new this.userModel({ email }).save();
  }
}`,
  },
  {
    name: 'Typegoose getModelForClass().create()',
    sink: 'mongoose',
    code: `import { getModelForClass } from '@typegoose/typegoose';
import { User } from './user';
const UserModel = getModelForClass(User);
export async function save(email: string) {
  await UserModel.create({ email });
}`,
  },
  {
    name: 'Sequelize class model User.create()',
    sink: 'sequelize',
    code: `import { Model } from 'sequelize';
class User extends Model {}
export async function save(email: string) {
  await User.create({ email });
}`,
  },
  {
    name: 'Sequelize model injected by NestJS (typeof User)',
    sink: 'sequelize',
    code: `import { InjectModel } from '@nestjs/sequelize';
import { User } from './user.model';
export class UsersService {
  constructor(@InjectModel(User) private userModel: typeof User) {}
  create(email: string) {
    return this.userModel.create({ email });
  }
}`,
  },
  {
    name: 'MikroORM EntityManager from a driver package',
    sink: 'mikro-orm',
    code: `import { EntityManager } from '@mikro-orm/postgresql';
import { User } from './user.entity';
export class UsersService {
  constructor(private readonly em: EntityManager) {}
  create(email: string) {
    return this.em.create(User, { email });
  }
}`,
  },
  {
    name: 'Drizzle sql`INSERT …`',
    sink: 'sql',
    column: 'email',
    code: `import { sql } from 'drizzle-orm';
import { db } from './db';
export async function save(email: string) {
  await db.execute(sql\`INSERT INTO users (email) VALUES (\${email})\`);
}`,
  },
  {
    name: 'Kysely sql`UPDATE …`',
    sink: 'sql',
    column: 'email',
    code: `import { sql } from 'kysely';
import { db } from './db';
export async function save(email: string) {
  await sql\`UPDATE users SET email = \${email}\`.execute(db);
}`,
  },
  {
    name: 'MikroORM em.execute(sql, params)',
    sink: 'sql',
    column: 'email',
    code: `import { EntityManager } from '@mikro-orm/postgresql';
export class UsersService {
  constructor(private readonly em: EntityManager) {}
  save(email: string) {
    return this.em.execute('insert into users (email) values (?)', [email]);
  }
}`,
  },
  {
    name: 'PlanetScale connect().execute()',
    sink: 'sql',
    column: 'email',
    code: `import { connect } from '@planetscale/database';
const conn = connect({ url: process.env.DATABASE_URL });
export async function save(email: string) {
  await conn.execute('INSERT INTO users (email) VALUES (?)', [email]);
}`,
  },
  {
    name: 'pg-promise db.none()',
    sink: 'sql',
    column: 'email',
    code: `import pgPromise from 'pg-promise';
const pgp = pgPromise();
const db = pgp(process.env.DATABASE_URL!);
export async function save(email: string) {
  await db.none('INSERT INTO users (email) VALUES ($1)', [email]);
}`,
  },
  {
    name: 'mssql request().input().query()',
    sink: 'sql',
    column: 'email',
    code: `import sql from 'mssql';
export async function save(email: string) {
  const pool = await sql.connect(process.env.MSSQL_URL!);
  await pool.request().input('email', email).query('INSERT INTO users (email) VALUES (@email)');
}`,
  },
  {
    name: 'oracledb connection.execute()',
    sink: 'sql',
    column: 'email',
    code: `import oracledb from 'oracledb';
export async function save(email: string) {
  const connection = await oracledb.getConnection({ user: 'app', connectString: 'db/xe' });
  await connection.execute('INSERT INTO users (email) VALUES (:email)', { email });
}`,
  },
  {
    name: 'PGlite query()',
    sink: 'sql',
    column: 'email',
    code: `import { PGlite } from '@electric-sql/pglite';
const db = new PGlite();
export async function save(email: string) {
  await db.query('INSERT INTO users (email) VALUES ($1)', [email]);
}`,
  },
  {
    name: 'libSQL execute({ sql, args })',
    sink: 'libsql',
    column: 'email',
    code: `import { createClient } from '@libsql/client';
const client = createClient({ url: process.env.TURSO_URL! });
export async function save(email: string) {
  await client.execute({ sql: 'INSERT INTO users (email) VALUES (?)', args: [email] });
}`,
  },
  {
    name: '@vercel/kv set',
    sink: 'redis',
    code: `import { kv } from '@vercel/kv';
export async function save(id: string, email: string) {
  await kv.set('user:' + id, { email });
}`,
  },
  {
    name: 'unstorage createStorage().setItem()',
    sink: 'unstorage',
    code: `import { createStorage } from 'unstorage';
const storage = createStorage();
export async function save(email: string) {
  await storage.setItem('profile', { email });
}`,
  },
  {
    name: "Nitro's useStorage().setItem()",
    sink: 'unstorage',
    code: `export async function save(email: string) {
  await useStorage('data').setItem('profile', { email });
}`,
  },
  {
    name: 'localForage setItem',
    sink: 'localforage',
    code: `import localforage from 'localforage';
export async function save(email: string) {
  await localforage.setItem('profile', { email });
}`,
  },
  {
    name: 'React Native AsyncStorage',
    sink: 'device-storage',
    code: `import AsyncStorage from '@react-native-async-storage/async-storage';
export async function save(email: string) {
  await AsyncStorage.setItem('profile', JSON.stringify({ email }));
}`,
  },
  {
    name: 'Expo SecureStore',
    sink: 'device-storage',
    code: `import * as SecureStore from 'expo-secure-store';
export async function save(email: string) {
  await SecureStore.setItemAsync('email', email);
}`,
  },
  {
    name: 'MMKV',
    sink: 'device-storage',
    code: `import { MMKV } from 'react-native-mmkv';
const storage = new MMKV();
export function save(email: string) {
  storage.set('email', email);
}`,
  },
  {
    name: 'Capacitor Preferences',
    sink: 'capacitor-preferences',
    code: `import { Preferences } from '@capacitor/preferences';
export async function save(email: string) {
  await Preferences.set({ key: 'email', value: email });
}`,
  },
  {
    name: 'pino child logger bindings',
    sink: 'logger',
    code: `import pino from 'pino';
const logger = pino();
export function onLogin(email: string) {
  logger.child({ email }).info('signed in');
}`,
  },
  {
    name: 'tslog',
    sink: 'logger',
    code: `import { Logger } from 'tslog';
const logger = new Logger();
export function onLogin(email: string) {
  logger.info('signed in', email);
}`,
  },
  {
    name: 'debug',
    sink: 'debug',
    code: `import debug from 'debug';
const log = debug('app:auth');
export function onLogin(email: string) {
  log('signed in %s', email);
}`,
  },
];

interface SanitizerCase {
  name: string;
  code: string;
  /** What the logged value carries: a transform, or `kept` when it passes through unchanged. */
  effect: 'hashed' | 'encrypted' | 'kept';
}

const SANITIZER_CASES: readonly SanitizerCase[] = [
  {
    name: 'crypto.scryptSync',
    effect: 'hashed',
    code: `import { scryptSync } from 'node:crypto';
export function log(email: string) {
  console.log(scryptSync(email, 'salt', 64));
}`,
  },
  {
    name: '@node-rs/bcrypt hash',
    effect: 'hashed',
    code: `import { hash } from '@node-rs/bcrypt';
export async function log(email: string) {
  console.log(await hash(email, 10));
}`,
  },
  {
    name: 'Bun.password.hash',
    effect: 'hashed',
    code: `export async function log(email: string) {
  console.log(await Bun.password.hash(email));
}`,
  },
  {
    name: '@noble/hashes sha256',
    effect: 'hashed',
    code: `import { sha256 } from '@noble/hashes/sha256';
export function log(email: string) {
  console.log(sha256(email));
}`,
  },
  {
    name: 'hash-wasm argon2id',
    effect: 'hashed',
    code: `import { argon2id } from 'hash-wasm';
export async function log(email: string, salt: Uint8Array) {
  console.log(await argon2id({ password: email, salt, parallelism: 1, iterations: 2, memorySize: 512, hashLength: 32 }));
}`,
  },
  {
    name: 'ohash hash',
    effect: 'hashed',
    code: `import { hash } from 'ohash';
export function log(email: string) {
  console.log(hash({ email }));
}`,
  },
  {
    name: 'crypto-js HmacSHA256',
    effect: 'hashed',
    code: `import CryptoJS from 'crypto-js';
export function log(email: string) {
  console.log(CryptoJS.HmacSHA256(email, 'key'));
}`,
  },
  {
    name: 'AWS KMS EncryptCommand',
    effect: 'encrypted',
    code: `import { EncryptCommand } from '@aws-sdk/client-kms';
export function log(email: string) {
  console.log(new EncryptCommand({ KeyId: 'alias/app', Plaintext: Buffer.from(email) }));
}`,
  },
  {
    name: 'libsodium crypto_secretbox_easy',
    effect: 'encrypted',
    code: `import sodium from 'libsodium-wrappers';
export function log(email: string, nonce: Uint8Array, key: Uint8Array) {
  console.log(sodium.crypto_secretbox_easy(email, nonce, key));
}`,
  },
  {
    name: 'iron-session sealData',
    effect: 'encrypted',
    code: `import { sealData } from 'iron-session';
export async function log(email: string) {
  console.log(await sealData({ email }, { password: process.env.SESSION_SECRET! }));
}`,
  },
  {
    name: 'jose EncryptJWT',
    effect: 'encrypted',
    code: `import { EncryptJWT } from 'jose';
export function log(email: string) {
  console.log(new EncryptJWT({ email }));
}`,
  },
  {
    name: 'React Email render keeps what it renders',
    effect: 'kept',
    code: `import { render } from '@react-email/render';
export async function log(email: string) {
  console.log(await render(email));
}`,
  },
];

describe('catalog entries, through the engine', () => {
  it('has cases', () => {
    expect(HTTP_CASES.length).toBeGreaterThan(0);
    expect(COOKIE_CASES.length).toBeGreaterThan(0);
    expect(STORAGE_CASES.length).toBeGreaterThan(0);
    expect(SANITIZER_CASES.length).toBeGreaterThan(0);
  });

  it.each(HTTP_CASES)('HTTP: $name', ({ name, code, client, host }) => {
    const analysis = analyze(code, name);
    const sends = analysis.sends.filter((send) => send.via.id === client);
    expect(sends.map((send) => send.host)).toContain(host);
    const personal = sends.flatMap((send) => send.taints).map((taint) => taint.category);
    expect(personal.filter((c) => analysis.taxonomy.isPersonal(c))).not.toEqual([]);
  });

  it.each(COOKIE_CASES)('cookie: $name', ({ name, code, api, cookie }) => {
    const analysis = analyze(code, name);
    expect(analysis.cookies.map((fact) => `${fact.api.id}:${fact.name ?? '?'}`)).toContain(
      `${api}:${cookie}`,
    );
  });

  it.each(STORAGE_CASES)('storage: $name', ({ name, code, sink, column }) => {
    const analysis = analyze(code, name);
    const facts = analysis.storage.filter((fact) => fact.sink.id === sink);
    expect(facts).not.toEqual([]);
    const categories = facts.flatMap((fact) => [
      ...fact.taints.map((taint) => taint.category),
      ...fact.sqlColumns.map((c) => c.category),
    ]);
    expect(categories.filter((c) => analysis.taxonomy.isPersonal(c))).not.toEqual([]);
    if (column !== undefined)
      expect(facts.flatMap((fact) => fact.sqlColumns.map((c) => c.name))).toContain(column);
  });

  it.each(SANITIZER_CASES)('sanitizer: $name', ({ name, code, effect }) => {
    const analysis = analyze(code, name);
    const taints = analysis.storage
      .filter((fact) => fact.sink.id === 'console')
      .flatMap((fact) => fact.taints)
      .filter((taint) => analysis.taxonomy.isPersonal(taint.category));
    expect(taints).not.toEqual([]);
    for (const taint of taints) {
      if (effect === 'kept') expect(taint.transforms).toEqual([]);
      else expect(taint.transforms).toContain(effect);
    }
  });
});

interface EnvCase {
  variable: string;
  /** The entry it names, or null for a variable that holds no endpoint (a key, the app's own URL). */
  endpoint: string | null;
}

const ENV_CASES: readonly EnvCase[] = [
  { variable: 'SLACK_WEBHOOK_URL', endpoint: 'slack-webhook' },
  { variable: 'SLACK_SIGNUPS_WEBHOOK_URL', endpoint: 'slack-webhook' },
  { variable: 'NEXT_PUBLIC_SLACK_WEBHOOK', endpoint: 'slack-webhook' },
  { variable: 'DISCORD_WEBHOOK', endpoint: 'discord-webhook' },
  { variable: 'ALERTS_DISCORD_WEBHOOK_URL', endpoint: 'discord-webhook' },
  { variable: 'TEAMS_WEBHOOK_URL', endpoint: 'teams-webhook' },
  { variable: 'GOOGLE_CHAT_WEBHOOK_URL', endpoint: 'google-chat-webhook' },
  { variable: 'MATTERMOST_WEBHOOK_URL', endpoint: 'mattermost-webhook' },
  { variable: 'ZAPIER_WEBHOOK_URL', endpoint: 'zapier-webhook' },
  { variable: 'ZAPIER_LEADS_WEBHOOK', endpoint: 'zapier-webhook' },
  { variable: 'MAKE_WEBHOOK_URL', endpoint: 'make-webhook' },
  { variable: 'IFTTT_WEBHOOK_URL', endpoint: 'ifttt-webhook' },
  { variable: 'PIPEDREAM_WEBHOOK_URL', endpoint: 'pipedream-webhook' },
  { variable: 'N8N_WEBHOOK_URL', endpoint: 'n8n-webhook' },
  { variable: 'HOOKDECK_SOURCE_URL', endpoint: 'hookdeck-source' },
  { variable: 'POSTHOG_HOST', endpoint: 'posthog-host' },
  { variable: 'NEXT_PUBLIC_POSTHOG_HOST', endpoint: 'posthog-host' },
  { variable: 'SENTRY_DSN', endpoint: 'sentry-dsn' },
  { variable: 'NEXT_PUBLIC_SENTRY_DSN', endpoint: 'sentry-dsn' },
  { variable: 'TINYBIRD_API_URL', endpoint: 'tinybird-host' },
  { variable: 'TINYBIRD_HOST', endpoint: 'tinybird-host' },
  { variable: 'PLAUSIBLE_API_URL', endpoint: 'plausible-host' },
  { variable: 'NEXT_PUBLIC_UMAMI_URL', endpoint: 'umami-host' },
  { variable: 'NEXT_PUBLIC_MIXPANEL_API_HOST', endpoint: 'mixpanel-host' },
  { variable: 'SEGMENT_API_HOST', endpoint: 'segment-host' },
  { variable: 'AXIOM_URL', endpoint: 'axiom-url' },
  { variable: 'HUBSPOT_API_URL', endpoint: 'hubspot-url' },
  { variable: 'HUBSPOT_FORM_URL', endpoint: 'hubspot-forms-url' },
  { variable: 'NEXT_PUBLIC_SUPABASE_URL', endpoint: 'supabase-url' },
  { variable: 'UPSTASH_REDIS_REST_URL', endpoint: 'upstash-url' },
  { variable: 'KV_REST_API_URL', endpoint: 'upstash-url' },
  { variable: 'QSTASH_URL', endpoint: 'qstash-url' },
  { variable: 'NEXT_PUBLIC_CONVEX_URL', endpoint: 'convex-url' },
  { variable: 'OPENAI_BASE_URL', endpoint: 'openai-base-url' },
  { variable: 'ANTHROPIC_BASE_URL', endpoint: 'anthropic-base-url' },
  { variable: 'AZURE_OPENAI_ENDPOINT', endpoint: 'azure-openai-endpoint' },
  { variable: 'OPENROUTER_BASE_URL', endpoint: 'openrouter-base-url' },
  { variable: 'SLACK_BOT_TOKEN', endpoint: null },
  { variable: 'SENTRY_AUTH_TOKEN', endpoint: null },
  { variable: 'MIXPANEL_TOKEN', endpoint: null },
  { variable: 'ALGOLIA_API_KEY', endpoint: null },
  { variable: 'OPENAI_API_KEY', endpoint: null },
  { variable: 'HUBSPOT_REDIRECT_URL', endpoint: null },
  { variable: 'DATABASE_URL', endpoint: null },
  { variable: 'NEXT_PUBLIC_APP_URL', endpoint: null },
];

describe('ENV_ENDPOINTS', () => {
  it('has entries and cases', () => {
    expect(ENV_ENDPOINTS.length).toBeGreaterThan(0);
    expect(ENV_CASES.length).toBeGreaterThan(0);
  });

  it('has unique ids', () => {
    const ids = ENV_ENDPOINTS.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ENV_ENDPOINTS.map((e) => [e.id, e] as const))('%s is well formed', (_id, e) => {
    expect(e.id).toMatch(KEBAB_ID);
    expect(e.vendor.trim()).not.toBe('');
    expect(e.host).toMatch(HOST_PATTERN);
    expect(e.names.length).toBeGreaterThan(0);
    expect(new Set(e.names).size).toBe(e.names.length);
    for (const glob of e.names) {
      // Upper-case variable names with `*` and `?`, and enough letters to name something.
      expect(glob).toMatch(/^[A-Z0-9_*?]+$/);
      expect(glob.replace(/[^A-Z]/g, '').length).toBeGreaterThanOrEqual(4);
    }
  });

  it.each(ENV_CASES)('$variable → $endpoint', ({ variable, endpoint }) => {
    const matching = ENV_ENDPOINTS.filter((e) => e.names.some((glob) => matchGlob(glob, variable)));
    expect(matching.map((e) => e.id)).toEqual(endpoint === null ? [] : [endpoint]);
  });

  it('has a case for every entry', () => {
    const covered = new Set(ENV_CASES.map((c) => c.endpoint));
    expect(ENV_ENDPOINTS.filter((e) => !covered.has(e.id)).map((e) => e.id)).toEqual([]);
  });
});

/** A URL prefix of WEBHOOK_URL_SHAPES as a regular expression; `*` is one or more DNS labels. */
function prefixPattern(prefix: string): RegExp {
  const escaped = prefix
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\/]/g, '\\$&'))
    .join('[a-z0-9-]+(?:\\.[a-z0-9-]+)*');
  return new RegExp(`^${escaped}`);
}

interface WebhookCase {
  url: string;
  shape: string | null;
}

const WEBHOOK_CASES: readonly WebhookCase[] = [
  { url: 'https://hooks.slack.com/services/T000/B000/XXXX', shape: 'slack' },
  { url: 'https://hooks.slack.com/workflows/T000/A000/123/abc', shape: 'slack-workflows' },
  { url: 'https://hooks.slack.com/triggers/T000/123/abc', shape: 'slack-triggers' },
  { url: 'https://discord.com/api/webhooks/123/abc', shape: 'discord' },
  { url: 'https://discordapp.com/api/webhooks/123/abc', shape: 'discord-legacy' },
  { url: 'https://ptb.discord.com/api/webhooks/123/abc', shape: 'discord-ptb' },
  { url: 'https://canary.discord.com/api/webhooks/123/abc', shape: 'discord-canary' },
  { url: 'https://contoso.webhook.office.com/webhookb2/abc/IncomingWebhook/def', shape: 'teams' },
  {
    url: 'https://prod-00.westus.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke',
    shape: 'power-automate',
  },
  {
    url: 'https://default123.45.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/abc',
    shape: 'power-platform',
  },
  { url: 'https://chat.googleapis.com/v1/spaces/AAAA/messages?key=k', shape: 'google-chat' },
  { url: 'https://hooks.zapier.com/hooks/catch/123/abc/', shape: 'zapier' },
  { url: 'https://hook.eu1.make.com/abcdef', shape: 'make' },
  { url: 'https://hook.integromat.com/abcdef', shape: 'integromat' },
  { url: 'https://maker.ifttt.com/trigger/signup/with/key/abc', shape: 'ifttt' },
  { url: 'https://eo123abc.m.pipedream.net', shape: 'pipedream' },
  { url: 'https://acme.app.n8n.cloud/webhook/abc', shape: 'n8n-cloud' },
  { url: 'https://hkdk.events/abc123', shape: 'hookdeck' },
  { url: 'https://webhook.site/6f3c0e2a-1111-2222-3333-444455556666', shape: 'webhook-site' },
  { url: 'https://slack.com/api/chat.postMessage', shape: null },
  { url: 'https://discord.com/channels/123/456', shape: null },
  { url: 'https://evil.example/hooks.slack.com/services/T000', shape: null },
];

describe('WEBHOOK_URL_SHAPES', () => {
  it('has entries and cases', () => {
    expect(WEBHOOK_URL_SHAPES.length).toBeGreaterThan(0);
    expect(WEBHOOK_CASES.length).toBeGreaterThan(0);
  });

  it('has unique ids and prefixes', () => {
    const ids = WEBHOOK_URL_SHAPES.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    const prefixes = WEBHOOK_URL_SHAPES.map((w) => w.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it.each(WEBHOOK_URL_SHAPES.map((w) => [w.id, w] as const))('%s is well formed', (_id, w) => {
    expect(w.id).toMatch(KEBAB_ID);
    expect(w.vendor.trim()).not.toBe('');
    const match = /^https:\/\/([^/]+)(\/.*)?$/.exec(w.prefix);
    expect(match).not.toBeNull();
    // A host whose labels may be `*`, never a bare wildcard domain.
    const host = match?.[1] ?? '';
    expect(host).toMatch(/^(?:(?:[a-z0-9-]+|\*)\.)*[a-z0-9-]+\.[a-z]{2,}$/);
    expect(host.split('.').slice(-2).join('.')).not.toContain('*');
  });

  it.each(WEBHOOK_CASES)('$url → $shape', ({ url, shape }) => {
    const matching = WEBHOOK_URL_SHAPES.filter((w) => prefixPattern(w.prefix).test(url));
    expect(matching.map((w) => w.id)).toEqual(shape === null ? [] : [shape]);
  });

  it('has a case for every shape', () => {
    const covered = new Set(WEBHOOK_CASES.map((c) => c.shape));
    expect(WEBHOOK_URL_SHAPES.filter((w) => !covered.has(w.id)).map((w) => w.id)).toEqual([]);
  });
});
