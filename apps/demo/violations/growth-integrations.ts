// Growth experiments on sign-up: data sent where the policy says it does not go.
import type { Request } from 'express';
import type { Deps } from '../src/deps.js';
import { audit, ENRICHMENT_API, enrichContact } from './lib/partners.js';

export async function afterSignup({ analytics }: Deps, req: Request): Promise<void> {
  const account = req.account!;
  // The ad network may receive non-personal data only (Behavioral Targeting).
  const conversion = JSON.stringify({ event: 'sign_up', email: account.email });
  await fetch('https://d.adroll.com/api/v1/conversions', { method: 'POST', body: conversion }); // expect: no-pii-to-undeclared-third-party
  // Google Analytics is declared for a cookie id and browsing, not for who the visitor is.
  await analytics.conversion(account.email, 'sign_up'); // expect: no-pii-to-undeclared-third-party (scanner: the app's Analytics client)
  const lookup = JSON.stringify({ name: account.name });
  await fetch(`${ENRICHMENT_API}/person/lookup`, { method: 'POST', body: lookup }); // expect: no-pii-to-undeclared-third-party (scanner: the host is a constant of ./lib/partners.ts)
  await enrichContact({ email: account.email, name: account.name }); // expect: no-pii-to-undeclared-third-party (scanner: enrichContact in ./lib/partners.ts)
  audit('signup', { email: account.email }); // expect: no-pii-in-logs (scanner: audit in ./lib/partners.ts)
}
