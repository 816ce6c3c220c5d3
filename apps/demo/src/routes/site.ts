// The pages, and testimonials (Testimonials): shown with their author's name only when the
// author said so.
import { join } from 'node:path';
import { Router } from 'express';
import { desc, eq } from 'drizzle-orm';
import { requireAccount } from '../auth/sessions.js';
import { accountView } from '../db/accounts.js';
import type { Deps } from '../deps.js';
import { mailingList, subscriptions, testimonials, users } from '../db/schema.js';
import type { Pages } from '../pages.js';

const SITE_JS = join(import.meta.dirname, '..', '..', 'src', 'public', 'site.js');

export function siteRoutes({ db }: Deps, pages: Pages): Router {
  const router = Router();

  router.get('/site.js', (_req, res) => {
    res.type('text/javascript').sendFile(SITE_JS);
  });

  router.get('/', (_req, res) => {
    const shown = db
      .select({ body: testimonials.body, showName: testimonials.showName, name: users.name })
      .from(testimonials)
      .innerJoin(users, eq(users.id, testimonials.userId))
      .orderBy(desc(testimonials.createdAt))
      .limit(10)
      .all()
      .map((t) => ({ body: t.body, author: t.showName ? t.name : null }));
    res.send(pages.home(shown));
  });

  router.get('/signup', (_req, res) => {
    res.send(pages.signUp());
  });
  router.get('/signin', (_req, res) => {
    res.send(pages.signIn());
  });
  router.get('/pricing', (_req, res) => {
    res.send(pages.pricing());
  });

  router.get('/account', (req, res) => {
    if (!req.account) {
      res.redirect('/signin');
      return;
    }
    res.send(pages.account(accountView(db, req.account.id)));
  });

  router.post('/api/testimonials', requireAccount, (req, res) => {
    const body: unknown = req.body?.body;
    if (typeof body !== 'string' || body.trim() === '' || body.length > 1000) {
      res.status(400).json({ error: 'Write your testimonial first.' });
      return;
    }
    db.insert(testimonials)
      .values({ userId: req.account!.id, body: body.trim(), showName: req.body?.showName === true })
      .run();
    res.status(201).end();
  });

  return router;
}
