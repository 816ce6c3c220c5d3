// The database of the site: accounts, sessions, subscriptions, the mailing list and
// testimonials. A subscription keeps the processor's ids and the card's last four digits only
// (Purchase Information); the full card stays with Stripe.
import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

const createdAt = () =>
  integer('created_at', { mode: 'timestamp' })
    .notNull()
    .default(sql`(unixepoch())`);

export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  phone: text('phone'),
  billingAddress: text('billing_address'),
  createdAt: createdAt(),
});

/** A signed-in browser session; `id` is the SHA-256 of the `session_id` cookie's token. */
export const sessions = sqliteTable('sessions', {
  id: text('id').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  createdAt: createdAt(),
});

/** "Remember me": `id` is the SHA-256 of the `remember_me` cookie's token. */
export const rememberTokens = sqliteTable('remember_tokens', {
  id: text('id').primaryKey(),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
});

export const subscriptions = sqliteTable('subscriptions', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  plan: text('plan', { enum: ['team', 'business'] }).notNull(),
  status: text('status').notNull(),
  stripeCustomerId: text('stripe_customer_id').notNull(),
  stripeSubscriptionId: text('stripe_subscription_id').notNull(),
  paymentMethodId: text('payment_method_id').notNull(),
  cardBrand: text('card_brand'),
  cardLast4: text('card_last4'),
  createdAt: createdAt(),
});

/** Mailing-list members; the opaque token in every unsubscribe link finds the row. */
export const mailingList = sqliteTable('mailing_list', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  unsubscribeToken: text('unsubscribe_token').notNull().unique(),
  createdAt: createdAt(),
});

/** A testimonial is shown with its author's name only when `showName` (Testimonials). */
export const testimonials = sqliteTable('testimonials', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  userId: integer('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  body: text('body').notNull(),
  showName: integer('show_name', { mode: 'boolean' }).notNull().default(false),
  createdAt: createdAt(),
});
