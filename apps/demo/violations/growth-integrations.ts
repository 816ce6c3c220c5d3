// Growth experiments on sign-up: data sent where the policy says it does not go.
import type { Request } from 'express';
import type { Deps } from '../src/deps.js';
import { audit, ENRICHMENT_API, enrichContact } from './lib/partners.js';

export async function afterSignup({ analytics }: Deps, req: Request): Promise<void> {
  const account = req.account!;
  // The ad network may receive non-personal data only (Behavioral Targeting).
  await fetch('https://d.adroll.com/api/v1/conversions', { // expect: no-pii-to-undeclared-third-party
    method: 'POST',
    body: JSON.stringify({ event: 'sign_up', email: account.email }),
  });
  // Google Analytics is declared for a cookie id and browsing, not for who the visitor is.
  await analytics.conversion(account.email, 'sign_up'); // expect: no-pii-to-undeclared-third-party (scanner: the app's Analytics client)
  await fetch(`${ENRICHMENT_API}/person/lookup`, { // expect: no-pii-to-undeclared-third-party (scanner: the host is a constant of ./lib/partners.ts)
    method: 'POST',
    body: JSON.stringify({ name: account.name }),
  });
  await enrichContact({ email: account.email, name: account.name }); // expect: no-pii-to-undeclared-third-party (scanner: enrichContact in ./lib/partners.ts)
  audit('signup', { email: account.email }); // expect: no-pii-in-logs (scanner: audit in ./lib/partners.ts)
}
