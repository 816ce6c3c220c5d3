// Third-party SDK recipes: which npm packages and snippet globals belong to which vendor, which
// hosts the vendor's SDK sends to, and which calls carry data out of the application.
//
// Each recipe is data read by the engine (see `SdkRecipe` in ./types.ts). A call is a send when
// its callee's qualified name is rooted at one of the recipe's `packages` (an import or require,
// deep imports included) or, when nothing local or imported has that name, one of its `globals`,
// and its member chain ends with one of the `sends[].member` patterns:
//
//   import mixpanel from 'mixpanel-browser'; mixpanel.track('Signup', { email })
//     → root `mixpanel-browser`, members `track`            → data in argument 1
//   const stripe = new Stripe(key); stripe.customers.create({ email })
//     → root `stripe`, members `().customers.create`         → pattern `customers.create`
//   gtag('event', 'sign_up', { user_id })    → root global `gtag`, members ``   → pattern ``
//   _paq.push(['setUserId', id])             → root global `_paq`, members `push`
//
// `()` in a pattern is a member of its own, standing for a call or `new` in the chain
// (`sobject.().create` for `conn.sobject('Contact').create(...)`, `documents.().create`), `*` for
// any one named member. A pattern applies to every package and global of
// its recipe, so a recipe groups the entry points whose methods take the same arguments; when a
// vendor's browser and server SDKs disagree (Segment's `identify(userId, traits)` against
// `identify({ userId, traits })`), they are two recipes. `data` lists the 0-based arguments that
// carry user data, with `prop` when only one property of an object-literal argument does
// (`new Rollbar({ accessToken, payload: { person } })`). `tokenizes` lists the payment calls
// whose result stands in for card data (a token or payment-method id), for the sanitiser.
//
// `hosts` are the vendor's ingest and API hosts (`host` or `*.domain`), used to name the
// recipient of a raw `fetch`/`sendBeacon`/pixel request when no package matches. A host, like a
// package, belongs to exactly one recipe.
//
// Adding a recipe: check the vendor's documentation for the exact npm names, snippet globals,
// hosts and the argument that carries data; give it a unique kebab-case `id` and one of the
// categories, and an `example`: a few lines that use the SDK the way its docs do and send
// personal data. `sdks.test.ts` checks the shape (unique ids, packages and hosts, valid names,
// argument indices) and runs every example through the engine, which must report a send through
// the recipe carrying personal data. When it cannot because the engine lacks a feature, say which
// in `exampleNeeds`; the test then expects the example to go undetected until the engine learns it.

import type { SdkRecipe } from './types.js';

export const SDK_RECIPES: readonly SdkRecipe[] = [
  // ───────────────────────────── analytics ─────────────────────────────
  {
    id: 'segment-browser',
    vendor: 'Segment',
    category: 'analytics',
    packages: ['@segment/analytics-next', '@segment/analytics-react-native'],
    globals: ['analytics'],
    hosts: ['api.segment.io', 'cdn.segment.com', 'events.eu1.segmentapis.com'],
    sends: [
      // identify(userId, traits) or identify(traits)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      // track(event, properties)
      { member: 'track', data: [{ arg: 1 }] },
      // page(category, name, properties) with optional leading arguments
      { member: 'page', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'screen', data: [{ arg: 1 }] },
      { member: 'group', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'alias', data: [{ arg: 0 }] },
    ],
    example: `import { AnalyticsBrowser } from '@segment/analytics-next';
const analytics = AnalyticsBrowser.load({ writeKey: 'WRITE_KEY' });
export function onSignup(userId: string, email: string) {
  analytics.identify(userId, { email });
}`,
  },
  {
    id: 'segment-node',
    vendor: 'Segment',
    category: 'analytics',
    packages: ['@segment/analytics-node', 'analytics-node'],
    globals: [],
    hosts: [],
    sends: [
      // identify({ userId, traits }), track({ userId, event, properties }), ...
      { member: 'identify', data: [{ arg: 0 }] },
      { member: 'track', data: [{ arg: 0 }] },
      { member: 'page', data: [{ arg: 0 }] },
      { member: 'screen', data: [{ arg: 0 }] },
      { member: 'group', data: [{ arg: 0 }] },
      { member: 'alias', data: [{ arg: 0 }] },
    ],
    example: `import { Analytics } from '@segment/analytics-node';
const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY! });
export function onSignup(userId: string, email: string) {
  analytics.identify({ userId, traits: { email } });
}`,
  },
  {
    id: 'google-analytics',
    vendor: 'Google Analytics',
    category: 'analytics',
    packages: [],
    globals: ['gtag', 'ga'],
    hosts: [
      'www.google-analytics.com',
      'region1.google-analytics.com',
      'ssl.google-analytics.com',
      'analytics.google.com',
      'stats.g.doubleclick.net',
    ],
    sends: [
      // gtag('config', id, params), gtag('event', name, params), gtag('set', 'user_data', data),
      // gtag('set', params); ga('set', 'userId', id), ga('send', 'event', category, action, label, value)
      { member: '', data: [{ arg: 1 }, { arg: 2 }, { arg: 3 }, { arg: 4 }, { arg: 5 }] },
    ],
    example: `export function onPurchase(email: string) {
  gtag('set', 'user_data', { email });
}`,
  },
  {
    id: 'google-analytics-wrappers',
    vendor: 'Google Analytics',
    category: 'analytics',
    packages: ['react-ga4', 'react-ga', 'vue-gtag'],
    globals: [],
    hosts: [],
    sends: [
      // ReactGA.initialize(id, { gaOptions: { userId } })
      { member: 'initialize', data: [{ arg: 1 }] },
      // ReactGA.event(name | { category, action, label }, params); vue-gtag event(name, params)
      { member: 'event', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'set', data: [{ arg: 0 }] },
      { member: 'send', data: [{ arg: 0 }] },
      { member: 'config', data: [{ arg: 0 }] },
      { member: 'pageview', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'purchase', data: [{ arg: 0 }] },
      // ReactGA.gtag('event', name, params), ReactGA.ga('set', 'userId', id)
      { member: 'gtag', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'ga', data: [{ arg: 1 }, { arg: 2 }, { arg: 3 }] },
    ],
    example: `import ReactGA from 'react-ga4';
export function onSignup(email: string) {
  ReactGA.event('sign_up', { method: 'email', user_email: email });
}`,
  },
  {
    id: 'google-tag-manager',
    vendor: 'Google Tag Manager',
    category: 'analytics',
    packages: ['react-gtm-module', '@next/third-parties'],
    globals: ['dataLayer'],
    hosts: ['www.googletagmanager.com'],
    sends: [
      // dataLayer.push({ event, ... })
      { member: 'push', data: [{ arg: 0 }] },
      // TagManager.dataLayer({ dataLayer }), TagManager.initialize({ gtmId, dataLayer })
      { member: 'dataLayer', data: [{ arg: 0 }] },
      { member: 'initialize', data: [{ arg: 0, prop: 'dataLayer' }] },
      // @next/third-parties/google: sendGTMEvent(data), sendGAEvent('event', name, params)
      { member: 'sendGTMEvent', data: [{ arg: 0 }] },
      { member: 'sendGAEvent', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
    ],
    example: `import TagManager from 'react-gtm-module';
export function onSignup(email: string) {
  TagManager.dataLayer({ dataLayer: { event: 'sign_up', email } });
}`,
  },
  {
    id: 'mixpanel-browser',
    vendor: 'Mixpanel',
    category: 'analytics',
    packages: ['mixpanel-browser', 'mixpanel-react-native'],
    globals: ['mixpanel'],
    hosts: ['api-js.mixpanel.com', 'cdn.mxpnl.com'],
    sends: [
      { member: 'track', data: [{ arg: 1 }] },
      { member: 'identify', data: [{ arg: 0 }] },
      { member: 'alias', data: [{ arg: 0 }] },
      { member: 'register', data: [{ arg: 0 }] },
      { member: 'register_once', data: [{ arg: 0 }] },
      { member: 'registerSuperProperties', data: [{ arg: 0 }] },
      // people.set(props) or people.set(prop, value)
      { member: 'people.set', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'people.set_once', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'people.append', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'people.union', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'people.track_charge', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'set_group', data: [{ arg: 1 }] },
      { member: 'get_group.().set', data: [{ arg: 0 }, { arg: 1 }] },
      // mixpanel-react-native: mixpanel.getPeople().set(prop, value)
      { member: 'getPeople.().set', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'getPeople.().setOnce', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import mixpanel from 'mixpanel-browser';
mixpanel.init('PROJECT_TOKEN');
export function onLogin(userId: string, email: string) {
  mixpanel.identify(userId);
  mixpanel.people.set({ $email: email });
}`,
  },
  {
    id: 'mixpanel-node',
    vendor: 'Mixpanel',
    category: 'analytics',
    packages: ['mixpanel'],
    globals: [],
    hosts: ['api.mixpanel.com', 'api-eu.mixpanel.com'],
    sends: [
      // Mixpanel.init(token).track(event, properties)
      { member: 'track', data: [{ arg: 1 }] },
      { member: 'import', data: [{ arg: 2 }] },
      { member: 'alias', data: [{ arg: 0 }, { arg: 1 }] },
      // people.set(distinctId, props) or people.set(distinctId, prop, value)
      { member: 'people.set', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'people.set_once', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'people.append', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'people.union', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'people.track_charge', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
    ],
    example: `import Mixpanel from 'mixpanel';
const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN!);
export function onSignup(userId: string, email: string) {
  mixpanel.people.set(userId, { $email: email });
}`,
  },
  {
    id: 'amplitude',
    vendor: 'Amplitude',
    category: 'analytics',
    packages: [
      '@amplitude/analytics-browser',
      '@amplitude/analytics-node',
      '@amplitude/analytics-react-native',
      '@amplitude/unified',
      '@amplitude/plugin-session-replay-browser',
      '@amplitude/node',
      'amplitude-js',
    ],
    globals: ['amplitude'],
    hosts: ['api2.amplitude.com', 'api.amplitude.com', 'api.eu.amplitude.com'],
    sends: [
      // track(eventType | event, eventProperties, { user_id, ... })
      { member: 'track', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      // amplitude-js logEvent(type, props); @amplitude/node logEvent({ event_type, user_id, ... })
      { member: 'logEvent', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'init', data: [{ arg: 1 }] },
      { member: 'setUserId', data: [{ arg: 0 }] },
      { member: 'setUserProperties', data: [{ arg: 0 }] },
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      // new Identify().set('email', email)
      { member: 'Identify.().set', data: [{ arg: 1 }] },
      { member: 'Identify.().setOnce', data: [{ arg: 1 }] },
      { member: 'Identify.().append', data: [{ arg: 1 }] },
      { member: 'setGroup', data: [{ arg: 1 }] },
      { member: 'groupIdentify', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'revenue', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import * as amplitude from '@amplitude/analytics-browser';
amplitude.init('API_KEY');
export function onLogin(email: string) {
  amplitude.setUserId(email);
}`,
  },
  {
    id: 'posthog-browser',
    vendor: 'PostHog',
    category: 'analytics',
    packages: ['posthog-js', 'posthog-react-native', '@posthog/react'],
    globals: ['posthog'],
    hosts: [
      'us.i.posthog.com',
      'eu.i.posthog.com',
      'app.posthog.com',
      'us.posthog.com',
      'eu.posthog.com',
    ],
    sends: [
      // capture(event, properties, options)
      { member: 'capture', data: [{ arg: 1 }, { arg: 2 }] },
      // identify(distinctId, $set, $set_once)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'alias', data: [{ arg: 0 }] },
      { member: 'people.set', data: [{ arg: 0 }] },
      { member: 'people.set_once', data: [{ arg: 0 }] },
      { member: 'setPersonProperties', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'setPersonPropertiesForFlags', data: [{ arg: 0 }] },
      { member: 'register', data: [{ arg: 0 }] },
      { member: 'register_once', data: [{ arg: 0 }] },
      { member: 'group', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'captureException', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import posthog from 'posthog-js';
export function onLogin(userId: string, email: string) {
  posthog.identify(userId, { email });
}`,
  },
  {
    id: 'posthog-node',
    vendor: 'PostHog',
    category: 'analytics',
    packages: ['posthog-node'],
    globals: [],
    hosts: [],
    sends: [
      // capture({ distinctId, event, properties }), identify({ distinctId, properties })
      { member: 'capture', data: [{ arg: 0 }] },
      { member: 'captureImmediate', data: [{ arg: 0 }] },
      { member: 'identify', data: [{ arg: 0 }] },
      { member: 'alias', data: [{ arg: 0 }] },
      { member: 'groupIdentify', data: [{ arg: 0 }] },
      // captureException(error, distinctId, additionalProperties)
      { member: 'captureException', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
    ],
    example: `import { PostHog } from 'posthog-node';
const posthog = new PostHog(process.env.POSTHOG_KEY!);
export function onSignup(email: string) {
  posthog.capture({ distinctId: email, event: 'signed_up' });
}`,
  },
  {
    id: 'heap',
    vendor: 'Heap',
    category: 'analytics',
    packages: ['heap-api', '@heap/react-native-heap'],
    globals: ['heap'],
    hosts: ['heapanalytics.com', 'cdn.heapanalytics.com'],
    sends: [
      { member: 'identify', data: [{ arg: 0 }] },
      // browser addUserProperties(props); heap-api addUserProperties(identity, props)
      { member: 'addUserProperties', data: [{ arg: 0 }, { arg: 1 }] },
      // browser track(event, props); heap-api track(event, identity, props)
      { member: 'track', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'addEventProperties', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(email: string) {
  window.heap.identify(email);
}`,
  },
  {
    id: 'plausible',
    vendor: 'Plausible',
    category: 'analytics',
    packages: ['plausible-tracker', '@plausible-analytics/tracker'],
    globals: ['plausible'],
    hosts: ['plausible.io'],
    sends: [
      // plausible('Signup', { props }); Plausible().trackEvent(name, { props }); track(name, { props })
      { member: '', data: [{ arg: 1 }] },
      { member: 'trackEvent', data: [{ arg: 1 }] },
      { member: 'track', data: [{ arg: 1 }] },
    ],
    example: `export function onSignup(email: string) {
  window.plausible('Signup', { props: { email } });
}`,
  },
  {
    id: 'matomo',
    vendor: 'Matomo',
    category: 'analytics',
    packages: [
      '@jonkoops/matomo-tracker-react',
      '@datapunt/matomo-tracker-react',
      '@datapunt/matomo-tracker-js',
      'vue-matomo',
    ],
    globals: ['_paq'],
    hosts: ['*.matomo.cloud', '*.innocraft.cloud'],
    sends: [
      // _paq.push(['setUserId', id]), _paq.push(['trackEvent', category, action, name])
      { member: 'push', data: [{ arg: 0 }] },
      { member: 'pushInstruction', data: [{ arg: 1 }, { arg: 2 }, { arg: 3 }] },
      { member: 'trackEvent', data: [{ arg: 0 }] },
      { member: 'trackPageView', data: [{ arg: 0 }] },
      { member: 'trackSiteSearch', data: [{ arg: 0 }] },
      { member: 'trackLink', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(email: string) {
  window._paq.push(['setUserId', email]);
}`,
  },
  {
    id: 'rudderstack-browser',
    vendor: 'RudderStack',
    category: 'analytics',
    packages: [
      '@rudderstack/analytics-js',
      'rudder-sdk-js',
      '@rudderstack/rudder-sdk-react-native',
    ],
    globals: ['rudderanalytics'],
    hosts: ['*.dataplane.rudderstack.com'],
    sends: [
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'track', data: [{ arg: 1 }] },
      { member: 'page', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'screen', data: [{ arg: 1 }] },
      { member: 'group', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'alias', data: [{ arg: 0 }] },
    ],
    example: `import { RudderAnalytics } from '@rudderstack/analytics-js';
const analytics = new RudderAnalytics();
analytics.load('WRITE_KEY', 'https://example.dataplane.rudderstack.com');
export function onLogin(userId: string, email: string) {
  analytics.identify(userId, { email });
}`,
  },
  {
    id: 'rudderstack-node',
    vendor: 'RudderStack',
    category: 'analytics',
    packages: ['@rudderstack/rudder-sdk-node'],
    globals: [],
    hosts: [],
    sends: [
      { member: 'identify', data: [{ arg: 0 }] },
      { member: 'track', data: [{ arg: 0 }] },
      { member: 'page', data: [{ arg: 0 }] },
      { member: 'screen', data: [{ arg: 0 }] },
      { member: 'group', data: [{ arg: 0 }] },
      { member: 'alias', data: [{ arg: 0 }] },
    ],
    example: `import Analytics from '@rudderstack/rudder-sdk-node';
const client = new Analytics(process.env.RUDDERSTACK_WRITE_KEY!, {
  dataPlaneUrl: 'https://example.dataplane.rudderstack.com',
});
export function onSignup(userId: string, email: string) {
  client.identify({ userId, traits: { email } });
}`,
  },
  {
    id: 'snowplow',
    vendor: 'Snowplow',
    category: 'analytics',
    packages: [
      '@snowplow/browser-tracker',
      '@snowplow/node-tracker',
      '@snowplow/react-native-tracker',
    ],
    globals: ['snowplow'],
    // Collectors are self-hosted or on a customer-specific domain.
    hosts: [],
    sends: [
      // snowplow('setUserId', id), snowplow('trackSelfDescribingEvent', { event })
      { member: '', data: [{ arg: 1 }] },
      { member: 'setUserId', data: [{ arg: 0 }] },
      { member: 'trackSelfDescribingEvent', data: [{ arg: 0 }] },
      { member: 'trackStructEvent', data: [{ arg: 0 }] },
      { member: 'trackPageView', data: [{ arg: 0 }] },
      { member: 'addGlobalContexts', data: [{ arg: 0 }] },
      // node tracker: tracker.track(buildSelfDescribingEvent({ event }), context)
      { member: 'track', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import { newTracker, setUserId } from '@snowplow/browser-tracker';
newTracker('sp', 'https://collector.example.com', { appId: 'shop' });
export function onLogin(email: string) {
  setUserId(email);
}`,
  },
  {
    id: 'kissmetrics',
    vendor: 'Kissmetrics',
    category: 'analytics',
    packages: [],
    globals: ['_kmq'],
    hosts: ['trk.kissmetrics.com', 'i.kissmetrics.com', 'trk.kissmetrics.io'],
    sends: [
      // _kmq.push(['identify', email]), _kmq.push(['record', event, props]), _kmq.push(['set', props])
      { member: 'push', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(email: string) {
  window._kmq.push(['identify', email]);
}`,
  },
  {
    id: 'adobe-experience-platform',
    vendor: 'Adobe',
    category: 'analytics',
    packages: ['@adobe/alloy'],
    globals: ['alloy'],
    hosts: ['*.adobedc.net', '*.omtrdc.net', '*.2o7.net', '*.demdex.net'],
    sends: [
      // alloy('sendEvent', { xdm, data }); const alloy = createInstance({ name }); alloy('sendEvent', ...)
      { member: '', data: [{ arg: 1 }] },
      { member: 'createInstance.()', data: [{ arg: 1 }] },
    ],
    example: `export function onLogin(email: string) {
  window.alloy('sendEvent', { xdm: { identityMap: { Email: [{ id: email }] } } });
}`,
  },
  {
    id: 'pendo',
    vendor: 'Pendo',
    category: 'analytics',
    packages: [],
    globals: ['pendo'],
    hosts: ['app.pendo.io', 'data.pendo.io', 'app.eu.pendo.io', 'data.eu.pendo.io', 'cdn.pendo.io'],
    sends: [
      // pendo.initialize({ visitor: { id, email }, account })
      { member: 'initialize', data: [{ arg: 0 }] },
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'updateOptions', data: [{ arg: 0 }] },
      { member: 'track', data: [{ arg: 1 }] },
    ],
    example: `export function onLogin(userId: string, email: string) {
  pendo.initialize({ visitor: { id: userId, email } });
}`,
  },
  {
    id: 'vercel-analytics',
    vendor: 'Vercel Analytics',
    category: 'analytics',
    packages: ['@vercel/analytics'],
    globals: [],
    hosts: ['va.vercel-scripts.com'],
    sends: [
      // track(name, properties)
      { member: 'track', data: [{ arg: 1 }] },
    ],
    example: `import { track } from '@vercel/analytics';
export function onSignup(email: string) {
  track('Signup', { email });
}`,
  },
  {
    id: 'june',
    vendor: 'June',
    category: 'analytics',
    packages: ['@june-so/analytics-node'],
    globals: [],
    hosts: ['api.june.so'],
    sends: [
      // Segment-shaped: identify({ userId, traits }), track({ userId, event, properties })
      { member: 'identify', data: [{ arg: 0 }] },
      { member: 'track', data: [{ arg: 0 }] },
      { member: 'group', data: [{ arg: 0 }] },
      { member: 'page', data: [{ arg: 0 }] },
    ],
    example: `import { Analytics } from '@june-so/analytics-node';
const june = new Analytics(process.env.JUNE_WRITE_KEY!);
export function onSignup(userId: string, email: string) {
  june.identify({ userId, traits: { email } });
}`,
  },
  {
    id: 'umami',
    vendor: 'Umami',
    category: 'analytics',
    packages: ['@umami/node'],
    globals: ['umami'],
    // Umami Cloud; a self-hosted instance is first-party.
    hosts: ['cloud.umami.is', 'api-gateway.umami.dev'],
    sends: [
      // umami.track(name, data) or track(payload); umami.identify(id, data) or identify(data)
      { member: 'track', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `export function onSignup(email: string) {
  window.umami.identify(email, { plan: 'pro' });
}`,
  },
  {
    id: 'openpanel',
    vendor: 'OpenPanel',
    category: 'analytics',
    packages: ['@openpanel/sdk', '@openpanel/web', '@openpanel/nextjs', '@openpanel/react-native'],
    globals: ['op'],
    hosts: ['api.openpanel.dev'],
    sends: [
      // the snippet's queue: op('identify', { profileId, email }), op('track', name, properties)
      { member: '', data: [{ arg: 1 }, { arg: 2 }] },
      // new OpenPanel({ clientId }).identify({ profileId, firstName, email }), track(name, properties)
      { member: 'identify', data: [{ arg: 0 }] },
      { member: 'track', data: [{ arg: 1 }] },
      { member: 'setGlobalProperties', data: [{ arg: 0 }] },
    ],
    example: `import { OpenPanel } from '@openpanel/sdk';
const op = new OpenPanel({ clientId: 'CLIENT_ID', clientSecret: process.env.OPENPANEL_SECRET });
export function onLogin(userId: string, email: string) {
  op.identify({ profileId: userId, email });
}`,
  },
  {
    id: 'jitsu',
    vendor: 'Jitsu',
    category: 'analytics',
    packages: ['@jitsu/js', '@jitsu/react', '@jitsu/jitsu-react'],
    globals: ['jitsu'],
    // Jitsu Cloud; a self-hosted instance is first-party.
    hosts: ['*.jitsu.com'],
    sends: [
      // jitsuAnalytics({ host, writeKey }).identify(userId, traits), track(event, properties)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'track', data: [{ arg: 1 }] },
      { member: 'page', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'group', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import { jitsuAnalytics } from '@jitsu/js';
const analytics = jitsuAnalytics({ host: 'https://example.d.jitsu.com', writeKey: 'WRITE_KEY' });
export function onLogin(userId: string, email: string) {
  analytics.identify(userId, { email });
}`,
  },
  {
    id: 'tinybird',
    vendor: 'Tinybird',
    category: 'analytics',
    packages: ['@tinybirdco/sdk', '@chronark/zod-bird'],
    globals: [],
    hosts: ['api.tinybird.co', '*.tinybird.co'],
    sends: [
      // createClient({ baseUrl, token }).ingest(datasource, row); typed: tinybird.pageViews.ingest(row)
      { member: 'ingest', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'ingestBatch', data: [{ arg: 1 }] },
      // zod-bird: const ingest = tb.buildIngestEndpoint({ datasource, event }); ingest(row)
      { member: 'buildIngestEndpoint.()', data: [{ arg: 0 }] },
    ],
    example: `import { createClient } from '@tinybirdco/sdk';
const tinybird = createClient({ baseUrl: 'https://api.tinybird.co', token: process.env.TINYBIRD_TOKEN! });
export async function logVisit(email: string, pathname: string) {
  await tinybird.ingest('page_views', { timestamp: new Date().toISOString(), pathname, email });
}`,
  },
  {
    id: 'aptabase',
    vendor: 'Aptabase',
    category: 'analytics',
    packages: ['@aptabase/web', '@aptabase/react', '@aptabase/electron', '@aptabase/react-native'],
    globals: [],
    hosts: ['eu.aptabase.com', 'us.aptabase.com'],
    sends: [
      // trackEvent(name, props); React: const { trackEvent } = useAptabase()
      { member: 'trackEvent', data: [{ arg: 1 }] },
    ],
    example: `import { trackEvent } from '@aptabase/web';
export function onSignup(email: string) {
  trackEvent('signup', { email });
}`,
  },
  {
    id: 'koala',
    vendor: 'Koala',
    category: 'analytics',
    packages: [],
    globals: ['ko'],
    hosts: ['api.getkoala.com', 'cdn.getkoala.com'],
    sends: [
      // ko.identify(email, traits), ko.track(event, properties)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'track', data: [{ arg: 1 }] },
    ],
    example: `export function onLogin(email: string) {
  window.ko.identify(email, { plan: 'pro' });
}`,
  },
  {
    id: 'simple-analytics',
    vendor: 'Simple Analytics',
    category: 'analytics',
    packages: [],
    globals: ['sa_event'],
    hosts: ['queue.simpleanalyticscdn.com', 'scripts.simpleanalyticscdn.com'],
    sends: [
      // sa_event(name, metadata)
      { member: '', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `export function onSignup(email: string) {
  window.sa_event('signup', { email });
}`,
  },
  {
    id: 'countly',
    vendor: 'Countly',
    category: 'analytics',
    packages: ['countly-sdk-web', 'countly-sdk-nodejs'],
    globals: ['Countly'],
    // Countly Flex; a self-hosted server is first-party.
    hosts: ['*.count.ly'],
    sends: [
      // Countly.user_details({ name, email }), Countly.add_event({ key, segmentation })
      { member: 'user_details', data: [{ arg: 0 }] },
      { member: 'add_event', data: [{ arg: 0 }] },
      // Countly.q.push(['add_event', {...}]), Countly.userData.set(key, value)
      { member: 'q.push', data: [{ arg: 0 }] },
      { member: 'userData.set', data: [{ arg: 1 }] },
      { member: 'userData.set_once', data: [{ arg: 1 }] },
    ],
    example: `import Countly from 'countly-sdk-web';
Countly.init({ app_key: 'APP_KEY', url: 'https://example.count.ly' });
export function onLogin(name: string, email: string) {
  Countly.user_details({ name, email });
}`,
  },
  {
    id: 'firebase-analytics',
    vendor: 'Google Analytics for Firebase',
    category: 'analytics',
    // Only the analytics entry points: the rest of Firebase (Firestore, Auth) is the app's backend.
    packages: ['firebase/analytics', '@react-native-firebase/analytics'],
    globals: [],
    hosts: [],
    sends: [
      // modular: logEvent(analytics, name, params), setUserId(analytics, id);
      // React Native: analytics().logEvent(name, params), analytics().setUserId(id)
      { member: 'logEvent', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'setUserId', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'setUserProperties', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'setUserProperty', data: [{ arg: 1 }, { arg: 2 }] },
    ],
    example: `import { getAnalytics, logEvent } from 'firebase/analytics';
import { app } from './firebase';
const analytics = getAnalytics(app);
export function onSignup(email: string) {
  logEvent(analytics, 'sign_up', { method: 'password', email });
}`,
  },
  {
    id: 'appcues',
    vendor: 'Appcues',
    category: 'analytics',
    packages: [],
    globals: ['Appcues'],
    hosts: ['fast.appcues.com', 'api.appcues.net'],
    sends: [
      // Appcues.identify(userId, properties), Appcues.track(event, properties)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'track', data: [{ arg: 1 }] },
      { member: 'group', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `export function onLogin(userId: string, email: string) {
  window.Appcues.identify(userId, { email, plan: 'pro' });
}`,
  },
  {
    id: 'userpilot',
    vendor: 'Userpilot',
    category: 'analytics',
    packages: ['userpilot'],
    globals: ['userpilot'],
    hosts: ['js.userpilot.io', 'analytex.userpilot.io'],
    sends: [
      // Userpilot.identify(userId, { name, email, company }), Userpilot.track(event, properties)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'track', data: [{ arg: 1 }] },
    ],
    example: `import { Userpilot } from 'userpilot';
Userpilot.initialize('APP_TOKEN');
export function onLogin(userId: string, email: string) {
  Userpilot.identify(userId, { email });
}`,
  },
  {
    id: 'userflow',
    vendor: 'Userflow',
    category: 'analytics',
    packages: ['userflow.js'],
    globals: ['userflow'],
    hosts: ['js.userflow.com', '*.userflow.com'],
    sends: [
      // userflow.identify(userId, attributes), updateUser(attributes), track(event, attributes)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'updateUser', data: [{ arg: 0 }] },
      { member: 'group', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'track', data: [{ arg: 1 }] },
    ],
    example: `import userflow from 'userflow.js';
userflow.init('USERFLOW_TOKEN');
export async function onLogin(userId: string, email: string) {
  await userflow.identify(userId, { email, signed_up_at: new Date().toISOString() });
}`,
  },
  {
    id: 'chameleon',
    vendor: 'Chameleon',
    category: 'analytics',
    packages: ['@chamaeleonidae/chmln'],
    globals: ['chmln'],
    hosts: ['fast.chameleon.io', '*.chameleon.io'],
    sends: [
      // chmln.identify(userId, { email, name }), chmln.set(properties)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'set', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(userId: string, email: string) {
  window.chmln.identify(userId, { email });
}`,
  },

  // ─────────────────────────── session replay ───────────────────────────
  {
    id: 'hotjar',
    vendor: 'Hotjar',
    category: 'session-replay',
    packages: ['@hotjar/browser', 'react-hotjar'],
    globals: ['hj'],
    hosts: ['*.hotjar.com', '*.hotjar.io'],
    sends: [
      // hj('identify', userId, attributes), hj('event', name)
      { member: '', data: [{ arg: 1 }, { arg: 2 }] },
      // Hotjar.identify(userId, attributes)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'event', data: [{ arg: 0 }] },
    ],
    example: `import Hotjar from '@hotjar/browser';
Hotjar.init(1234567, 6);
export function onLogin(userId: string, email: string) {
  Hotjar.identify(userId, { email });
}`,
  },
  {
    id: 'fullstory',
    vendor: 'FullStory',
    category: 'session-replay',
    packages: ['@fullstory/browser', '@fullstory/snippet', '@fullstory/react-native'],
    globals: ['FS'],
    hosts: ['*.fullstory.com'],
    sends: [
      // v2: FS('setIdentity', { uid, properties }), FullStory('trackEvent', { name, properties })
      { member: '', data: [{ arg: 1 }] },
      { member: 'FullStory', data: [{ arg: 1 }] },
      // v1: FS.identify(uid, vars), FS.setUserVars(vars), FS.event(name, props)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'setUserVars', data: [{ arg: 0 }] },
      { member: 'setVars', data: [{ arg: 1 }] },
      { member: 'event', data: [{ arg: 1 }] },
      { member: 'log', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import { FullStory, init } from '@fullstory/browser';
init({ orgId: 'ORG_ID' });
export function onLogin(userId: string, email: string) {
  FullStory('setIdentity', { uid: userId, properties: { email } });
}`,
  },
  {
    id: 'logrocket',
    vendor: 'LogRocket',
    category: 'session-replay',
    packages: ['logrocket', 'logrocket-react', '@logrocket/react-native'],
    globals: ['LogRocket'],
    hosts: ['*.lr-ingest.io', '*.lr-ingest.com', '*.lr-in.com', '*.logrocket.io'],
    sends: [
      // LogRocket.identify(uid, traits), LogRocket.track(event, props)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'track', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'log', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'info', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'warn', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'error', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'debug', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'captureMessage', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'captureException', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import LogRocket from 'logrocket';
LogRocket.init('app/id');
export function onLogin(userId: string, email: string) {
  LogRocket.identify(userId, { email });
}`,
  },
  {
    id: 'microsoft-clarity',
    vendor: 'Microsoft Clarity',
    category: 'session-replay',
    packages: ['@microsoft/clarity', 'react-microsoft-clarity'],
    globals: ['clarity'],
    hosts: ['*.clarity.ms'],
    sends: [
      // clarity('identify', customId, sessionId, pageId, friendlyName), clarity('set', key, value)
      { member: '', data: [{ arg: 1 }, { arg: 2 }, { arg: 3 }, { arg: 4 }] },
      // Clarity.identify(customId, sessionId, pageId, friendlyName), Clarity.setTag(key, value)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }, { arg: 3 }] },
      { member: 'setTag', data: [{ arg: 1 }] },
      { member: 'event', data: [{ arg: 0 }] },
      { member: 'setEvent', data: [{ arg: 0 }] },
    ],
    example: `import Clarity from '@microsoft/clarity';
Clarity.init('PROJECT_ID');
export function onLogin(email: string) {
  Clarity.identify(email);
}`,
  },
  {
    id: 'smartlook',
    vendor: 'Smartlook',
    category: 'session-replay',
    packages: ['smartlook-client'],
    globals: ['smartlook'],
    hosts: ['*.smartlook.com', '*.smartlook.cloud'],
    sends: [
      // smartlook('identify', id, props), smartlook('track', event, props)
      { member: '', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'track', data: [{ arg: 1 }] },
      { member: 'properties', data: [{ arg: 0 }] },
    ],
    example: `import Smartlook from 'smartlook-client';
Smartlook.init('PROJECT_KEY');
export function onLogin(userId: string, email: string) {
  Smartlook.identify(userId, { email });
}`,
  },
  {
    id: 'mouseflow',
    vendor: 'Mouseflow',
    category: 'session-replay',
    packages: [],
    globals: ['_mfq', 'mouseflow'],
    hosts: ['*.mouseflow.com'],
    sends: [
      // _mfq.push(['identify', id]), _mfq.push(['setVariable', key, value])
      { member: 'push', data: [{ arg: 0 }] },
      { member: 'identify', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(email: string) {
  window._mfq.push(['identify', email]);
}`,
  },
  {
    id: 'inspectlet',
    vendor: 'Inspectlet',
    category: 'session-replay',
    packages: [],
    globals: ['__insp'],
    hosts: ['*.inspectlet.com'],
    sends: [
      // __insp.push(['identify', email]), __insp.push(['tagSession', { email }])
      { member: 'push', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(email: string) {
  window.__insp.push(['identify', email]);
}`,
  },
  {
    id: 'openreplay',
    vendor: 'OpenReplay',
    category: 'session-replay',
    packages: ['@openreplay/tracker'],
    globals: [],
    hosts: ['api.openreplay.com'],
    sends: [
      // new Tracker({ projectKey }).setUserID(id), setMetadata(key, value), event(name, payload)
      { member: 'setUserID', data: [{ arg: 0 }] },
      { member: 'setMetadata', data: [{ arg: 1 }] },
      { member: 'event', data: [{ arg: 1 }] },
      { member: 'issue', data: [{ arg: 1 }] },
    ],
    example: `import Tracker from '@openreplay/tracker';
const tracker = new Tracker({ projectKey: 'PROJECT_KEY' });
tracker.start();
export function onLogin(email: string) {
  tracker.setUserID(email);
}`,
  },
  {
    id: 'highlight',
    vendor: 'Highlight',
    category: 'session-replay',
    packages: [
      'highlight.run',
      '@highlight-run/node',
      '@highlight-run/next',
      '@highlight-run/react',
    ],
    globals: ['H'],
    hosts: ['pub.highlight.io', 'pub.highlight.run', 'otel.highlight.io'],
    sends: [
      // H.identify(identifier, metadata), H.track(event, metadata)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'track', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'consumeError', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
    ],
    example: `import { H } from 'highlight.run';
H.init('PROJECT_ID');
export function onLogin(email: string) {
  H.identify(email, { plan: 'pro' });
}`,
  },

  // ─────────────────────────── error tracking ───────────────────────────
  {
    id: 'sentry',
    vendor: 'Sentry',
    category: 'error-tracking',
    packages: [
      '@sentry/browser',
      '@sentry/node',
      '@sentry/core',
      '@sentry/react',
      '@sentry/nextjs',
      '@sentry/vue',
      '@sentry/angular',
      '@sentry/svelte',
      '@sentry/sveltekit',
      '@sentry/solid',
      '@sentry/remix',
      '@sentry/react-router',
      '@sentry/tanstackstart-react',
      '@sentry/nuxt',
      '@sentry/astro',
      '@sentry/gatsby',
      '@sentry/ember',
      '@sentry/nestjs',
      '@sentry/bun',
      '@sentry/deno',
      '@sentry/aws-serverless',
      '@sentry/serverless',
      '@sentry/cloudflare',
      '@sentry/vercel-edge',
      '@sentry/electron',
      '@sentry/react-native',
      '@sentry/capacitor',
    ],
    globals: ['Sentry'],
    hosts: ['*.ingest.sentry.io', '*.ingest.us.sentry.io', '*.ingest.de.sentry.io', 'sentry.io'],
    sends: [
      // Sentry.init({ dsn, initialScope: { user } })
      { member: 'init', data: [{ arg: 0, prop: 'initialScope' }] },
      { member: 'setUser', data: [{ arg: 0 }] },
      { member: 'setContext', data: [{ arg: 1 }] },
      { member: 'setExtra', data: [{ arg: 1 }] },
      { member: 'setExtras', data: [{ arg: 0 }] },
      { member: 'setTag', data: [{ arg: 1 }] },
      { member: 'setTags', data: [{ arg: 0 }] },
      // captureException(error, { user, extra, contexts, tags })
      { member: 'captureException', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'captureMessage', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'captureEvent', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'captureFeedback', data: [{ arg: 0 }] },
      { member: 'sendFeedback', data: [{ arg: 0 }] },
      { member: 'addBreadcrumb', data: [{ arg: 0 }, { arg: 1 }] },
      // Sentry.logger.info(message, attributes)
      { member: 'logger.trace', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'logger.debug', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'logger.info', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'logger.warn', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'logger.error', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'logger.fatal', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import * as Sentry from '@sentry/nextjs';
export function onLogin(userId: string, email: string) {
  Sentry.setUser({ id: userId, email });
}`,
  },
  {
    id: 'bugsnag',
    vendor: 'Bugsnag',
    category: 'error-tracking',
    packages: [
      '@bugsnag/js',
      '@bugsnag/browser',
      '@bugsnag/node',
      '@bugsnag/react-native',
      '@bugsnag/expo',
      '@bugsnag/plugin-react',
    ],
    globals: ['Bugsnag'],
    hosts: ['notify.bugsnag.com', 'sessions.bugsnag.com'],
    sends: [
      // Bugsnag.start({ apiKey, user, metadata })
      { member: 'start', data: [{ arg: 0 }] },
      // setUser(id, email, name)
      { member: 'setUser', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'notify', data: [{ arg: 0 }] },
      // addMetadata(section, values) or addMetadata(section, key, value)
      { member: 'addMetadata', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'leaveBreadcrumb', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'setContext', data: [{ arg: 0 }] },
    ],
    example: `import Bugsnag from '@bugsnag/js';
Bugsnag.start({ apiKey: 'API_KEY' });
export function onLogin(userId: string, email: string) {
  Bugsnag.setUser(userId, email);
}`,
  },
  {
    id: 'rollbar',
    vendor: 'Rollbar',
    category: 'error-tracking',
    packages: ['rollbar'],
    globals: ['Rollbar'],
    hosts: ['api.rollbar.com'],
    sends: [
      // new Rollbar({ accessToken, payload: { person: { id, email } } })
      { member: '', data: [{ arg: 0, prop: 'payload' }] },
      { member: 'init', data: [{ arg: 0, prop: 'payload' }] },
      { member: 'configure', data: [{ arg: 0, prop: 'payload' }] },
      // rollbar.error(message, error, custom)
      { member: 'log', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'debug', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'info', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'warn', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'warning', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'error', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'critical', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
    ],
    example: `import Rollbar from 'rollbar';
export function createRollbar(userId: string, email: string) {
  return new Rollbar({ accessToken: 'TOKEN', payload: { person: { id: userId, email } } });
}`,
  },
  {
    id: 'datadog-rum',
    vendor: 'Datadog',
    category: 'error-tracking',
    packages: ['@datadog/browser-rum', '@datadog/browser-rum-slim', '@datadog/browser-rum-react'],
    globals: ['DD_RUM'],
    hosts: [
      'browser-intake-datadoghq.com',
      'browser-intake-datadoghq.eu',
      'browser-intake-us3-datadoghq.com',
      'browser-intake-us5-datadoghq.com',
      'browser-intake-ap1-datadoghq.com',
      'browser-intake-ddog-gov.com',
    ],
    sends: [
      // datadogRum.setUser({ id, name, email })
      { member: 'setUser', data: [{ arg: 0 }] },
      { member: 'setUserProperty', data: [{ arg: 1 }] },
      { member: 'setAccount', data: [{ arg: 0 }] },
      { member: 'setGlobalContext', data: [{ arg: 0 }] },
      { member: 'setGlobalContextProperty', data: [{ arg: 1 }] },
      { member: 'addAction', data: [{ arg: 1 }] },
      { member: 'addError', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import { datadogRum } from '@datadog/browser-rum';
export function onLogin(userId: string, email: string) {
  datadogRum.setUser({ id: userId, email });
}`,
  },
  {
    id: 'datadog-logs',
    vendor: 'Datadog',
    category: 'error-tracking',
    packages: ['@datadog/browser-logs', '@datadog/datadog-api-client'],
    globals: ['DD_LOGS'],
    hosts: [
      'http-intake.logs.datadoghq.com',
      'http-intake.logs.datadoghq.eu',
      'http-intake.logs.us3.datadoghq.com',
      'http-intake.logs.us5.datadoghq.com',
    ],
    sends: [
      // datadogLogs.logger.info(message, context)
      { member: 'logger.debug', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'logger.info', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'logger.warn', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'logger.error', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'logger.log', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'createLogger.().info', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'createLogger.().warn', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'createLogger.().error', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'setUser', data: [{ arg: 0 }] },
      { member: 'setGlobalContext', data: [{ arg: 0 }] },
      { member: 'setGlobalContextProperty', data: [{ arg: 1 }] },
      // new v2.LogsApi(configuration).submitLog({ body })
      { member: 'submitLog', data: [{ arg: 0 }] },
    ],
    example: `import { datadogLogs } from '@datadog/browser-logs';
export function onCheckout(email: string) {
  datadogLogs.logger.info('checkout started', { email });
}`,
  },
  {
    id: 'new-relic',
    vendor: 'New Relic',
    category: 'error-tracking',
    packages: ['newrelic', '@newrelic/browser-agent', '@newrelic/next'],
    globals: ['newrelic'],
    hosts: [
      '*.nr-data.net',
      'collector.newrelic.com',
      'log-api.newrelic.com',
      'log-api.eu.newrelic.com',
      'insights-collector.newrelic.com',
    ],
    sends: [
      // browser: newrelic.setCustomAttribute(name, value), setUserId(id), addPageAction(name, attrs)
      { member: 'setCustomAttribute', data: [{ arg: 1 }] },
      { member: 'setUserId', data: [{ arg: 0 }] },
      { member: 'addPageAction', data: [{ arg: 1 }] },
      { member: 'noticeError', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'log', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'recordCustomEvent', data: [{ arg: 1 }] },
      // node agent: addCustomAttribute(key, value), setUserID(id), recordLogEvent({ message })
      { member: 'addCustomAttribute', data: [{ arg: 1 }] },
      { member: 'addCustomAttributes', data: [{ arg: 0 }] },
      { member: 'addCustomSpanAttribute', data: [{ arg: 1 }] },
      { member: 'addCustomSpanAttributes', data: [{ arg: 0 }] },
      { member: 'setUserID', data: [{ arg: 0 }] },
      { member: 'recordLogEvent', data: [{ arg: 0 }] },
    ],
    example: `import newrelic from 'newrelic';
export function onLogin(email: string) {
  newrelic.addCustomAttribute('email', email);
}`,
  },
  {
    id: 'honeybadger',
    vendor: 'Honeybadger',
    category: 'error-tracking',
    packages: [
      '@honeybadger-io/js',
      '@honeybadger-io/react',
      '@honeybadger-io/vue',
      '@honeybadger-io/nextjs',
    ],
    globals: ['Honeybadger'],
    hosts: ['api.honeybadger.io', 'eu-api.honeybadger.io'],
    sends: [
      // Honeybadger.notify(error, { context }), Honeybadger.setContext({ user_id, user_email })
      { member: 'notify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'setContext', data: [{ arg: 0 }] },
      { member: 'addBreadcrumb', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'event', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import Honeybadger from '@honeybadger-io/js';
export function onLogin(userId: string, email: string) {
  Honeybadger.setContext({ user_id: userId, user_email: email });
}`,
  },
  {
    id: 'raygun',
    vendor: 'Raygun',
    category: 'error-tracking',
    packages: ['raygun', 'raygun4js'],
    globals: ['rg4js'],
    hosts: ['api.raygun.io', 'api.raygun.com'],
    sends: [
      // rg4js('setUser', { identifier, email, fullName }), rg4js('send', { error, customData })
      { member: '', data: [{ arg: 1 }] },
      // new raygun.Client().init({ apiKey }).send(error, customData)
      { member: 'send', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'setUser', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(email: string) {
  rg4js('setUser', { identifier: email, isAnonymous: false, email });
}`,
  },
  {
    id: 'trackjs',
    vendor: 'TrackJS',
    category: 'error-tracking',
    packages: ['trackjs', 'trackjs-node'],
    globals: ['TrackJS'],
    hosts: ['capture.trackjs.com', 'usage.trackjs.com'],
    sends: [
      // TrackJS.install({ token, userId, metadata })
      { member: 'install', data: [{ arg: 0 }] },
      { member: 'configure', data: [{ arg: 0 }] },
      { member: 'addMetadata', data: [{ arg: 1 }] },
      { member: 'track', data: [{ arg: 0 }] },
      { member: 'console.log', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'console.info', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'console.warn', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'console.error', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import { TrackJS } from 'trackjs';
export function onLogin(email: string) {
  TrackJS.addMetadata('email', email);
}`,
  },
  {
    id: 'airbrake',
    vendor: 'Airbrake',
    category: 'error-tracking',
    packages: ['@airbrake/browser', '@airbrake/node'],
    globals: [],
    hosts: ['api.airbrake.io'],
    sends: [
      // new Notifier({ projectId, projectKey }).notify({ error, params, context, session })
      { member: 'notify', data: [{ arg: 0 }] },
    ],
    example: `import { Notifier } from '@airbrake/node';
const airbrake = new Notifier({ projectId: 1, projectKey: process.env.AIRBRAKE_KEY! });
export async function report(error: Error, email: string) {
  await airbrake.notify({ error, params: { email } });
}`,
  },
  {
    id: 'elastic-apm',
    vendor: 'Elastic APM',
    category: 'error-tracking',
    packages: ['elastic-apm-node', '@elastic/apm-rum', '@elastic/apm-rum-react'],
    globals: [],
    // APM Server is self-hosted or on an Elastic Cloud deployment (see the elastic-cloud recipe).
    hosts: [],
    sends: [
      // apm.setUserContext({ id, username, email }), setCustomContext(ctx), captureError(err, { custom })
      { member: 'setUserContext', data: [{ arg: 0 }] },
      { member: 'setCustomContext', data: [{ arg: 0 }] },
      { member: 'setLabel', data: [{ arg: 1 }] },
      { member: 'addLabels', data: [{ arg: 0 }] },
      { member: 'captureError', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import apm from 'elastic-apm-node';
export function onLogin(userId: string, email: string) {
  apm.setUserContext({ id: userId, email });
}`,
  },
  {
    id: 'datadog-apm',
    vendor: 'Datadog',
    category: 'error-tracking',
    packages: ['dd-trace'],
    globals: [],
    // The tracer reports to the local Datadog Agent, which forwards to Datadog.
    hosts: ['trace.agent.datadoghq.com', 'trace.agent.datadoghq.eu'],
    sends: [
      // tracer.setUser({ id, email }), tracer.appsec.setUser(user), span.setTag(key, value)
      { member: 'setUser', data: [{ arg: 0 }] },
      { member: 'setTag', data: [{ arg: 1 }] },
      { member: 'addTags', data: [{ arg: 0 }] },
      // tracer.appsec.trackUserLoginSuccessEvent(user, metadata)
      { member: 'trackUserLoginSuccessEvent', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'trackUserLoginFailureEvent', data: [{ arg: 0 }, { arg: 2 }] },
      { member: 'trackCustomEvent', data: [{ arg: 1 }] },
    ],
    example: `import tracer from 'dd-trace';
tracer.init();
export function onLogin(userId: string, email: string) {
  tracer.setUser({ id: userId, email });
}`,
  },

  // ───────────────────────────── support ─────────────────────────────
  {
    id: 'intercom-messenger',
    vendor: 'Intercom',
    category: 'support',
    packages: [],
    globals: ['Intercom'],
    hosts: [
      'api-iam.intercom.io',
      'api-iam.eu.intercom.io',
      'api-iam.au.intercom.io',
      'widget.intercom.io',
      '*.intercomcdn.com',
    ],
    sends: [
      // Intercom('boot', { app_id, email, user_id }), Intercom('update', {...}),
      // Intercom('trackEvent', name, metadata), Intercom('showNewMessage', content)
      { member: '', data: [{ arg: 1 }, { arg: 2 }] },
    ],
    example: `export function bootIntercom(userId: string, email: string) {
  window.Intercom('boot', { app_id: 'APP_ID', user_id: userId, email });
}`,
  },
  {
    id: 'intercom-messenger-sdk',
    vendor: 'Intercom',
    category: 'support',
    packages: [
      '@intercom/messenger-js-sdk',
      'react-use-intercom',
      '@intercom/intercom-react-native',
    ],
    globals: [],
    hosts: [],
    sends: [
      // import Intercom, { update, trackEvent } from '@intercom/messenger-js-sdk'; Intercom({ app_id, email })
      { member: '', data: [{ arg: 0 }] },
      { member: 'Intercom', data: [{ arg: 0 }] },
      // useIntercom(): boot(props), update(props), trackEvent(event, metadata)
      { member: 'boot', data: [{ arg: 0 }] },
      { member: 'update', data: [{ arg: 0 }] },
      { member: 'trackEvent', data: [{ arg: 1 }] },
      { member: 'showNewMessage', data: [{ arg: 0 }] },
      // React Native: Intercom.loginUserWithUserAttributes({ email, userId }), updateUser, logEvent
      { member: 'loginUserWithUserAttributes', data: [{ arg: 0 }] },
      { member: 'updateUser', data: [{ arg: 0 }] },
      { member: 'logEvent', data: [{ arg: 1 }] },
    ],
    example: `import Intercom from '@intercom/messenger-js-sdk';
export function bootIntercom(userId: string, email: string) {
  Intercom({ app_id: 'APP_ID', user_id: userId, email });
}`,
  },
  {
    id: 'zendesk',
    vendor: 'Zendesk',
    category: 'support',
    packages: ['node-zendesk', 'zendesk-node-api'],
    globals: ['zE'],
    hosts: ['*.zendesk.com', '*.zdassets.com', '*.zopim.com'],
    sends: [
      // zE('webWidget', 'identify', { name, email }), zE('messenger:set', 'conversationFields', [...])
      { member: '', data: [{ arg: 2 }] },
      // legacy zE.identify({ name, email })
      { member: 'identify', data: [{ arg: 0 }] },
      // zendesk.createClient({...}).users.create({ user }), tickets.create({ ticket })
      { member: 'users.create', data: [{ arg: 0 }] },
      { member: 'users.createOrUpdate', data: [{ arg: 0 }] },
      { member: 'users.update', data: [{ arg: 1 }] },
      { member: 'tickets.create', data: [{ arg: 0 }] },
      { member: 'tickets.update', data: [{ arg: 1 }] },
      { member: 'requests.create', data: [{ arg: 0 }] },
    ],
    example: `export function prefillWidget(name: string, email: string) {
  zE('webWidget', 'identify', { name, email });
}`,
  },
  {
    id: 'drift',
    vendor: 'Drift',
    category: 'support',
    packages: [],
    globals: ['drift'],
    hosts: ['*.drift.com', '*.driftt.com'],
    sends: [
      // drift.identify(userId, { email, name }), drift.track(event, attributes)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'track', data: [{ arg: 1 }] },
      { member: 'api.setUserAttributes', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(userId: string, email: string) {
  drift.identify(userId, { email });
}`,
  },
  {
    id: 'crisp',
    vendor: 'Crisp',
    category: 'support',
    packages: ['crisp-sdk-web', 'crisp-api', 'node-crisp-api'],
    globals: ['$crisp'],
    hosts: ['*.crisp.chat'],
    sends: [
      // $crisp.push(['set', 'user:email', [email]])
      { member: 'push', data: [{ arg: 0 }] },
      // crisp-sdk-web: Crisp.user.setEmail(email), Crisp.session.setData({...})
      { member: 'user.setEmail', data: [{ arg: 0 }] },
      { member: 'user.setNickname', data: [{ arg: 0 }] },
      { member: 'user.setPhone', data: [{ arg: 0 }] },
      { member: 'user.setAvatar', data: [{ arg: 0 }] },
      { member: 'user.setCompany', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'session.setData', data: [{ arg: 0 }] },
      { member: 'session.pushEvent', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'message.send', data: [{ arg: 1 }] },
      // crisp-api: CrispClient.website.addNewPeopleProfile(websiteId, { email, person })
      { member: 'website.addNewPeopleProfile', data: [{ arg: 1 }] },
      { member: 'website.updatePeopleProfile', data: [{ arg: 2 }] },
      { member: 'website.sendMessageInConversation', data: [{ arg: 2 }] },
      { member: 'website.updateConversationMetas', data: [{ arg: 2 }] },
      { member: 'websiteConversations.sendMessage', data: [{ arg: 2 }] },
    ],
    example: `import { Crisp } from 'crisp-sdk-web';
Crisp.configure('WEBSITE_ID');
export function onLogin(email: string) {
  Crisp.user.setEmail(email);
}`,
  },
  {
    id: 'freshchat',
    vendor: 'Freshchat',
    category: 'support',
    packages: [],
    globals: ['fcWidget'],
    hosts: ['*.freshchat.com'],
    sends: [
      // window.fcWidget.init({ token, externalId, email, firstName })
      { member: 'init', data: [{ arg: 0 }] },
      { member: 'setExternalId', data: [{ arg: 0 }] },
      { member: 'user.setProperties', data: [{ arg: 0 }] },
      { member: 'user.setEmail', data: [{ arg: 0 }] },
      { member: 'user.setFirstName', data: [{ arg: 0 }] },
      { member: 'user.setLastName', data: [{ arg: 0 }] },
      { member: 'user.setPhone', data: [{ arg: 0 }] },
      { member: 'user.create', data: [{ arg: 0 }] },
      { member: 'user.update', data: [{ arg: 0 }] },
      { member: 'track', data: [{ arg: 1 }] },
    ],
    example: `export function onLogin(email: string) {
  window.fcWidget.user.setEmail(email);
}`,
  },
  {
    id: 'freshdesk',
    vendor: 'Freshdesk',
    category: 'support',
    packages: ['freshdesk-api'],
    globals: ['FreshworksWidget'],
    hosts: ['*.freshdesk.com', 'widget.freshworks.com'],
    sends: [
      // FreshworksWidget('identify', 'ticketForm', { name, email }), FreshworksWidget('prefill', ...)
      { member: '', data: [{ arg: 2 }] },
      // new Freshdesk(url, key).createTicket({ email, subject, description }, callback)
      { member: 'createTicket', data: [{ arg: 0 }] },
      { member: 'updateTicket', data: [{ arg: 1 }] },
      { member: 'createContact', data: [{ arg: 0 }] },
      { member: 'updateContact', data: [{ arg: 1 }] },
      { member: 'createReply', data: [{ arg: 1 }] },
    ],
    example: `import Freshdesk from 'freshdesk-api';
const freshdesk = new Freshdesk('https://example.freshdesk.com', process.env.FRESHDESK_KEY!);
export function openTicket(email: string, description: string) {
  freshdesk.createTicket({ email, subject: 'Help', description, status: 2, priority: 1 }, () => {});
}`,
  },
  {
    id: 'help-scout',
    vendor: 'Help Scout',
    category: 'support',
    packages: [],
    globals: ['Beacon'],
    hosts: ['*.helpscout.net'],
    sends: [
      // Beacon('identify', { name, email }), Beacon('prefill', {...}), Beacon('session-data', {...})
      { member: '', data: [{ arg: 1 }] },
    ],
    example: `export function identify(name: string, email: string) {
  window.Beacon('identify', { name, email });
}`,
  },
  {
    id: 'tawk',
    vendor: 'tawk.to',
    category: 'support',
    packages: [],
    globals: ['Tawk_API'],
    hosts: ['*.tawk.to'],
    sends: [
      // Tawk_API.setAttributes({ name, email }, callback), Tawk_API.login({ userId, name, email })
      { member: 'setAttributes', data: [{ arg: 0 }] },
      { member: 'login', data: [{ arg: 0 }] },
      { member: 'addEvent', data: [{ arg: 1 }] },
      { member: 'addTags', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(name: string, email: string) {
  window.Tawk_API.setAttributes({ name, email }, () => {});
}`,
  },
  {
    id: 'livechat',
    vendor: 'LiveChat',
    category: 'support',
    packages: [],
    globals: ['LiveChatWidget'],
    hosts: ['*.livechatinc.com'],
    sends: [
      // LiveChatWidget.call('set_customer_email', email), call('set_session_variables', {...})
      { member: 'call', data: [{ arg: 1 }] },
    ],
    example: `export function onLogin(email: string) {
  window.LiveChatWidget.call('set_customer_email', email);
}`,
  },
  {
    id: 'chatwoot',
    vendor: 'Chatwoot',
    category: 'support',
    packages: [],
    globals: ['$chatwoot'],
    // Chatwoot Cloud; a self-hosted instance is first-party.
    hosts: ['app.chatwoot.com'],
    sends: [
      // window.$chatwoot.setUser(identifier, { email, name, phone_number })
      { member: 'setUser', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'setCustomAttributes', data: [{ arg: 0 }] },
      { member: 'setConversationCustomAttributes', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(userId: string, name: string, email: string) {
  window.$chatwoot.setUser(userId, { name, email });
}`,
  },
  {
    id: 'tidio',
    vendor: 'Tidio',
    category: 'support',
    packages: [],
    globals: ['tidioChatApi'],
    hosts: ['*.tidio.co', '*.tidiochat.com'],
    sends: [
      // tidioChatApi.setVisitorData({ distinct_id, email, name, phone })
      { member: 'setVisitorData', data: [{ arg: 0 }] },
      { member: 'setContactProperties', data: [{ arg: 0 }] },
      { member: 'messageFromVisitor', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(userId: string, email: string) {
  window.tidioChatApi.setVisitorData({ distinct_id: userId, email });
}`,
  },
  {
    id: 'canny',
    vendor: 'Canny',
    category: 'support',
    packages: [],
    globals: ['Canny'],
    hosts: ['canny.io', '*.canny.io'],
    sends: [
      // Canny('identify', { appID, user: { email, name, id } })
      { member: '', data: [{ arg: 1 }] },
    ],
    example: `export function identify(userId: string, name: string, email: string) {
  window.Canny('identify', { appID: 'APP_ID', user: { id: userId, name, email } });
}`,
  },
  {
    id: 'featurebase',
    vendor: 'Featurebase',
    category: 'support',
    packages: [],
    globals: ['Featurebase'],
    hosts: ['*.featurebase.app'],
    sends: [
      // Featurebase('identify', { organization, email, name, id }, callback)
      { member: '', data: [{ arg: 1 }] },
    ],
    example: `export function identify(userId: string, email: string) {
  window.Featurebase('identify', { organization: 'shop', id: userId, email });
}`,
  },
  {
    id: 'plain',
    vendor: 'Plain',
    category: 'support',
    packages: ['@team-plain/typescript-sdk'],
    globals: [],
    hosts: ['core-api.uk.plain.com'],
    sends: [
      // new PlainClient({ apiKey }).upsertCustomer({ identifier, onCreate, onUpdate })
      { member: 'upsertCustomer', data: [{ arg: 0 }] },
      { member: 'createThread', data: [{ arg: 0 }] },
      { member: 'createCustomerEvent', data: [{ arg: 0 }] },
      { member: 'upsertCustomerTimelineEntry', data: [{ arg: 0 }] },
    ],
    example: `import { PlainClient } from '@team-plain/typescript-sdk';
const plain = new PlainClient({ apiKey: process.env.PLAIN_API_KEY! });
export async function syncCustomer(fullName: string, email: string) {
  await plain.upsertCustomer({
    identifier: { emailAddress: email },
    onCreate: { fullName, email: { email, isVerified: true } },
    onUpdate: {},
  });
}`,
  },

  // ─────────────────────────────── CRM ───────────────────────────────
  {
    id: 'intercom-api',
    vendor: 'Intercom',
    category: 'crm',
    packages: ['intercom-client'],
    globals: [],
    hosts: ['api.intercom.io', 'api.eu.intercom.io', 'api.au.intercom.io'],
    sends: [
      // new IntercomClient({ token }).contacts.create({ email, name, custom_attributes })
      { member: 'contacts.create', data: [{ arg: 0 }] },
      { member: 'contacts.update', data: [{ arg: 0 }, { arg: 1 }] },
      // contacts.search({ query: { field: 'email', value: email } })
      { member: 'contacts.search', data: [{ arg: 0 }] },
      { member: 'events.create', data: [{ arg: 0 }] },
      { member: 'conversations.create', data: [{ arg: 0 }] },
      { member: 'messages.create', data: [{ arg: 0 }] },
      { member: 'companies.create', data: [{ arg: 0 }] },
      { member: 'notes.create', data: [{ arg: 0 }] },
      // intercom-client ≤ 4: client.users.create({ email }), client.leads.create({...})
      { member: 'users.create', data: [{ arg: 0 }] },
      { member: 'leads.create', data: [{ arg: 0 }] },
    ],
    example: `import { IntercomClient } from 'intercom-client';
const intercom = new IntercomClient({ token: process.env.INTERCOM_TOKEN! });
export async function addContact(email: string) {
  await intercom.contacts.create({ role: 'user', email });
}`,
  },
  {
    id: 'hubspot',
    vendor: 'HubSpot',
    category: 'crm',
    packages: ['@hubspot/api-client'],
    globals: ['_hsq'],
    hosts: [
      'api.hubapi.com',
      'api.hubspot.com',
      'api.hsforms.com',
      'forms.hubspot.com',
      'track.hubspot.com',
      '*.hs-analytics.net',
    ],
    sends: [
      // _hsq.push(['identify', { email }])
      { member: 'push', data: [{ arg: 0 }] },
      // hubspotClient.crm.contacts.basicApi.create({ properties }); update(id, { properties })
      { member: 'basicApi.create', data: [{ arg: 0 }] },
      { member: 'basicApi.update', data: [{ arg: 1 }] },
      { member: 'batchApi.create', data: [{ arg: 0 }] },
      { member: 'batchApi.update', data: [{ arg: 0 }] },
      { member: 'batchApi.upsert', data: [{ arg: 0 }] },
      { member: 'singleSendApi.sendEmail', data: [{ arg: 0 }] },
      { member: 'apiRequest', data: [{ arg: 0, prop: 'body' }] },
    ],
    example: `import { Client } from '@hubspot/api-client';
const hubspot = new Client({ accessToken: process.env.HUBSPOT_TOKEN });
export async function addContact(email: string) {
  await hubspot.crm.contacts.basicApi.create({ properties: { email } });
}`,
  },
  {
    id: 'salesforce',
    vendor: 'Salesforce',
    category: 'crm',
    packages: ['jsforce', '@jsforce/jsforce-node'],
    globals: [],
    hosts: ['*.salesforce.com', '*.force.com'],
    sends: [
      // conn.sobject('Contact').create({ Email, LastName })
      { member: 'sobject.().create', data: [{ arg: 0 }] },
      { member: 'sobject.().insert', data: [{ arg: 0 }] },
      { member: 'sobject.().update', data: [{ arg: 0 }] },
      { member: 'sobject.().upsert', data: [{ arg: 0 }] },
      // new jsforce.Connection({...}).create('Contact', records)
      { member: 'Connection.().create', data: [{ arg: 1 }] },
      { member: 'Connection.().insert', data: [{ arg: 1 }] },
      { member: 'Connection.().update', data: [{ arg: 1 }] },
      { member: 'Connection.().upsert', data: [{ arg: 1 }] },
      { member: 'apex.post', data: [{ arg: 1 }] },
      { member: 'apex.put', data: [{ arg: 1 }] },
      { member: 'apex.patch', data: [{ arg: 1 }] },
    ],
    example: `import jsforce from 'jsforce';
const conn = new jsforce.Connection({ loginUrl: 'https://login.salesforce.com' });
export async function addContact(lastName: string, email: string) {
  await conn.sobject('Contact').create({ LastName: lastName, Email: email });
}`,
  },
  {
    id: 'pipedrive',
    vendor: 'Pipedrive',
    category: 'crm',
    packages: ['pipedrive'],
    globals: [],
    hosts: ['api.pipedrive.com', '*.pipedrive.com'],
    sends: [
      // new pipedrive.v1.PersonsApi(config).addPerson({ AddPersonRequest: {...} }) (older: addPerson(body))
      { member: 'addPerson', data: [{ arg: 0 }] },
      // updatePerson({ id, UpdatePersonRequest }) (older: updatePerson(id, body))
      { member: 'updatePerson', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'addOrganization', data: [{ arg: 0 }] },
      { member: 'updateOrganization', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'addDeal', data: [{ arg: 0 }] },
      { member: 'updateDeal', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'addLead', data: [{ arg: 0 }] },
      { member: 'addNote', data: [{ arg: 0 }] },
      { member: 'addActivity', data: [{ arg: 0 }] },
    ],
    example: `import { v1 } from 'pipedrive';
const persons = new v1.PersonsApi(new v1.Configuration({ apiKey: process.env.PIPEDRIVE_KEY }));
export async function addPerson(name: string, email: string) {
  await persons.addPerson({ AddPersonRequest: { name, email: [{ value: email, primary: true }] } });
}`,
  },

  // ───────────────────────────── marketing ─────────────────────────────
  {
    id: 'customer-io',
    vendor: 'Customer.io',
    category: 'marketing',
    packages: [
      'customerio-node',
      '@customerio/cdp-analytics-node',
      '@customerio/cdp-analytics-browser',
    ],
    globals: ['_cio', 'cioanalytics'],
    hosts: [
      'track.customer.io',
      'track-eu.customer.io',
      'api.customer.io',
      'api-eu.customer.io',
      'cdp.customer.io',
      'cdp-eu.customer.io',
    ],
    sends: [
      // new TrackClient(siteId, apiKey).identify(id, { email }), track(id, { name, data });
      // _cio.identify({ id, email }); cdp-analytics identify(userId, traits) / identify({ userId, traits })
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'track', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'trackAnonymous', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'trackPageView', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'page', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'group', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'alias', data: [{ arg: 0 }] },
      // new APIClient(key).sendEmail(new SendEmailRequest({ to, identifiers, message_data }))
      { member: 'sendEmail', data: [{ arg: 0 }] },
      { member: 'sendPush', data: [{ arg: 0 }] },
      { member: 'SendEmailRequest', data: [{ arg: 0 }] },
      { member: 'SendPushRequest', data: [{ arg: 0 }] },
      { member: 'triggerBroadcast', data: [{ arg: 1 }, { arg: 2 }] },
    ],
    example: `import { TrackClient, RegionUS } from 'customerio-node';
const cio = new TrackClient(process.env.CIO_SITE_ID!, process.env.CIO_API_KEY!, { region: RegionUS });
export async function onSignup(userId: string, email: string) {
  await cio.identify(userId, { email, created_at: Math.floor(Date.now() / 1000) });
}`,
  },
  {
    id: 'braze',
    vendor: 'Braze',
    category: 'marketing',
    packages: ['@braze/web-sdk', '@braze/react-native-sdk'],
    globals: ['braze', 'appboy'],
    hosts: ['*.braze.com', '*.braze.eu', '*.appboy.com'],
    sends: [
      { member: 'changeUser', data: [{ arg: 0 }] },
      // braze.getUser().setEmail(email); React Native: Braze.setEmail(email)
      { member: 'setEmail', data: [{ arg: 0 }] },
      { member: 'setFirstName', data: [{ arg: 0 }] },
      { member: 'setLastName', data: [{ arg: 0 }] },
      { member: 'setPhoneNumber', data: [{ arg: 0 }] },
      { member: 'setHomeCity', data: [{ arg: 0 }] },
      { member: 'setCountry', data: [{ arg: 0 }] },
      { member: 'setGender', data: [{ arg: 0 }] },
      { member: 'setDateOfBirth', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'setCustomUserAttribute', data: [{ arg: 1 }] },
      { member: 'addToCustomAttributeArray', data: [{ arg: 1 }] },
      { member: 'logCustomEvent', data: [{ arg: 1 }] },
      // logPurchase(productId, price, currency, quantity, properties)
      { member: 'logPurchase', data: [{ arg: 4 }] },
    ],
    example: `import * as braze from '@braze/web-sdk';
export function onLogin(userId: string, email: string) {
  braze.changeUser(userId);
  braze.getUser()?.setEmail(email);
}`,
  },
  {
    id: 'klaviyo',
    vendor: 'Klaviyo',
    category: 'marketing',
    packages: ['klaviyo-api'],
    globals: ['klaviyo', '_learnq'],
    hosts: ['a.klaviyo.com', 'static.klaviyo.com'],
    sends: [
      // klaviyo.push(['identify', { email }]), _learnq.push([...])
      { member: 'push', data: [{ arg: 0 }] },
      { member: 'identify', data: [{ arg: 0 }] },
      { member: 'track', data: [{ arg: 1 }] },
      // new ProfilesApi(session).createOrUpdateProfile({ data: { type, attributes: { email } } })
      { member: 'createProfile', data: [{ arg: 0 }] },
      { member: 'createOrUpdateProfile', data: [{ arg: 0 }] },
      { member: 'updateProfile', data: [{ arg: 1 }] },
      { member: 'subscribeProfiles', data: [{ arg: 0 }] },
      { member: 'bulkSubscribeProfiles', data: [{ arg: 0 }] },
      { member: 'createEvent', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(email: string) {
  window.klaviyo.push(['identify', { email }]);
}`,
  },
  {
    id: 'mailchimp-marketing',
    vendor: 'Mailchimp',
    category: 'marketing',
    packages: ['@mailchimp/mailchimp_marketing'],
    globals: [],
    hosts: ['*.api.mailchimp.com'],
    sends: [
      // mailchimp.lists.addListMember(listId, { email_address, status, merge_fields })
      { member: 'lists.addListMember', data: [{ arg: 1 }] },
      { member: 'lists.setListMember', data: [{ arg: 2 }] },
      { member: 'lists.updateListMember', data: [{ arg: 2 }] },
      { member: 'lists.batchListMembers', data: [{ arg: 1 }] },
      { member: 'lists.createListMemberEvent', data: [{ arg: 2 }] },
      { member: 'lists.createListMemberNote', data: [{ arg: 2 }] },
      { member: 'ecommerce.addStoreCustomer', data: [{ arg: 1 }] },
      { member: 'ecommerce.addStoreOrder', data: [{ arg: 1 }] },
    ],
    example: `import mailchimp from '@mailchimp/mailchimp_marketing';
mailchimp.setConfig({ apiKey: process.env.MAILCHIMP_KEY, server: 'us1' });
export async function subscribe(listId: string, email: string) {
  await mailchimp.lists.addListMember(listId, { email_address: email, status: 'subscribed' });
}`,
  },
  {
    id: 'iterable',
    vendor: 'Iterable',
    category: 'marketing',
    packages: ['@iterable/web-sdk', '@iterable/react-native-sdk'],
    globals: [],
    hosts: ['api.iterable.com', 'api.eu.iterable.com'],
    sends: [
      // const { setEmail } = initialize(key, generateJWT); setEmail(email)
      { member: 'setEmail', data: [{ arg: 0 }] },
      { member: 'setUserID', data: [{ arg: 0 }] },
      // updateUser({ dataFields }), track({ eventName, dataFields })
      { member: 'updateUser', data: [{ arg: 0 }] },
      { member: 'updateUserEmail', data: [{ arg: 0 }] },
      { member: 'updateSubscriptions', data: [{ arg: 0 }] },
      { member: 'track', data: [{ arg: 0 }] },
      { member: 'trackPurchase', data: [{ arg: 0 }] },
      { member: 'updateCart', data: [{ arg: 0 }] },
      // React Native: Iterable.trackEvent(name, dataFields)
      { member: 'trackEvent', data: [{ arg: 1 }] },
    ],
    example: `import { initialize } from '@iterable/web-sdk';
const { setEmail } = initialize(process.env.ITERABLE_KEY!, async () => 'jwt');
export function onLogin(email: string) {
  setEmail(email);
}`,
  },
  {
    id: 'onesignal',
    vendor: 'OneSignal',
    category: 'marketing',
    packages: [
      'react-onesignal',
      'react-native-onesignal',
      '@onesignal/node-onesignal',
      'onesignal-node',
    ],
    globals: ['OneSignal'],
    hosts: ['onesignal.com', 'api.onesignal.com'],
    sends: [
      // OneSignal.login(externalId), OneSignal.User.addEmail(email), User.addTag(key, value)
      { member: 'login', data: [{ arg: 0 }] },
      { member: 'User.addEmail', data: [{ arg: 0 }] },
      { member: 'User.addSms', data: [{ arg: 0 }] },
      { member: 'User.addTag', data: [{ arg: 1 }] },
      { member: 'User.addTags', data: [{ arg: 0 }] },
      { member: 'User.addAlias', data: [{ arg: 1 }] },
      { member: 'User.addAliases', data: [{ arg: 0 }] },
      // v15 and older: sendTag(key, value), setExternalUserId(id), setEmail(email)
      { member: 'sendTag', data: [{ arg: 1 }] },
      { member: 'sendTags', data: [{ arg: 0 }] },
      { member: 'setExternalUserId', data: [{ arg: 0 }] },
      { member: 'setEmail', data: [{ arg: 0 }] },
      { member: 'setSMSNumber', data: [{ arg: 0 }] },
      // server: client.createNotification(notification), createUser(appId, user)
      { member: 'createNotification', data: [{ arg: 0 }] },
      { member: 'createUser', data: [{ arg: 1 }] },
    ],
    example: `import OneSignal from 'react-onesignal';
export async function onLogin(userId: string, email: string) {
  await OneSignal.login(userId);
  OneSignal.User.addEmail(email);
}`,
  },
  {
    id: 'activecampaign',
    vendor: 'ActiveCampaign',
    category: 'marketing',
    packages: ['activecampaign'],
    globals: ['vgo'],
    hosts: ['trackcmp.net', '*.api-us1.com', '*.activehosted.com'],
    sends: [
      // vgo('setEmail', email)
      { member: '', data: [{ arg: 1 }] },
      // new ActiveCampaign(url, key).api('contact/add', contact)
      { member: 'api', data: [{ arg: 1 }] },
    ],
    example: `export function onLogin(email: string) {
  window.vgo('setEmail', email);
}`,
  },
  {
    id: 'marketo',
    vendor: 'Marketo',
    category: 'marketing',
    packages: ['node-marketo-rest'],
    globals: ['Munchkin', 'mktoMunchkinFunction'],
    hosts: ['*.mktoresp.com', '*.mktorest.com', 'munchkin.marketo.net'],
    sends: [
      // Munchkin.munchkinFunction('associateLead', { Email }, hash)
      { member: 'munchkinFunction', data: [{ arg: 1 }] },
      { member: '', data: [{ arg: 1 }] },
      // new Marketo({...}).lead.createOrUpdate([{ email }], options)
      { member: 'lead.createOrUpdate', data: [{ arg: 0 }] },
    ],
    example: `export function associate(email: string, hash: string) {
  window.Munchkin.munchkinFunction('associateLead', { Email: email }, hash);
}`,
  },
  {
    id: 'dub',
    vendor: 'Dub',
    category: 'marketing',
    packages: ['dub'],
    globals: [],
    hosts: ['api.dub.co'],
    sends: [
      // new Dub().track.lead({ clickId, eventName, customerExternalId, customerEmail, customerName })
      { member: 'track.lead', data: [{ arg: 0 }] },
      { member: 'track.sale', data: [{ arg: 0 }] },
    ],
    example: `import { Dub } from 'dub';
const dub = new Dub();
export async function onSignup(clickId: string, userId: string, email: string) {
  await dub.track.lead({ clickId, eventName: 'Sign Up', customerExternalId: userId, customerEmail: email });
}`,
  },
  {
    id: 'mailerlite',
    vendor: 'MailerLite',
    category: 'marketing',
    packages: ['@mailerlite/mailerlite-nodejs'],
    globals: [],
    hosts: ['connect.mailerlite.com'],
    sends: [
      // new MailerLite({ api_key }).subscribers.createOrUpdate({ email, fields, groups })
      { member: 'subscribers.createOrUpdate', data: [{ arg: 0 }] },
      { member: 'subscribers.update', data: [{ arg: 1 }] },
    ],
    example: `import MailerLite from '@mailerlite/mailerlite-nodejs';
const mailerlite = new MailerLite({ api_key: process.env.MAILERLITE_KEY! });
export async function subscribe(email: string) {
  await mailerlite.subscribers.createOrUpdate({ email, groups: ['newsletter'] });
}`,
  },
  {
    id: 'clearbit',
    vendor: 'Clearbit',
    category: 'marketing',
    packages: ['clearbit'],
    globals: [],
    hosts: ['person.clearbit.com', '*.clearbit.com'],
    sends: [
      // require('clearbit')(key).Enrichment.find({ email })
      { member: 'Enrichment.find', data: [{ arg: 0 }] },
      { member: 'Person.find', data: [{ arg: 0 }] },
      { member: 'Reveal.find', data: [{ arg: 0 }] },
    ],
    example: `import clearbitClient from 'clearbit';
const clearbit = clearbitClient(process.env.CLEARBIT_KEY);
export async function enrich(email: string) {
  return clearbit.Enrichment.find({ email, stream: true });
}`,
  },
  {
    id: 'rewardful',
    vendor: 'Rewardful',
    category: 'marketing',
    packages: [],
    globals: ['rewardful'],
    hosts: ['r.wdfl.co', 'api.getrewardful.com'],
    sends: [
      // rewardful('convert', { email })
      { member: '', data: [{ arg: 1 }] },
    ],
    example: `export function onSignup(email: string) {
  window.rewardful('convert', { email });
}`,
  },
  {
    id: 'firstpromoter',
    vendor: 'FirstPromoter',
    category: 'marketing',
    packages: [],
    globals: ['fpr'],
    hosts: ['cdn.firstpromoter.com', '*.firstpromoter.com'],
    sends: [
      // fpr('referral', { email, uid })
      { member: '', data: [{ arg: 1 }] },
    ],
    example: `export function onSignup(userId: string, email: string) {
  window.fpr('referral', { email, uid: userId });
}`,
  },

  // ─────────────────────────────── email ───────────────────────────────
  {
    id: 'sendgrid',
    vendor: 'SendGrid',
    category: 'email',
    packages: ['@sendgrid/mail', '@sendgrid/client'],
    globals: [],
    hosts: ['api.sendgrid.com'],
    sends: [
      // sgMail.send({ to, from, subject, html, dynamicTemplateData })
      {
        member: 'send',
        data: [{ arg: 0 }],
        fields: [
          { arg: 0, prop: 'to', category: 'user.contact.email' },
          { arg: 0, prop: 'from', category: 'organization' },
        ],
      },
      {
        member: 'sendMultiple',
        data: [{ arg: 0 }],
        fields: [
          { arg: 0, prop: 'to', category: 'user.contact.email' },
          { arg: 0, prop: 'from', category: 'organization' },
        ],
      },
      // client.request({ method, url, body })
      { member: 'request', data: [{ arg: 0, prop: 'body' }] },
    ],
    example: `import sgMail from '@sendgrid/mail';
sgMail.setApiKey(process.env.SENDGRID_API_KEY!);
export async function sendWelcome(email: string) {
  await sgMail.send({ to: email, from: 'hello@example.com', subject: 'Welcome', text: 'Hi!' });
}`,
  },
  {
    id: 'mailgun',
    vendor: 'Mailgun',
    category: 'email',
    packages: ['mailgun.js', 'mailgun-js'],
    globals: [],
    hosts: ['api.mailgun.net', 'api.eu.mailgun.net'],
    sends: [
      // new Mailgun(FormData).client({...}).messages.create(domain, { to, subject, text })
      {
        member: 'messages.create',
        data: [{ arg: 1 }],
        fields: [
          { arg: 1, prop: 'to', category: 'user.contact.email' },
          { arg: 1, prop: 'from', category: 'organization' },
        ],
      },
      { member: 'lists.members.createMember', data: [{ arg: 1 }] },
      { member: 'lists.members.createMembers', data: [{ arg: 1 }] },
      // mailgun-js: mg.messages().send(data), mg.lists(list).members().create(member)
      { member: 'messages.().send', data: [{ arg: 0 }] },
      { member: 'members.().create', data: [{ arg: 0 }] },
      { member: 'members.().add', data: [{ arg: 0 }] },
    ],
    example: `import formData from 'form-data';
import Mailgun from 'mailgun.js';
const mg = new Mailgun(formData).client({ username: 'api', key: process.env.MAILGUN_KEY! });
export async function sendWelcome(email: string) {
  await mg.messages.create('mg.example.com', {
    from: 'hello@example.com',
    to: [email],
    subject: 'Welcome',
    text: 'Hi!',
  });
}`,
  },
  {
    id: 'postmark',
    vendor: 'Postmark',
    category: 'email',
    packages: ['postmark'],
    globals: [],
    hosts: ['api.postmarkapp.com'],
    sends: [
      // new postmark.ServerClient(token).sendEmail({ From, To, Subject, HtmlBody })
      {
        member: 'sendEmail',
        data: [{ arg: 0 }],
        fields: [
          { arg: 0, prop: 'To', category: 'user.contact.email' },
          { arg: 0, prop: 'From', category: 'organization' },
        ],
      },
      {
        member: 'sendEmailWithTemplate',
        data: [{ arg: 0 }],
        fields: [
          { arg: 0, prop: 'To', category: 'user.contact.email' },
          { arg: 0, prop: 'From', category: 'organization' },
        ],
      },
      { member: 'sendEmailBatch', data: [{ arg: 0 }] },
      { member: 'sendEmailBatchWithTemplates', data: [{ arg: 0 }] },
    ],
    example: `import { ServerClient } from 'postmark';
const client = new ServerClient(process.env.POSTMARK_TOKEN!);
export async function sendWelcome(email: string) {
  await client.sendEmail({ From: 'hello@example.com', To: email, Subject: 'Welcome', TextBody: 'Hi!' });
}`,
  },
  {
    id: 'resend',
    vendor: 'Resend',
    category: 'email',
    packages: ['resend'],
    globals: [],
    hosts: ['api.resend.com'],
    sends: [
      // new Resend(key).emails.send({ from, to, subject, html })
      {
        member: 'emails.send',
        data: [{ arg: 0 }],
        fields: [
          { arg: 0, prop: 'to', category: 'user.contact.email' },
          { arg: 0, prop: 'from', category: 'organization' },
        ],
      },
      {
        member: 'emails.create',
        data: [{ arg: 0 }],
        fields: [
          { arg: 0, prop: 'to', category: 'user.contact.email' },
          { arg: 0, prop: 'from', category: 'organization' },
        ],
      },
      { member: 'batch.send', data: [{ arg: 0 }] },
      { member: 'batch.create', data: [{ arg: 0 }] },
      { member: 'contacts.create', data: [{ arg: 0 }] },
      { member: 'contacts.update', data: [{ arg: 0 }] },
    ],
    example: `import { Resend } from 'resend';
const resend = new Resend(process.env.RESEND_API_KEY);
export async function sendWelcome(email: string) {
  await resend.emails.send({ from: 'hello@example.com', to: email, subject: 'Welcome', html: '<p>Hi!</p>' });
}`,
  },
  {
    id: 'aws-ses',
    vendor: 'Amazon SES',
    category: 'email',
    packages: ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2', 'aws-sdk'],
    globals: [],
    hosts: [
      'email.us-east-1.amazonaws.com',
      'email.us-east-2.amazonaws.com',
      'email.us-west-1.amazonaws.com',
      'email.us-west-2.amazonaws.com',
      'email.ca-central-1.amazonaws.com',
      'email.eu-west-1.amazonaws.com',
      'email.eu-west-2.amazonaws.com',
      'email.eu-central-1.amazonaws.com',
      'email.ap-south-1.amazonaws.com',
      'email.ap-southeast-1.amazonaws.com',
      'email.ap-southeast-2.amazonaws.com',
      'email.ap-northeast-1.amazonaws.com',
      'email.sa-east-1.amazonaws.com',
    ],
    sends: [
      // client.send(new SendEmailCommand({ Destination, Message, Source })): the data is the
      // command's constructor argument, so the command constructor is the send.
      { member: 'SendEmailCommand', data: [{ arg: 0 }] },
      { member: 'SendRawEmailCommand', data: [{ arg: 0 }] },
      { member: 'SendTemplatedEmailCommand', data: [{ arg: 0 }] },
      { member: 'SendBulkTemplatedEmailCommand', data: [{ arg: 0 }] },
      // SES v2
      { member: 'SendBulkEmailCommand', data: [{ arg: 0 }] },
      { member: 'CreateContactCommand', data: [{ arg: 0 }] },
      // aggregated clients (new SES().sendEmail(params)) and aws-sdk v2 (new AWS.SES().sendEmail(params))
      { member: 'sendEmail', data: [{ arg: 0 }] },
      { member: 'sendRawEmail', data: [{ arg: 0 }] },
      { member: 'sendTemplatedEmail', data: [{ arg: 0 }] },
      { member: 'sendBulkTemplatedEmail', data: [{ arg: 0 }] },
    ],
    example: `import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
const ses = new SESv2Client({ region: 'us-east-1' });
export async function sendWelcome(email: string) {
  await ses.send(
    new SendEmailCommand({
      FromEmailAddress: 'hello@example.com',
      Destination: { ToAddresses: [email] },
      Content: { Simple: { Subject: { Data: 'Welcome' }, Body: { Text: { Data: 'Hi!' } } } },
    }),
  );
}`,
  },
  {
    id: 'sparkpost',
    vendor: 'SparkPost',
    category: 'email',
    packages: ['sparkpost'],
    globals: [],
    hosts: ['api.sparkpost.com', 'api.eu.sparkpost.com'],
    sends: [
      // new SparkPost(key).transmissions.send({ content, recipients })
      { member: 'transmissions.send', data: [{ arg: 0 }] },
      { member: 'recipientLists.create', data: [{ arg: 0 }] },
      { member: 'recipientLists.update', data: [{ arg: 0 }] },
    ],
    example: `import SparkPost from 'sparkpost';
const client = new SparkPost(process.env.SPARKPOST_KEY);
export async function sendWelcome(email: string) {
  await client.transmissions.send({
    content: { from: 'hello@example.com', subject: 'Welcome', text: 'Hi!' },
    recipients: [{ address: email }],
  });
}`,
  },
  {
    id: 'mandrill',
    vendor: 'Mailchimp Transactional (Mandrill)',
    category: 'email',
    packages: ['@mailchimp/mailchimp_transactional', 'mandrill-api'],
    globals: [],
    hosts: ['mandrillapp.com'],
    sends: [
      // mailchimpTx(key).messages.send({ message: { to, subject, html } })
      { member: 'messages.send', data: [{ arg: 0 }] },
      { member: 'messages.sendTemplate', data: [{ arg: 0 }] },
      { member: 'messages.sendRaw', data: [{ arg: 0 }] },
    ],
    example: `import mailchimpTx from '@mailchimp/mailchimp_transactional';
const mailchimp = mailchimpTx(process.env.MANDRILL_KEY!);
export async function sendWelcome(email: string) {
  await mailchimp.messages.send({
    message: { from_email: 'hello@example.com', subject: 'Welcome', text: 'Hi!', to: [{ email, type: 'to' }] },
  });
}`,
  },
  {
    id: 'brevo',
    vendor: 'Brevo',
    category: 'email',
    packages: ['@getbrevo/brevo', 'sib-api-v3-sdk'],
    globals: [],
    hosts: ['api.brevo.com', 'api.sendinblue.com'],
    sends: [
      // new TransactionalEmailsApi().sendTransacEmail({ to, subject, htmlContent })
      { member: 'sendTransacEmail', data: [{ arg: 0 }] },
      { member: 'sendTransacSms', data: [{ arg: 0 }] },
      { member: 'createContact', data: [{ arg: 0 }] },
      { member: 'createDoiContact', data: [{ arg: 0 }] },
      { member: 'updateContact', data: [{ arg: 1 }] },
    ],
    example: `import { TransactionalEmailsApi, TransactionalEmailsApiApiKeys } from '@getbrevo/brevo';
const brevo = new TransactionalEmailsApi();
brevo.setApiKey(TransactionalEmailsApiApiKeys.apiKey, process.env.BREVO_KEY!);
export async function sendWelcome(email: string) {
  await brevo.sendTransacEmail({ sender: { email: 'hello@example.com' }, to: [{ email }], subject: 'Welcome', textContent: 'Hi!' });
}`,
  },
  {
    id: 'mailersend',
    vendor: 'MailerSend',
    category: 'email',
    packages: ['mailersend'],
    globals: [],
    hosts: ['api.mailersend.com'],
    sends: [
      // mailerSend.email.send(new EmailParams().setTo([new Recipient(email, name)]))
      { member: 'email.send', data: [{ arg: 0 }] },
      { member: 'sms.send', data: [{ arg: 0 }] },
      { member: 'Recipient', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import { MailerSend, EmailParams, Sender, Recipient } from 'mailersend';
const mailerSend = new MailerSend({ apiKey: process.env.MAILERSEND_KEY! });
export async function sendWelcome(email: string) {
  const params = new EmailParams()
    .setFrom(new Sender('hello@example.com', 'Shop'))
    .setTo([new Recipient(email, 'Customer')])
    .setSubject('Welcome')
    .setText('Hi!');
  await mailerSend.email.send(params);
}`,
  },
  {
    // Nodemailer is a transport, not a vendor: the recipient is whatever SMTP server
    // `createTransport` is given (often a third party's: SES, SendGrid, Gmail). Declare that
    // recipient with `packages: [nodemailer]` in the policy.
    id: 'nodemailer',
    vendor: 'Nodemailer (SMTP server)',
    category: 'email',
    packages: ['nodemailer'],
    globals: [],
    hosts: [],
    sends: [
      // nodemailer.createTransport({ host, auth }).sendMail({ from, to, subject, html })
      {
        member: 'sendMail',
        data: [{ arg: 0 }],
        fields: [
          { arg: 0, prop: 'to', category: 'user.contact.email' },
          { arg: 0, prop: 'from', category: 'organization' },
        ],
      },
    ],
    example: `import nodemailer from 'nodemailer';
const transporter = nodemailer.createTransport({ host: 'smtp.example.com', port: 587 });
export async function sendWelcome(email: string) {
  await transporter.sendMail({ from: 'hello@example.com', to: email, subject: 'Welcome', text: 'Hi!' });
}`,
  },
  {
    id: 'loops',
    vendor: 'Loops',
    category: 'email',
    packages: ['loops'],
    globals: [],
    hosts: ['app.loops.so'],
    sends: [
      // new LoopsClient(key).createContact(email, properties) (newer: createContact({ email, properties }))
      { member: 'createContact', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'updateContact', data: [{ arg: 0 }, { arg: 1 }] },
      // sendEvent({ email, eventName, eventProperties }), sendTransactionalEmail({ transactionalId, email })
      { member: 'sendEvent', data: [{ arg: 0 }] },
      { member: 'sendTransactionalEmail', data: [{ arg: 0 }] },
    ],
    example: `import { LoopsClient } from 'loops';
const loops = new LoopsClient(process.env.LOOPS_API_KEY!);
export async function sendWelcome(email: string) {
  await loops.sendTransactionalEmail({ transactionalId: 'welcome', email, dataVariables: { plan: 'pro' } });
}`,
  },
  {
    id: 'plunk',
    vendor: 'Plunk',
    category: 'email',
    packages: ['@plunk/node'],
    globals: [],
    hosts: ['api.useplunk.com'],
    sends: [
      // new Plunk(key).emails.send({ to, subject, body }), events.track({ event, email, data })
      { member: 'emails.send', data: [{ arg: 0 }] },
      { member: 'events.track', data: [{ arg: 0 }] },
    ],
    example: `import Plunk from '@plunk/node';
const plunk = new Plunk(process.env.PLUNK_API_KEY!);
export async function sendWelcome(email: string) {
  await plunk.emails.send({ to: email, subject: 'Welcome', body: '<p>Hi!</p>' });
}`,
  },
  {
    id: 'mailjet',
    vendor: 'Mailjet',
    category: 'email',
    packages: ['node-mailjet'],
    globals: [],
    hosts: ['api.mailjet.com'],
    sends: [
      // Mailjet.apiConnect(key, secret).post('send', { version: 'v3.1' }).request({ Messages })
      { member: 'post.().request', data: [{ arg: 0 }] },
      { member: 'put.().request', data: [{ arg: 0 }] },
    ],
    example: `import Mailjet from 'node-mailjet';
const mailjet = Mailjet.apiConnect(process.env.MJ_APIKEY_PUBLIC!, process.env.MJ_APIKEY_PRIVATE!);
export async function sendWelcome(email: string) {
  await mailjet.post('send', { version: 'v3.1' }).request({
    Messages: [{ From: { Email: 'hello@example.com' }, To: [{ Email: email }], Subject: 'Welcome', TextPart: 'Hi!' }],
  });
}`,
  },
  {
    id: 'mailtrap',
    vendor: 'Mailtrap',
    category: 'email',
    packages: ['mailtrap'],
    globals: [],
    hosts: ['send.api.mailtrap.io', 'bulk.api.mailtrap.io', 'sandbox.api.mailtrap.io'],
    sends: [
      // new MailtrapClient({ token }).send({ from, to: [{ email }], subject, text })
      { member: 'send', data: [{ arg: 0 }] },
    ],
    example: `import { MailtrapClient } from 'mailtrap';
const mailtrap = new MailtrapClient({ token: process.env.MAILTRAP_TOKEN! });
export async function sendWelcome(email: string) {
  await mailtrap.send({ from: { email: 'hello@example.com' }, to: [{ email }], subject: 'Welcome', text: 'Hi!' });
}`,
  },
  {
    id: 'emailjs',
    vendor: 'EmailJS',
    category: 'email',
    // Not the `emailjs` npm package, an unrelated SMTP client.
    packages: ['@emailjs/browser', '@emailjs/nodejs', 'emailjs-com'],
    globals: ['emailjs'],
    hosts: ['api.emailjs.com'],
    sends: [
      // emailjs.send(serviceId, templateId, templateParams, options), sendForm(serviceId, templateId, form)
      { member: 'send', data: [{ arg: 2 }] },
      { member: 'sendForm', data: [{ arg: 2 }] },
    ],
    example: `import emailjs from '@emailjs/browser';
export async function sendContactForm(name: string, email: string, message: string) {
  await emailjs.send('SERVICE_ID', 'TEMPLATE_ID', { name, email, message }, { publicKey: 'PUBLIC_KEY' });
}`,
  },
  {
    id: 'azure-communication-email',
    vendor: 'Azure Communication Services',
    category: 'email',
    packages: ['@azure/communication-email'],
    globals: [],
    hosts: ['*.communication.azure.com'],
    sends: [
      // new EmailClient(connectionString).beginSend({ senderAddress, content, recipients })
      { member: 'beginSend', data: [{ arg: 0 }] },
    ],
    example: `import { EmailClient } from '@azure/communication-email';
const client = new EmailClient(process.env.ACS_CONNECTION_STRING!);
export async function sendWelcome(email: string) {
  const poller = await client.beginSend({
    senderAddress: 'DoNotReply@example.com',
    content: { subject: 'Welcome', plainText: 'Hi!' },
    recipients: { to: [{ address: email }] },
  });
  await poller.pollUntilDone();
}`,
  },
  {
    id: 'zeptomail',
    vendor: 'ZeptoMail',
    category: 'email',
    packages: ['zeptomail'],
    globals: [],
    hosts: ['api.zeptomail.com', 'api.zeptomail.eu', 'api.zeptomail.in'],
    sends: [
      // new SendMailClient({ url, token }).sendMail({ from, to: [{ email_address }], subject, htmlbody })
      { member: 'sendMail', data: [{ arg: 0 }] },
      { member: 'sendMailWithTemplate', data: [{ arg: 0 }] },
    ],
    example: `import { SendMailClient } from 'zeptomail';
const client = new SendMailClient({ url: 'api.zeptomail.com/', token: process.env.ZEPTOMAIL_TOKEN! });
export async function sendWelcome(email: string) {
  await client.sendMail({
    from: { address: 'hello@example.com', name: 'Shop' },
    to: [{ email_address: { address: email, name: 'Customer' } }],
    subject: 'Welcome',
    htmlbody: '<p>Hi!</p>',
  });
}`,
  },

  // ──────────────────────────────── SMS ────────────────────────────────
  {
    id: 'twilio',
    vendor: 'Twilio',
    category: 'sms',
    packages: ['twilio'],
    globals: [],
    hosts: [
      'api.twilio.com',
      'verify.twilio.com',
      'lookups.twilio.com',
      'messaging.twilio.com',
      'conversations.twilio.com',
    ],
    sends: [
      // twilio(sid, token).messages.create({ to, from, body })
      {
        member: 'messages.create',
        data: [{ arg: 0 }],
        fields: [{ arg: 0, prop: 'to', category: 'user.contact.phone_number' }],
      },
      {
        member: 'calls.create',
        data: [{ arg: 0 }],
        fields: [{ arg: 0, prop: 'to', category: 'user.contact.phone_number' }],
      },
      // client.verify.v2.services(sid).verifications.create({ to, channel })
      {
        member: 'verifications.create',
        data: [{ arg: 0 }],
        fields: [{ arg: 0, prop: 'to', category: 'user.contact.phone_number' }],
      },
      { member: 'verificationChecks.create', data: [{ arg: 0 }] },
      { member: 'notifications.create', data: [{ arg: 0 }] },
      { member: 'participants.create', data: [{ arg: 0 }] },
      // client.lookups.v2.phoneNumbers(number).fetch(): the number is the argument of phoneNumbers
      { member: 'phoneNumbers', data: [{ arg: 0 }] },
    ],
    example: `import twilio from 'twilio';
const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);
export async function sendCode(phone: string) {
  await client.messages.create({ to: phone, from: '+15005550006', body: 'Your code is 123456' });
}`,
  },
  {
    id: 'vonage',
    vendor: 'Vonage',
    category: 'sms',
    packages: [
      '@vonage/server-sdk',
      '@vonage/sms',
      '@vonage/messages',
      '@vonage/verify',
      '@vonage/verify2',
      'nexmo',
    ],
    globals: [],
    hosts: ['rest.nexmo.com', 'api.nexmo.com'],
    sends: [
      // vonage.sms.send({ to, from, text }), vonage.messages.send({ to, from, text, channel })
      { member: 'send', data: [{ arg: 0 }] },
      { member: 'verify.start', data: [{ arg: 0 }] },
      { member: 'verify2.newRequest', data: [{ arg: 0 }] },
      { member: 'newRequest', data: [{ arg: 0 }] },
      { member: 'voice.createOutboundCall', data: [{ arg: 0 }] },
      // @vonage/messages: new SMS({ to, from, text }) (older: new SMS(text, to, from))
      { member: 'SMS', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      // nexmo: nexmo.message.sendSms(from, to, text)
      { member: 'message.sendSms', data: [{ arg: 1 }, { arg: 2 }] },
    ],
    example: `import { Vonage } from '@vonage/server-sdk';
const vonage = new Vonage({ apiKey: process.env.VONAGE_KEY!, apiSecret: process.env.VONAGE_SECRET! });
export async function sendCode(phone: string) {
  await vonage.sms.send({ to: phone, from: 'Shop', text: 'Your code is 123456' });
}`,
  },
  {
    id: 'messagebird',
    vendor: 'MessageBird',
    category: 'sms',
    packages: ['messagebird'],
    globals: [],
    hosts: ['rest.messagebird.com', 'conversations.messagebird.com'],
    sends: [
      // messagebird.initClient(key).messages.create({ originator, recipients, body }, callback)
      { member: 'messages.create', data: [{ arg: 0 }] },
      { member: 'verify.create', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'voice_messages.create', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'contacts.create', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'conversations.send', data: [{ arg: 0 }] },
      { member: 'conversations.start', data: [{ arg: 0 }] },
    ],
    example: `import { initClient } from 'messagebird';
const messagebird = initClient(process.env.MESSAGEBIRD_KEY!);
export function sendCode(phone: string) {
  messagebird.messages.create({ originator: 'Shop', recipients: [phone], body: 'Your code is 123456' }, () => {});
}`,
  },
  {
    id: 'plivo',
    vendor: 'Plivo',
    category: 'sms',
    packages: ['plivo'],
    globals: [],
    hosts: ['api.plivo.com'],
    sends: [
      // new plivo.Client(id, token).messages.create(src, dst, text) or create({ src, dst, text })
      { member: 'messages.create', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'calls.create', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
    ],
    example: `import * as plivo from 'plivo';
const client = new plivo.Client(process.env.PLIVO_AUTH_ID, process.env.PLIVO_AUTH_TOKEN);
export async function sendCode(phone: string) {
  await client.messages.create({ src: '+14155550100', dst: phone, text: 'Your code is 123456' });
}`,
  },
  {
    id: 'aws-sns',
    vendor: 'Amazon SNS',
    category: 'sms',
    packages: ['@aws-sdk/client-sns', '@aws-sdk/client-pinpoint-sms-voice-v2'],
    globals: [],
    hosts: [
      'sns.us-east-1.amazonaws.com',
      'sns.us-east-2.amazonaws.com',
      'sns.us-west-2.amazonaws.com',
      'sns.eu-west-1.amazonaws.com',
      'sns.eu-central-1.amazonaws.com',
      'sns.ap-southeast-1.amazonaws.com',
      'sns.ap-southeast-2.amazonaws.com',
      'sns.ap-northeast-1.amazonaws.com',
    ],
    sends: [
      // client.send(new PublishCommand({ PhoneNumber, Message }))
      { member: 'PublishCommand', data: [{ arg: 0 }] },
      { member: 'PublishBatchCommand', data: [{ arg: 0 }] },
      { member: 'publish', data: [{ arg: 0 }] },
      { member: 'SendTextMessageCommand', data: [{ arg: 0 }] },
    ],
    example: `import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
const sns = new SNSClient({ region: 'us-east-1' });
export async function sendCode(phone: string) {
  await sns.send(new PublishCommand({ PhoneNumber: phone, Message: 'Your code is 123456' }));
}`,
  },
  {
    id: 'telnyx',
    vendor: 'Telnyx',
    category: 'sms',
    packages: ['telnyx'],
    globals: [],
    hosts: ['api.telnyx.com'],
    sends: [
      // telnyx(key).messages.create({ from, to, text }); v2+: new Telnyx({ apiKey }).messages.send(...)
      { member: 'messages.create', data: [{ arg: 0 }] },
      { member: 'messages.send', data: [{ arg: 0 }] },
      { member: 'calls.create', data: [{ arg: 0 }] },
    ],
    example: `import Telnyx from 'telnyx';
const telnyx = new Telnyx({ apiKey: process.env.TELNYX_API_KEY });
export async function sendCode(phone: string) {
  await telnyx.messages.send({ from: '+15555550100', to: phone, text: 'Your code is 123456' });
}`,
  },
  {
    id: 'sinch',
    vendor: 'Sinch',
    category: 'sms',
    packages: ['@sinch/sdk-core', '@sinch/sms'],
    globals: [],
    hosts: ['sms.api.sinch.com', 'verification.api.sinch.com', '*.api.sinch.com'],
    sends: [
      // new SinchClient({...}).sms.batches.send({ sendSMSRequestBody: { to, from, body } })
      { member: 'batches.send', data: [{ arg: 0 }] },
      { member: 'verifications.startSms', data: [{ arg: 0 }] },
      { member: 'messages.send', data: [{ arg: 0 }] },
    ],
    example: `import { SinchClient } from '@sinch/sdk-core';
const sinch = new SinchClient({ projectId: 'PROJECT', keyId: 'KEY', keySecret: process.env.SINCH_SECRET! });
export async function sendCode(phone: string) {
  await sinch.sms.batches.send({ sendSMSRequestBody: { to: [phone], from: '+15555550100', body: 'Your code is 123456' } });
}`,
  },
  {
    id: 'africastalking',
    vendor: "Africa's Talking",
    category: 'sms',
    packages: ['africastalking'],
    globals: [],
    hosts: ['api.africastalking.com', 'api.sandbox.africastalking.com'],
    sends: [
      // require('africastalking')({ apiKey, username }).SMS.send({ to, message, from })
      { member: 'SMS.send', data: [{ arg: 0 }] },
      { member: 'VOICE.call', data: [{ arg: 0 }] },
    ],
    example: `import AfricasTalking from 'africastalking';
const africastalking = AfricasTalking({ apiKey: process.env.AT_API_KEY!, username: 'sandbox' });
export async function sendCode(phone: string) {
  await africastalking.SMS.send({ to: [phone], message: 'Your code is 123456' });
}`,
  },
  {
    id: 'infobip',
    vendor: 'Infobip',
    category: 'sms',
    packages: ['@infobip-api/sdk'],
    globals: [],
    hosts: ['*.api.infobip.com'],
    sends: [
      // new Infobip({ baseUrl, apiKey, authType }).channels.sms.send({ messages: [{ destinations, text }] })
      { member: 'channels.sms.send', data: [{ arg: 0 }] },
      { member: 'channels.email.send', data: [{ arg: 0 }] },
      { member: 'channels.whatsapp.send', data: [{ arg: 0 }] },
    ],
    example: `import { Infobip, AuthType } from '@infobip-api/sdk';
const infobip = new Infobip({ baseUrl: 'https://xyz.api.infobip.com', apiKey: process.env.INFOBIP_KEY!, authType: AuthType.ApiKey });
export async function sendCode(phone: string) {
  await infobip.channels.sms.send({ messages: [{ destinations: [{ to: phone }], text: 'Your code is 123456' }] });
}`,
  },

  // ────────────────────────────── payments ──────────────────────────────
  {
    id: 'stripe',
    vendor: 'Stripe',
    category: 'payments',
    packages: ['stripe'],
    globals: [],
    hosts: ['api.stripe.com', 'files.stripe.com'],
    sends: [
      { member: 'customers.create', data: [{ arg: 0 }] },
      { member: 'customers.update', data: [{ arg: 1 }] },
      { member: 'customers.createSource', data: [{ arg: 1 }] },
      { member: 'paymentIntents.create', data: [{ arg: 0 }] },
      { member: 'paymentIntents.update', data: [{ arg: 1 }] },
      { member: 'paymentIntents.confirm', data: [{ arg: 1 }] },
      { member: 'paymentMethods.create', data: [{ arg: 0 }] },
      { member: 'paymentMethods.update', data: [{ arg: 1 }] },
      { member: 'setupIntents.create', data: [{ arg: 0 }] },
      { member: 'tokens.create', data: [{ arg: 0 }] },
      { member: 'sources.create', data: [{ arg: 0 }] },
      { member: 'charges.create', data: [{ arg: 0 }] },
      { member: 'checkout.sessions.create', data: [{ arg: 0 }] },
      { member: 'subscriptions.create', data: [{ arg: 0 }] },
      { member: 'invoices.create', data: [{ arg: 0 }] },
    ],
    tokenizes: ['tokens.create', 'paymentMethods.create', 'sources.create'],
    example: `import Stripe from 'stripe';
const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
export async function startCheckout(email: string, priceId: string) {
  return stripe.checkout.sessions.create({
    mode: 'subscription',
    customer_email: email,
    line_items: [{ price: priceId, quantity: 1 }],
    success_url: 'https://example.com/thanks',
  });
}`,
  },
  {
    id: 'stripe-js',
    vendor: 'Stripe',
    category: 'payments',
    packages: ['@stripe/stripe-js', '@stripe/react-stripe-js'],
    globals: ['Stripe'],
    hosts: ['js.stripe.com', 'r.stripe.com', 'm.stripe.com', 'q.stripe.com', 'm.stripe.network'],
    sends: [
      // stripe.createToken(cardElement, { name, address_line1 })
      { member: 'createToken', data: [{ arg: 0 }, { arg: 1 }] },
      // createPaymentMethod({ type, card, billing_details }) or the legacy ('card', element, data)
      { member: 'createPaymentMethod', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'createSource', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'createConfirmationToken', data: [{ arg: 0 }] },
      // confirmCardPayment(clientSecret, { payment_method: { card, billing_details } })
      { member: 'confirmCardPayment', data: [{ arg: 1 }] },
      { member: 'confirmCardSetup', data: [{ arg: 1 }] },
      { member: 'confirmPayment', data: [{ arg: 0 }] },
      { member: 'confirmSetup', data: [{ arg: 0 }] },
      { member: 'handleCardPayment', data: [{ arg: 1 }, { arg: 2 }] },
    ],
    tokenizes: ['createToken', 'createPaymentMethod', 'createSource', 'createConfirmationToken'],
    example: `import { loadStripe } from '@stripe/stripe-js';
export async function pay(clientSecret: string, email: string) {
  const stripe = await loadStripe('pk_test_123');
  await stripe?.confirmPayment({
    clientSecret,
    confirmParams: { return_url: 'https://example.com/done', receipt_email: email },
  });
}`,
  },
  {
    id: 'braintree',
    vendor: 'Braintree',
    category: 'payments',
    packages: ['braintree'],
    globals: [],
    hosts: ['api.braintreegateway.com', 'api.sandbox.braintreegateway.com'],
    sends: [
      // new braintree.BraintreeGateway({...}).transaction.sale({ amount, paymentMethodNonce, customer })
      { member: 'transaction.sale', data: [{ arg: 0 }] },
      { member: 'customer.create', data: [{ arg: 0 }] },
      { member: 'customer.update', data: [{ arg: 1 }] },
      { member: 'paymentMethod.create', data: [{ arg: 0 }] },
      { member: 'paymentMethod.update', data: [{ arg: 1 }] },
      { member: 'creditCard.create', data: [{ arg: 0 }] },
      { member: 'creditCard.update', data: [{ arg: 1 }] },
      { member: 'address.create', data: [{ arg: 0 }] },
      { member: 'subscription.create', data: [{ arg: 0 }] },
    ],
    tokenizes: ['paymentMethod.create', 'creditCard.create'],
    example: `import braintree from 'braintree';
const gateway = new braintree.BraintreeGateway({
  environment: braintree.Environment.Sandbox,
  merchantId: 'merchant',
  publicKey: 'public',
  privateKey: process.env.BRAINTREE_PRIVATE_KEY!,
});
export async function addCustomer(email: string) {
  await gateway.customer.create({ firstName: 'Jen', email });
}`,
  },
  {
    id: 'braintree-web',
    vendor: 'Braintree',
    category: 'payments',
    packages: ['braintree-web', 'braintree-web-drop-in', 'braintree-web-drop-in-react'],
    globals: ['braintree'],
    hosts: [
      'payments.braintree-api.com',
      'payments.sandbox.braintree-api.com',
      'client-analytics.braintreegateway.com',
    ],
    sends: [
      // hostedFieldsInstance.tokenize({ cardholderName, billingAddress })
      { member: 'tokenize', data: [{ arg: 0 }] },
      // threeDSecureInstance.verifyCard({ amount, nonce, bin, email, billingAddress })
      { member: 'verifyCard', data: [{ arg: 0 }] },
    ],
    tokenizes: ['tokenize', 'requestPaymentMethod'],
    example: `import { client, threeDSecure } from 'braintree-web';
export async function verify(nonce: string, bin: string, email: string) {
  const clientInstance = await client.create({ authorization: 'CLIENT_TOKEN' });
  const secure = await threeDSecure.create({ client: clientInstance, version: 2 });
  return secure.verifyCard({ amount: '10.00', nonce, bin, email });
}`,
  },
  {
    id: 'paypal',
    vendor: 'PayPal',
    category: 'payments',
    packages: ['@paypal/paypal-server-sdk', '@paypal/checkout-server-sdk', 'paypal-rest-sdk'],
    globals: [],
    hosts: [
      'api-m.paypal.com',
      'api-m.sandbox.paypal.com',
      'api.paypal.com',
      'api.sandbox.paypal.com',
    ],
    sends: [
      // new OrdersController(client).createOrder({ body: { purchaseUnits, payer } })
      { member: 'createOrder', data: [{ arg: 0 }] },
      { member: 'ordersCreate', data: [{ arg: 0 }] },
      // checkout-server-sdk: new paypal.orders.OrdersCreateRequest().requestBody({...})
      { member: 'requestBody', data: [{ arg: 0 }] },
      // paypal-rest-sdk: paypal.payment.create(json, callback)
      { member: 'payment.create', data: [{ arg: 0 }] },
      { member: 'createPaymentToken', data: [{ arg: 0 }] },
      { member: 'createSetupToken', data: [{ arg: 0 }] },
    ],
    tokenizes: ['createPaymentToken', 'createSetupToken'],
    example: `import { Client, Environment, OrdersController } from '@paypal/paypal-server-sdk';
const client = new Client({
  environment: Environment.Sandbox,
  clientCredentialsAuthCredentials: { oAuthClientId: 'id', oAuthClientSecret: 'secret' },
});
const orders = new OrdersController(client);
export async function createOrder(email: string) {
  return orders.createOrder({
    body: {
      intent: 'CAPTURE',
      payer: { emailAddress: email },
      purchaseUnits: [{ amount: { currencyCode: 'USD', value: '10.00' } }],
    },
  });
}`,
  },
  {
    id: 'adyen',
    vendor: 'Adyen',
    category: 'payments',
    packages: ['@adyen/api-library'],
    globals: [],
    hosts: ['checkout-test.adyen.com', 'pal-test.adyen.com', '*.adyenpayments.com'],
    sends: [
      // new CheckoutAPI(client).PaymentsApi.payments({ amount, paymentMethod, shopperEmail })
      { member: 'payments', data: [{ arg: 0 }] },
      { member: 'sessions', data: [{ arg: 0 }] },
      { member: 'paymentMethods', data: [{ arg: 0 }] },
    ],
    example: `import { Client, CheckoutAPI } from '@adyen/api-library';
const checkout = new CheckoutAPI(new Client({ apiKey: process.env.ADYEN_KEY!, environment: 'TEST' }));
export async function pay(email: string) {
  return checkout.PaymentsApi.payments({
    amount: { currency: 'EUR', value: 1000 },
    reference: 'order-1',
    merchantAccount: 'Shop',
    paymentMethod: { type: 'scheme' },
    shopperEmail: email,
    returnUrl: 'https://example.com/done',
  });
}`,
  },
  {
    id: 'square',
    vendor: 'Square',
    category: 'payments',
    packages: ['square'],
    globals: [],
    hosts: ['connect.squareup.com', 'connect.squareupsandbox.com'],
    sends: [
      // new SquareClient({ token }).payments.create({ sourceId, amountMoney, buyerEmailAddress })
      { member: 'payments.create', data: [{ arg: 0 }] },
      { member: 'customers.create', data: [{ arg: 0 }] },
      { member: 'customers.update', data: [{ arg: 0 }] },
      { member: 'cards.create', data: [{ arg: 0 }] },
      { member: 'orders.create', data: [{ arg: 0 }] },
      // legacy Client: client.paymentsApi.createPayment(body)
      { member: 'paymentsApi.createPayment', data: [{ arg: 0 }] },
      { member: 'customersApi.createCustomer', data: [{ arg: 0 }] },
      { member: 'customersApi.updateCustomer', data: [{ arg: 1 }] },
      { member: 'cardsApi.createCard', data: [{ arg: 0 }] },
      { member: 'ordersApi.createOrder', data: [{ arg: 0 }] },
    ],
    tokenizes: ['cards.create', 'cardsApi.createCard'],
    example: `import { SquareClient } from 'square';
const square = new SquareClient({ token: process.env.SQUARE_TOKEN });
export async function addCustomer(email: string) {
  await square.customers.create({ emailAddress: email, givenName: 'Jen' });
}`,
  },
  {
    id: 'square-web',
    vendor: 'Square',
    category: 'payments',
    packages: ['@square/web-sdk'],
    globals: ['Square'],
    hosts: [
      'pci-connect.squareup.com',
      'pci-connect.squareupsandbox.com',
      'web.squarecdn.com',
      'sandbox.web.squarecdn.com',
    ],
    sends: [
      // const card = await Square.payments(appId, locationId).card(); card.tokenize(verificationDetails)
      { member: 'tokenize', data: [{ arg: 0 }] },
      { member: 'verifyBuyer', data: [{ arg: 1 }] },
    ],
    tokenizes: ['tokenize'],
    example: `export async function tokenize(email: string) {
  const payments = window.Square.payments('APP_ID', 'LOCATION_ID');
  const card = await payments.card();
  return card.tokenize({ amount: '1.00', currencyCode: 'USD', intent: 'CHARGE', billingContact: { email } });
}`,
  },
  {
    id: 'plaid',
    vendor: 'Plaid',
    category: 'payments',
    packages: ['plaid'],
    globals: [],
    hosts: ['production.plaid.com', 'sandbox.plaid.com', 'development.plaid.com'],
    sends: [
      // new PlaidApi(configuration).linkTokenCreate({ user: { client_user_id, email_address } })
      { member: 'linkTokenCreate', data: [{ arg: 0 }] },
      { member: 'itemPublicTokenExchange', data: [{ arg: 0 }] },
      { member: 'processorTokenCreate', data: [{ arg: 0 }] },
      { member: 'identityMatch', data: [{ arg: 0 }] },
      { member: 'userCreate', data: [{ arg: 0 }] },
      { member: 'transferAuthorizationCreate', data: [{ arg: 0 }] },
    ],
    tokenizes: ['processorTokenCreate', 'processorStripeBankAccountTokenCreate'],
    example: `import { Configuration, PlaidApi, PlaidEnvironments } from 'plaid';
const plaid = new PlaidApi(new Configuration({ basePath: PlaidEnvironments.sandbox }));
export async function linkToken(userId: string, email: string) {
  return plaid.linkTokenCreate({
    user: { client_user_id: userId, email_address: email },
    client_name: 'Shop',
    products: [],
    country_codes: [],
    language: 'en',
  });
}`,
  },
  {
    id: 'checkout-com',
    vendor: 'Checkout.com',
    category: 'payments',
    packages: ['checkout-sdk-node'],
    globals: [],
    hosts: ['api.checkout.com', 'api.sandbox.checkout.com'],
    sends: [
      // new Checkout(secretKey).payments.request({ source, amount, currency, customer })
      { member: 'payments.request', data: [{ arg: 0 }] },
      { member: 'tokens.request', data: [{ arg: 0 }] },
      { member: 'customers.create', data: [{ arg: 0 }] },
      { member: 'customers.update', data: [{ arg: 1 }] },
      { member: 'instruments.create', data: [{ arg: 0 }] },
    ],
    tokenizes: ['tokens.request', 'instruments.create'],
    example: `import { Checkout } from 'checkout-sdk-node';
const cko = new Checkout(process.env.CKO_SECRET_KEY);
export async function pay(sourceToken: string, email: string) {
  return cko.payments.request({ source: { type: 'token', token: sourceToken }, amount: 1000, currency: 'USD', customer: { email } });
}`,
  },
  {
    id: 'razorpay',
    vendor: 'Razorpay',
    category: 'payments',
    packages: ['razorpay'],
    globals: ['Razorpay'],
    hosts: ['api.razorpay.com', 'checkout.razorpay.com'],
    sends: [
      // checkout.js: new Razorpay({ key, order_id, prefill: { name, email, contact } }).open()
      { member: '', data: [{ arg: 0, prop: 'prefill' }] },
      // new Razorpay({ key_id, key_secret }).orders.create({ amount, currency, notes })
      { member: 'orders.create', data: [{ arg: 0 }] },
      { member: 'customers.create', data: [{ arg: 0 }] },
      { member: 'customers.edit', data: [{ arg: 1 }] },
      { member: 'paymentLink.create', data: [{ arg: 0 }] },
    ],
    example: `export function openCheckout(orderId: string, email: string, phone: string) {
  const checkout = new window.Razorpay({ key: 'rzp_test_123', order_id: orderId, prefill: { email, contact: phone } });
  checkout.open();
}`,
  },
  {
    id: 'mollie',
    vendor: 'Mollie',
    category: 'payments',
    packages: ['@mollie/api-client'],
    globals: [],
    hosts: ['api.mollie.com'],
    sends: [
      // createMollieClient({ apiKey }).payments.create({ amount, description, billingEmail })
      { member: 'payments.create', data: [{ arg: 0 }] },
      { member: 'customers.create', data: [{ arg: 0 }] },
      { member: 'customers.update', data: [{ arg: 1 }] },
      { member: 'customerPayments.create', data: [{ arg: 0 }] },
      { member: 'orders.create', data: [{ arg: 0 }] },
    ],
    example: `import createMollieClient from '@mollie/api-client';
const mollie = createMollieClient({ apiKey: process.env.MOLLIE_KEY! });
export async function addCustomer(email: string) {
  await mollie.customers.create({ name: 'Jen', email });
}`,
  },
  {
    id: 'paddle',
    vendor: 'Paddle',
    category: 'payments',
    packages: ['@paddle/paddle-node-sdk'],
    globals: [],
    hosts: ['api.paddle.com', 'sandbox-api.paddle.com'],
    sends: [
      // new Paddle(apiKey).customers.create({ email, name }); customers.update(id, { email })
      { member: 'customers.create', data: [{ arg: 0 }] },
      { member: 'customers.update', data: [{ arg: 1 }] },
      { member: 'addresses.create', data: [{ arg: 1 }] },
      { member: 'businesses.create', data: [{ arg: 1 }] },
      { member: 'transactions.create', data: [{ arg: 0 }] },
    ],
    example: `import { Paddle } from '@paddle/paddle-node-sdk';
const paddle = new Paddle(process.env.PADDLE_API_KEY!);
export async function addCustomer(email: string) {
  return paddle.customers.create({ email, name: 'Jen' });
}`,
  },
  {
    id: 'paddle-js',
    vendor: 'Paddle',
    category: 'payments',
    packages: ['@paddle/paddle-js'],
    globals: ['Paddle'],
    hosts: ['cdn.paddle.com', 'checkout-service.paddle.com'],
    sends: [
      // initializePaddle({ token, pwCustomer: { email } }); paddle.Checkout.open({ items, customer })
      { member: 'initializePaddle', data: [{ arg: 0 }] },
      { member: 'Checkout.open', data: [{ arg: 0 }] },
      { member: 'Checkout.updateCheckout', data: [{ arg: 0 }] },
      // the snippet global: Paddle.Initialize({ token, pwCustomer }), Paddle.Update({ pwCustomer })
      { member: 'Initialize', data: [{ arg: 0 }] },
      { member: 'Update', data: [{ arg: 0 }] },
    ],
    example: `import { initializePaddle } from '@paddle/paddle-js';
export async function openCheckout(priceId: string, email: string) {
  const paddle = await initializePaddle({ token: 'live_123', environment: 'production' });
  paddle?.Checkout.open({ items: [{ priceId, quantity: 1 }], customer: { email } });
}`,
  },
  {
    id: 'lemonsqueezy',
    vendor: 'Lemon Squeezy',
    category: 'payments',
    packages: ['@lemonsqueezy/lemonsqueezy.js'],
    globals: [],
    hosts: ['api.lemonsqueezy.com'],
    sends: [
      // createCheckout(storeId, variantId, { checkoutData: { email, name } })
      { member: 'createCheckout', data: [{ arg: 2 }] },
      // createCustomer(storeId, { name, email }), updateCustomer(customerId, { email })
      { member: 'createCustomer', data: [{ arg: 1 }] },
      { member: 'updateCustomer', data: [{ arg: 1 }] },
    ],
    example: `import { createCheckout, lemonSqueezySetup } from '@lemonsqueezy/lemonsqueezy.js';
lemonSqueezySetup({ apiKey: process.env.LEMONSQUEEZY_API_KEY });
export async function checkout(email: string) {
  return createCheckout(12345, 67890, { checkoutData: { email, name: 'Jen' } });
}`,
  },
  {
    id: 'polar',
    vendor: 'Polar',
    category: 'payments',
    packages: ['@polar-sh/sdk'],
    globals: [],
    hosts: ['api.polar.sh', 'sandbox-api.polar.sh'],
    sends: [
      // new Polar({ accessToken }).checkouts.create({ products, customerEmail })
      { member: 'checkouts.create', data: [{ arg: 0 }] },
      { member: 'customers.create', data: [{ arg: 0 }] },
      { member: 'customers.update', data: [{ arg: 0 }] },
      { member: 'customers.updateExternal', data: [{ arg: 0 }] },
      { member: 'customerSessions.create', data: [{ arg: 0 }] },
      { member: 'events.ingest', data: [{ arg: 0 }] },
    ],
    example: `import { Polar } from '@polar-sh/sdk';
const polar = new Polar({ accessToken: process.env.POLAR_ACCESS_TOKEN! });
export async function checkout(productId: string, email: string) {
  return polar.checkouts.create({ products: [productId], customerEmail: email });
}`,
  },
  {
    id: 'chargebee',
    vendor: 'Chargebee',
    category: 'payments',
    packages: ['chargebee', 'chargebee-typescript'],
    globals: [],
    hosts: ['*.chargebee.com'],
    sends: [
      // new Chargebee({ site, apiKey }).customer.create({ email, first_name })
      { member: 'customer.create', data: [{ arg: 0 }] },
      { member: 'customer.update', data: [{ arg: 1 }] },
      { member: 'subscription.createWithItems', data: [{ arg: 1 }] },
      { member: 'subscription.create_with_items', data: [{ arg: 1 }] },
      { member: 'hostedPage.checkoutNewForItems', data: [{ arg: 0 }] },
      { member: 'hosted_page.checkout_new_for_items', data: [{ arg: 0 }] },
    ],
    example: `import Chargebee from 'chargebee';
const chargebee = new Chargebee({ site: 'example-test', apiKey: process.env.CHARGEBEE_KEY! });
export async function addCustomer(email: string) {
  return chargebee.customer.create({ email, first_name: 'Jen' });
}`,
  },
  {
    id: 'recurly',
    vendor: 'Recurly',
    category: 'payments',
    packages: ['recurly'],
    globals: [],
    hosts: ['v3.recurly.com', 'v3.eu.recurly.com'],
    sends: [
      // new recurly.Client(apiKey).createAccount({ code, email, firstName })
      { member: 'createAccount', data: [{ arg: 0 }] },
      { member: 'updateAccount', data: [{ arg: 1 }] },
      { member: 'createPurchase', data: [{ arg: 0 }] },
      { member: 'updateBillingInfo', data: [{ arg: 1 }] },
    ],
    example: `import * as recurly from 'recurly';
const client = new recurly.Client(process.env.RECURLY_API_KEY!);
export async function addAccount(userId: string, email: string) {
  return client.createAccount({ code: userId, email, firstName: 'Jen' });
}`,
  },
  {
    id: 'mercadopago',
    vendor: 'Mercado Pago',
    category: 'payments',
    packages: ['mercadopago'],
    globals: [],
    hosts: ['api.mercadopago.com'],
    sends: [
      // new Preference(client).create({ body: { items, payer: { email } } }); new Payment(client).create(...)
      { member: 'create', data: [{ arg: 0 }] },
      { member: 'update', data: [{ arg: 0 }] },
    ],
    example: `import { MercadoPagoConfig, Preference } from 'mercadopago';
const client = new MercadoPagoConfig({ accessToken: process.env.MP_ACCESS_TOKEN! });
export async function checkout(email: string) {
  return new Preference(client).create({
    body: { items: [{ id: 'sku', title: 'Plan', quantity: 1, unit_price: 10 }], payer: { email } },
  });
}`,
  },
  {
    id: 'revenuecat',
    vendor: 'RevenueCat',
    category: 'payments',
    packages: [
      '@revenuecat/purchases-js',
      'react-native-purchases',
      '@revenuecat/purchases-capacitor',
    ],
    globals: [],
    hosts: ['api.revenuecat.com'],
    sends: [
      // Purchases.configure({ apiKey, appUserID }) or configure(apiKey, appUserId)
      { member: 'configure', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'logIn', data: [{ arg: 0 }] },
      { member: 'changeUser', data: [{ arg: 0 }] },
      { member: 'setEmail', data: [{ arg: 0 }] },
      { member: 'setPhoneNumber', data: [{ arg: 0 }] },
      { member: 'setDisplayName', data: [{ arg: 0 }] },
      { member: 'setAttributes', data: [{ arg: 0 }] },
    ],
    example: `import Purchases from 'react-native-purchases';
export async function onLogin(userId: string, email: string) {
  await Purchases.logIn(userId);
  await Purchases.setEmail(email);
}`,
  },
  {
    id: 'gocardless',
    vendor: 'GoCardless',
    category: 'payments',
    packages: ['gocardless-nodejs'],
    globals: [],
    hosts: ['api.gocardless.com', 'api-sandbox.gocardless.com'],
    sends: [
      // gocardless(token, environment).customers.create({ email, given_name, family_name })
      { member: 'customers.create', data: [{ arg: 0 }] },
      { member: 'customers.update', data: [{ arg: 1 }] },
      { member: 'customerBankAccounts.create', data: [{ arg: 0 }] },
      { member: 'billingRequests.create', data: [{ arg: 0 }] },
    ],
    example: `import gocardless from 'gocardless-nodejs';
const client = gocardless(process.env.GOCARDLESS_TOKEN!, 'sandbox');
export async function addCustomer(email: string) {
  return client.customers.create({ email, given_name: 'Jen', family_name: 'Doe' });
}`,
  },
  {
    id: 'paystack',
    vendor: 'Paystack',
    category: 'payments',
    packages: ['@paystack/inline-js'],
    globals: ['PaystackPop'],
    hosts: ['api.paystack.co', 'checkout.paystack.com'],
    sends: [
      // new PaystackPop().newTransaction({ key, email, amount }); checkout({ key, email, amount })
      { member: 'newTransaction', data: [{ arg: 0 }] },
      { member: 'checkout', data: [{ arg: 0 }] },
      // the legacy snippet: PaystackPop.setup({ key, email, amount }).openIframe()
      { member: 'setup', data: [{ arg: 0 }] },
    ],
    example: `import PaystackPop from '@paystack/inline-js';
export function pay(email: string) {
  const popup = new PaystackPop();
  popup.newTransaction({ key: 'pk_test_123', email, amount: 500000 });
}`,
  },
  {
    // The JavaScript SDK's buttons: the order is created in a callback whose `actions` argument
    // the SDK supplies, so the call is rooted at a parameter, not at the import.
    id: 'paypal-js',
    vendor: 'PayPal',
    category: 'payments',
    packages: ['@paypal/react-paypal-js', '@paypal/paypal-js'],
    globals: ['paypal'],
    hosts: ['www.paypal.com', 'www.sandbox.paypal.com'],
    sends: [
      // createOrder: (data, actions) => actions.order.create({ purchase_units, payer })
      { member: 'order.create', data: [{ arg: 0 }] },
      { member: 'order.patch', data: [{ arg: 0 }] },
    ],
    example: `import { PayPalButtons } from '@paypal/react-paypal-js';
export function Checkout({ email }: { email: string }) {
  return (
    <PayPalButtons
      createOrder={(data, actions) =>
        actions.order.create({
          intent: 'CAPTURE',
          payer: { email_address: email },
          purchase_units: [{ amount: { currency_code: 'USD', value: '10.00' } }],
        })
      }
    />
  );
}`,
    exampleNeeds:
      'callback parameters supplied by a package (`actions` in `createOrder(data, actions)`) rooted at that package',
  },

  // ──────────────────────────── ads and pixels ────────────────────────────
  {
    id: 'meta-pixel',
    vendor: 'Meta',
    category: 'ads',
    packages: ['react-facebook-pixel'],
    globals: ['fbq'],
    hosts: ['www.facebook.com'],
    sends: [
      // fbq('init', pixelId, { em, ph }), fbq('track', event, data), fbq('trackSingle', id, event, data)
      { member: '', data: [{ arg: 2 }, { arg: 3 }] },
      // ReactPixel.init(pixelId, advancedMatching), ReactPixel.track(event, data)
      { member: 'init', data: [{ arg: 1 }] },
      { member: 'track', data: [{ arg: 1 }] },
      { member: 'trackCustom', data: [{ arg: 1 }] },
      { member: 'trackSingle', data: [{ arg: 2 }] },
      { member: 'trackSingleCustom', data: [{ arg: 2 }] },
      { member: 'fbq', data: [{ arg: 2 }, { arg: 3 }] },
    ],
    example: `export function initPixel(email: string) {
  fbq('init', 'PIXEL_ID', { em: email });
}`,
  },
  {
    id: 'meta-conversions-api',
    vendor: 'Meta',
    category: 'ads',
    packages: ['facebook-nodejs-business-sdk'],
    globals: [],
    hosts: ['graph.facebook.com'],
    sends: [
      // new UserData().setEmail(email).setPhone(phone); new ServerEvent().setUserData(userData);
      // new EventRequest(token, pixelId).setEvents([event]).execute()
      {
        member: 'UserData',
        data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }, { arg: 3 }, { arg: 4 }, { arg: 5 }],
      },
      { member: 'setEmail', data: [{ arg: 0 }] },
      { member: 'setEmails', data: [{ arg: 0 }] },
      { member: 'setPhone', data: [{ arg: 0 }] },
      { member: 'setPhones', data: [{ arg: 0 }] },
      { member: 'setFirstName', data: [{ arg: 0 }] },
      { member: 'setFirstNames', data: [{ arg: 0 }] },
      { member: 'setLastName', data: [{ arg: 0 }] },
      { member: 'setLastNames', data: [{ arg: 0 }] },
      { member: 'setDateOfBirth', data: [{ arg: 0 }] },
      { member: 'setGender', data: [{ arg: 0 }] },
      { member: 'setCity', data: [{ arg: 0 }] },
      { member: 'setState', data: [{ arg: 0 }] },
      { member: 'setZip', data: [{ arg: 0 }] },
      { member: 'setCountry', data: [{ arg: 0 }] },
      { member: 'setExternalId', data: [{ arg: 0 }] },
      { member: 'setExternalIds', data: [{ arg: 0 }] },
      { member: 'setClientIpAddress', data: [{ arg: 0 }] },
      { member: 'setClientUserAgent', data: [{ arg: 0 }] },
      { member: 'setFbc', data: [{ arg: 0 }] },
      { member: 'setFbp', data: [{ arg: 0 }] },
      { member: 'setUserData', data: [{ arg: 0 }] },
      { member: 'setCustomData', data: [{ arg: 0 }] },
      { member: 'setEvents', data: [{ arg: 0 }] },
      // Marketing API custom audiences: new CustomAudience(id).createUser(fields, { payload })
      { member: 'createUser', data: [{ arg: 1 }] },
    ],
    example: `import { UserData } from 'facebook-nodejs-business-sdk';
export function userData(email: string) {
  return new UserData().setEmail(email);
}`,
  },
  {
    id: 'linkedin-insight',
    vendor: 'LinkedIn',
    category: 'ads',
    packages: [],
    globals: ['lintrk'],
    hosts: ['px.ads.linkedin.com', 'snap.licdn.com'],
    sends: [
      // window.lintrk('track', { conversion_id })
      { member: '', data: [{ arg: 1 }] },
    ],
    example: `export function onLead(email: string) {
  window.lintrk('track', { conversion_id: 1234567, email });
}`,
  },
  {
    id: 'tiktok-pixel',
    vendor: 'TikTok',
    category: 'ads',
    packages: [],
    globals: ['ttq'],
    hosts: ['analytics.tiktok.com', 'business-api.tiktok.com'],
    sends: [
      // ttq.identify({ email, phone_number, external_id }), ttq.track(event, { contents, value })
      { member: 'identify', data: [{ arg: 0 }] },
      { member: 'track', data: [{ arg: 1 }] },
    ],
    example: `export function onLogin(email: string) {
  ttq.identify({ email });
}`,
  },
  {
    id: 'x-pixel',
    vendor: 'X (Twitter)',
    category: 'ads',
    packages: [],
    globals: ['twq'],
    hosts: ['static.ads-twitter.com', 'analytics.twitter.com', 't.co'],
    sends: [
      // twq('event', eventId, { email_address, phone_number, value })
      { member: '', data: [{ arg: 2 }] },
    ],
    example: `export function onSignup(email: string) {
  twq('event', 'tw-abc12-def34', { email_address: email });
}`,
  },
  {
    id: 'pinterest-tag',
    vendor: 'Pinterest',
    category: 'ads',
    packages: [],
    globals: ['pintrk'],
    hosts: ['ct.pinterest.com', 's.pinimg.com'],
    sends: [
      // pintrk('load', tagId, { em }), pintrk('set', { np, em }), pintrk('track', event, data)
      { member: '', data: [{ arg: 1 }, { arg: 2 }] },
    ],
    example: `export function onLogin(email: string) {
  pintrk('set', { em: email });
}`,
  },
  {
    id: 'snap-pixel',
    vendor: 'Snap',
    category: 'ads',
    packages: [],
    globals: ['snaptr'],
    hosts: ['tr.snapchat.com', 'sc-static.net'],
    sends: [
      // snaptr('init', pixelId, { user_email, user_phone_number }), snaptr('track', event, data)
      { member: '', data: [{ arg: 2 }] },
    ],
    example: `export function initPixel(email: string) {
  snaptr('init', 'PIXEL_ID', { user_email: email });
}`,
  },
  {
    id: 'reddit-pixel',
    vendor: 'Reddit',
    category: 'ads',
    packages: [],
    globals: ['rdt'],
    hosts: ['alb.reddit.com', 'www.redditstatic.com'],
    sends: [
      // rdt('init', pixelId, { email, externalId }), rdt('track', event, data)
      { member: '', data: [{ arg: 2 }] },
    ],
    example: `export function initPixel(email: string) {
  rdt('init', 'PIXEL_ID', { email });
}`,
  },
  {
    id: 'google-ads',
    vendor: 'Google Ads',
    category: 'ads',
    packages: [],
    // Google Ads conversions through gtag (`gtag('event', 'conversion', {...})`,
    // `gtag('set', 'user_data', {...})`) are matched by the `google-analytics` recipe, which
    // owns the `gtag` global; this is the legacy asynchronous conversion tag.
    globals: ['google_trackConversion'],
    hosts: ['googleads.g.doubleclick.net', 'www.googleadservices.com'],
    sends: [{ member: '', data: [{ arg: 0 }] }],
    example: `export function onPurchase(email: string) {
  window.google_trackConversion({ google_conversion_id: 123456789, google_custom_params: { email } });
}`,
  },
  {
    id: 'criteo',
    vendor: 'Criteo',
    category: 'ads',
    packages: [],
    globals: ['criteo_q'],
    hosts: ['*.criteo.com', '*.criteo.net'],
    sends: [
      // criteo_q.push({ event: 'setAccount', account }, { event: 'setEmail', email: [hash] }, ...)
      { member: 'push', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }, { arg: 3 }, { arg: 4 }] },
    ],
    example: `export function onLogin(email: string) {
  window.criteo_q.push({ event: 'setAccount', account: 12345 }, { event: 'setEmail', email });
}`,
  },
  {
    id: 'microsoft-uet',
    vendor: 'Microsoft Advertising',
    category: 'ads',
    packages: [],
    globals: ['uetq'],
    hosts: ['bat.bing.com'],
    sends: [
      // uetq.push('event', action, { revenue_value }), uetq.push('set', { pid: { em, ph } })
      { member: 'push', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
    ],
    example: `export function onLogin(email: string) {
  window.uetq.push('set', { pid: { em: email } });
}`,
  },
  {
    id: 'quora-pixel',
    vendor: 'Quora',
    category: 'ads',
    packages: [],
    globals: ['qp'],
    hosts: ['q.quora.com', 'a.quora.com'],
    sends: [
      // qp('init', pixelId, { email }), qp('track', event)
      { member: '', data: [{ arg: 2 }] },
    ],
    example: `export function initPixel(email: string) {
  qp('init', 'PIXEL_ID', { email });
}`,
  },
  {
    id: 'google-ads-api',
    vendor: 'Google Ads',
    category: 'ads',
    packages: ['google-ads-api'],
    globals: [],
    hosts: ['googleads.googleapis.com'],
    sends: [
      // customer.conversionUploads.uploadClickConversions({ conversions: [{ user_identifiers }] })
      { member: 'conversionUploads.uploadClickConversions', data: [{ arg: 0 }] },
      { member: 'conversionUploads.uploadCallConversions', data: [{ arg: 0 }] },
      { member: 'offlineUserDataJobs.addOfflineUserDataJobOperations', data: [{ arg: 0 }] },
      { member: 'userData.uploadUserData', data: [{ arg: 0 }] },
    ],
    example: `import { GoogleAdsApi } from 'google-ads-api';
const client = new GoogleAdsApi({ client_id: 'id', client_secret: 'secret', developer_token: 'token' });
const customer = client.Customer({ customer_id: '1234567890', refresh_token: 'token' });
export async function uploadConversion(gclid: string, email: string) {
  await customer.conversionUploads.uploadClickConversions({
    customer_id: '1234567890',
    partial_failure: true,
    conversions: [{ gclid, user_identifiers: [{ hashed_email: email }] }],
  });
}`,
  },

  // ────────────────────────── social and messaging ──────────────────────────
  {
    id: 'facebook-sdk',
    vendor: 'Meta',
    category: 'social',
    packages: [],
    globals: ['FB'],
    hosts: ['connect.facebook.net'],
    sends: [
      // FB.api(path, method, params, callback) or FB.api(path, params, callback)
      { member: 'api', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'AppEvents.logEvent', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'AppEvents.logPurchase', data: [{ arg: 2 }] },
      { member: 'AppEvents.setUserID', data: [{ arg: 0 }] },
    ],
    example: `export function onLogin(email: string) {
  FB.AppEvents.setUserID(email);
}`,
  },
  {
    id: 'x-api',
    vendor: 'X (Twitter)',
    category: 'social',
    packages: ['twitter-api-v2'],
    globals: [],
    hosts: ['api.twitter.com', 'api.x.com', 'upload.twitter.com'],
    sends: [
      // new TwitterApi(token).v2.tweet(text | { text })
      { member: 'tweet', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'reply', data: [{ arg: 0 }] },
      { member: 'tweetThread', data: [{ arg: 0 }] },
      { member: 'sendDm', data: [{ arg: 0 }] },
      { member: 'sendDmToParticipant', data: [{ arg: 1 }] },
      { member: 'sendDmInConversation', data: [{ arg: 1 }] },
    ],
    example: `import { TwitterApi } from 'twitter-api-v2';
const client = new TwitterApi(process.env.TWITTER_BEARER_TOKEN!);
export async function sendWelcomeDm(userId: string, email: string) {
  await client.v2.sendDmToParticipant(userId, { text: 'Your receipt was sent to ' + email });
}`,
  },
  {
    id: 'slack',
    vendor: 'Slack',
    category: 'social',
    packages: ['@slack/web-api', '@slack/webhook', '@slack/bolt'],
    globals: [],
    hosts: ['slack.com', 'hooks.slack.com'],
    sends: [
      // new WebClient(token).chat.postMessage({ channel, text, blocks })
      { member: 'chat.postMessage', data: [{ arg: 0 }] },
      // Slack Connect invitations and look-ups carry the invitee's address.
      { member: 'conversations.inviteShared', data: [{ arg: 0 }] },
      { member: 'users.lookupByEmail', data: [{ arg: 0 }] },
      { member: 'chat.postEphemeral', data: [{ arg: 0 }] },
      { member: 'chat.update', data: [{ arg: 0 }] },
      { member: 'chat.scheduleMessage', data: [{ arg: 0 }] },
      { member: 'files.uploadV2', data: [{ arg: 0 }] },
      // new IncomingWebhook(url).send({ text })
      { member: 'IncomingWebhook.().send', data: [{ arg: 0 }] },
    ],
    example: `import { WebClient } from '@slack/web-api';
const slack = new WebClient(process.env.SLACK_TOKEN);
export async function notifySignup(email: string) {
  await slack.chat.postMessage({ channel: '#signups', text: 'New signup: ' + email });
}`,
  },
  {
    id: 'discord',
    vendor: 'Discord',
    category: 'social',
    packages: ['discord.js', 'discord-webhook-node'],
    globals: [],
    hosts: ['discord.com', 'discordapp.com'],
    sends: [
      // new WebhookClient({ url }).send({ content }); channel.send(content);
      // discord-webhook-node: new Webhook(url).send(message)
      { member: 'send', data: [{ arg: 0 }] },
      { member: 'reply', data: [{ arg: 0 }] },
    ],
    example: `import { WebhookClient } from 'discord.js';
const webhook = new WebhookClient({ url: process.env.DISCORD_WEBHOOK_URL! });
export async function notifySignup(email: string) {
  await webhook.send({ content: 'New signup: ' + email });
}`,
  },

  // ─────────────────────────────── AI / LLM ───────────────────────────────
  {
    id: 'openai',
    vendor: 'OpenAI',
    category: 'ai',
    packages: ['openai', '@openai/agents'],
    globals: [],
    hosts: ['api.openai.com'],
    sends: [
      // new OpenAI().chat.completions.create({ model, messages })
      { member: 'chat.completions.create', data: [{ arg: 0 }] },
      { member: 'chat.completions.parse', data: [{ arg: 0 }] },
      { member: 'chat.completions.stream', data: [{ arg: 0 }] },
      { member: 'completions.create', data: [{ arg: 0 }] },
      { member: 'responses.create', data: [{ arg: 0 }] },
      { member: 'responses.stream', data: [{ arg: 0 }] },
      { member: 'embeddings.create', data: [{ arg: 0 }] },
      { member: 'moderations.create', data: [{ arg: 0 }] },
      { member: 'images.generate', data: [{ arg: 0 }] },
      { member: 'images.edit', data: [{ arg: 0 }] },
      { member: 'audio.transcriptions.create', data: [{ arg: 0 }] },
      { member: 'audio.translations.create', data: [{ arg: 0 }] },
      { member: 'audio.speech.create', data: [{ arg: 0 }] },
      { member: 'files.create', data: [{ arg: 0 }] },
      // beta.threads.create({ messages }), beta.threads.messages.create(threadId, { content })
      { member: 'threads.create', data: [{ arg: 0 }] },
      { member: 'threads.createAndRun', data: [{ arg: 0 }] },
      { member: 'threads.messages.create', data: [{ arg: 1 }] },
      // @openai/agents: run(agent, input)
      { member: 'run', data: [{ arg: 1 }] },
    ],
    example: `import OpenAI from 'openai';
const openai = new OpenAI();
export async function draftReply(email: string, question: string) {
  return openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: 'Draft a reply to ' + email + ': ' + question }],
  });
}`,
  },
  {
    id: 'anthropic',
    vendor: 'Anthropic',
    category: 'ai',
    packages: [
      '@anthropic-ai/sdk',
      '@anthropic-ai/bedrock-sdk',
      '@anthropic-ai/vertex-sdk',
      '@anthropic-ai/claude-agent-sdk',
    ],
    globals: [],
    hosts: ['api.anthropic.com'],
    sends: [
      // new Anthropic().messages.create({ model, max_tokens, messages, system })
      { member: 'messages.create', data: [{ arg: 0 }] },
      { member: 'messages.stream', data: [{ arg: 0 }] },
      { member: 'messages.countTokens', data: [{ arg: 0 }] },
      { member: 'messages.batches.create', data: [{ arg: 0 }] },
      { member: 'completions.create', data: [{ arg: 0 }] },
      { member: 'files.upload', data: [{ arg: 0 }] },
      // claude-agent-sdk: query({ prompt, options })
      { member: 'query', data: [{ arg: 0 }] },
    ],
    example: `import Anthropic from '@anthropic-ai/sdk';
const anthropic = new Anthropic();
export async function draftReply(email: string, question: string) {
  return anthropic.messages.create({
    model: 'claude-sonnet-4-5',
    max_tokens: 1024,
    messages: [{ role: 'user', content: 'Draft a reply to ' + email + ': ' + question }],
  });
}`,
  },
  {
    id: 'google-gemini',
    vendor: 'Google Gemini',
    category: 'ai',
    packages: ['@google/generative-ai', '@google/genai', '@google-cloud/vertexai'],
    globals: [],
    hosts: [
      'generativelanguage.googleapis.com',
      'aiplatform.googleapis.com',
      'us-central1-aiplatform.googleapis.com',
    ],
    sends: [
      // new GoogleGenerativeAI(key).getGenerativeModel({ model }).generateContent(prompt);
      // new GoogleGenAI({ apiKey }).models.generateContent({ model, contents })
      { member: 'generateContent', data: [{ arg: 0 }] },
      { member: 'generateContentStream', data: [{ arg: 0 }] },
      { member: 'embedContent', data: [{ arg: 0 }] },
      { member: 'batchEmbedContents', data: [{ arg: 0 }] },
      { member: 'countTokens', data: [{ arg: 0 }] },
      { member: 'generateImages', data: [{ arg: 0 }] },
      { member: 'startChat', data: [{ arg: 0 }] },
      { member: 'chats.create', data: [{ arg: 0 }] },
      { member: 'sendMessage', data: [{ arg: 0 }] },
      { member: 'sendMessageStream', data: [{ arg: 0 }] },
      { member: 'files.upload', data: [{ arg: 0 }] },
    ],
    example: `import { GoogleGenAI } from '@google/genai';
const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
export async function draftWelcome(email: string) {
  return ai.models.generateContent({ model: 'gemini-2.5-flash', contents: 'Write a welcome note for ' + email });
}`,
  },
  {
    id: 'cohere',
    vendor: 'Cohere',
    category: 'ai',
    packages: ['cohere-ai'],
    globals: [],
    hosts: ['api.cohere.com', 'api.cohere.ai'],
    sends: [
      // new CohereClient({ token }).chat({ message, chatHistory }); CohereClientV2.chat({ messages })
      { member: 'chat', data: [{ arg: 0 }] },
      { member: 'chatStream', data: [{ arg: 0 }] },
      { member: 'generate', data: [{ arg: 0 }] },
      { member: 'generateStream', data: [{ arg: 0 }] },
      { member: 'embed', data: [{ arg: 0 }] },
      { member: 'rerank', data: [{ arg: 0 }] },
      { member: 'classify', data: [{ arg: 0 }] },
      { member: 'summarize', data: [{ arg: 0 }] },
    ],
    example: `import { CohereClientV2 } from 'cohere-ai';
const cohere = new CohereClientV2({ token: process.env.COHERE_API_KEY });
export async function summarize(email: string, notes: string) {
  return cohere.chat({ model: 'command-r', messages: [{ role: 'user', content: 'Summarize ' + email + ': ' + notes }] });
}`,
  },
  {
    id: 'mistral',
    vendor: 'Mistral AI',
    category: 'ai',
    packages: ['@mistralai/mistralai'],
    globals: [],
    hosts: ['api.mistral.ai'],
    sends: [
      // new Mistral({ apiKey }).chat.complete({ model, messages })
      { member: 'chat.complete', data: [{ arg: 0 }] },
      { member: 'chat.stream', data: [{ arg: 0 }] },
      { member: 'chat.parse', data: [{ arg: 0 }] },
      { member: 'embeddings.create', data: [{ arg: 0 }] },
      { member: 'fim.complete', data: [{ arg: 0 }] },
      { member: 'fim.stream', data: [{ arg: 0 }] },
      { member: 'agents.complete', data: [{ arg: 0 }] },
      { member: 'agents.stream', data: [{ arg: 0 }] },
      { member: 'ocr.process', data: [{ arg: 0 }] },
      { member: 'classifiers.moderate', data: [{ arg: 0 }] },
      // 0.x client: new MistralClient(key).chat({ model, messages }), embeddings({ input })
      { member: 'chat', data: [{ arg: 0 }] },
      { member: 'chatStream', data: [{ arg: 0 }] },
      { member: 'embeddings', data: [{ arg: 0 }] },
    ],
    example: `import { Mistral } from '@mistralai/mistralai';
const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
export async function summarize(email: string, notes: string) {
  return mistral.chat.complete({ model: 'mistral-small-latest', messages: [{ role: 'user', content: 'Summarize ' + email + ': ' + notes }] });
}`,
  },
  {
    id: 'replicate',
    vendor: 'Replicate',
    category: 'ai',
    packages: ['replicate'],
    globals: [],
    hosts: ['api.replicate.com'],
    sends: [
      // new Replicate().run(model, { input })
      { member: 'run', data: [{ arg: 1 }] },
      { member: 'stream', data: [{ arg: 1 }] },
      { member: 'predictions.create', data: [{ arg: 0 }] },
      { member: 'deployments.predictions.create', data: [{ arg: 2 }] },
    ],
    example: `import Replicate from 'replicate';
const replicate = new Replicate();
export async function draftWelcome(email: string) {
  return replicate.run('meta/meta-llama-3-8b-instruct', { input: { prompt: 'Write a welcome note for ' + email } });
}`,
  },
  {
    id: 'groq',
    vendor: 'Groq',
    category: 'ai',
    packages: ['groq-sdk'],
    globals: [],
    hosts: ['api.groq.com'],
    sends: [
      { member: 'chat.completions.create', data: [{ arg: 0 }] },
      { member: 'audio.transcriptions.create', data: [{ arg: 0 }] },
      { member: 'audio.translations.create', data: [{ arg: 0 }] },
    ],
    example: `import Groq from 'groq-sdk';
const groq = new Groq();
export async function summarize(email: string, notes: string) {
  return groq.chat.completions.create({ model: 'llama-3.1-8b-instant', messages: [{ role: 'user', content: 'Summarize ' + email + ': ' + notes }] });
}`,
  },
  {
    id: 'together',
    vendor: 'Together AI',
    category: 'ai',
    packages: ['together-ai'],
    globals: [],
    hosts: ['api.together.xyz'],
    sends: [
      { member: 'chat.completions.create', data: [{ arg: 0 }] },
      { member: 'completions.create', data: [{ arg: 0 }] },
      { member: 'embeddings.create', data: [{ arg: 0 }] },
    ],
    example: `import Together from 'together-ai';
const together = new Together();
export async function summarize(email: string, notes: string) {
  return together.chat.completions.create({ model: 'meta-llama/Llama-3-8b-chat-hf', messages: [{ role: 'user', content: 'Summarize ' + email + ': ' + notes }] });
}`,
  },
  {
    id: 'huggingface',
    vendor: 'Hugging Face',
    category: 'ai',
    packages: ['@huggingface/inference'],
    globals: [],
    hosts: ['api-inference.huggingface.co', 'router.huggingface.co'],
    sends: [
      // new InferenceClient(token).chatCompletion({ model, messages })
      { member: 'chatCompletion', data: [{ arg: 0 }] },
      { member: 'chatCompletionStream', data: [{ arg: 0 }] },
      { member: 'textGeneration', data: [{ arg: 0 }] },
      { member: 'textGenerationStream', data: [{ arg: 0 }] },
      { member: 'featureExtraction', data: [{ arg: 0 }] },
      { member: 'summarization', data: [{ arg: 0 }] },
      { member: 'translation', data: [{ arg: 0 }] },
      { member: 'questionAnswering', data: [{ arg: 0 }] },
      { member: 'textClassification', data: [{ arg: 0 }] },
      { member: 'tokenClassification', data: [{ arg: 0 }] },
      { member: 'automaticSpeechRecognition', data: [{ arg: 0 }] },
    ],
    example: `import { InferenceClient } from '@huggingface/inference';
const hf = new InferenceClient(process.env.HF_TOKEN);
export async function summarize(email: string, notes: string) {
  return hf.chatCompletion({ model: 'meta-llama/Llama-3.1-8B-Instruct', messages: [{ role: 'user', content: 'Summarize ' + email + ': ' + notes }] });
}`,
  },
  {
    id: 'aws-bedrock',
    vendor: 'Amazon Bedrock',
    category: 'ai',
    packages: ['@aws-sdk/client-bedrock-runtime'],
    globals: [],
    hosts: [
      'bedrock-runtime.us-east-1.amazonaws.com',
      'bedrock-runtime.us-east-2.amazonaws.com',
      'bedrock-runtime.us-west-2.amazonaws.com',
      'bedrock-runtime.eu-west-1.amazonaws.com',
      'bedrock-runtime.eu-central-1.amazonaws.com',
      'bedrock-runtime.ap-northeast-1.amazonaws.com',
      'bedrock-runtime.ap-southeast-2.amazonaws.com',
    ],
    sends: [
      // client.send(new ConverseCommand({ modelId, messages }))
      { member: 'InvokeModelCommand', data: [{ arg: 0 }] },
      { member: 'InvokeModelWithResponseStreamCommand', data: [{ arg: 0 }] },
      { member: 'ConverseCommand', data: [{ arg: 0 }] },
      { member: 'ConverseStreamCommand', data: [{ arg: 0 }] },
    ],
    example: `import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
const bedrock = new BedrockRuntimeClient({ region: 'us-east-1' });
export async function summarize(email: string, notes: string) {
  return bedrock.send(
    new ConverseCommand({
      modelId: 'anthropic.claude-3-haiku-20240307-v1:0',
      messages: [{ role: 'user', content: [{ text: 'Summarize ' + email + ': ' + notes }] }],
    }),
  );
}`,
  },
  {
    id: 'vercel-ai-sdk',
    vendor: 'Vercel AI SDK (model provider)',
    category: 'ai',
    packages: ['ai'],
    globals: [],
    // The recipient is the provider behind `model` (`openai('gpt-4o')` from `@ai-sdk/openai`,
    // `anthropic(...)`, a gateway string), not a host of the SDK's own.
    hosts: [],
    sends: [
      // generateText({ model, prompt, messages, system })
      { member: 'generateText', data: [{ arg: 0 }] },
      { member: 'streamText', data: [{ arg: 0 }] },
      { member: 'generateObject', data: [{ arg: 0 }] },
      { member: 'streamObject', data: [{ arg: 0 }] },
      { member: 'embed', data: [{ arg: 0 }] },
      { member: 'embedMany', data: [{ arg: 0 }] },
    ],
    example: `import { generateText } from 'ai';
import { openai } from '@ai-sdk/openai';
export async function draftWelcome(email: string) {
  return generateText({ model: openai('gpt-4o-mini'), prompt: 'Write a welcome note for ' + email });
}`,
  },
  {
    id: 'langchain-openai',
    vendor: 'OpenAI',
    category: 'ai',
    packages: ['@langchain/openai'],
    globals: [],
    hosts: [],
    sends: [
      // new ChatOpenAI({ model }).invoke(messages), new OpenAIEmbeddings().embedQuery(text)
      { member: 'invoke', data: [{ arg: 0 }] },
      { member: 'stream', data: [{ arg: 0 }] },
      { member: 'batch', data: [{ arg: 0 }] },
      { member: 'embedQuery', data: [{ arg: 0 }] },
      { member: 'embedDocuments', data: [{ arg: 0 }] },
    ],
    example: `import { ChatOpenAI } from '@langchain/openai';
const model = new ChatOpenAI({ model: 'gpt-4o-mini' });
export async function draftWelcome(email: string) {
  return model.invoke('Write a welcome note for ' + email);
}`,
  },
  {
    id: 'langchain-anthropic',
    vendor: 'Anthropic',
    category: 'ai',
    packages: ['@langchain/anthropic'],
    globals: [],
    hosts: [],
    sends: [
      // new ChatAnthropic({ model }).invoke(messages)
      { member: 'invoke', data: [{ arg: 0 }] },
      { member: 'stream', data: [{ arg: 0 }] },
      { member: 'batch', data: [{ arg: 0 }] },
    ],
    example: `import { ChatAnthropic } from '@langchain/anthropic';
const model = new ChatAnthropic({ model: 'claude-sonnet-4-5' });
export async function draftWelcome(email: string) {
  return model.invoke('Write a welcome note for ' + email);
}`,
  },
  {
    id: 'fal',
    vendor: 'fal',
    category: 'ai',
    packages: ['@fal-ai/client', '@fal-ai/serverless-client'],
    globals: [],
    hosts: ['fal.run', 'queue.fal.run', 'rest.alpha.fal.ai'],
    sends: [
      // fal.subscribe(endpointId, { input }), fal.run(endpointId, { input }), fal.queue.submit(...)
      { member: 'subscribe', data: [{ arg: 1 }] },
      { member: 'run', data: [{ arg: 1 }] },
      { member: 'stream', data: [{ arg: 1 }] },
      { member: 'queue.submit', data: [{ arg: 1 }] },
      { member: 'storage.upload', data: [{ arg: 0 }] },
    ],
    example: `import { fal } from '@fal-ai/client';
export async function avatar(name: string, email: string) {
  return fal.subscribe('fal-ai/flux/dev', { input: { prompt: 'An avatar for ' + name + ' <' + email + '>' } });
}`,
  },
  {
    id: 'deepgram',
    vendor: 'Deepgram',
    category: 'ai',
    packages: ['@deepgram/sdk'],
    globals: [],
    hosts: ['api.deepgram.com'],
    sends: [
      // createClient(key).listen.prerecorded.transcribeFile(audio, options), transcribeUrl({ url }, options)
      { member: 'transcribeFile', data: [{ arg: 0 }] },
      { member: 'transcribeUrl', data: [{ arg: 0 }] },
      // speak.request({ text }, options), read.analyzeText({ text }, options)
      { member: 'speak.request', data: [{ arg: 0 }] },
      { member: 'read.analyzeText', data: [{ arg: 0 }] },
    ],
    example: `import { createClient } from '@deepgram/sdk';
const deepgram = createClient(process.env.DEEPGRAM_API_KEY);
export async function readAloud(email: string) {
  return deepgram.speak.request({ text: 'Your receipt was sent to ' + email }, { model: 'aura-asteria-en' });
}`,
  },
  {
    id: 'assemblyai',
    vendor: 'AssemblyAI',
    category: 'ai',
    packages: ['assemblyai'],
    globals: [],
    hosts: ['api.assemblyai.com', 'api.eu.assemblyai.com'],
    sends: [
      // new AssemblyAI({ apiKey }).transcripts.transcribe({ audio })
      { member: 'transcripts.transcribe', data: [{ arg: 0 }] },
      { member: 'transcripts.submit', data: [{ arg: 0 }] },
      { member: 'files.upload', data: [{ arg: 0 }] },
      { member: 'lemur.task', data: [{ arg: 0 }] },
    ],
    example: `import { AssemblyAI } from 'assemblyai';
const client = new AssemblyAI({ apiKey: process.env.ASSEMBLYAI_API_KEY! });
export async function summarizeCall(transcriptId: string, email: string) {
  return client.lemur.task({ transcript_ids: [transcriptId], prompt: 'Summarize the call with ' + email });
}`,
  },
  {
    id: 'elevenlabs',
    vendor: 'ElevenLabs',
    category: 'ai',
    packages: ['@elevenlabs/elevenlabs-js', 'elevenlabs'],
    globals: [],
    hosts: ['api.elevenlabs.io'],
    sends: [
      // new ElevenLabsClient().textToSpeech.convert(voiceId, { text, modelId })
      { member: 'textToSpeech.convert', data: [{ arg: 1 }] },
      { member: 'textToSpeech.stream', data: [{ arg: 1 }] },
      { member: 'speechToText.convert', data: [{ arg: 0 }] },
    ],
    example: `import { ElevenLabsClient } from '@elevenlabs/elevenlabs-js';
const elevenlabs = new ElevenLabsClient();
export async function greet(name: string, email: string) {
  return elevenlabs.textToSpeech.convert('VOICE_ID', { text: 'Hello ' + name + ', we emailed ' + email, modelId: 'eleven_multilingual_v2' });
}`,
  },
  {
    id: 'voyage',
    vendor: 'Voyage AI',
    category: 'ai',
    packages: ['voyageai'],
    globals: [],
    hosts: ['api.voyageai.com'],
    sends: [
      // new VoyageAIClient({ apiKey }).embed({ input, model }), rerank({ query, documents })
      { member: 'embed', data: [{ arg: 0 }] },
      { member: 'rerank', data: [{ arg: 0 }] },
    ],
    example: `import { VoyageAIClient } from 'voyageai';
const voyage = new VoyageAIClient({ apiKey: process.env.VOYAGE_API_KEY });
export async function embedProfile(email: string, bio: string) {
  return voyage.embed({ input: [email + ': ' + bio], model: 'voyage-3' });
}`,
  },
  {
    id: 'langchain-google',
    vendor: 'Google Gemini',
    category: 'ai',
    packages: ['@langchain/google-genai', '@langchain/google-vertexai'],
    globals: [],
    hosts: [],
    sends: [
      // new ChatGoogleGenerativeAI({ model }).invoke(messages)
      { member: 'invoke', data: [{ arg: 0 }] },
      { member: 'stream', data: [{ arg: 0 }] },
      { member: 'batch', data: [{ arg: 0 }] },
      { member: 'embedQuery', data: [{ arg: 0 }] },
      { member: 'embedDocuments', data: [{ arg: 0 }] },
    ],
    example: `import { ChatGoogleGenerativeAI } from '@langchain/google-genai';
const model = new ChatGoogleGenerativeAI({ model: 'gemini-2.5-flash' });
export async function draftWelcome(email: string) {
  return model.invoke('Write a welcome note for ' + email);
}`,
  },
  {
    id: 'langchain-mistral',
    vendor: 'Mistral AI',
    category: 'ai',
    packages: ['@langchain/mistralai'],
    globals: [],
    hosts: [],
    sends: [
      { member: 'invoke', data: [{ arg: 0 }] },
      { member: 'stream', data: [{ arg: 0 }] },
      { member: 'batch', data: [{ arg: 0 }] },
      { member: 'embedQuery', data: [{ arg: 0 }] },
      { member: 'embedDocuments', data: [{ arg: 0 }] },
    ],
    example: `import { ChatMistralAI } from '@langchain/mistralai';
const model = new ChatMistralAI({ model: 'mistral-small-latest' });
export async function draftWelcome(email: string) {
  return model.invoke('Write a welcome note for ' + email);
}`,
  },
  {
    id: 'langchain-groq',
    vendor: 'Groq',
    category: 'ai',
    packages: ['@langchain/groq'],
    globals: [],
    hosts: [],
    sends: [
      { member: 'invoke', data: [{ arg: 0 }] },
      { member: 'stream', data: [{ arg: 0 }] },
      { member: 'batch', data: [{ arg: 0 }] },
    ],
    example: `import { ChatGroq } from '@langchain/groq';
const model = new ChatGroq({ model: 'llama-3.1-8b-instant' });
export async function draftWelcome(email: string) {
  return model.invoke('Write a welcome note for ' + email);
}`,
  },
  {
    id: 'google-translate',
    vendor: 'Google Cloud Translation',
    category: 'ai',
    packages: ['@google-cloud/translate'],
    globals: [],
    hosts: ['translation.googleapis.com'],
    sends: [
      // v2: new Translate().translate(text, target); v3: new TranslationServiceClient().translateText({ contents })
      { member: 'translate', data: [{ arg: 0 }] },
      { member: 'detect', data: [{ arg: 0 }] },
      { member: 'translateText', data: [{ arg: 0 }] },
    ],
    example: `import { v2 } from '@google-cloud/translate';
const translate = new v2.Translate();
export async function translateNote(note: string, email: string) {
  return translate.translate('Note from ' + email + ': ' + note, 'es');
}`,
  },
  {
    id: 'deepl',
    vendor: 'DeepL',
    category: 'ai',
    packages: ['deepl-node'],
    globals: [],
    hosts: ['api.deepl.com', 'api-free.deepl.com'],
    sends: [
      // new deepl.Translator(key).translateText(text, sourceLang, targetLang)
      { member: 'translateText', data: [{ arg: 0 }] },
      { member: 'translateDocument', data: [{ arg: 0 }] },
    ],
    example: `import * as deepl from 'deepl-node';
const translator = new deepl.Translator(process.env.DEEPL_AUTH_KEY!);
export async function translateNote(note: string, email: string) {
  return translator.translateText('Note from ' + email + ': ' + note, null, 'de');
}`,
  },

  // ─────────────────────────────── search ───────────────────────────────
  {
    id: 'algolia',
    vendor: 'Algolia',
    category: 'search',
    packages: ['algoliasearch', '@algolia/client-search', 'search-insights'],
    globals: ['aa'],
    hosts: ['*.algolia.net', '*.algolianet.com', 'insights.algolia.io'],
    sends: [
      // v4: client.initIndex(name).saveObject(record); v5: client.saveObject({ indexName, body })
      { member: 'saveObject', data: [{ arg: 0 }] },
      { member: 'saveObjects', data: [{ arg: 0 }] },
      { member: 'partialUpdateObject', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'partialUpdateObjects', data: [{ arg: 0 }] },
      { member: 'addOrUpdateObject', data: [{ arg: 0 }] },
      { member: 'replaceAllObjects', data: [{ arg: 0 }] },
      { member: 'batch', data: [{ arg: 0 }] },
      // search-insights: aa('setUserToken', token), aa('convertedObjectIDs', { userToken, ... })
      { member: '', data: [{ arg: 1 }] },
    ],
    example: `import { algoliasearch } from 'algoliasearch';
const client = algoliasearch('APP_ID', process.env.ALGOLIA_ADMIN_KEY!);
export async function indexUser(userId: string, email: string) {
  await client.saveObject({ indexName: 'users', body: { objectID: userId, email } });
}`,
  },
  {
    id: 'meilisearch',
    vendor: 'Meilisearch',
    category: 'search',
    packages: ['meilisearch'],
    globals: [],
    // Meilisearch Cloud; a self-hosted instance is first-party.
    hosts: ['*.meilisearch.io'],
    sends: [
      // new MeiliSearch({ host, apiKey }).index('users').addDocuments(documents)
      { member: 'addDocuments', data: [{ arg: 0 }] },
      { member: 'addDocumentsInBatches', data: [{ arg: 0 }] },
      { member: 'updateDocuments', data: [{ arg: 0 }] },
      { member: 'updateDocumentsInBatches', data: [{ arg: 0 }] },
    ],
    example: `import { MeiliSearch } from 'meilisearch';
const client = new MeiliSearch({ host: 'https://ms-123.meilisearch.io', apiKey: process.env.MEILI_KEY });
export async function indexUser(userId: string, email: string) {
  await client.index('users').addDocuments([{ id: userId, email }]);
}`,
  },
  {
    id: 'typesense',
    vendor: 'Typesense',
    category: 'search',
    packages: ['typesense'],
    globals: [],
    // Typesense Cloud; a self-hosted node is first-party.
    hosts: ['*.typesense.net'],
    sends: [
      // client.collections('users').documents().create(document)
      { member: 'documents.().create', data: [{ arg: 0 }] },
      { member: 'documents.().upsert', data: [{ arg: 0 }] },
      { member: 'documents.().update', data: [{ arg: 0 }] },
      { member: 'documents.().import', data: [{ arg: 0 }] },
    ],
    example: `import Typesense from 'typesense';
const client = new Typesense.Client({
  nodes: [{ host: 'xyz.a1.typesense.net', port: 443, protocol: 'https' }],
  apiKey: process.env.TYPESENSE_KEY!,
});
export async function indexUser(userId: string, email: string) {
  await client.collections('users').documents().create({ id: userId, email });
}`,
  },
  {
    id: 'elastic-cloud',
    vendor: 'Elastic Cloud',
    category: 'search',
    packages: ['@elastic/elasticsearch'],
    globals: [],
    // Elastic Cloud deployments; a self-hosted cluster is first-party.
    hosts: ['*.elastic-cloud.com', '*.cloud.es.io', '*.found.io'],
    sends: [
      // new Client({ cloud, auth }).index({ index, document })
      { member: 'index', data: [{ arg: 0 }] },
      { member: 'create', data: [{ arg: 0 }] },
      { member: 'update', data: [{ arg: 0 }] },
      { member: 'bulk', data: [{ arg: 0 }] },
      { member: 'helpers.bulk', data: [{ arg: 0 }] },
    ],
    example: `import { Client } from '@elastic/elasticsearch';
const client = new Client({ cloud: { id: process.env.ELASTIC_CLOUD_ID! }, auth: { apiKey: process.env.ELASTIC_API_KEY! } });
export async function indexUser(userId: string, email: string) {
  await client.index({ index: 'users', id: userId, document: { email } });
}`,
  },
  {
    id: 'pinecone',
    vendor: 'Pinecone',
    category: 'search',
    packages: ['@pinecone-database/pinecone'],
    globals: [],
    hosts: ['*.pinecone.io'],
    sends: [
      // new Pinecone().index(name).upsert([{ id, values, metadata }])
      { member: 'upsert', data: [{ arg: 0 }] },
      { member: 'upsertRecords', data: [{ arg: 0 }] },
      { member: 'update', data: [{ arg: 0 }] },
      // pc.inference.embed(model, inputs, parameters)
      { member: 'inference.embed', data: [{ arg: 1 }] },
    ],
    example: `import { Pinecone } from '@pinecone-database/pinecone';
const pc = new Pinecone();
export async function upsertUser(userId: string, email: string, values: number[]) {
  await pc.index('users').upsert([{ id: userId, values, metadata: { email } }]);
}`,
  },
  {
    id: 'qdrant',
    vendor: 'Qdrant Cloud',
    category: 'search',
    packages: ['@qdrant/js-client-rest', '@qdrant/qdrant-js'],
    globals: [],
    // Qdrant Cloud; a self-hosted node is first-party.
    hosts: ['*.cloud.qdrant.io'],
    sends: [
      // new QdrantClient({ url, apiKey }).upsert(collection, { points: [{ id, vector, payload }] })
      { member: 'upsert', data: [{ arg: 1 }] },
      { member: 'setPayload', data: [{ arg: 1 }] },
      { member: 'overwritePayload', data: [{ arg: 1 }] },
    ],
    example: `import { QdrantClient } from '@qdrant/js-client-rest';
const qdrant = new QdrantClient({ url: 'https://xyz.eu-central.aws.cloud.qdrant.io', apiKey: process.env.QDRANT_KEY });
export async function indexUser(userId: string, email: string, vector: number[]) {
  await qdrant.upsert('users', { points: [{ id: userId, vector, payload: { email } }] });
}`,
  },
  {
    id: 'weaviate',
    vendor: 'Weaviate Cloud',
    category: 'search',
    packages: ['weaviate-client', 'weaviate-ts-client'],
    globals: [],
    // Weaviate Cloud; a self-hosted instance is first-party.
    hosts: ['*.weaviate.cloud', '*.weaviate.network'],
    sends: [
      // client.collections.get('Users').data.insert({ email }) or insert({ properties, vectors })
      { member: 'data.insert', data: [{ arg: 0 }] },
      { member: 'data.insertMany', data: [{ arg: 0 }] },
      { member: 'data.update', data: [{ arg: 0 }] },
      { member: 'data.replace', data: [{ arg: 0 }] },
    ],
    example: `import weaviate from 'weaviate-client';
export async function indexUser(email: string, bio: string) {
  const client = await weaviate.connectToWeaviateCloud('https://xyz.weaviate.cloud', {
    authCredentials: new weaviate.ApiKey(process.env.WEAVIATE_KEY!),
  });
  await client.collections.get('Users').data.insert({ email, bio });
}`,
  },
  {
    id: 'upstash-vector',
    vendor: 'Upstash Vector',
    category: 'search',
    packages: ['@upstash/vector'],
    globals: [],
    // Each index has its own `*-vector.upstash.io` host.
    hosts: [],
    sends: [
      // new Index({ url, token }).upsert({ id, data | vector, metadata })
      { member: 'upsert', data: [{ arg: 0 }] },
      { member: 'update', data: [{ arg: 0 }] },
    ],
    example: `import { Index } from '@upstash/vector';
const index = new Index({ url: process.env.UPSTASH_VECTOR_REST_URL!, token: process.env.UPSTASH_VECTOR_REST_TOKEN! });
export async function indexUser(userId: string, email: string, bio: string) {
  await index.upsert({ id: userId, data: bio, metadata: { email } });
}`,
  },
  {
    id: 'chroma',
    vendor: 'Chroma Cloud',
    category: 'search',
    packages: ['chromadb'],
    globals: [],
    // Chroma Cloud; a local or self-hosted Chroma is first-party.
    hosts: ['api.trychroma.com'],
    sends: [
      // (await client.getOrCreateCollection({ name })).add({ ids, documents, metadatas })
      { member: 'add', data: [{ arg: 0 }] },
      { member: 'upsert', data: [{ arg: 0 }] },
      { member: 'update', data: [{ arg: 0 }] },
    ],
    example: `import { CloudClient } from 'chromadb';
const chroma = new CloudClient();
export async function indexUser(userId: string, email: string, bio: string) {
  const users = await chroma.getOrCreateCollection({ name: 'users' });
  await users.add({ ids: [userId], documents: [bio], metadatas: [{ email }] });
}`,
  },

  // ─────────────────────────── feature flags ───────────────────────────
  // ConfigCat is left out on purpose: its SDKs evaluate flags locally and never send the User
  // Object to ConfigCat.
  {
    id: 'launchdarkly',
    vendor: 'LaunchDarkly',
    category: 'feature-flags',
    packages: [
      'launchdarkly-js-client-sdk',
      'launchdarkly-react-client-sdk',
      'launchdarkly-node-server-sdk',
      '@launchdarkly/js-client-sdk',
      '@launchdarkly/node-server-sdk',
      '@launchdarkly/react-native-client-sdk',
    ],
    globals: [],
    hosts: [
      'app.launchdarkly.com',
      'clientsdk.launchdarkly.com',
      'clientstream.launchdarkly.com',
      'events.launchdarkly.com',
      'mobile.launchdarkly.com',
      'sdk.launchdarkly.com',
      'stream.launchdarkly.com',
    ],
    sends: [
      // initialize(clientSideId, context, options); createClient(clientSideId, context)
      { member: 'initialize', data: [{ arg: 1 }] },
      { member: 'createClient', data: [{ arg: 1 }] },
      { member: 'identify', data: [{ arg: 0 }] },
      // client: track(key, data); server: track(key, context, data)
      { member: 'track', data: [{ arg: 1 }, { arg: 2 }] },
      // server: variation(key, context, default)
      { member: 'variation', data: [{ arg: 1 }] },
      { member: 'variationDetail', data: [{ arg: 1 }] },
      { member: 'boolVariation', data: [{ arg: 1 }] },
      { member: 'stringVariation', data: [{ arg: 1 }] },
      { member: 'numberVariation', data: [{ arg: 1 }] },
      { member: 'jsonVariation', data: [{ arg: 1 }] },
      { member: 'allFlagsState', data: [{ arg: 0 }] },
      // asyncWithLDProvider({ clientSideID, context }) (`user` before context support)
      {
        member: 'asyncWithLDProvider',
        data: [
          { arg: 0, prop: 'context' },
          { arg: 0, prop: 'user' },
        ],
      },
      {
        member: 'withLDProvider',
        data: [
          { arg: 0, prop: 'context' },
          { arg: 0, prop: 'user' },
        ],
      },
    ],
    example: `import { initialize } from 'launchdarkly-js-client-sdk';
export function startFlags(userKey: string, email: string) {
  return initialize('CLIENT_SIDE_ID', { kind: 'user', key: userKey, email });
}`,
  },
  {
    id: 'statsig',
    vendor: 'Statsig',
    category: 'feature-flags',
    packages: [
      '@statsig/js-client',
      '@statsig/react-bindings',
      '@statsig/statsig-node-core',
      'statsig-js',
      'statsig-react',
      'statsig-node',
    ],
    globals: [],
    hosts: [
      'api.statsig.com',
      'statsigapi.net',
      'featuregates.org',
      'featureassets.org',
      'prodregistryv2.org',
    ],
    sends: [
      // new StatsigClient(sdkKey, { userID, email }); statsig.initialize(sdkKey, user)
      { member: 'StatsigClient', data: [{ arg: 1 }] },
      { member: 'initialize', data: [{ arg: 1 }] },
      { member: 'useClientAsyncInit', data: [{ arg: 1 }] },
      { member: 'updateUser', data: [{ arg: 0 }] },
      { member: 'updateUserAsync', data: [{ arg: 0 }] },
      { member: 'updateUserSync', data: [{ arg: 0 }] },
      // client: logEvent(name, value, metadata); server: logEvent(user, name, value, metadata)
      { member: 'logEvent', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }, { arg: 3 }] },
      // server: checkGate(user, gate), getExperiment(user, name)
      { member: 'checkGate', data: [{ arg: 0 }] },
      { member: 'getFeatureGate', data: [{ arg: 0 }] },
      { member: 'getExperiment', data: [{ arg: 0 }] },
      { member: 'getConfig', data: [{ arg: 0 }] },
      { member: 'getLayer', data: [{ arg: 0 }] },
    ],
    example: `import { StatsigClient } from '@statsig/js-client';
export function startFlags(userID: string, email: string) {
  return new StatsigClient('client-KEY', { userID, email });
}`,
  },
  {
    id: 'optimizely',
    vendor: 'Optimizely',
    category: 'feature-flags',
    packages: ['@optimizely/optimizely-sdk', '@optimizely/react-sdk'],
    globals: ['optimizely'],
    hosts: ['logx.optimizely.com', 'cdn.optimizely.com'],
    sends: [
      // optimizely.createUserContext(userId, attributes).trackEvent(key, tags)
      { member: 'createUserContext', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'setAttribute', data: [{ arg: 1 }] },
      { member: 'trackEvent', data: [{ arg: 1 }] },
      // older API: track(event, userId, attributes, tags), activate(experiment, userId, attributes)
      { member: 'track', data: [{ arg: 1 }, { arg: 2 }, { arg: 3 }] },
      { member: 'activate', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'getVariation', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'isFeatureEnabled', data: [{ arg: 1 }, { arg: 2 }] },
      // react-sdk: optimizely.setUser({ id, attributes })
      { member: 'setUser', data: [{ arg: 0 }] },
      // Web Experimentation: window.optimizely.push({ type: 'user', attributes })
      { member: 'push', data: [{ arg: 0 }] },
    ],
    example: `import { createInstance } from '@optimizely/optimizely-sdk';
const optimizely = createInstance({ sdkKey: 'SDK_KEY' });
export function decide(userId: string, email: string) {
  return optimizely?.createUserContext(userId, { email });
}`,
  },
  {
    id: 'split',
    vendor: 'Split',
    category: 'feature-flags',
    packages: [
      '@splitsoftware/splitio',
      '@splitsoftware/splitio-browserjs',
      '@splitsoftware/splitio-react',
    ],
    globals: [],
    hosts: [
      'sdk.split.io',
      'events.split.io',
      'auth.split.io',
      'streaming.split.io',
      'telemetry.split.io',
    ],
    sends: [
      // SplitFactory({ core: { authorizationKey, key: userId } })
      { member: 'SplitFactory', data: [{ arg: 0, prop: 'core' }] },
      { member: 'client', data: [{ arg: 0 }] },
      // server: getTreatment(key, split, attributes); browser: getTreatment(split, attributes)
      { member: 'getTreatment', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'getTreatments', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'getTreatmentWithConfig', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      { member: 'getTreatmentsWithConfig', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
      // server: track(key, trafficType, eventType, value, properties); browser: no key
      { member: 'track', data: [{ arg: 0 }, { arg: 3 }, { arg: 4 }] },
      { member: 'setAttributes', data: [{ arg: 0 }] },
      { member: 'setAttribute', data: [{ arg: 1 }] },
    ],
    example: `import { SplitFactory } from '@splitsoftware/splitio';
const factory = SplitFactory({ core: { authorizationKey: 'SDK_KEY' } });
const client = factory.client();
export function treatment(email: string) {
  return client.getTreatment(email, 'new_checkout');
}`,
  },
  {
    id: 'growthbook',
    vendor: 'GrowthBook',
    category: 'feature-flags',
    packages: ['@growthbook/growthbook', '@growthbook/growthbook-react'],
    globals: [],
    hosts: ['cdn.growthbook.io', '*.gb-ingest.com'],
    sends: [
      // new GrowthBook({ clientKey, attributes }); attributes leave with remote evaluation
      { member: 'GrowthBook', data: [{ arg: 0, prop: 'attributes' }] },
      { member: 'setAttributes', data: [{ arg: 0 }] },
      { member: 'updateAttributes', data: [{ arg: 0 }] },
      // GrowthBook managed warehouse: logEvent(eventName, properties)
      { member: 'logEvent', data: [{ arg: 1 }] },
    ],
    example: `import { GrowthBook } from '@growthbook/growthbook';
export function createGrowthBook(userId: string, email: string) {
  return new GrowthBook({ clientKey: 'sdk-abc123', attributes: { id: userId, email } });
}`,
  },
  {
    id: 'flagsmith',
    vendor: 'Flagsmith',
    category: 'feature-flags',
    packages: ['flagsmith', 'flagsmith-nodejs', 'react-native-flagsmith'],
    globals: [],
    hosts: ['edge.api.flagsmith.com', 'api.flagsmith.com'],
    sends: [
      // flagsmith.init({ environmentID, identity, traits }); flagsmith.identify(id, traits)
      {
        member: 'init',
        data: [
          { arg: 0, prop: 'identity' },
          { arg: 0, prop: 'traits' },
        ],
      },
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'setTrait', data: [{ arg: 1 }] },
      { member: 'setTraits', data: [{ arg: 0 }] },
      // flagsmith-nodejs: getIdentityFlags(identifier, traits)
      { member: 'getIdentityFlags', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import flagsmith from 'flagsmith';
export async function identify(email: string) {
  await flagsmith.identify(email, { plan: 'pro' });
}`,
  },
  {
    id: 'unleash',
    vendor: 'Unleash',
    category: 'feature-flags',
    // The frontend SDKs send their context to the Frontend API or Edge; the server SDK
    // (`unleash-client`) evaluates locally and is left out.
    packages: ['unleash-proxy-client', '@unleash/proxy-client-react', '@unleash/proxy-client-vue'],
    globals: [],
    // Unleash's hosted offering; a self-hosted Unleash or Edge is first-party.
    hosts: ['*.getunleash.io', '*.unleash-hosted.com'],
    sends: [
      // new UnleashClient({ url, clientKey, appName, context: { userId, properties } })
      { member: 'UnleashClient', data: [{ arg: 0, prop: 'context' }] },
      { member: 'updateContext', data: [{ arg: 0 }] },
      { member: 'setContextField', data: [{ arg: 1 }] },
      // React: const updateContext = useUnleashContext(); updateContext({ userId })
      { member: 'useUnleashContext.()', data: [{ arg: 0 }] },
    ],
    example: `import { UnleashClient } from 'unleash-proxy-client';
const unleash = new UnleashClient({ url: 'https://flags.example.com/api/frontend', clientKey: 'KEY', appName: 'shop' });
export async function onLogin(userId: string, email: string) {
  await unleash.updateContext({ userId, properties: { email } });
}`,
  },
  {
    id: 'devcycle',
    vendor: 'DevCycle',
    category: 'feature-flags',
    packages: ['@devcycle/js-client-sdk', '@devcycle/react-client-sdk', '@devcycle/nextjs-sdk'],
    globals: [],
    hosts: ['sdk-api.devcycle.com', 'events.devcycle.com'],
    sends: [
      // initializeDevCycle(sdkKey, { user_id, email }), client.identifyUser(user)
      { member: 'initializeDevCycle', data: [{ arg: 1 }] },
      { member: 'identifyUser', data: [{ arg: 0 }] },
      { member: 'track', data: [{ arg: 0 }] },
      // React: withDevCycleProvider({ sdkKey, user }), useIdentifyUser()(user)
      { member: 'withDevCycleProvider', data: [{ arg: 0, prop: 'user' }] },
      { member: 'useIdentifyUser.()', data: [{ arg: 0 }] },
    ],
    example: `import { initializeDevCycle } from '@devcycle/js-client-sdk';
export function startFlags(userId: string, email: string) {
  return initializeDevCycle('dvc_client_KEY', { user_id: userId, email });
}`,
  },

  // ────────────────────────────── logging ──────────────────────────────
  // Hosted log management. A logger that writes to the console or a file is a storage sink
  // (catalog/storage.ts); these ship every line to the vendor.
  {
    id: 'better-stack',
    vendor: 'Better Stack',
    category: 'logging',
    packages: [
      '@logtail/node',
      '@logtail/browser',
      '@logtail/js',
      '@logtail/next',
      '@logtail/edge',
    ],
    globals: [],
    hosts: ['in.logs.betterstack.com', '*.betterstackdata.com', 'in.logtail.com'],
    sends: [
      // new Logtail(token).info(message, context); @logtail/next: log.info(message, context)
      { member: 'debug', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'info', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'warn', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'error', data: [{ arg: 0 }, { arg: 1 }] },
      // log(message, level, context)
      { member: 'log', data: [{ arg: 0 }, { arg: 2 }] },
    ],
    example: `import { Logtail } from '@logtail/node';
const logtail = new Logtail(process.env.BETTER_STACK_TOKEN!);
export function onLogin(email: string) {
  logtail.info('user logged in', { email });
}`,
  },
  {
    id: 'axiom',
    vendor: 'Axiom',
    category: 'logging',
    packages: ['@axiomhq/js', '@axiomhq/logging', '@axiomhq/nextjs', 'next-axiom'],
    globals: [],
    hosts: ['api.axiom.co', 'api.eu.axiom.co'],
    sends: [
      // new Axiom({ token }).ingest(dataset, events)
      { member: 'ingest', data: [{ arg: 1 }] },
      // next-axiom: log.info(message, fields); @axiomhq/logging: logger.info(message, fields)
      { member: 'debug', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'info', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'warn', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'error', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import { Axiom } from '@axiomhq/js';
const axiom = new Axiom({ token: process.env.AXIOM_TOKEN! });
export function onLogin(email: string) {
  axiom.ingest('logins', [{ email, at: Date.now() }]);
}`,
  },
  {
    id: 'mezmo',
    vendor: 'Mezmo',
    category: 'logging',
    packages: ['@logdna/logger', 'logdna'],
    globals: [],
    hosts: ['logs.mezmo.com', 'logs.logdna.com'],
    sends: [
      // createLogger(key, options).log(line, options), logger.info(line)
      { member: 'log', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'debug', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'info', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'warn', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'error', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'fatal', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import { createLogger } from '@logdna/logger';
const logger = createLogger(process.env.MEZMO_INGESTION_KEY!, { app: 'shop' });
export function onLogin(email: string) {
  logger.info('user logged in: ' + email);
}`,
  },

  // ──────────────────────────── notifications ────────────────────────────
  {
    id: 'novu',
    vendor: 'Novu',
    category: 'notifications',
    packages: ['@novu/node', '@novu/api'],
    globals: [],
    hosts: ['api.novu.co', 'eu.api.novu.co'],
    sends: [
      // @novu/node: trigger(workflowId, { to, payload }); @novu/api: trigger({ workflowId, to, payload })
      { member: 'trigger', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'bulkTrigger', data: [{ arg: 0 }] },
      { member: 'triggerBulk', data: [{ arg: 0 }] },
      { member: 'broadcast', data: [{ arg: 0 }, { arg: 1 }] },
      // subscribers.identify(subscriberId, { email, firstName }); @novu/api: subscribers.create({...})
      { member: 'subscribers.identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'subscribers.create', data: [{ arg: 0 }] },
      { member: 'subscribers.update', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'subscribers.patch', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import { Novu } from '@novu/api';
const novu = new Novu({ secretKey: process.env.NOVU_SECRET_KEY });
export async function notifyWelcome(userId: string, email: string) {
  await novu.trigger({ workflowId: 'welcome', to: { subscriberId: userId, email }, payload: {} });
}`,
  },
  {
    id: 'knock',
    vendor: 'Knock',
    category: 'notifications',
    packages: ['@knocklabs/node'],
    globals: [],
    hosts: ['api.knock.app'],
    sends: [
      // knock.workflows.trigger(key, { recipients: [{ id, email }], data })
      { member: 'workflows.trigger', data: [{ arg: 1 }] },
      // knock.users.update(userId, { email, name }); before 1.0: users.identify(userId, {...})
      { member: 'users.update', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'users.identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'objects.set', data: [{ arg: 2 }] },
    ],
    example: `import { Knock } from '@knocklabs/node';
const knock = new Knock({ apiKey: process.env.KNOCK_API_KEY });
export async function notifyWelcome(userId: string, email: string) {
  await knock.workflows.trigger('welcome', { recipients: [{ id: userId, email }], data: {} });
}`,
  },
  {
    id: 'courier',
    vendor: 'Courier',
    category: 'notifications',
    packages: ['@trycourier/courier'],
    globals: [],
    hosts: ['api.courier.com'],
    sends: [
      // new CourierClient({ authorizationToken }).send({ message: { to: { email }, template, data } })
      { member: 'send', data: [{ arg: 0 }] },
      // 7.x: new Courier().send.message({ message })
      { member: 'send.message', data: [{ arg: 0 }] },
      { member: 'mergeProfile', data: [{ arg: 0 }] },
      { member: 'replaceProfile', data: [{ arg: 0 }] },
      { member: 'profiles.create', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'profiles.replace', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import { CourierClient } from '@trycourier/courier';
const courier = new CourierClient({ authorizationToken: process.env.COURIER_AUTH_TOKEN });
export async function notifyWelcome(email: string) {
  await courier.send({ message: { to: { email }, template: 'WELCOME', data: {} } });
}`,
  },
  {
    id: 'telegram',
    vendor: 'Telegram',
    category: 'notifications',
    packages: ['node-telegram-bot-api', 'telegraf', 'grammy'],
    globals: [],
    hosts: ['api.telegram.org'],
    sends: [
      // new TelegramBot(token).sendMessage(chatId, text); telegraf: bot.telegram.sendMessage(chatId, text);
      // grammy: bot.api.sendMessage(chatId, text)
      { member: 'sendMessage', data: [{ arg: 1 }] },
      { member: 'sendPhoto', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'sendDocument', data: [{ arg: 1 }, { arg: 2 }] },
      // a typed context: (ctx: Context) => ctx.reply(text)
      { member: 'reply', data: [{ arg: 0 }] },
    ],
    example: `import { Telegraf } from 'telegraf';
const bot = new Telegraf(process.env.TELEGRAM_BOT_TOKEN!);
export async function notifySignup(email: string) {
  await bot.telegram.sendMessage(process.env.TELEGRAM_CHAT_ID!, 'New signup: ' + email);
}`,
  },
  {
    id: 'pusher',
    vendor: 'Pusher',
    category: 'notifications',
    packages: ['pusher', 'pusher-js'],
    globals: [],
    hosts: ['*.pusher.com', '*.pusherapp.com'],
    sends: [
      // server: new Pusher({...}).trigger(channel, event, data); client events: channel.trigger(event, data)
      { member: 'trigger', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'triggerBatch', data: [{ arg: 0 }] },
      { member: 'sendToUser', data: [{ arg: 2 }] },
    ],
    example: `import Pusher from 'pusher';
const pusher = new Pusher({ appId: 'APP_ID', key: 'KEY', secret: process.env.PUSHER_SECRET!, cluster: 'eu' });
export async function broadcastSignup(email: string) {
  await pusher.trigger('admin', 'signup', { email });
}`,
  },
  {
    id: 'ably',
    vendor: 'Ably',
    category: 'notifications',
    packages: ['ably'],
    globals: [],
    hosts: ['*.ably.io', '*.ably.net'],
    sends: [
      // new Ably.Rest(key).channels.get(name).publish(event, data) or publish({ name, data })
      { member: 'publish', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'presence.enter', data: [{ arg: 0 }] },
      { member: 'presence.update', data: [{ arg: 0 }] },
    ],
    example: `import * as Ably from 'ably';
const ably = new Ably.Rest(process.env.ABLY_API_KEY!);
export async function broadcastSignup(email: string) {
  await ably.channels.get('admin').publish('signup', { email });
}`,
  },
  {
    // FCM push and Firebase Authentication through the Admin SDK; Firestore writes are the app's
    // own database (see catalog/storage.ts).
    id: 'firebase-admin',
    vendor: 'Firebase',
    category: 'notifications',
    packages: ['firebase-admin'],
    globals: [],
    hosts: ['fcm.googleapis.com', 'identitytoolkit.googleapis.com'],
    sends: [
      // admin.messaging().send({ token, notification }), getMessaging().send(message)
      { member: 'messaging.().send', data: [{ arg: 0 }] },
      { member: 'messaging.().sendEach', data: [{ arg: 0 }] },
      { member: 'messaging.().sendEachForMulticast', data: [{ arg: 0 }] },
      { member: 'messaging.().sendMulticast', data: [{ arg: 0 }] },
      { member: 'messaging.().sendToDevice', data: [{ arg: 1 }] },
      { member: 'getMessaging.().send', data: [{ arg: 0 }] },
      { member: 'getMessaging.().sendEach', data: [{ arg: 0 }] },
      { member: 'getMessaging.().sendEachForMulticast', data: [{ arg: 0 }] },
      // getAuth().createUser({ email, phoneNumber, displayName }), updateUser(uid, {...})
      { member: 'createUser', data: [{ arg: 0 }] },
      { member: 'updateUser', data: [{ arg: 1 }] },
      { member: 'generateSignInWithEmailLink', data: [{ arg: 0 }] },
      { member: 'generatePasswordResetLink', data: [{ arg: 0 }] },
      { member: 'generateEmailVerificationLink', data: [{ arg: 0 }] },
    ],
    example: `import { getAuth } from 'firebase-admin/auth';
export async function createAccount(email: string, displayName: string) {
  return getAuth().createUser({ email, displayName, emailVerified: false });
}`,
  },
  {
    id: 'expo-push',
    vendor: 'Expo',
    category: 'notifications',
    packages: ['expo-server-sdk'],
    globals: [],
    hosts: ['exp.host'],
    sends: [
      // new Expo().sendPushNotificationsAsync([{ to: pushToken, title, body }])
      { member: 'sendPushNotificationsAsync', data: [{ arg: 0 }] },
    ],
    example: `import { Expo } from 'expo-server-sdk';
const expo = new Expo();
export async function notifyOrder(pushToken: string, email: string) {
  await expo.sendPushNotificationsAsync([{ to: pushToken, title: 'Order shipped', body: 'Receipt sent to ' + email }]);
}`,
  },
  {
    id: 'stream-chat',
    vendor: 'Stream',
    category: 'notifications',
    packages: ['stream-chat', 'getstream'],
    globals: [],
    hosts: ['chat.stream-io-api.com', '*.stream-io-api.com'],
    sends: [
      // StreamChat.getInstance(key, secret).upsertUser({ id, name, email })
      { member: 'upsertUser', data: [{ arg: 0 }] },
      { member: 'upsertUsers', data: [{ arg: 0 }] },
      { member: 'partialUpdateUser', data: [{ arg: 0 }] },
      { member: 'connectUser', data: [{ arg: 0 }] },
      { member: 'sendMessage', data: [{ arg: 0 }] },
      // getstream activity feeds: client.feed('user', id).addActivity({ actor, verb, object })
      { member: 'addActivity', data: [{ arg: 0 }] },
    ],
    example: `import { StreamChat } from 'stream-chat';
const chat = StreamChat.getInstance(process.env.STREAM_KEY!, process.env.STREAM_SECRET);
export async function syncUser(userId: string, email: string) {
  await chat.upsertUser({ id: userId, email });
}`,
  },
  {
    id: 'line',
    vendor: 'LINE',
    category: 'notifications',
    packages: ['@line/bot-sdk'],
    globals: [],
    hosts: ['api.line.me'],
    sends: [
      // new messagingApi.MessagingApiClient({ channelAccessToken }).pushMessage({ to, messages });
      // the older Client: pushMessage(to, messages)
      { member: 'pushMessage', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'replyMessage', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'multicast', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'broadcast', data: [{ arg: 0 }] },
    ],
    example: `import { messagingApi } from '@line/bot-sdk';
const line = new messagingApi.MessagingApiClient({ channelAccessToken: process.env.LINE_TOKEN! });
export async function notify(lineUserId: string, email: string) {
  await line.pushMessage({ to: lineUserId, messages: [{ type: 'text', text: 'Receipt sent to ' + email }] });
}`,
  },

  // ───────────────────────────── workflows ─────────────────────────────
  // Hosted event, webhook and job delivery: the payload is stored by the vendor and delivered on.
  {
    id: 'svix',
    vendor: 'Svix',
    category: 'workflows',
    packages: ['svix'],
    globals: [],
    hosts: ['api.svix.com', 'api.eu.svix.com', 'api.us.svix.com'],
    sends: [
      // new Svix(token).message.create(appId, { eventType, payload })
      { member: 'message.create', data: [{ arg: 1 }] },
    ],
    example: `import { Svix } from 'svix';
const svix = new Svix(process.env.SVIX_AUTH_TOKEN!);
export async function emitSignup(appId: string, email: string) {
  await svix.message.create(appId, { eventType: 'user.created', payload: { type: 'user.created', email } });
}`,
  },
  {
    id: 'inngest',
    vendor: 'Inngest',
    category: 'workflows',
    packages: ['inngest'],
    globals: [],
    hosts: ['inn.gs', 'api.inngest.com'],
    sends: [
      // new Inngest({ id }).send({ name, data }) or send([...events])
      { member: 'send', data: [{ arg: 0 }] },
    ],
    example: `import { Inngest } from 'inngest';
const inngest = new Inngest({ id: 'shop' });
export async function onSignup(userId: string, email: string) {
  await inngest.send({ name: 'app/user.created', data: { userId, email } });
}`,
  },
  {
    id: 'trigger-dev',
    vendor: 'Trigger.dev',
    category: 'workflows',
    packages: ['@trigger.dev/sdk'],
    globals: [],
    hosts: ['api.trigger.dev'],
    sends: [
      // tasks.trigger<typeof welcome>('welcome', payload), tasks.batchTrigger(id, items)
      { member: 'tasks.trigger', data: [{ arg: 1 }] },
      { member: 'tasks.batchTrigger', data: [{ arg: 1 }] },
      { member: 'tasks.triggerAndPoll', data: [{ arg: 1 }] },
      // a task object: const welcome = task({ id, run }); welcome.trigger(payload)
      { member: 'trigger', data: [{ arg: 0 }] },
      { member: 'batchTrigger', data: [{ arg: 0 }] },
      { member: 'triggerAndWait', data: [{ arg: 0 }] },
      { member: 'batchTriggerAndWait', data: [{ arg: 0 }] },
    ],
    example: `import { tasks } from '@trigger.dev/sdk/v3';
export async function onSignup(userId: string, email: string) {
  await tasks.trigger('send-welcome-email', { userId, email });
}`,
  },
  {
    id: 'upstash-qstash',
    vendor: 'Upstash QStash',
    category: 'workflows',
    packages: ['@upstash/qstash', '@upstash/workflow'],
    globals: [],
    hosts: ['qstash.upstash.io'],
    sends: [
      // new Client({ token }).publishJSON({ url, body }); client.queue({ queueName }).enqueueJSON(...)
      { member: 'publishJSON', data: [{ arg: 0 }] },
      { member: 'publish', data: [{ arg: 0 }] },
      { member: 'batchJSON', data: [{ arg: 0 }] },
      { member: 'batch', data: [{ arg: 0 }] },
      { member: 'enqueueJSON', data: [{ arg: 0 }] },
      { member: 'enqueue', data: [{ arg: 0 }] },
      // @upstash/workflow: new Client({ token }).trigger({ url, body })
      { member: 'trigger', data: [{ arg: 0 }] },
    ],
    example: `import { Client } from '@upstash/qstash';
const qstash = new Client({ token: process.env.QSTASH_TOKEN! });
export async function queueWelcome(email: string) {
  await qstash.publishJSON({ url: 'https://example.com/api/welcome', body: { email } });
}`,
  },

  // ────────────────────────────── identity ──────────────────────────────
  // Hosted authentication (the vendor stores the user's account) and identity verification.
  {
    id: 'auth0',
    vendor: 'Auth0',
    category: 'identity',
    packages: ['auth0'],
    globals: [],
    hosts: ['*.auth0.com'],
    sends: [
      // new ManagementClient({ domain, clientId, clientSecret }).users.create({ email, connection })
      { member: 'users.create', data: [{ arg: 0 }] },
      // users.update({ id }, data) (v4) or users.update(id, data) (v5)
      { member: 'users.update', data: [{ arg: 0 }, { arg: 1 }] },
      // v3: management.createUser(data), updateUser({ id }, data)
      { member: 'createUser', data: [{ arg: 0 }] },
      { member: 'updateUser', data: [{ arg: 0 }, { arg: 1 }] },
      // new AuthenticationClient({...}).database.signUp({ email, password, connection })
      { member: 'database.signUp', data: [{ arg: 0 }] },
      { member: 'passwordless.sendEmail', data: [{ arg: 0 }] },
      { member: 'passwordless.sendSMS', data: [{ arg: 0 }] },
    ],
    example: `import { ManagementClient } from 'auth0';
const management = new ManagementClient({ domain: 'example.eu.auth0.com', clientId: 'id', clientSecret: process.env.AUTH0_SECRET! });
export async function createAccount(email: string, password: string) {
  return management.users.create({ connection: 'Username-Password-Authentication', email, password });
}`,
  },
  {
    id: 'clerk',
    vendor: 'Clerk',
    category: 'identity',
    packages: [
      '@clerk/backend',
      '@clerk/nextjs',
      '@clerk/express',
      '@clerk/fastify',
      '@clerk/remix',
      '@clerk/astro',
      '@clerk/nuxt',
      '@clerk/tanstack-react-start',
      '@clerk/clerk-sdk-node',
    ],
    globals: [],
    hosts: ['api.clerk.com', 'api.clerk.dev'],
    sends: [
      // (await clerkClient()).users.createUser({ emailAddress: [email], password })
      { member: 'users.createUser', data: [{ arg: 0 }] },
      { member: 'users.updateUser', data: [{ arg: 1 }] },
      { member: 'users.updateUserMetadata', data: [{ arg: 1 }] },
      { member: 'invitations.createInvitation', data: [{ arg: 0 }] },
      { member: 'organizations.createOrganizationInvitation', data: [{ arg: 0 }] },
      { member: 'emailAddresses.createEmailAddress', data: [{ arg: 0 }] },
      { member: 'phoneNumbers.createPhoneNumber', data: [{ arg: 0 }] },
    ],
    example: `import { clerkClient } from '@clerk/nextjs/server';
export async function invite(email: string) {
  const client = await clerkClient();
  await client.invitations.createInvitation({ emailAddress: email, redirectUrl: 'https://example.com/welcome' });
}`,
  },
  {
    id: 'workos',
    vendor: 'WorkOS',
    category: 'identity',
    packages: ['@workos-inc/node', '@workos-inc/authkit-nextjs'],
    globals: [],
    hosts: ['api.workos.com'],
    sends: [
      // new WorkOS(key).userManagement.createUser({ email, password, firstName, lastName })
      { member: 'userManagement.createUser', data: [{ arg: 0 }] },
      { member: 'userManagement.updateUser', data: [{ arg: 0 }] },
      { member: 'userManagement.sendInvitation', data: [{ arg: 0 }] },
      { member: 'userManagement.createMagicAuth', data: [{ arg: 0 }] },
      { member: 'passwordless.createSession', data: [{ arg: 0 }] },
      // auditLogs.createEvent(organizationId, { action, actor, targets, context })
      { member: 'auditLogs.createEvent', data: [{ arg: 1 }] },
    ],
    example: `import { WorkOS } from '@workos-inc/node';
const workos = new WorkOS(process.env.WORKOS_API_KEY);
export async function createAccount(email: string, password: string) {
  return workos.userManagement.createUser({ email, password, firstName: 'Jen' });
}`,
  },
  {
    id: 'okta',
    vendor: 'Okta',
    category: 'identity',
    packages: ['@okta/okta-sdk-nodejs'],
    globals: [],
    hosts: ['*.okta.com', '*.oktapreview.com', '*.okta-emea.com'],
    sends: [
      // new okta.Client({ orgUrl, token }).userApi.createUser({ body: { profile: { email, login } } })
      { member: 'userApi.createUser', data: [{ arg: 0 }] },
      { member: 'userApi.updateUser', data: [{ arg: 0 }] },
      { member: 'userApi.replaceUser', data: [{ arg: 0 }] },
      // before 7.0: client.createUser({ profile })
      { member: 'createUser', data: [{ arg: 0 }] },
    ],
    example: `import * as okta from '@okta/okta-sdk-nodejs';
const client = new okta.Client({ orgUrl: 'https://example.okta.com', token: process.env.OKTA_TOKEN });
export async function createAccount(email: string) {
  return client.userApi.createUser({ body: { profile: { email, login: email, firstName: 'Jen', lastName: 'Doe' } } });
}`,
  },
  {
    id: 'stytch',
    vendor: 'Stytch',
    category: 'identity',
    packages: ['stytch'],
    globals: [],
    hosts: ['api.stytch.com', 'test.stytch.com'],
    sends: [
      // new stytch.Client({ project_id, secret }).magicLinks.email.loginOrCreate({ email })
      { member: 'magicLinks.email.loginOrCreate', data: [{ arg: 0 }] },
      { member: 'magicLinks.email.send', data: [{ arg: 0 }] },
      { member: 'otps.sms.loginOrCreate', data: [{ arg: 0 }] },
      { member: 'otps.email.loginOrCreate', data: [{ arg: 0 }] },
      { member: 'passwords.create', data: [{ arg: 0 }] },
      { member: 'users.create', data: [{ arg: 0 }] },
      { member: 'users.update', data: [{ arg: 0 }] },
    ],
    example: `import * as stytch from 'stytch';
const client = new stytch.Client({ project_id: 'project-test-123', secret: process.env.STYTCH_SECRET! });
export async function sendLoginLink(email: string) {
  return client.magicLinks.email.loginOrCreate({ email });
}`,
  },
  {
    id: 'onfido',
    vendor: 'Onfido',
    category: 'identity',
    packages: ['@onfido/api'],
    globals: [],
    hosts: ['api.onfido.com', 'api.eu.onfido.com', 'api.us.onfido.com', 'api.ca.onfido.com'],
    sends: [
      // new DefaultApi(new Configuration({ apiToken })).createApplicant({ first_name, last_name, email })
      { member: 'createApplicant', data: [{ arg: 0 }] },
      { member: 'updateApplicant', data: [{ arg: 1 }] },
      // before 3.0: onfido.applicant.create({ firstName, lastName })
      { member: 'applicant.create', data: [{ arg: 0 }] },
    ],
    example: `import { Configuration, DefaultApi, Region } from '@onfido/api';
const onfido = new DefaultApi(new Configuration({ apiToken: process.env.ONFIDO_TOKEN, region: Region.EU }));
export async function startCheck(firstName: string, lastName: string, email: string) {
  return onfido.createApplicant({ first_name: firstName, last_name: lastName, email });
}`,
  },

  // ──────────────────────────── productivity ────────────────────────────
  // Workspace tools that keep what they are sent: a row appended to a sheet, a page, an issue.
  {
    id: 'googleapis',
    vendor: 'Google Workspace',
    category: 'productivity',
    packages: [
      'googleapis',
      '@googleapis/sheets',
      '@googleapis/gmail',
      '@googleapis/calendar',
      '@googleapis/drive',
      '@googleapis/docs',
    ],
    globals: [],
    hosts: ['sheets.googleapis.com', 'gmail.googleapis.com', 'www.googleapis.com'],
    sends: [
      // google.sheets({ version: 'v4', auth }).spreadsheets.values.append({ spreadsheetId, range, requestBody })
      { member: 'spreadsheets.values.append', data: [{ arg: 0 }] },
      { member: 'spreadsheets.values.update', data: [{ arg: 0 }] },
      { member: 'spreadsheets.values.batchUpdate', data: [{ arg: 0 }] },
      { member: 'spreadsheets.batchUpdate', data: [{ arg: 0 }] },
      // gmail.users.messages.send({ userId: 'me', requestBody: { raw } })
      { member: 'users.messages.send', data: [{ arg: 0 }] },
      { member: 'users.drafts.create', data: [{ arg: 0 }] },
      { member: 'events.insert', data: [{ arg: 0 }] },
      { member: 'events.patch', data: [{ arg: 0 }] },
      { member: 'files.create', data: [{ arg: 0 }] },
      { member: 'files.update', data: [{ arg: 0 }] },
      { member: 'documents.batchUpdate', data: [{ arg: 0 }] },
    ],
    example: `import { google } from 'googleapis';
const auth = new google.auth.GoogleAuth({ scopes: ['https://www.googleapis.com/auth/spreadsheets'] });
const sheets = google.sheets({ version: 'v4', auth });
export async function logSignup(email: string) {
  await sheets.spreadsheets.values.append({
    spreadsheetId: 'SHEET_ID',
    range: 'Signups!A1',
    valueInputOption: 'RAW',
    requestBody: { values: [[email, new Date().toISOString()]] },
  });
}`,
  },
  {
    id: 'google-spreadsheet',
    vendor: 'Google Sheets',
    category: 'productivity',
    packages: ['google-spreadsheet'],
    globals: [],
    hosts: [],
    sends: [
      // const sheet = doc.sheetsByIndex[0]; sheet.addRow({ email }), addRows([...])
      { member: 'addRow', data: [{ arg: 0 }] },
      { member: 'addRows', data: [{ arg: 0 }] },
    ],
    example: `import { GoogleSpreadsheet } from 'google-spreadsheet';
import { auth } from './google-auth';
const doc = new GoogleSpreadsheet('SHEET_ID', auth);
export async function logSignup(email: string) {
  await doc.loadInfo();
  await doc.sheetsByIndex[0].addRow({ email, signedUpAt: new Date().toISOString() });
}`,
  },
  {
    id: 'notion',
    vendor: 'Notion',
    category: 'productivity',
    packages: ['@notionhq/client'],
    globals: [],
    hosts: ['api.notion.com'],
    sends: [
      // new Client({ auth }).pages.create({ parent: { database_id }, properties })
      { member: 'pages.create', data: [{ arg: 0 }] },
      { member: 'pages.update', data: [{ arg: 0 }] },
      { member: 'blocks.children.append', data: [{ arg: 0 }] },
      { member: 'comments.create', data: [{ arg: 0 }] },
    ],
    example: `import { Client } from '@notionhq/client';
const notion = new Client({ auth: process.env.NOTION_TOKEN });
export async function addLead(email: string) {
  await notion.pages.create({
    parent: { database_id: 'DATABASE_ID' },
    properties: { Email: { email } },
  });
}`,
  },
  {
    id: 'airtable',
    vendor: 'Airtable',
    category: 'productivity',
    packages: ['airtable'],
    globals: [],
    hosts: ['api.airtable.com'],
    sends: [
      // new Airtable({ apiKey }).base(id)('Leads').create([{ fields }]) or create(fields)
      { member: 'create', data: [{ arg: 0 }] },
      { member: 'update', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'replace', data: [{ arg: 0 }, { arg: 1 }] },
    ],
    example: `import Airtable from 'airtable';
const base = new Airtable({ apiKey: process.env.AIRTABLE_TOKEN }).base('BASE_ID');
export async function addLead(email: string) {
  await base('Leads').create([{ fields: { Email: email } }]);
}`,
  },
  {
    id: 'linear',
    vendor: 'Linear',
    category: 'productivity',
    packages: ['@linear/sdk'],
    globals: [],
    hosts: ['api.linear.app'],
    sends: [
      // new LinearClient({ apiKey }).createIssue({ teamId, title, description })
      { member: 'createIssue', data: [{ arg: 0 }] },
      { member: 'updateIssue', data: [{ arg: 1 }] },
      { member: 'createComment', data: [{ arg: 0 }] },
      { member: 'createCustomer', data: [{ arg: 0 }] },
      { member: 'createCustomerNeed', data: [{ arg: 0 }] },
    ],
    example: `import { LinearClient } from '@linear/sdk';
const linear = new LinearClient({ apiKey: process.env.LINEAR_API_KEY });
export async function reportBug(email: string, description: string) {
  await linear.createIssue({ teamId: 'TEAM_ID', title: 'Bug report from ' + email, description });
}`,
  },
  {
    id: 'jira',
    vendor: 'Jira',
    category: 'productivity',
    packages: ['jira.js', 'jira-client'],
    globals: [],
    hosts: ['*.atlassian.net'],
    sends: [
      // jira.js: new Version3Client({ host }).issues.createIssue({ fields })
      { member: 'issues.createIssue', data: [{ arg: 0 }] },
      { member: 'issues.editIssue', data: [{ arg: 0 }] },
      { member: 'issueComments.addComment', data: [{ arg: 0 }] },
      // jira-client: new JiraApi({...}).addNewIssue(issue), addComment(issueId, comment)
      { member: 'addNewIssue', data: [{ arg: 0 }] },
      { member: 'updateIssue', data: [{ arg: 1 }] },
      { member: 'addComment', data: [{ arg: 1 }] },
    ],
    example: `import { Version3Client } from 'jira.js';
const jira = new Version3Client({ host: 'https://example.atlassian.net', authentication: { basic: { email: 'bot@example.com', apiToken: process.env.JIRA_TOKEN! } } });
export async function reportBug(email: string, description: string) {
  await jira.issues.createIssue({
    fields: { project: { key: 'SUP' }, issuetype: { name: 'Bug' }, summary: 'Report from ' + email, description },
  });
}`,
  },
  {
    id: 'microsoft-graph',
    vendor: 'Microsoft 365',
    category: 'productivity',
    packages: ['@microsoft/microsoft-graph-client'],
    globals: [],
    hosts: ['graph.microsoft.com'],
    sends: [
      // Client.init({ authProvider }).api('/me/sendMail').post({ message })
      { member: 'post', data: [{ arg: 0 }] },
      { member: 'put', data: [{ arg: 0 }] },
      { member: 'patch', data: [{ arg: 0 }] },
      { member: 'update', data: [{ arg: 0 }] },
      { member: 'create', data: [{ arg: 0 }] },
    ],
    example: `import { Client } from '@microsoft/microsoft-graph-client';
import { authProvider } from './auth';
const graph = Client.initWithMiddleware({ authProvider });
export async function sendReceipt(email: string) {
  await graph.api('/me/sendMail').post({
    message: { subject: 'Receipt', body: { contentType: 'Text', content: 'Thanks!' }, toRecipients: [{ emailAddress: { address: email } }] },
  });
}`,
  },
  {
    id: 'github',
    vendor: 'GitHub',
    category: 'productivity',
    packages: ['@octokit/rest', 'octokit', '@octokit/core'],
    globals: [],
    hosts: ['api.github.com'],
    sends: [
      // new Octokit({ auth }).rest.issues.create({ owner, repo, title, body })
      { member: 'issues.create', data: [{ arg: 0 }] },
      { member: 'issues.update', data: [{ arg: 0 }] },
      { member: 'issues.createComment', data: [{ arg: 0 }] },
      { member: 'gists.create', data: [{ arg: 0 }] },
      // octokit.request('POST /repos/{owner}/{repo}/issues', { title, body })
      { member: 'request', data: [{ arg: 1 }] },
    ],
    example: `import { Octokit } from '@octokit/rest';
const octokit = new Octokit({ auth: process.env.GITHUB_TOKEN });
export async function reportBug(email: string, description: string) {
  await octokit.rest.issues.create({ owner: 'acme', repo: 'shop', title: 'Bug from ' + email, body: description });
}`,
  },
  {
    id: 'docusign',
    vendor: 'DocuSign',
    category: 'productivity',
    packages: ['docusign-esign'],
    globals: [],
    hosts: ['*.docusign.net', '*.docusign.com'],
    sends: [
      // new docusign.EnvelopesApi(apiClient).createEnvelope(accountId, { envelopeDefinition })
      { member: 'createEnvelope', data: [{ arg: 1 }] },
      { member: 'Signer.constructFromObject', data: [{ arg: 0 }] },
    ],
    example: `import docusign from 'docusign-esign';
const envelopes = new docusign.EnvelopesApi(new docusign.ApiClient());
export async function sendContract(name: string, email: string) {
  await envelopes.createEnvelope('ACCOUNT_ID', {
    envelopeDefinition: { templateId: 'TEMPLATE_ID', templateRoles: [{ roleName: 'Signer', name, email }], status: 'sent' },
  });
}`,
  },
  {
    id: 'dropbox-sign',
    vendor: 'Dropbox Sign',
    category: 'productivity',
    packages: ['@dropbox/sign', 'hellosign-sdk'],
    globals: [],
    hosts: ['api.hellosign.com'],
    sends: [
      // new SignatureRequestApi().signatureRequestSend({ signers: [{ emailAddress, name }], files })
      { member: 'signatureRequestSend', data: [{ arg: 0 }] },
      { member: 'signatureRequestSendWithTemplate', data: [{ arg: 0 }] },
      { member: 'signatureRequestCreateEmbedded', data: [{ arg: 0 }] },
      // hellosign-sdk: hellosign.signatureRequest.send({ signers })
      { member: 'signatureRequest.send', data: [{ arg: 0 }] },
    ],
    example: `import * as DropboxSign from '@dropbox/sign';
const signatureRequests = new DropboxSign.SignatureRequestApi();
export async function sendContract(name: string, email: string) {
  await signatureRequests.signatureRequestSendWithTemplate({
    templateIds: ['TEMPLATE_ID'],
    signers: [{ role: 'Client', emailAddress: email, name }],
  });
}`,
  },
  {
    id: 'calendly',
    vendor: 'Calendly',
    category: 'productivity',
    packages: [],
    globals: ['Calendly'],
    hosts: ['calendly.com', 'assets.calendly.com'],
    sends: [
      // Calendly.initPopupWidget({ url, prefill: { name, email } })
      { member: 'initPopupWidget', data: [{ arg: 0 }] },
      { member: 'initInlineWidget', data: [{ arg: 0 }] },
      { member: 'initBadgeWidget', data: [{ arg: 0 }] },
    ],
    example: `export function bookDemo(name: string, email: string) {
  window.Calendly.initPopupWidget({ url: 'https://calendly.com/acme/demo', prefill: { name, email } });
}`,
  },
  {
    // The React components take the prefill as a prop: `<InlineWidget prefill={{ email }} />`.
    // `data` reads the props as the element's first argument.
    id: 'react-calendly',
    vendor: 'Calendly',
    category: 'productivity',
    packages: ['react-calendly'],
    globals: [],
    hosts: [],
    sends: [
      { member: 'InlineWidget', data: [{ arg: 0, prop: 'prefill' }] },
      { member: 'PopupWidget', data: [{ arg: 0, prop: 'prefill' }] },
      { member: 'PopupButton', data: [{ arg: 0, prop: 'prefill' }] },
      { member: 'PopupModal', data: [{ arg: 0, prop: 'prefill' }] },
    ],
    example: `import { InlineWidget } from 'react-calendly';
export function BookDemo({ name, email }: { name: string; email: string }) {
  return <InlineWidget url="https://calendly.com/acme/demo" prefill={{ name, email }} />;
}`,
    exampleNeeds:
      'JSX elements of a package component read as calls whose first argument is the props object',
  },

  // ────────────────────────────── location ──────────────────────────────
  {
    id: 'google-maps',
    vendor: 'Google Maps Platform',
    category: 'location',
    packages: [
      '@googlemaps/google-maps-services-js',
      '@googlemaps/js-api-loader',
      '@googlemaps/places',
      '@googlemaps/addressvalidation',
      '@react-google-maps/api',
      '@vis.gl/react-google-maps',
    ],
    globals: ['google'],
    hosts: ['maps.googleapis.com', 'places.googleapis.com', 'addressvalidation.googleapis.com'],
    sends: [
      // new Client({}).geocode({ params: { address, key } }); new google.maps.Geocoder().geocode({ address })
      { member: 'geocode', data: [{ arg: 0 }] },
      { member: 'reverseGeocode', data: [{ arg: 0 }] },
      { member: 'placeAutocomplete', data: [{ arg: 0 }] },
      { member: 'findPlaceFromText', data: [{ arg: 0 }] },
      { member: 'textSearch', data: [{ arg: 0 }] },
      { member: 'directions', data: [{ arg: 0 }] },
      { member: 'distancematrix', data: [{ arg: 0 }] },
      { member: 'getPlacePredictions', data: [{ arg: 0 }] },
      { member: 'route', data: [{ arg: 0 }] },
      { member: 'validateAddress', data: [{ arg: 0 }] },
    ],
    example: `import { Client } from '@googlemaps/google-maps-services-js';
const maps = new Client({});
export async function locate(homeAddress: string) {
  return maps.geocode({ params: { address: homeAddress, key: process.env.GOOGLE_MAPS_KEY! } });
}`,
  },
  {
    id: 'mapbox',
    vendor: 'Mapbox',
    category: 'location',
    packages: ['@mapbox/mapbox-sdk', '@mapbox/search-js-core', '@mapbox/search-js-react'],
    globals: [],
    hosts: ['api.mapbox.com'],
    sends: [
      // mbxGeocoding({ accessToken }).forwardGeocode({ query }).send()
      { member: 'forwardGeocode', data: [{ arg: 0 }] },
      { member: 'reverseGeocode', data: [{ arg: 0 }] },
      // new SearchBoxCore({ accessToken }).suggest(query, options)
      { member: 'suggest', data: [{ arg: 0 }] },
    ],
    example: `import mbxGeocoding from '@mapbox/mapbox-sdk/services/geocoding';
const geocoding = mbxGeocoding({ accessToken: process.env.MAPBOX_TOKEN! });
export async function locate(homeAddress: string) {
  return geocoding.forwardGeocode({ query: homeAddress, limit: 1 }).send();
}`,
  },
  {
    id: 'radar',
    vendor: 'Radar',
    category: 'location',
    packages: ['radar-sdk-js', 'react-native-radar'],
    globals: ['Radar'],
    hosts: ['api.radar.io'],
    sends: [
      // Radar.setUserId(id), Radar.setMetadata({...}), Radar.trackOnce(), Radar.autocomplete({ query })
      { member: 'setUserId', data: [{ arg: 0 }] },
      { member: 'setMetadata', data: [{ arg: 0 }] },
      { member: 'setDescription', data: [{ arg: 0 }] },
      { member: 'trackOnce', data: [{ arg: 0 }] },
      { member: 'autocomplete', data: [{ arg: 0 }] },
      { member: 'forwardGeocode', data: [{ arg: 0 }] },
    ],
    example: `import Radar from 'radar-sdk-js';
Radar.initialize('prj_live_pk_123');
export function onLogin(email: string) {
  Radar.setUserId(email);
}`,
  },
  {
    id: 'opencage',
    vendor: 'OpenCage',
    category: 'location',
    packages: ['opencage-api-client'],
    globals: [],
    hosts: ['api.opencagedata.com'],
    sends: [
      // opencage.geocode({ q: address, key })
      { member: 'geocode', data: [{ arg: 0 }] },
    ],
    example: `import opencage from 'opencage-api-client';
export async function locate(homeAddress: string) {
  return opencage.geocode({ q: homeAddress, key: process.env.OPENCAGE_API_KEY });
}`,
  },

  // ────────────────────────────── shipping ──────────────────────────────
  {
    id: 'easypost',
    vendor: 'EasyPost',
    category: 'shipping',
    packages: ['@easypost/api'],
    globals: [],
    hosts: ['api.easypost.com'],
    sends: [
      // new EasyPostClient(key).Shipment.create({ to_address: { name, street1, phone, email }, ... })
      { member: 'Shipment.create', data: [{ arg: 0 }] },
      { member: 'Address.create', data: [{ arg: 0 }] },
      { member: 'Address.createAndVerify', data: [{ arg: 0 }] },
    ],
    example: `import EasyPostClient from '@easypost/api';
const easypost = new EasyPostClient(process.env.EASYPOST_API_KEY!);
export async function verifyAddress(name: string, street1: string, email: string) {
  return easypost.Address.createAndVerify({ name, street1, city: 'Berlin', country: 'DE', email });
}`,
  },
  {
    id: 'shippo',
    vendor: 'Shippo',
    category: 'shipping',
    packages: ['shippo'],
    globals: [],
    hosts: ['api.goshippo.com'],
    sends: [
      // new Shippo({ apiKeyHeader }).shipments.create({ addressFrom, addressTo, parcels })
      { member: 'shipments.create', data: [{ arg: 0 }] },
      { member: 'addresses.create', data: [{ arg: 0 }] },
      { member: 'transactions.create', data: [{ arg: 0 }] },
      // before 2.0: shippo(key).shipment.create({ address_to }), address.create({...})
      { member: 'shipment.create', data: [{ arg: 0 }] },
      { member: 'address.create', data: [{ arg: 0 }] },
    ],
    example: `import { Shippo } from 'shippo';
const shippo = new Shippo({ apiKeyHeader: process.env.SHIPPO_API_KEY! });
export async function addAddress(name: string, street1: string, email: string) {
  return shippo.addresses.create({ name, street1, city: 'San Francisco', state: 'CA', zip: '94117', country: 'US', email });
}`,
  },
  {
    id: 'shipengine',
    vendor: 'ShipEngine',
    category: 'shipping',
    packages: ['shipengine'],
    globals: [],
    hosts: ['api.shipengine.com'],
    sends: [
      // new ShipEngine(key).createLabelFromShipmentDetails({ shipment: { shipTo, shipFrom, packages } })
      { member: 'createLabelFromShipmentDetails', data: [{ arg: 0 }] },
      { member: 'getRatesWithShipmentDetails', data: [{ arg: 0 }] },
      { member: 'validateAddresses', data: [{ arg: 0 }] },
    ],
    example: `import ShipEngine from 'shipengine';
const shipengine = new ShipEngine(process.env.SHIPENGINE_API_KEY!);
export async function validate(name: string, phone: string, addressLine1: string) {
  return shipengine.validateAddresses([{ name, phone, addressLine1, cityLocality: 'Austin', stateProvince: 'TX', postalCode: '78756', countryCode: 'US' }]);
}`,
  },
];
