// The site's script in the browser: the first-party anonymous id (Website Visitors), the forms
// (JSON to the site's own API, with the CSRF token), and the checkout, where Stripe.js takes the
// card: the card number never reaches our servers (Purchase Information).
/* global Stripe */

const ANONYMOUS_ID_COOKIE = 'ajs_anonymous_id';
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** @param {string} name */
function readCookie(name) {
  const prefix = `${name}=`;
  const pair = document.cookie.split('; ').find((p) => p.startsWith(prefix));
  return pair === undefined ? undefined : decodeURIComponent(pair.slice(prefix.length));
}

// Aggregate usage: a random id for this browser, the way Segment's analytics.js keeps one.
if (readCookie(ANONYMOUS_ID_COOKIE) === undefined) {
  document.cookie = `${ANONYMOUS_ID_COOKIE}=${crypto.randomUUID()}; Max-Age=${ONE_YEAR_SECONDS}; Path=/; SameSite=Lax`;
}

/**
 * @param {string} url
 * @param {string} method
 * @param {Record<string, unknown>} payload
 */
async function callApi(url, method, payload) {
  const response = await fetch(url, {
    method,
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': readCookie('csrf_token') ?? '' },
    body: method === 'GET' ? undefined : JSON.stringify(payload),
  });
  if (!response.ok) {
    const { error } = await response.json().catch(() => ({ error: response.statusText }));
    throw new Error(error);
  }
}

/** @param {HTMLFormElement} form */
function formPayload(form) {
  /** @type {Record<string, unknown>} */
  const payload = {};
  for (const element of form.elements) {
    if (!(
      element instanceof HTMLInputElement ||
      element instanceof HTMLTextAreaElement ||
      element instanceof HTMLSelectElement
    ))
      continue;
    if (element.name === '') continue;
    payload[element.name] =
      element instanceof HTMLInputElement && element.type === 'checkbox'
        ? element.checked
        : element.value;
  }
  return payload;
}

for (const form of document.querySelectorAll('form[data-api]')) {
  if (!(form instanceof HTMLFormElement)) continue;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    callApi(form.dataset.api ?? '', form.dataset.method ?? 'POST', formPayload(form))
      .then(() => location.assign(form.dataset.next ?? '/'))
      .catch((/** @type {Error} */ error) => alert(error.message));
  });
}

const checkout = document.querySelector('form#checkout');
if (checkout instanceof HTMLFormElement) {
  const stripe = Stripe(checkout.dataset.stripeKey);
  const card = stripe.elements().create('card');
  card.mount('#card-element');
  const errorLine = document.querySelector('#checkout-error');
  checkout.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { paymentMethod, error } = await stripe.createPaymentMethod({ type: 'card', card });
    try {
      if (error) throw new Error(error.message);
      const plan = formPayload(checkout).plan;
      await callApi('/api/subscriptions', 'POST', { plan, paymentMethodId: paymentMethod.id });
      location.assign(checkout.dataset.next ?? '/account');
    } catch (failure) {
      if (errorLine)
        errorLine.textContent = failure instanceof Error ? failure.message : String(failure);
    }
  });
}
