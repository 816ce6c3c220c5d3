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
// `()` in a pattern stands for a call or `new` in the chain (`sobject().create`,
// `documents().create`), `*` for any one member. A pattern applies to every package and global of
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
// categories; add a fixture for it to the third-party-send rule; `sdks.test.ts` checks the shape
// (unique ids, packages and hosts, valid names, argument indices).

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
      { member: 'get_group().set', data: [{ arg: 0 }, { arg: 1 }] },
      // mixpanel-react-native: mixpanel.getPeople().set(prop, value)
      { member: 'getPeople().set', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'getPeople().setOnce', data: [{ arg: 0 }, { arg: 1 }] },
    ],
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
      { member: 'Identify().set', data: [{ arg: 1 }] },
      { member: 'Identify().setOnce', data: [{ arg: 1 }] },
      { member: 'Identify().append', data: [{ arg: 1 }] },
      { member: 'setGroup', data: [{ arg: 1 }] },
      { member: 'groupIdentify', data: [{ arg: 1 }, { arg: 2 }] },
      { member: 'revenue', data: [{ arg: 0 }, { arg: 1 }] },
    ],
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
      { member: 'createInstance()', data: [{ arg: 1 }] },
    ],
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
  },
  {
    id: 'highlight',
    vendor: 'Highlight',
    category: 'session-replay',
    packages: ['highlight.run', '@highlight-run/node'],
    globals: ['H'],
    hosts: ['pub.highlight.io', 'pub.highlight.run', 'otel.highlight.io'],
    sends: [
      // H.identify(identifier, metadata), H.track(event, metadata)
      { member: 'identify', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'track', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'consumeError', data: [{ arg: 0 }, { arg: 1 }, { arg: 2 }] },
    ],
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
      { member: 'createLogger().info', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'createLogger().warn', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'createLogger().error', data: [{ arg: 0 }, { arg: 1 }] },
      { member: 'setUser', data: [{ arg: 0 }] },
      { member: 'setGlobalContext', data: [{ arg: 0 }] },
      { member: 'setGlobalContextProperty', data: [{ arg: 1 }] },
      // new v2.LogsApi(configuration).submitLog({ body })
      { member: 'submitLog', data: [{ arg: 0 }] },
    ],
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
      { member: 'events.create', data: [{ arg: 0 }] },
      { member: 'conversations.create', data: [{ arg: 0 }] },
      { member: 'messages.create', data: [{ arg: 0 }] },
      { member: 'companies.create', data: [{ arg: 0 }] },
      { member: 'notes.create', data: [{ arg: 0 }] },
      // intercom-client ≤ 4: client.users.create({ email }), client.leads.create({...})
      { member: 'users.create', data: [{ arg: 0 }] },
      { member: 'leads.create', data: [{ arg: 0 }] },
    ],
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
      { member: 'sobject().create', data: [{ arg: 0 }] },
      { member: 'sobject().insert', data: [{ arg: 0 }] },
      { member: 'sobject().update', data: [{ arg: 0 }] },
      { member: 'sobject().upsert', data: [{ arg: 0 }] },
      // new jsforce.Connection({...}).create('Contact', records)
      { member: 'Connection().create', data: [{ arg: 1 }] },
      { member: 'Connection().insert', data: [{ arg: 1 }] },
      { member: 'Connection().update', data: [{ arg: 1 }] },
      { member: 'Connection().upsert', data: [{ arg: 1 }] },
      { member: 'apex.post', data: [{ arg: 1 }] },
      { member: 'apex.put', data: [{ arg: 1 }] },
      { member: 'apex.patch', data: [{ arg: 1 }] },
    ],
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
  },

  // ─────────────────────────────── email ───────────────────────────────
  // Nodemailer is left out on purpose: it is a transport, and its recipient is whatever SMTP
  // server it is configured with (often first-party); the HTTP and SMTP hosts decide.
  {
    id: 'sendgrid',
    vendor: 'SendGrid',
    category: 'email',
    packages: ['@sendgrid/mail', '@sendgrid/client'],
    globals: [],
    hosts: ['api.sendgrid.com'],
    sends: [
      // sgMail.send({ to, from, subject, html, dynamicTemplateData })
      { member: 'send', data: [{ arg: 0 }] },
      { member: 'sendMultiple', data: [{ arg: 0 }] },
      // client.request({ method, url, body })
      { member: 'request', data: [{ arg: 0, prop: 'body' }] },
    ],
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
      { member: 'messages.create', data: [{ arg: 1 }] },
      { member: 'lists.members.createMember', data: [{ arg: 1 }] },
      { member: 'lists.members.createMembers', data: [{ arg: 1 }] },
      // mailgun-js: mg.messages().send(data), mg.lists(list).members().create(member)
      { member: 'messages().send', data: [{ arg: 0 }] },
      { member: 'members().create', data: [{ arg: 0 }] },
      { member: 'members().add', data: [{ arg: 0 }] },
    ],
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
      { member: 'sendEmail', data: [{ arg: 0 }] },
      { member: 'sendEmailWithTemplate', data: [{ arg: 0 }] },
      { member: 'sendEmailBatch', data: [{ arg: 0 }] },
      { member: 'sendEmailBatchWithTemplates', data: [{ arg: 0 }] },
    ],
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
      { member: 'emails.send', data: [{ arg: 0 }] },
      { member: 'emails.create', data: [{ arg: 0 }] },
      { member: 'batch.send', data: [{ arg: 0 }] },
      { member: 'batch.create', data: [{ arg: 0 }] },
      { member: 'contacts.create', data: [{ arg: 0 }] },
      { member: 'contacts.update', data: [{ arg: 0 }] },
    ],
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
      { member: 'messages.create', data: [{ arg: 0 }] },
      { member: 'calls.create', data: [{ arg: 0 }] },
      // client.verify.v2.services(sid).verifications.create({ to, channel })
      { member: 'verifications.create', data: [{ arg: 0 }] },
      { member: 'verificationChecks.create', data: [{ arg: 0 }] },
      { member: 'notifications.create', data: [{ arg: 0 }] },
      { member: 'participants.create', data: [{ arg: 0 }] },
      // client.lookups.v2.phoneNumbers(number).fetch(): the number is the argument of phoneNumbers
      { member: 'phoneNumbers', data: [{ arg: 0 }] },
    ],
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
      { member: 'chat.postEphemeral', data: [{ arg: 0 }] },
      { member: 'chat.update', data: [{ arg: 0 }] },
      { member: 'chat.scheduleMessage', data: [{ arg: 0 }] },
      { member: 'files.uploadV2', data: [{ arg: 0 }] },
      // new IncomingWebhook(url).send({ text })
      { member: 'IncomingWebhook().send', data: [{ arg: 0 }] },
    ],
  },
  {
    id: 'discord',
    vendor: 'Discord',
    category: 'social',
    packages: ['discord.js'],
    globals: [],
    hosts: ['discord.com', 'discordapp.com'],
    sends: [
      // new WebhookClient({ url }).send({ content }); channel.send(content)
      { member: 'send', data: [{ arg: 0 }] },
      { member: 'reply', data: [{ arg: 0 }] },
    ],
  },

  // ─────────────────────────────── AI / LLM ───────────────────────────────
  {
    id: 'openai',
    vendor: 'OpenAI',
    category: 'ai',
    packages: ['openai'],
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
    ],
  },
  {
    id: 'anthropic',
    vendor: 'Anthropic',
    category: 'ai',
    packages: ['@anthropic-ai/sdk', '@anthropic-ai/bedrock-sdk', '@anthropic-ai/vertex-sdk'],
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
    ],
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
      { member: 'documents().create', data: [{ arg: 0 }] },
      { member: 'documents().upsert', data: [{ arg: 0 }] },
      { member: 'documents().update', data: [{ arg: 0 }] },
      { member: 'documents().import', data: [{ arg: 0 }] },
    ],
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
  },
];
