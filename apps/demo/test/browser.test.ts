import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canary, checkSetCookies, getPledgeGuardOrThrow, isLoopbackHost } from '@pledge/vitest';
import { chromium, type BrowserContext, type Cookie } from 'playwright-core';
import { expect, it, vi } from 'vitest';
import { logger } from '../src/logger.js';
import { startSite } from './site.js';

// The site in a real browser: Debian's Chromium, driven by playwright-core. What the pages load
// from third parties is answered by the same doubles as the server's requests, through the same
// guard (so a page that sent personal data to an undeclared host would fail the test). After
// the user flows, every cookie in the browser must be one the policy declares, with its
// declared lifetime and attributes.

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A browser cookie as the `Set-Cookie` header that would have made it. */
function asSetCookie(cookie: Cookie, now: number): string {
  const parts = [`${cookie.name}=${cookie.value}`, `Path=${cookie.path}`];
  if (cookie.expires > 0) parts.push(`Max-Age=${Math.round(cookie.expires - now / 1000)}`);
  if (cookie.httpOnly) parts.push('HttpOnly');
  if (cookie.secure) parts.push('Secure');
  parts.push(`SameSite=${cookie.sameSite}`);
  return parts.join('; ');
}

/** Sends what the page asks of third parties through Node's fetch, so the guard sees it. */
async function answerThirdParties(context: BrowserContext, hosts: Set<string>): Promise<void> {
  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (isLoopbackHost(url.hostname)) {
      await route.continue();
      return;
    }
    hosts.add(url.hostname);
    const headers = await request.allHeaders();
    try {
      const response = await fetch(url, {
        method: request.method(),
        headers: Object.fromEntries(
          Object.entries(headers).filter(([name]) =>
            ['content-type', 'authorization'].includes(name),
          ),
        ),
        body: request.postData() ?? undefined,
      });
      await route.fulfill({
        status: response.status,
        headers: Object.fromEntries(response.headers),
        body: Buffer.from(await response.arrayBuffer()),
      });
    } catch {
      await route.abort('blockedbyclient');
    }
  });
}

it('the user flows in Chromium leave only declared cookies', async () => {
  if (!existsSync(CHROMIUM))
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's package (\`apt-get install -y --no-install-recommends chromium\`; the package's test script does).`,
    );
  const log = vi.spyOn(logger, 'info').mockImplementation(() => {});
  const site = await startSite();
  const profile = mkdtempSync(join(tmpdir(), 'pledge-demo-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  // Waits are hang guards: on two busy cores a navigation has taken over 30 s.
  context.setDefaultTimeout(120_000);
  const hosts = new Set<string>();
  try {
    await answerThirdParties(context, hosts);
    const page = context.pages()[0] ?? (await context.newPage());
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const person = canary();

    // Home: testimonials, social widgets, the mailing list.
    await page.goto(`${site.url}/`, { waitUntil: 'load' });
    await expect
      .poll(() => page.evaluate(() => document.cookie.includes('_ga=')), { timeout: 60_000 })
      .toBe(true);
    await page.fill('#mailing-list input[name=email]', person.email);
    await Promise.all([page.waitForURL('**/?subscribed=1'), page.click('#mailing-list button')]);

    // Sign up, remembered.
    await page.goto(`${site.url}/signup`);
    await page.fill('#signup input[name=name]', person.name);
    await page.fill('#signup input[name=email]', person.email);
    await page.fill('#signup input[name=password]', 'correct horse battery');
    await page.check('#signup input[name=remember]');
    await Promise.all([page.waitForURL('**/account'), page.click('#signup button')]);
    await expect.poll(() => page.textContent('#email'), { timeout: 60_000 }).toBe(person.email);

    // Settings and a testimonial.
    await page.fill('#settings input[name=phone]', person.phone);
    await page.fill('#settings input[name=billingAddress]', person.address.line1);
    await Promise.all([page.waitForURL('**/account'), page.click('#settings button')]);
    await page.fill('#testimonial textarea[name=body]', 'One API, every tool.');
    await page.check('#testimonial input[name=showName]');
    await Promise.all([page.waitForURL(`${site.url}/`), page.click('#testimonial button')]);
    expect(await page.textContent('#testimonials')).toContain(person.name);

    // Checkout: the card goes to Stripe from the browser.
    await page.goto(`${site.url}/pricing`);
    await page.selectOption('#checkout select[name=plan]', 'business');
    await page.fill('input[name=stripe-number]', person.card.number);
    await page.fill('input[name=stripe-exp_month]', String(person.card.expMonth));
    await page.fill('input[name=stripe-exp_year]', String(person.card.expYear));
    await page.fill('input[name=stripe-cvc]', person.card.cvc);
    await Promise.all([page.waitForURL('**/account'), page.click('#checkout button')]);
    expect(await page.textContent('#plan')).toContain(`ending in ${person.card.number.slice(-4)}`);

    // Sign out, and back in.
    await Promise.all([page.waitForURL(`${site.url}/`), page.click('#signout button')]);
    await page.goto(`${site.url}/signin`);
    await page.fill('#signin input[name=email]', person.email);
    await page.fill('#signin input[name=password]', 'correct horse battery');
    await page.check('#signin input[name=remember]');
    await Promise.all([page.waitForURL('**/account'), page.click('#signin button')]);
    expect(dialogs).toEqual([]);

    const now = Date.now();
    const cookies = await context.cookies();
    expect(cookies.map((c) => c.name).sort()).toEqual(
      [
        '__adroll_fpc',
        '_ga',
        '_gid',
        'ajs_anonymous_id',
        'csrf_token',
        'remember_me',
        'session_id',
      ].sort(),
    );
    const policy = getPledgeGuardOrThrow().policy;
    expect(
      checkSetCookies(
        policy,
        cookies.map((c) => asSetCookie(c, now)),
        now,
      ),
    ).toEqual([]);
    expect(log).toHaveBeenCalled();
    expect(log).not.toContainPersonalData(['user.contact', 'user.name', 'user.financial']);
    expect([...hosts].sort()).toEqual([
      'api.stripe.com',
      'd.adroll.com',
      'js.stripe.com',
      'platform-api.sharethis.com',
      's.adroll.com',
      'www.facebook.com',
      'www.google-analytics.com',
      'www.googletagmanager.com',
    ]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await site.close();
    log.mockRestore();
  }
});
