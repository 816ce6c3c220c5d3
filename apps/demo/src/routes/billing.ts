import { Router } from 'express';
import { readCookies } from '../auth/cookies.js';
import { requireAccount } from '../auth/sessions.js';
import type { Deps } from '../deps.js';
import { subscriptions } from '../db/schema.js';
import { logger } from '../logger.js';
import { isPlan, PLANS } from '../services/billing.js';

export function billingRoutes({ db, billing, analytics }: Deps): Router {
  const router = Router();

  // The browser has given the card to Stripe (Stripe.js) and sends the payment method's id.
  router.post('/api/subscriptions', requireAccount, async (req, res) => {
    const plan: unknown = req.body?.plan;
    const paymentMethodId: unknown = req.body?.paymentMethodId;
    if (
      !isPlan(plan) ||
      typeof paymentMethodId !== 'string' ||
      !paymentMethodId.startsWith('pm_')
    ) {
      res.status(400).json({ error: 'Choose a plan and a card.' });
      return;
    }
    const account = req.account!;
    const started = await billing.subscribe(account, plan, paymentMethodId);
    db.insert(subscriptions)
      .values({ userId: account.id, plan, ...started })
      .run();
    const visitor = readCookies(req).get('ajs_anonymous_id');
    if (visitor !== undefined)
      await analytics.conversion(visitor, 'purchase', {
        plan,
        value: PLANS[plan].monthlyUsd,
        currency: 'USD',
      });
    logger.info('subscription started', { userId: account.id, plan, status: started.status });
    res.status(201).json({ plan, status: started.status, cardLast4: started.cardLast4 });
  });

  return router;
}
