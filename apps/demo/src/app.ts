import express, { type NextFunction, type Request, type Response } from 'express';
import { CSRF_COOKIE, readCookies, setCsrfCookie } from './auth/cookies.js';
import { loadAccount } from './auth/sessions.js';
import { newToken } from './auth/tokens.js';
import type { Config } from './config.js';
import { openDatabase, type Db } from './db/client.js';
import type { Deps } from './deps.js';
import { logger } from './logger.js';
import { Pages } from './pages.js';
import { accountRoutes } from './routes/account.js';
import { billingRoutes } from './routes/billing.js';
import { mailingRoutes } from './routes/mailing.js';
import { siteRoutes } from './routes/site.js';
import { Analytics } from './services/analytics.js';
import { Billing } from './services/billing.js';
import { Mailer } from './services/mail.js';

/** The clients of the real third parties for `config`, over the database at its path (or `db`). */
export function createDeps(config: Config, db: Db = openDatabase(config.databasePath)): Deps {
  return {
    config,
    db,
    billing: new Billing(config.stripeSecretKey),
    mailer: new Mailer(config.sendgridApiKey, config.appUrl),
    analytics: new Analytics(config.gaMeasurementId, config.gaApiSecret),
  };
}

/** Log Data: method, path (never the query string), status, time, IP address and browser. */
function requestLog(req: Request, res: Response, next: NextFunction): void {
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    logger.info('request', {
      method: req.method,
      path: req.route ? `${req.baseUrl}${String(req.route.path)}` : req.path,
      status: res.statusCode,
      ms: Number((process.hrtime.bigint() - started) / 1_000_000n),
      ip: req.ip,
      userAgent: req.get('user-agent'),
    });
  });
  next();
}

/**
 * Double-submit CSRF protection: pages hand out a token cookie, and a state-changing API call
 * must echo it in `X-CSRF-Token`. The newsletter endpoint (bearer token) and one-click
 * unsubscribe (from mail clients) are exempt.
 */
function csrf(req: Request, res: Response, next: NextFunction): void {
  const token = readCookies(req).get(CSRF_COOKIE);
  if (req.method === 'GET' || req.method === 'HEAD') {
    if (token === undefined) setCsrfCookie(res, newToken());
    next();
    return;
  }
  const exempt = req.path.startsWith('/api/admin/') || req.path.startsWith('/unsubscribe/');
  if (exempt || (token !== undefined && req.get('x-csrf-token') === token)) {
    next();
    return;
  }
  res.status(403).json({ error: 'Reload the page and try again.' });
}

/** The site: pages and API over `deps`. */
export function createApp(deps: Deps): express.Express {
  const pages = new Pages(deps.config);
  const app = express();
  app.disable('x-powered-by');
  app.use(requestLog);
  app.use(express.json({ limit: '100kb' }));
  app.use(csrf);
  app.use(loadAccount(deps.db));
  app.use(siteRoutes(deps, pages));
  app.use(accountRoutes(deps));
  app.use(billingRoutes(deps));
  app.use(mailingRoutes(deps, pages));
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    logger.error('request failed', { error: error instanceof Error ? error.name : 'unknown' });
    res.status(502).json({ error: 'Something went wrong on our side; try again.' });
  });
  return app;
}
