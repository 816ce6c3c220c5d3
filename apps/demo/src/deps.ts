import type { Config } from './config.js';
import type { Db } from './db/client.js';
import type { Analytics } from './services/analytics.js';
import type { Billing } from './services/billing.js';
import type { Mailer } from './services/mail.js';

/** What the routes are given: the database and the third parties' clients. */
export interface Deps {
  config: Config;
  db: Db;
  billing: Billing;
  mailer: Mailer;
  analytics: Analytics;
}
