import type { RuleCases } from '../../testing/index.js';
import type { Options } from './rule.js';

// The rule's cases, run by @pledge/rule-tester (test/core-rules.test.ts) through the engine,
// ESLint and the scanner. Cases run against the demo policy (apps/demo/pledge.policy.yaml): full
// card numbers and security codes may not be stored, the last four digits may (clause Purchase
// Information). Hard negatives (last four, BIN, tokens, masks, hashes, lengths, predicates,
// reads) are as important as the positives: each is a line a developer must be able to write
// unflagged.

export const cases: RuleCases<Options> = {
  valid: [
    {
      name: 'a SELECT through a tagged template stores nothing',
      code: `
import postgres from 'postgres';
const sql = postgres();
export async function find(cardNumber: string) {
  return sql\`SELECT id FROM blocked WHERE bin = \${cardNumber.slice(0, 6)}\`;
}
`,
    },
    {
      name: 'a tagged template that stores the last four digits',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function save(cardNumber: string) {
  await prisma.$executeRaw\`INSERT INTO payments (card_last4) VALUES (\${cardNumber.slice(-4)})\`;
}
`,
    },
    {
      name: 'Prisma: only the last four digits (`slice(-4)`) are stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(req: { body: { cardNumber: string } }) {
  await prisma.payment.create({ data: { last4: req.body.cardNumber.slice(-4) } });
}
`,
    },
    {
      name: 'Last four digits via `substring(n.length - 4)`',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(cardNumber: string) {
  const lastFour = cardNumber.substring(cardNumber.length - 4);
  await prisma.payment.create({ data: { lastFour } });
}
`,
    },
    {
      name: 'Last four digits via `substr(-4)` into Redis',
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function cache(cardNumber: string) {
  await redis.set('last4', cardNumber.substr(-4));
}
`,
    },
    {
      name: 'A local helper that keeps the last four digits',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
function lastFour(value: string) {
  return value.slice(-4);
}
export async function pay(cardNumber: string) {
  await prisma.payment.create({ data: { last4: lastFour(cardNumber) } });
}
`,
    },
    {
      name: '`cardLast4` and `cardBrand` fields',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(body: { cardLast4: string; cardBrand: string }) {
  await prisma.payment.create({ data: { cardLast4: body.cardLast4, brand: body.cardBrand } });
}
`,
    },
    {
      name: '`last4` and brand read back from the processor',
      code: `
import Stripe from 'stripe';
import { PrismaClient } from '@prisma/client';
const stripe = new Stripe('sk_test_123');
const prisma = new PrismaClient();
export async function savePaymentMethod(paymentMethodId: string, userId: string) {
  const pm = await stripe.paymentMethods.retrieve(paymentMethodId);
  await prisma.card.create({ data: { userId, last4: pm.card?.last4, brand: pm.card?.brand } });
}
`,
    },
    {
      name: 'First six digits (BIN) and last four',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(cardNumber: string) {
  await prisma.payment.create({ data: { bin: cardNumber.slice(0, 6), last4: cardNumber.slice(-4) } });
}
`,
    },
    {
      name: 'Stripe `paymentMethods.create` result id stored, the number only sent to Stripe',
      code: `
import Stripe from 'stripe';
import { PrismaClient } from '@prisma/client';
const stripe = new Stripe('sk_test_123');
const prisma = new PrismaClient();
export async function addCard(userId: string, cardNumber: string, expMonth: number, expYear: number, cvc: string) {
  const paymentMethod = await stripe.paymentMethods.create({
    type: 'card',
    card: { number: cardNumber, exp_month: expMonth, exp_year: expYear, cvc },
  });
  await prisma.card.create({ data: { userId, paymentMethodId: paymentMethod.id } });
}
`,
    },
    {
      name: 'Processor token and customer id stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function save(userId: string, cardToken: string, stripeCustomerId: string) {
  await prisma.card.create({ data: { userId, cardToken, stripeCustomerId } });
}
`,
    },
    {
      name: 'Card number sent to Stripe, not stored',
      code: `
import Stripe from 'stripe';
const stripe = new Stripe('sk_test_123');
export async function tokenize(cardNumber: string, cvc: string) {
  return stripe.tokens.create({ card: { number: cardNumber, cvc, exp_month: '12', exp_year: '2030' } } as never);
}
`,
    },
    {
      name: "Card number posted to the processor's API with fetch",
      code: `
export async function tokenize(cardNumber: string) {
  return fetch('https://api.stripe.com/v1/tokens', { method: 'POST', body: new URLSearchParams({ 'card[number]': cardNumber }) });
}
`,
    },
    {
      name: 'Masked with `maskCard()`',
      code: `
import { PrismaClient } from '@prisma/client';
import { maskCard } from './mask';
const prisma = new PrismaClient();
export async function pay(cardNumber: string) {
  await prisma.payment.create({ data: { display: maskCard(cardNumber) } });
}
`,
    },
    {
      name: 'Masked text built from the last four digits',
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function cache(cardNumber: string) {
  await redis.set('card', '**** **** **** ' + cardNumber.slice(-4));
}
`,
    },
    {
      name: "Hashed with `createHash('sha256')`",
      code: `
import { createHash } from 'node:crypto';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function fingerprint(cardNumber: string) {
  const fingerprint = createHash('sha256').update(cardNumber).digest('hex');
  await prisma.card.create({ data: { fingerprint } });
}
`,
    },
    {
      name: 'HMAC fingerprint cached in Redis',
      code: `
import { createHmac } from 'node:crypto';
import Redis from 'ioredis';
const redis = new Redis();
export async function remember(cardNumber: string) {
  await redis.set('fp', createHmac('sha256', 'secret').update(cardNumber).digest('hex'));
}
`,
    },
    {
      name: '`cardNumber.length` stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function audit(cardNumber: string) {
  await prisma.audit.create({ data: { digits: cardNumber.length } });
}
`,
    },
    {
      name: '`isCardNumberValid` boolean stored',
      code: `
import { PrismaClient } from '@prisma/client';
import { luhnCheck } from './luhn';
const prisma = new PrismaClient();
export async function audit(cardNumber: string) {
  const isCardNumberValid = luhnCheck(cardNumber);
  await prisma.audit.create({ data: { isCardNumberValid } });
}
`,
    },
    {
      name: '`hasCardNumber` and `cardNumberLength` stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function audit(cardNumber: string | undefined) {
  await prisma.audit.create({ data: { hasCardNumber: cardNumber !== undefined, cardNumberLength: cardNumber?.length ?? 0 } });
}
`,
    },
    {
      name: 'A test that only names the `cardNumber` field',
      code: `
import { expect, it } from 'vitest';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
it('never stores the card number', async () => {
  const row = await prisma.payment.findFirstOrThrow();
  expect(row.cardNumber).toBeUndefined();
  expect(row).not.toHaveProperty('cardNumber');
});
`,
    },
    {
      name: 'A card number read and compared; only the boolean is stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function sameCard(id: string, cardNumber: string) {
  const card = await prisma.card.findUniqueOrThrow({ where: { id } });
  const matches = card.last4 === cardNumber.slice(-4);
  await prisma.audit.create({ data: { matches } });
  return matches;
}
`,
    },
    {
      name: 'Entity with brand, expiry and last-four columns (expiry is not a card number)',
      code: `
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
@Entity()
export class Card {
  @PrimaryGeneratedColumn()
  id!: number;
  @Column()
  cardBrand!: string;
  @Column()
  cardExpiryMonth!: number;
  @Column()
  cardLast4!: string;
}
`,
    },
    {
      name: 'Expiry month and year stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(body: { cardExpMonth: number; cardExpYear: number }) {
  await prisma.payment.create({ data: { expMonth: body.cardExpMonth, expYear: body.cardExpYear } });
}
`,
    },
    {
      name: 'Mongoose schema with last four, brand and expiry',
      code: `
import { Schema } from 'mongoose';
export const cardSchema = new Schema({ last4: String, brand: String, expMonth: Number, expYear: Number, fingerprint: String });
`,
    },
    {
      name: 'Drizzle table with `cardLast4` and a payment-method id',
      code: `
import { pgTable, text } from 'drizzle-orm/pg-core';
export const payments = pgTable('payments', { cardLast4: text('card_last4'), cardBrand: text('card_brand'), paymentMethodId: text() });
`,
    },
    {
      name: 'Raw SQL writing a last-four column with `slice(-4)`',
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function record(cardNumber: string) {
  await pool.query('INSERT INTO payments (card_last4) VALUES ($1)', [cardNumber.slice(-4)]);
}
`,
    },
    {
      name: 'Raw SQL that reads a card-number column',
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function lookup(last4: string) {
  return pool.query('SELECT card_number FROM legacy_cards WHERE card_last4 = $1', [last4]);
}
`,
    },
    {
      name: 'Knex update of the last four digits',
      code: `
import knex from 'knex';
const db = knex({ client: 'pg' });
export async function setLast4(id: number, cardNumber: string) {
  await db('cards').where({ id }).update({ last4: cardNumber.slice(-4) });
}
`,
    },
    {
      name: 'Redis holding a payment-intent id',
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function pending(orderId: string, paymentIntentId: string) {
  await redis.set(\`order:\${orderId}:pi\`, paymentIntentId);
}
`,
    },
    {
      name: '`localStorage` holding the last four digits',
      code: `
export function rememberCard(cardNumber: string) {
  localStorage.setItem('card.last4', cardNumber.slice(-4));
}
`,
    },
    {
      name: 'Logs of a masked number, a validation error and a presence flag',
      code: `
import { maskCardNumber } from './mask';
export function debug(cardNumber: string, cardNumberError: string, cvc: string) {
  console.log('card', maskCardNumber(cardNumber));
  console.warn('card number invalid:', cardNumberError);
  console.info('cvc provided', cvc.length > 0);
}
`,
    },
    {
      name: 'pino log of the last four digits',
      code: `
import pino from 'pino';
const logger = pino();
export function charged(cardNumber: string, amount: number) {
  logger.info({ last4: cardNumber.slice(-4), amount }, 'charged');
}
`,
    },
    {
      name: 'Logs are not checked with `checkLogs: false`',
      code: `
import pino from 'pino';
const logger = pino();
export function debugCharge(cardNumber: string) {
  console.debug('charging', cardNumber);
  logger.info({ cardNumber }, 'charging');
}
`,
      options: { checkLogs: false },
    },
    {
      name: 'Unrelated write',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function signUp(name: string, plan: string) {
  await prisma.user.create({ data: { name, plan } });
}
`,
    },
    {
      name: 'A 16-digit literal that fails the Luhn check (an order reference)',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function seed() {
  await prisma.order.create({ data: { reference: '1234567812345678' } });
}
`,
    },
    {
      name: 'An in-memory `Map` is not storage',
      code: `
export function countDistinct(cardNumbers: string[]) {
  const seen = new Map<string, boolean>();
  for (const n of cardNumbers) seen.set(n, true);
  return seen.size;
}
`,
    },
    {
      name: 'A masked display value (all but the last four digits replaced) is stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(cardNumber: string) {
  await prisma.payment.create({ data: { display: cardNumber.replace(/\\d(?=\\d{4})/g, '*') } });
}
`,
    },
    {
      name: 'A card number as a `SELECT` query parameter is a read, not a store',
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function isBlocked(cardNumber: string) {
  return pool.query('SELECT 1 FROM blocked_bins WHERE bin = left($1, 6)', [cardNumber]);
}
`,
    },
    {
      name: 'A card number in the `where` filter of `updateMany` is a predicate, not stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function deactivate(cardNumber: string) {
  await prisma.card.updateMany({ where: { fingerprint: cardNumber }, data: { active: false } });
}
`,
    },
    {
      name: 'The last four digits and a masked number inside longer strings',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function note() {
  await prisma.note.create({ data: { text: 'card ending 6467' } });
  await prisma.note.create({ data: { text: 'paid with 4539 **** **** 6467' } });
}
`,
    },
    {
      name: 'A 16-digit order id that fails Luhn and a UUID inside longer strings',
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function remember(orderId: string) {
  await redis.set(\`order:\${orderId}\`, 'order 1234567812345678, ref 550e8400-e29b-41d4-a716-446655440000');
}
`,
    },
    {
      name: 'Cookies holding a session id, a token and the last four digits',
      code: `
import Cookies from 'js-cookie';
export function remember(sessionId: string, token: string, cardNumber: string) {
  Cookies.set('session_id', sessionId);
  document.cookie = \`csrf_token=\${token}; Secure\`;
  Cookies.set('card_last4', cardNumber.slice(-4));
}
`,
    },
  ],
  invalid: [
    {
      name: 'Prisma `$executeRaw` tagged template inserting a card number',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function save(cardNumber: string) {
  await prisma.$executeRaw\`INSERT INTO payments (card_number) VALUES (\${cardNumber})\`;
}
`,
      errors: [{ messageId: 'fullCardStored', line: 5, column: 9 }],
    },
    {
      name: 'postgres.js `sql` tagged template writing a card column from a constant',
      code: `
import postgres from 'postgres';
const sql = postgres(process.env.DATABASE_URL ?? '');
export async function save(accountId: string, value: string) {
  await sql\`UPDATE accounts SET card_number = \${value} WHERE id = \${accountId}\`;
}
`,
      errors: [{ messageId: 'fullCardSql', line: 5, column: 9 }],
    },
    {
      name: 'Prisma `create` with a card number destructured from `req.body` (express)',
      code: `
import { PrismaClient } from '@prisma/client';
import express from 'express';
const prisma = new PrismaClient();
const app = express();
app.post('/payments', async (req, res) => {
  const { cardNumber, amount } = req.body;
  await prisma.payment.create({ data: { cardNumber, amount } });
  res.sendStatus(201);
});
`,
      errors: [{ messageId: 'fullCardStored', line: 8, column: 9 }],
    },
    {
      name: 'Prisma `update` with `req.body.cardNumber`',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function updateCard(req: { params: { id: string }; body: { cardNumber: string } }) {
  await prisma.card.update({ where: { id: req.params.id }, data: { number: req.body.cardNumber } });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function updateCard(req: { params: { id: string }; body: { cardNumber: string } }) {
  await prisma.card.update({ where: { id: req.params.id }, data: { number: req.body.cardNumber.slice(-4) } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Prisma `upsert`',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function upsertCard(userId: string, pan: string) {
  return prisma.card.upsert({
    where: { userId },
    create: { userId, number: pan },
    update: {},
  });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 10,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function upsertCard(userId: string, pan: string) {
  return prisma.card.upsert({
    where: { userId },
    create: { userId, number: pan.slice(-4) },
    update: {},
  });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Prisma `createMany`',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function importCard(userId: string, cardNumber: string) {
  await prisma.card.createMany({ data: [{ userId, number: cardNumber }], skipDuplicates: true });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function importCard(userId: string, cardNumber: string) {
  await prisma.card.createMany({ data: [{ userId, number: cardNumber.slice(-4) }], skipDuplicates: true });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Prisma interactive transaction client `tx`',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(cardNumber: string) {
  await prisma.$transaction(async (tx) => {
    await tx.card.create({ data: { value: cardNumber } });
  });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 6,
          column: 11,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(cardNumber: string) {
  await prisma.$transaction(async (tx) => {
    await tx.card.create({ data: { value: cardNumber.slice(-4) } });
  });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Prisma `$executeRawUnsafe` INSERT',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function save(n: string) {
  await prisma.$executeRawUnsafe('INSERT INTO payments (card_number) VALUES ($1)', n);
}
`,
      errors: [{ messageId: 'fullCardSql', line: 5, column: 9 }],
    },
    {
      name: 'TypeORM repository `save`',
      code: `
import { DataSource } from 'typeorm';
import { Payment } from './payment.entity';
const dataSource = new DataSource({ type: 'postgres' });
export async function savePayment(cardNumber: string, amount: number) {
  const repo = dataSource.getRepository(Payment);
  await repo.save({ cardNumber, amount });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 7, column: 9 }],
    },
    {
      name: 'TypeORM repository `insert` through a typed parameter',
      code: `
import type { Repository } from 'typeorm';
import type { Payment } from './payment.entity';
export class PaymentService {
  async record(paymentRepository: Repository<Payment>, dto: { ccNumber: string }) {
    await paymentRepository.insert({ ccNumber: dto.ccNumber });
  }
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 6,
          column: 11,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import type { Repository } from 'typeorm';
import type { Payment } from './payment.entity';
export class PaymentService {
  async record(paymentRepository: Repository<Payment>, dto: { ccNumber: string }) {
    await paymentRepository.insert({ ccNumber: dto.ccNumber.slice(-4) });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'TypeORM repository injected into a NestJS service',
      code: `
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Payment } from './payment.entity';
@Injectable()
export class PaymentsService {
  constructor(@InjectRepository(Payment) private readonly payments: Repository<Payment>) {}
  async create(dto: { cardNumber: string; amount: number }) {
    return this.payments.save({ cardNumber: dto.cardNumber, amount: dto.amount });
  }
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 10,
          column: 12,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Payment } from './payment.entity';
@Injectable()
export class PaymentsService {
  constructor(@InjectRepository(Payment) private readonly payments: Repository<Payment>) {}
  async create(dto: { cardNumber: string; amount: number }) {
    return this.payments.save({ cardNumber: dto.cardNumber.slice(-4), amount: dto.amount });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'TypeORM query builder `insert().into().values()`',
      code: `
import { DataSource } from 'typeorm';
import { Payment } from './payment.entity';
const dataSource = new DataSource({ type: 'postgres' });
export async function record(cardNumber: string) {
  await dataSource.createQueryBuilder().insert().into(Payment).values({ cardNumber }).execute();
}
`,
      errors: [{ messageId: 'fullCardStored', line: 6, column: 9 }],
    },
    {
      name: 'TypeORM `dataSource.query` INSERT',
      code: `
import { DataSource } from 'typeorm';
const dataSource = new DataSource({ type: 'postgres' });
export async function save(n: string) {
  await dataSource.query('INSERT INTO payments (card_number) VALUES ($1)', [n]);
}
`,
      errors: [{ messageId: 'fullCardSql', line: 5, column: 9 }],
    },
    {
      name: 'TypeORM `@Entity` with a `@Column() cardNumber`',
      code: `
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
@Entity()
export class Payment {
  @PrimaryGeneratedColumn()
  id!: number;
  @Column()
  cardNumber!: string;
}
`,
      errors: [{ messageId: 'fullCardColumn', line: 8, column: 3 }],
    },
    {
      name: 'TypeORM `@Entity` with a security-code column',
      code: `
import { Column, Entity } from 'typeorm';
@Entity('payments')
export class Payment {
  @Column({ name: 'cvc' })
  securityCode!: string;
}
`,
      errors: [{ messageId: 'securityCodeColumn', line: 6, column: 3 }],
    },
    {
      name: 'Sequelize `define` with a `cardNumber` attribute',
      code: `
import { DataTypes, Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
export const Card = sequelize.define('Card', {
  cardNumber: DataTypes.STRING,
  last4: DataTypes.STRING,
});
`,
      errors: [{ messageId: 'fullCardColumn', line: 5, column: 3 }],
    },
    {
      name: 'Sequelize `Model.create` writing the full number into a `last4` column',
      code: `
import { DataTypes, Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
const Card = sequelize.define('Card', { last4: DataTypes.STRING, holder: DataTypes.STRING });
export async function addCard(body: { cardNumber: string; holder: string }) {
  await Card.create({ last4: body.cardNumber, holder: body.holder });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 6,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { DataTypes, Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
const Card = sequelize.define('Card', { last4: DataTypes.STRING, holder: DataTypes.STRING });
export async function addCard(body: { cardNumber: string; holder: string }) {
  await Card.create({ last4: body.cardNumber.slice(-4), holder: body.holder });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'sequelize-typescript `@Table` model with a `@Column cardNumber`',
      code: `
import { Column, Model, Table } from 'sequelize-typescript';
@Table
export class Card extends Model {
  @Column
  cardNumber!: string;
}
`,
      errors: [{ messageId: 'fullCardColumn', line: 6, column: 3 }],
    },
    {
      name: 'Sequelize `sequelize.query` INSERT',
      code: `
import { Sequelize } from 'sequelize';
const sequelize = new Sequelize('sqlite::memory:');
export async function save(n: string) {
  await sequelize.query('INSERT INTO payments (card_number) VALUES (?)', { replacements: [n] });
}
`,
      errors: [{ messageId: 'fullCardSql', line: 5, column: 9 }],
    },
    {
      name: 'Mongoose `new Schema({ cardNumber: String })`',
      code: `
import { Schema, model } from 'mongoose';
const cardSchema = new Schema({ cardNumber: String, brand: String });
export const CardModel = model('Card', cardSchema);
`,
      errors: [{ messageId: 'fullCardColumn', line: 3, column: 33 }],
    },
    {
      name: 'Mongoose schema with a `cvv` path',
      code: `
import mongoose from 'mongoose';
export const Payment = mongoose.model('Payment', new mongoose.Schema({ cvv: String, last4: String }));
`,
      errors: [{ messageId: 'securityCodeColumn', line: 3, column: 72 }],
    },
    {
      name: 'Mongoose `model(...).create`',
      code: `
import { model } from 'mongoose';
const Card = model('Card');
export async function storeCard(cardNumber: string) {
  await Card.create({ number: cardNumber });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { model } from 'mongoose';
const Card = model('Card');
export async function storeCard(cardNumber: string) {
  await Card.create({ number: cardNumber.slice(-4) });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Mongoose `new Model({ ... }).save()`',
      code: `
import { model } from 'mongoose';
const Card = model('Card');
export async function storeCard(cardNumber: string) {
  await new Card({ number: cardNumber }).save();
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { model } from 'mongoose';
const Card = model('Card');
export async function storeCard(cardNumber: string) {
  await new Card({ number: cardNumber.slice(-4) }).save();
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Mongoose `findByIdAndUpdate`',
      code: `
import mongoose from 'mongoose';
const User = mongoose.model('User');
export async function setCard(id: string, cardNumber: string) {
  await User.findByIdAndUpdate(id, { card: cardNumber });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import mongoose from 'mongoose';
const User = mongoose.model('User');
export async function setCard(id: string, cardNumber: string) {
  await User.findByIdAndUpdate(id, { card: cardNumber.slice(-4) });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'NestJS Mongoose `@Prop() cardNumber`',
      code: `
import { Prop, Schema } from '@nestjs/mongoose';
@Schema()
export class Card {
  @Prop()
  cardNumber!: string;
}
`,
      errors: [{ messageId: 'fullCardColumn', line: 6, column: 3 }],
    },
    {
      name: 'Typegoose `@prop() cardNumber`',
      code: `
import { modelOptions, prop } from '@typegoose/typegoose';
@modelOptions({})
export class Card {
  @prop()
  public cardNumber?: string;
}
`,
      errors: [{ messageId: 'fullCardColumn', line: 6, column: 10 }],
    },
    {
      name: 'MongoDB `insertOne`',
      code: `
import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
export async function insertPayment(payment: { cardNumber: string; total: number }) {
  await client.db('shop').collection('payments').insertOne({ pan: payment.cardNumber, total: payment.total });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { MongoClient } from 'mongodb';
const client = new MongoClient('mongodb://localhost');
export async function insertPayment(payment: { cardNumber: string; total: number }) {
  await client.db('shop').collection('payments').insertOne({ pan: payment.cardNumber.slice(-4), total: payment.total });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'MongoDB `updateOne` with `$set`',
      code: `
import { MongoClient } from 'mongodb';
const db = new MongoClient('mongodb://localhost').db('shop');
export async function setCard(id: string, cardNumber: string) {
  await db.collection('users').updateOne({ _id: id }, { $set: { card: cardNumber } });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { MongoClient } from 'mongodb';
const db = new MongoClient('mongodb://localhost').db('shop');
export async function setCard(id: string, cardNumber: string) {
  await db.collection('users').updateOne({ _id: id }, { $set: { card: cardNumber.slice(-4) } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Drizzle `db.insert(t).values(...)`',
      code: `
import { drizzle } from 'drizzle-orm/node-postgres';
import { payments } from './schema';
const db = drizzle(process.env.DATABASE_URL!);
export async function pay(cardNumber: string) {
  await db.insert(payments).values({ cardNumber });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 6, column: 9 }],
    },
    {
      name: 'Drizzle `db.update(t).set(...)`',
      code: `
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { eq } from 'drizzle-orm';
import { cards } from './schema';
const db = drizzle('app.db');
export async function replaceCard(id: number, cardNumber: string) {
  await db.update(cards).set({ number: cardNumber }).where(eq(cards.id, id));
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 7,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { eq } from 'drizzle-orm';
import { cards } from './schema';
const db = drizzle('app.db');
export async function replaceCard(id: number, cardNumber: string) {
  await db.update(cards).set({ number: cardNumber.slice(-4) }).where(eq(cards.id, id));
}
`,
            },
          ],
        },
      ],
    },
    {
      name: "Drizzle `pgTable('cards', { cardNumber: text() })`",
      code: `
import { pgTable, serial, text } from 'drizzle-orm/pg-core';
export const cards = pgTable('cards', {
  id: serial('id').primaryKey(),
  cardNumber: text(),
});
`,
      errors: [{ messageId: 'fullCardColumn', line: 5, column: 3 }],
    },
    {
      name: 'Drizzle `sqliteTable` with `pan` and `cvc` columns',
      code: `
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
export const cards = sqliteTable('cards', { id: integer('id'), pan: text('pan'), cvc: text() });
`,
      errors: [
        { messageId: 'fullCardColumn', line: 3, column: 64 },
        { messageId: 'securityCodeColumn', line: 3, column: 82 },
      ],
    },
    {
      name: 'Knex `insert`',
      code: `
import knex from 'knex';
const db = knex({ client: 'pg' });
export async function saveCard(userId: string, cardNumber: string) {
  await db('cards').insert({ user_id: userId, card_number: cardNumber });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import knex from 'knex';
const db = knex({ client: 'pg' });
export async function saveCard(userId: string, cardNumber: string) {
  await db('cards').insert({ user_id: userId, card_number: cardNumber.slice(-4) });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: "Knex migration `table.string('card_number')`",
      code: `
import type { Knex } from 'knex';
export async function up(knex: Knex) {
  await knex.schema.createTable('cards', (table) => {
    table.increments('id');
    table.string('card_number');
  });
}
`,
      errors: [{ messageId: 'fullCardColumn', line: 6, column: 18 }],
    },
    {
      name: 'Knex `raw` INSERT',
      code: `
import knex from 'knex';
const db = knex({ client: 'pg' });
export async function save(n: string) {
  await db.raw('INSERT INTO payments (card_number) VALUES (?)', [n]);
}
`,
      errors: [{ messageId: 'fullCardSql', line: 5, column: 9 }],
    },
    {
      name: 'MikroORM `em.create`',
      code: `
import type { EntityManager } from '@mikro-orm/core';
import { Card } from './card.entity';
export async function storeCard(em: EntityManager, cardNumber: string) {
  const card = em.create(Card, { number: cardNumber });
  await em.persistAndFlush(card);
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 16,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import type { EntityManager } from '@mikro-orm/core';
import { Card } from './card.entity';
export async function storeCard(em: EntityManager, cardNumber: string) {
  const card = em.create(Card, { number: cardNumber.slice(-4) });
  await em.persistAndFlush(card);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'MikroORM entity with a `@Property() pan`',
      code: `
import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
@Entity()
export class Card {
  @PrimaryKey()
  id!: number;
  @Property()
  pan!: string;
}
`,
      errors: [{ messageId: 'fullCardColumn', line: 8, column: 3 }],
    },
    {
      name: "Raw SQL: `pool.query('INSERT INTO payments (card_number) ...')`",
      code: `
import { Pool } from 'pg';
const pool = new Pool();
export async function record(n: string) {
  await pool.query('INSERT INTO payments (card_number) VALUES ($1)', [n]);
}
`,
      errors: [{ messageId: 'fullCardSql', line: 5, column: 9 }],
    },
    {
      name: 'Raw SQL `UPDATE ... SET card_number = ?` with the card number bound (mysql2)',
      code: `
import mysql from 'mysql2/promise';
const pool = mysql.createPool({});
export async function save(cardNumber: string) {
  await pool.execute('UPDATE users SET card_number = ? WHERE id = 1', [cardNumber]);
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import mysql from 'mysql2/promise';
const pool = mysql.createPool({});
export async function save(cardNumber: string) {
  await pool.execute('UPDATE users SET card_number = ? WHERE id = 1', [cardNumber.slice(-4)]);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'better-sqlite3 `db.prepare(...).run(...)`',
      code: `
import Database from 'better-sqlite3';
const db = new Database('app.db');
export function saveCard(userId: number, card: { pan: string }) {
  db.prepare('INSERT INTO cards (user_id, last4) VALUES (?, ?)').run(userId, card.pan);
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import Database from 'better-sqlite3';
const db = new Database('app.db');
export function saveCard(userId: number, card: { pan: string }) {
  db.prepare('INSERT INTO cards (user_id, last4) VALUES (?, ?)').run(userId, card.pan.slice(-4));
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'ioredis `set`',
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function cacheCard(userId: string, cardNumber: string) {
  await redis.set(\`card:\${userId}\`, cardNumber, 'EX', 600);
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import Redis from 'ioredis';
const redis = new Redis();
export async function cacheCard(userId: string, cardNumber: string) {
  await redis.set(\`card:\${userId}\`, cardNumber.slice(-4), 'EX', 600);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'node-redis `createClient().hSet`',
      code: `
import { createClient } from 'redis';
const client = createClient();
export async function cacheCheckout(sessionId: string, cardNumber: string, expiry: string) {
  await client.hSet(\`checkout:\${sessionId}\`, { cardNumber, expiry });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 5, column: 9 }],
    },
    {
      name: 'lru-cache `set`',
      code: `
import { LRUCache } from 'lru-cache';
const cache = new LRUCache<string, string>({ max: 100 });
export function keep(userId: string, cardNumber: string) {
  cache.set(userId, cardNumber);
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { LRUCache } from 'lru-cache';
const cache = new LRUCache<string, string>({ max: 100 });
export function keep(userId: string, cardNumber: string) {
  cache.set(userId, cardNumber.slice(-4));
}
`,
            },
          ],
        },
      ],
    },
    {
      name: '`fs.writeFileSync` of `JSON.stringify(...)`',
      code: `
import { writeFileSync } from 'node:fs';
export function exportOrder(order: { id: string; cardNumber: string }) {
  writeFileSync(\`orders/\${order.id}.json\`, JSON.stringify({ id: order.id, card: order.cardNumber }));
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { writeFileSync } from 'node:fs';
export function exportOrder(order: { id: string; cardNumber: string }) {
  writeFileSync(\`orders/\${order.id}.json\`, JSON.stringify({ id: order.id, card: order.cardNumber.slice(-4) }));
}
`,
            },
          ],
        },
      ],
    },
    {
      name: '`fs.promises.appendFile`',
      code: `
import { promises as fs } from 'node:fs';
export async function dump(cardNumber: string) {
  await fs.appendFile('cards.log', cardNumber + '\\n');
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 4,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { promises as fs } from 'node:fs';
export async function dump(cardNumber: string) {
  await fs.appendFile('cards.log', cardNumber.slice(-4) + '\\n');
}
`,
            },
          ],
        },
      ],
    },
    {
      name: '`localStorage.setItem`',
      code: `
export function rememberCard(cardNumber: string) {
  localStorage.setItem('card', cardNumber);
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
export function rememberCard(cardNumber: string) {
  localStorage.setItem('card', cardNumber.slice(-4));
}
`,
            },
          ],
        },
      ],
    },
    {
      name: '`window.localStorage.setItem` of `JSON.stringify({ number })`',
      code: `
export function remember(cardNumber: string, expiry: string) {
  window.localStorage.setItem('card', JSON.stringify({ number: cardNumber, expiry }));
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
export function remember(cardNumber: string, expiry: string) {
  window.localStorage.setItem('card', JSON.stringify({ number: cardNumber.slice(-4), expiry }));
}
`,
            },
          ],
        },
      ],
    },
    {
      name: '`sessionStorage.setItem` of a CVV',
      code: `
export function keepCvv(cvv: string) {
  sessionStorage.setItem('checkout.cvv', cvv);
}
`,
      errors: [{ messageId: 'securityCodeStored', line: 3, column: 3 }],
    },
    {
      name: 'IndexedDB through idb `openDB(...).put`',
      code: `
import { openDB } from 'idb';
export async function saveDraft(cardNumber: string) {
  const db = await openDB('checkout', 1);
  await db.put('drafts', { cardNumber }, 'current');
}
`,
      errors: [{ messageId: 'fullCardStored', line: 5, column: 9 }],
    },
    {
      name: "Dexie `db.table('cards').add`",
      code: `
import Dexie from 'dexie';
const db = new Dexie('shop');
export async function save(cardNumber: string) {
  await db.table('cards').add({ cardNumber });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 5, column: 9 }],
    },
    {
      name: '`console.log` of a card number',
      code: `
export function charge(cardNumber: string, amount: number) {
  console.log('charging card', cardNumber, amount);
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
export function charge(cardNumber: string, amount: number) {
  console.log('charging card', cardNumber.slice(-4), amount);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: '`console.error` with a template string',
      code: `
export function fail(cardNumber: string) {
  console.error(\`Card \${cardNumber} was declined\`);
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 3,
          column: 3,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
export function fail(cardNumber: string) {
  console.error(\`Card \${cardNumber.slice(-4)} was declined\`);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'pino `logger.warn`',
      code: `
import pino from 'pino';
const logger = pino();
export function declined(card: { number: string }) {
  logger.warn({ cardNumber: card.number }, 'card declined');
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import pino from 'pino';
const logger = pino();
export function declined(card: { number: string }) {
  logger.warn({ cardNumber: card.number.slice(-4) }, 'card declined');
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'winston `logger.info`',
      code: `
import winston from 'winston';
const logger = winston.createLogger({});
export function log(cardNumber: string) {
  logger.info('card', { cardNumber });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 5, column: 3 }],
    },
    {
      name: 'NestJS `Logger` field',
      code: `
import { Injectable, Logger } from '@nestjs/common';
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);
  charge(cardNumber: string) {
    this.logger.log(\`charging \${cardNumber}\`);
  }
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 7,
          column: 5,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { Injectable, Logger } from '@nestjs/common';
@Injectable()
export class PaymentsService {
  private readonly logger = new Logger(PaymentsService.name);
  charge(cardNumber: string) {
    this.logger.log(\`charging \${cardNumber.slice(-4)}\`);
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Database writes are reported with `checkLogs: false`',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(cardNumber: string) {
  console.log('paying', cardNumber);
  await prisma.payment.create({ data: { number: cardNumber } });
}
`,
      options: { checkLogs: false },
      errors: [
        {
          messageId: 'fullCardStored',
          line: 6,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(cardNumber: string) {
  console.log('paying', cardNumber);
  await prisma.payment.create({ data: { number: cardNumber.slice(-4) } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Security code (`cvc`) stored with Prisma',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(req: { body: { cvc: string; last4: string } }) {
  await prisma.payment.create({ data: { last4: req.body.last4, cvc: req.body.cvc } });
}
`,
      errors: [{ messageId: 'securityCodeStored', line: 5, column: 9 }],
    },
    {
      name: 'Template string into Redis',
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function cache(cardNumber: string, expMonth: number, expYear: number) {
  await redis.set('last-card', \`\${cardNumber}|\${expMonth}/\${expYear}\`);
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import Redis from 'ioredis';
const redis = new Redis();
export async function cache(cardNumber: string, expMonth: number, expYear: number) {
  await redis.set('last-card', \`\${cardNumber.slice(-4)}|\${expMonth}/\${expYear}\`);
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Object spread',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(cardNumber: string, userId: string) {
  const card = { cardNumber, brand: 'visa' };
  const payment = { ...card, userId };
  await prisma.payment.create({ data: payment });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 7, column: 9 }],
    },
    {
      name: '`Object.assign`',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(cardNumber: string, userId: string) {
  const data = Object.assign({ userId }, { value: cardNumber });
  await prisma.card.create({ data });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 6, column: 9 }],
    },
    {
      name: 'Local helper `saveCard(card)`',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
function saveCard(card: string) {
  return prisma.card.create({ data: { value: card } });
}
export async function checkout(body: { cardNumber: string }) {
  await saveCard(body.cardNumber);
}
`,
      errors: [{ messageId: 'fullCardStored', line: 5, column: 10 }],
    },
    {
      name: 'Arrow-function helper taking a card object',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const saveCard = async (card: { number: string }) => prisma.card.create({ data: { value: card.number } });
export async function checkout(cardNumber: string) {
  await saveCard({ number: cardNumber });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 4,
          column: 54,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const saveCard = async (card: { number: string }) => prisma.card.create({ data: { value: card.number.slice(-4) } });
export async function checkout(cardNumber: string) {
  await saveCard({ number: cardNumber });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Returned from a local function',
      code: `
import Redis from 'ioredis';
const redis = new Redis();
function readCard(body: { cardNumber: string }) {
  return body.cardNumber.trim();
}
export async function checkout(req: { body: { cardNumber: string } }) {
  const value = readCard(req.body);
  await redis.set('pending', value);
}
`,
      errors: [{ messageId: 'fullCardStored', line: 9, column: 9 }],
    },
    {
      name: 'Destructured from `await request.json()`',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function POST(request: Request) {
  const { cardNumber } = await request.json();
  await prisma.card.create({ data: { value: cardNumber } });
  return new Response(null, { status: 201 });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 6,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function POST(request: Request) {
  const { cardNumber } = await request.json();
  await prisma.card.create({ data: { value: cardNumber.slice(-4) } });
  return new Response(null, { status: 201 });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Renamed destructuring `{ cardNumber: n }`',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(req: { body: Record<string, string> }) {
  const { cardNumber: n } = req.body;
  await prisma.card.create({ data: { value: n } });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 6, column: 9 }],
    },
    {
      name: 'Conditional: the full number on one branch',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function save(cardNumber: string, keepFull: boolean) {
  await prisma.card.create({ data: { value: keepFull ? cardNumber : cardNumber.slice(-4) } });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function save(cardNumber: string, keepFull: boolean) {
  await prisma.card.create({ data: { value: keepFull ? cardNumber.slice(-4) : cardNumber.slice(-4) } });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Reassigned in a branch',
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function cache(cardNumber: string, full: boolean) {
  let stored = cardNumber.slice(-4);
  if (full) stored = cardNumber;
  await redis.set('card', stored);
}
`,
      errors: [{ messageId: 'fullCardStored', line: 7, column: 9 }],
    },
    {
      name: 'Closure',
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export function makeSaver(cardNumber: string) {
  return async () => {
    await redis.set('card', cardNumber);
  };
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 6,
          column: 11,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import Redis from 'ioredis';
const redis = new Redis();
export function makeSaver(cardNumber: string) {
  return async () => {
    await redis.set('card', cardNumber.slice(-4));
  };
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Constructor parameter property read through `this`',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export class Checkout {
  constructor(private readonly cardNumber: string) {}
  async save() {
    await prisma.card.create({ data: { value: this.cardNumber } });
  }
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 7,
          column: 11,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export class Checkout {
  constructor(private readonly cardNumber: string) {}
  async save() {
    await prisma.card.create({ data: { value: this.cardNumber.slice(-4) } });
  }
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'Encrypted is still stored (encryption is reversible)',
      code: `
import { PrismaClient } from '@prisma/client';
import { encrypt } from './crypto';
const prisma = new PrismaClient();
export async function pay(cardNumber: string) {
  await prisma.payment.create({ data: { number: encrypt(cardNumber) } });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 6, column: 9 }],
    },
    {
      name: 'Luhn-valid literal card number stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function seed() {
  await prisma.card.create({ data: { value: '4242424242424242', userId: 'demo' } });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 5, column: 9 }],
    },
    {
      name: 'Luhn-valid literal with spaces in `localStorage`',
      code: `
export function prefill() {
  localStorage.setItem('demo-card', '4111 1111 1111 1111');
}
`,
      errors: [{ messageId: 'fullCardStored', line: 3, column: 3 }],
    },
    {
      name: 'Prisma `createMany`: taint flows through an `Array#map` callback',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function importCards(rows: { cardNumber: string }[]) {
  await prisma.card.createMany({ data: rows.map((r) => ({ value: r.cardNumber })) });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 5, column: 9 }],
    },
    {
      name: 'A card number assigned to a property of a local object (`data.value = …`) that is stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(body: { cardNumber: string }) {
  const data: Record<string, string> = {};
  data.value = body.cardNumber;
  await prisma.card.create({ data });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 7, column: 9 }],
    },
    {
      name: 'A card number pushed into an array (`rows.push`) that is stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(cardNumber: string) {
  const rows = [];
  rows.push({ value: cardNumber });
  await prisma.card.createMany({ data: rows });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 7, column: 9 }],
    },
    {
      name: 'A `for…of` loop variable over card numbers is stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function importAll(cardNumbers: string[]) {
  for (const value of cardNumbers) {
    await prisma.card.create({ data: { value } });
  }
}
`,
      errors: [{ messageId: 'fullCardStored', line: 6, column: 11 }],
    },
    {
      name: 'TypeORM: the entity from `repo.create()` is stored by `repo.save()`',
      code: `
import { DataSource } from 'typeorm';
import { Payment } from './payment.entity';
const dataSource = new DataSource({ type: 'postgres' });
export async function pay(body: { cardNumber: string }) {
  const repo = dataSource.getRepository(Payment);
  const payment = repo.create({ number: body.cardNumber });
  await repo.save(payment);
}
`,
      errors: [{ messageId: 'fullCardStored', line: 8, column: 9 }],
    },
    {
      name: 'A class method parameter receives a card number (`new CardStore().save()`)',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
class CardStore {
  save(value: string) {
    return prisma.card.create({ data: { value } });
  }
}
export async function checkout(cardNumber: string) {
  await new CardStore().save(cardNumber);
}
`,
      errors: [{ messageId: 'fullCardStored', line: 6, column: 12 }],
    },
    {
      name: 'An object-literal method parameter receives a card number (`store.save()`)',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
const store = {
  save(value: string) {
    return prisma.card.create({ data: { value } });
  },
};
export async function checkout(cardNumber: string) {
  await store.save(cardNumber);
}
`,
      errors: [{ messageId: 'fullCardStored', line: 6, column: 12 }],
    },
    {
      name: 'Mongoose schema with a nested `card.number` field',
      code: `
import { Schema } from 'mongoose';
export const userSchema = new Schema({ email: String, card: { number: String, expMonth: Number } });
`,
      errors: [{ messageId: 'fullCardColumn', line: 3, column: 63 }],
    },
    {
      name: 'Sequelize `Model.init` with a `cardNumber` attribute',
      code: `
import { DataTypes, Model } from 'sequelize';
export class Card extends Model {}
Card.init({ cardNumber: DataTypes.STRING }, { sequelize: undefined as never });
`,
      errors: [{ messageId: 'fullCardColumn', line: 4, column: 13 }],
    },
    {
      name: 'Dexie table declared on a subclass (`db.cards.add`)',
      code: `
import Dexie, { type Table } from 'dexie';
class ShopDb extends Dexie {
  cards!: Table<{ cardNumber: string }>;
}
const db = new ShopDb('shop');
export async function save(cardNumber: string) {
  await db.cards.add({ cardNumber });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 8, column: 9 }],
    },
    {
      name: 'A card number read from `FormData.get()` in a server action',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function action(formData: FormData) {
  const value = formData.get('cardNumber') as string;
  await prisma.card.create({ data: { value } });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 6, column: 9 }],
    },
    {
      name: 'A hashed security code is still a stored security code',
      code: `
import { createHash } from 'node:crypto';
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function pay(cvc: string) {
  await prisma.payment.create({ data: { cvcHash: createHash('sha256').update(cvc).digest('hex') } });
}
`,
      errors: [{ messageId: 'securityCodeStored', line: 6, column: 9 }],
    },
    {
      name: '`createMany` with an array literal: the suggestion slices the value, not the key',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function importCards(primary: string) {
  await prisma.card.createMany({ data: [{ cardNumber: primary }] });
}
`,
      errors: [
        {
          messageId: 'fullCardStored',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function importCards(primary: string) {
  await prisma.card.createMany({ data: [{ cardNumber: primary.slice(-4) }] });
}
`,
            },
          ],
        },
      ],
    },
    {
      name: 'A card number inside a longer string literal is stored',
      code: `
import { PrismaClient } from '@prisma/client';
const prisma = new PrismaClient();
export async function seed() {
  await prisma.note.create({ data: { text: 'seeded card 4539-1488-0343-6467 for tests' } });
}
`,
      errors: [{ messageId: 'fullCardStored', line: 5, column: 9 }],
    },
    {
      name: "A card number in a template's own text is cached",
      code: `
import Redis from 'ioredis';
const redis = new Redis();
export async function seed(orderId: string) {
  await redis.set(\`order:\${orderId}\`, \`paid with 4111 1111 1111 1111 on \${orderId}\`);
}
`,
      errors: [{ messageId: 'fullCardStored', line: 5, column: 9 }],
    },
    {
      name: 'js-cookie: a card number as a cookie value',
      code: `
import Cookies from 'js-cookie';
export function remember(cardNumber: string) {
  Cookies.set('session', cardNumber);
}
`,
      errors: [
        {
          messageId: 'fullCardCookie',
          line: 4,
          column: 3,
          suggestions: [
            {
              messageId: 'suggestLast4',
              output: `
import Cookies from 'js-cookie';
export function remember(cardNumber: string) {
  Cookies.set('session', cardNumber.slice(-4));
}
`,
            },
          ],
        },
      ],
    },
    {
      name: '`document.cookie`: a card number in the value of a template and of a literal',
      code: `
export function remember(cardNumber: string) {
  document.cookie = \`sid=\${cardNumber}; Path=/\`;
  document.cookie = 'seed=4539148803436467';
}
`,
      errors: [
        { messageId: 'fullCardCookie', line: 3, column: 3 },
        { messageId: 'fullCardCookie', line: 4, column: 3 },
      ],
    },
    {
      name: 'express `res.cookie()`: a security code as a cookie value',
      code: `
import express from 'express';
const app = express();
app.post('/pay', (req, res) => {
  res.cookie('pending', req.body.cvc, { httpOnly: true });
  res.sendStatus(204);
});
`,
      errors: [{ messageId: 'securityCodeCookie', line: 5, column: 3 }],
    },
  ],
};
