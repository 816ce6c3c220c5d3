// Debugging output left in support and sign-in code: personal data in the logs (Security).
import { Router } from 'express';
import type { Deps } from '../src/deps.js';
import { logger } from '../src/logger.js';

export function supportRoutes({ mailer }: Deps): Router {
  const router = Router();

  router.post('/api/support', async (req, res) => {
    const { email, name, message } = req.body;
    logger.info('support request', { from: email, name }); // expect: no-pii-in-logs
    await mailer.sendWelcome(email, name);
    res.status(202).json({ received: String(message).length });
  });

  router.post('/api/signin-debug', (req, res) => {
    const { email, password } = req.body;
    console.log('sign-in attempt', JSON.stringify(req.body)); // expect: no-pii-in-logs
    logger.warn(`sign-in failed for ${email}`); // expect: no-pii-in-logs
    res.status(401).json({ ok: password === undefined });
  });

  router.patch('/api/profile-debug', (req, res) => {
    const account = req.account!;
    logger.info('profile updated', { userId: account.id, phone: req.body.phone }); // expect: no-pii-in-logs
    res.status(204).end();
  });

  return router;
}
