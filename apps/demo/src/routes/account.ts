// Sign up, sign in and out, and the account settings: view, update and delete personal data
// (Collection of Personally Identifying Information).
import { Router, type Request } from 'express';
import { eq } from 'drizzle-orm';
import { readCookies } from '../auth/cookies.js';
import { hashPassword, verifyPassword } from '../auth/passwords.js';
import { endSession, requireAccount, startSession } from '../auth/sessions.js';
import { newToken } from '../auth/tokens.js';
import { accountView } from '../db/accounts.js';
import type { Deps } from '../deps.js';
import { mailingList, subscriptions, users } from '../db/schema.js';
import { logger } from '../logger.js';

const text = (value: unknown, max = 200): string | undefined =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max
    ? value.trim()
    : undefined;

const anonymousId = (req: Request): string | undefined => readCookies(req).get('ajs_anonymous_id');

export function accountRoutes({ db, mailer, billing, analytics }: Deps): Router {
  const router = Router();

  router.post('/api/signup', async (req, res) => {
    const name = text(req.body?.name);
    const email = text(req.body?.email)?.toLowerCase();
    const password = typeof req.body?.password === 'string' ? req.body.password : '';
    if (name === undefined || email === undefined || !email.includes('@') || password.length < 8) {
      res.status(400).json({
        error: 'A name, an email address and a password of 8 characters or more are needed.',
      });
      return;
    }
    const existing = db.select({ id: users.id }).from(users).where(eq(users.email, email)).get();
    if (existing) {
      res
        .status(409)
        .json({ error: 'An account with this email address exists: sign in instead.' });
      return;
    }
    const passwordHash = await hashPassword(password);
    const user = db
      .insert(users)
      .values({ name, email, passwordHash })
      .returning({ id: users.id })
      .get();
    startSession(db, res, user.id, req.body?.remember === true);
    await mailer.sendWelcome(email, name);
    const visitor = anonymousId(req);
    if (visitor !== undefined) await analytics.conversion(visitor, 'sign_up');
    logger.info('account created', { userId: user.id });
    res.status(201).json({ id: user.id });
  });

  router.post('/api/signin', async (req, res) => {
    const email = text(req.body?.email)?.toLowerCase() ?? '';
    const password = typeof req.body?.password === 'string' ? req.body.password : '';
    const user = db
      .select({ id: users.id, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(users.email, email))
      .get();
    if (!user || !(await verifyPassword(password, user.passwordHash))) {
      logger.warn('sign-in failed', { ip: req.ip });
      res.status(401).json({ error: 'Wrong email address or password.' });
      return;
    }
    startSession(db, res, user.id, req.body?.remember === true);
    res.json({ id: user.id });
  });

  router.post('/api/signout', (req, res) => {
    endSession(db, req, res);
    res.status(204).end();
  });

  router.get('/api/account', requireAccount, (req, res) => {
    res.json(accountView(db, req.account!.id));
  });

  router.patch('/api/account', requireAccount, (req, res) => {
    const { id, email } = req.account!;
    const name = text(req.body?.name);
    const phone = req.body?.phone === '' ? null : text(req.body?.phone, 40);
    const billingAddress =
      req.body?.billingAddress === '' ? null : text(req.body?.billingAddress, 400);
    db.update(users).set({ name, phone, billingAddress }).where(eq(users.id, id)).run();
    if (req.body?.mailingList === true) {
      db.insert(mailingList)
        .values({ email, unsubscribeToken: newToken() })
        .onConflictDoNothing()
        .run();
    } else if (req.body?.mailingList === false) {
      db.delete(mailingList).where(eq(mailingList.email, email)).run();
    }
    res.json(accountView(db, id));
  });

  router.delete('/api/account', requireAccount, async (req, res) => {
    const { id, email } = req.account!;
    const paid = db
      .select({ customer: subscriptions.stripeCustomerId })
      .from(subscriptions)
      .where(eq(subscriptions.userId, id))
      .all();
    for (const { customer } of paid) await billing.deleteCustomer(customer);
    db.delete(mailingList).where(eq(mailingList.email, email)).run();
    // Sessions, tokens, subscriptions and testimonials go with the user (ON DELETE CASCADE).
    db.delete(users).where(eq(users.id, id)).run();
    endSession(db, req, res);
    logger.info('account deleted', { userId: id });
    res.status(204).end();
  });

  return router;
}
