// The mailing list (Mailing List Information): joining, the newsletter, and leaving by the
// link at the bottom of every issue (or the List-Unsubscribe one-click POST).
import { Router } from 'express';
import { eq } from 'drizzle-orm';
import { newToken } from '../auth/tokens.js';
import type { Deps } from '../deps.js';
import { mailingList } from '../db/schema.js';
import { logger } from '../logger.js';
import type { Pages } from '../pages.js';

export function mailingRoutes({ db, mailer, config }: Deps, pages: Pages): Router {
  const router = Router();

  router.post('/api/mailing-list', (req, res) => {
    const email: unknown = req.body?.email;
    if (typeof email !== 'string' || !email.includes('@') || email.length > 200) {
      res.status(400).json({ error: 'An email address is needed.' });
      return;
    }
    db.insert(mailingList)
      .values({ email: email.trim().toLowerCase(), unsubscribeToken: newToken() })
      .onConflictDoNothing()
      .run();
    res.status(204).end();
  });

  const unsubscribe = (token: string) =>
    db.delete(mailingList).where(eq(mailingList.unsubscribeToken, token)).run().changes > 0;

  router.get('/unsubscribe/:token', (req, res) => {
    unsubscribe(req.params.token);
    res.send(pages.unsubscribed());
  });

  router.post('/unsubscribe/:token', (req, res) => {
    res.status(unsubscribe(req.params.token) ? 200 : 404).end();
  });

  // Sends an issue to every member; called by the newsletter tool with the admin token.
  router.post('/api/admin/newsletters', async (req, res) => {
    if (req.headers.authorization !== `Bearer ${config.adminToken}`) {
      res.status(401).end();
      return;
    }
    const subject: unknown = req.body?.subject;
    const html: unknown = req.body?.html;
    if (typeof subject !== 'string' || typeof html !== 'string') {
      res.status(400).json({ error: 'A subject and an HTML body are needed.' });
      return;
    }
    const members = db.select().from(mailingList).all();
    for (const member of members) await mailer.sendNewsletter(member, { subject, html });
    logger.info('newsletter sent', { recipients: members.length });
    res.json({ sent: members.length });
  });

  return router;
}
