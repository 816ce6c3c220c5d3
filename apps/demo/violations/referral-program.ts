// The referral program and a promo banner: cookies the policy does not list.
import { Router } from 'express';
import { LONG_LIVED, SECURE_COOKIE } from './lib/cookie-options.js';

const ONE_DAY = 24 * 60 * 60 * 1000;
const NINETY_DAYS = 90 * ONE_DAY;

export const referrals = Router();

referrals.get('/r/:code', (req, res) => {
  res.cookie('referral_code', req.params.code, { maxAge: 60 * 24 * 60 * 60 * 1000 }); // expect: no-undeclared-cookie
  res.redirect('/signup');
});

referrals.get('/welcome-back', (_req, res) => {
  res.setHeader('Set-Cookie', 'last_visit=2016-01-16; Path=/'); // expect: no-undeclared-cookie
  res.redirect('/');
});

export function dismissPromoBanner(): void {
  document.cookie = 'promo_banner_dismissed=1; Max-Age=604800; Path=/'; // expect: no-undeclared-cookie
}

// Declared cookies set against their declaration (Website Visitors).
referrals.post('/api/remember-device', (req, res) => {
  const token = String(req.body?.token);
  res.cookie('remember_me', token, { httpOnly: true, secure: true, maxAge: NINETY_DAYS }); // expect: cookie-attributes
  res.cookie('session_id', token, { httpOnly: true, secure: true, maxAge: ONE_DAY }); // expect: cookie-attributes
  res.cookie('csrf_token', token, { secure: true, sameSite: 'lax' }); // expect: cookie-attributes
  res.cookie('remember_me', token, LONG_LIVED); // expect: cookie-attributes (scanner: the options are a constant of ./lib/cookie-options.ts)
  res.cookie('session_id', token, { ...SECURE_COOKIE, maxAge: 3_600_000 }); // expect: cookie-attributes
  res.status(204).end();
});

export function restoreSession(token: string): void {
  document.cookie = `session_id=${token}; Path=/; Secure; SameSite=Lax`; // expect: cookie-attributes
}
