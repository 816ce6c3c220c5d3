// The site's pages, rendered on the server. Third-party scripts and frames come only from the
// hosts the policy declares: Google Analytics and AdRoll (Website Visitors, Behavioral
// Targeting), Stripe.js on the checkout (Purchase Information), the Facebook "like" button and
// ShareThis (Social Media Widgets).
import type { Config } from './config.js';
import { escapeHtml } from './html.js';
import { PLANS } from './services/billing.js';

const GTAG_SRC = 'https://www.googletagmanager.com/gtag/js';
const ADROLL_SRC = 'https://s.adroll.com/j/roundtrip.js';
const STRIPE_JS_SRC = 'https://js.stripe.com/v3/';
const FACEBOOK_LIKE_SRC = 'https://www.facebook.com/plugins/like.php';
const SHARETHIS_SRC = 'https://platform-api.sharethis.com/js/sharethis.js';

/** A testimonial as the home page shows it: `author` only when its writer consented. */
export interface ShownTestimonial {
  body: string;
  author: string | null;
}

/** The signed-in account as the settings page shows it. */
export interface AccountView {
  email: string;
  name: string;
  phone: string | null;
  billingAddress: string | null;
  onMailingList: boolean;
  subscription: { plan: string; cardBrand: string | null; cardLast4: string | null } | null;
}

export class Pages {
  constructor(private readonly config: Config) {}

  private layout(title: string, body: string, head = ''): string {
    const { gaMeasurementId, adrollAdvertiserId, adrollPixelId } = this.config;
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} · Segment</title>
<script async src="${GTAG_SRC}?id=${gaMeasurementId}"></script>
<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('js', new Date());
  gtag('config', '${gaMeasurementId}', { anonymize_ip: true });
  window.adroll_adv_id = '${adrollAdvertiserId}';
  window.adroll_pix_id = '${adrollPixelId}';
</script>
<script async src="${ADROLL_SRC}"></script>
${head}
<script type="module" src="/site.js"></script>
</head>
<body>
<nav><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/account">Account</a> <a href="/signin">Sign in</a> <a href="/signup">Sign up</a></nav>
<main>
<h1>${escapeHtml(title)}</h1>
${body}
</main>
<footer><a href="https://segment.com/docs/legal/privacy-2016/">Privacy policy</a></footer>
</body>
</html>`;
  }

  home(testimonials: readonly ShownTestimonial[]): string {
    const quotes = testimonials
      .map(
        (t) =>
          `<blockquote>${escapeHtml(t.body)}<cite>${escapeHtml(t.author ?? 'A Segment customer')}</cite></blockquote>`,
      )
      .join('\n');
    const likeUrl = `${FACEBOOK_LIKE_SRC}?href=${encodeURIComponent(this.config.appUrl)}&layout=button`;
    return this.layout(
      'Segment: one API for your customer data',
      `<section id="testimonials">${quotes}</section>
<section id="social">
<iframe title="Like Segment on Facebook" src="${likeUrl}" width="90" height="28"></iframe>
<div class="sharethis-inline-share-buttons"></div>
</section>
<form id="mailing-list" data-api="/api/mailing-list" data-next="/?subscribed=1">
<label>Email <input name="email" type="email" required></label>
<button>Get Segment news</button>
</form>`,
      `<script async src="${SHARETHIS_SRC}#property=demo&product=inline-share-buttons"></script>`,
    );
  }

  signUp(): string {
    return this.layout(
      'Create your account',
      `<form id="signup" data-api="/api/signup" data-next="/account">
<label>Name <input name="name" required></label>
<label>Email <input name="email" type="email" required></label>
<label>Password <input name="password" type="password" minlength="8" required></label>
<label><input name="remember" type="checkbox"> Remember me</label>
<button>Sign up</button>
</form>`,
    );
  }

  signIn(): string {
    return this.layout(
      'Sign in',
      `<form id="signin" data-api="/api/signin" data-next="/account">
<label>Email <input name="email" type="email" required></label>
<label>Password <input name="password" type="password" required></label>
<label><input name="remember" type="checkbox"> Remember me</label>
<button>Sign in</button>
</form>`,
    );
  }

  account(view: AccountView): string {
    const plan = view.subscription
      ? `<p id="plan">${escapeHtml(view.subscription.plan)} plan, paid with ${escapeHtml(view.subscription.cardBrand ?? 'card')} ending in ${escapeHtml(view.subscription.cardLast4 ?? '····')}</p>`
      : '<p id="plan">No subscription yet. <a href="/pricing">See plans</a></p>';
    const field = (name: string, label: string, value: string | null) =>
      `<label>${label} <input name="${name}" value="${escapeHtml(value ?? '')}"></label>`;
    return this.layout(
      'Account settings',
      `<p>Signed in as <span id="email">${escapeHtml(view.email)}</span></p>
${plan}
<form id="settings" data-api="/api/account" data-method="PATCH" data-next="/account">
${field('name', 'Name', view.name)}
${field('phone', 'Phone', view.phone)}
${field('billingAddress', 'Billing address', view.billingAddress)}
<label><input name="mailingList" type="checkbox"${view.onMailingList ? ' checked' : ''}> Send me Segment news</label>
<button>Save</button>
</form>
<form id="testimonial" data-api="/api/testimonials" data-next="/">
<label>Your testimonial <textarea name="body" required></textarea></label>
<label><input name="showName" type="checkbox"> Show my name with it</label>
<button>Share</button>
</form>
<form id="signout" data-api="/api/signout" data-next="/"><button>Sign out</button></form>
<form id="delete" data-api="/api/account" data-method="DELETE" data-next="/"><button>Delete my account and data</button></form>`,
    );
  }

  pricing(): string {
    const options = Object.entries(PLANS)
      .map(([id, plan]) => `<option value="${id}">${plan.name}: $${plan.monthlyUsd}/month</option>`)
      .join('');
    return this.layout(
      'Pricing',
      `<form id="checkout" data-stripe-key="${escapeHtml(this.config.stripePublishableKey)}" data-next="/account">
<label>Plan <select name="plan">${options}</select></label>
<div id="card-element"></div>
<button>Subscribe</button>
<p id="checkout-error" role="alert"></p>
</form>`,
      `<script src="${STRIPE_JS_SRC}"></script>`,
    );
  }

  unsubscribed(): string {
    return this.layout(
      'You are unsubscribed',
      '<p>You will get no more Segment news. You can sign up again from the home page.</p>',
    );
  }
}
