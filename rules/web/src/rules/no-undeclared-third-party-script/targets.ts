import type { CallPattern } from '@pledge/core/rules';

// What loads code, a frame or a pixel from a host, as data: HTML elements, the React
// components that load a vendor's script or frame, the loader functions of npm packages, and
// the names that say what a DOM element is when its origin cannot be seen.

/** What a page loads from a host. */
export type LoadKind = 'script' | 'iframe' | 'pixel' | 'widget';

/**
 * What an element or component is, before its size or URL says more: an `image` is a tracking
 * pixel only when it is sized 0–1 or hidden (in markup), or is not a static image file (made
 * with `new Image()` or `createElement('img')`, which shows nothing until it is put on the page).
 */
export type ElementKind = LoadKind | 'image';

/** HTML elements (JSX intrinsic elements and DOM elements) whose `src` loads from a host. */
export const ELEMENTS: Readonly<Record<string, ElementKind>> = {
  script: 'script',
  iframe: 'iframe',
  frame: 'iframe',
  img: 'image',
};

/** The DOM interfaces of those elements, for typed code (`el: HTMLScriptElement`). */
export const ELEMENT_TYPES: Readonly<Record<string, ElementKind>> = {
  HTMLScriptElement: 'script',
  HTMLIFrameElement: 'iframe',
  HTMLFrameElement: 'iframe',
  HTMLImageElement: 'image',
};

/**
 * A React component that loads a vendor's script or frame. `url` is the prop holding the URL
 * it loads; `hosts` are the hosts it loads from whatever its props say (the first named in
 * messages; the component is declared when the policy declares any of them).
 */
export interface ComponentLoad {
  modules: readonly string[];
  /** The exported name; `default` for a default export. */
  name: string;
  kind: LoadKind;
  /** How a message names it. */
  label: string;
  url?: string;
  hosts?: readonly string[];
  /** A prop holding a list of `{ src }` objects, each a script (`<Helmet script={[…]}>`). */
  scripts?: string;
}

export const COMPONENTS: readonly ComponentLoad[] = [
  { modules: ['next/script'], name: 'default', kind: 'script', label: '<Script src>', url: 'src' },
  { modules: ['next/script'], name: 'Script', kind: 'script', label: '<Script src>', url: 'src' },
  {
    modules: ['react-load-script'],
    name: 'default',
    kind: 'script',
    label: '<Script url>',
    url: 'url',
  },
  {
    modules: ['@next/third-parties/google'],
    name: 'GoogleTagManager',
    kind: 'script',
    label: '<GoogleTagManager>',
    hosts: ['www.googletagmanager.com'],
  },
  {
    modules: ['@next/third-parties/google'],
    name: 'GoogleAnalytics',
    kind: 'script',
    label: '<GoogleAnalytics>',
    hosts: ['www.googletagmanager.com', 'www.google-analytics.com'],
  },
  {
    modules: ['@next/third-parties/google'],
    name: 'YouTubeEmbed',
    kind: 'widget',
    label: '<YouTubeEmbed>',
    hosts: ['www.youtube-nocookie.com', 'www.youtube.com', 'i.ytimg.com'],
  },
  {
    modules: ['@next/third-parties/google'],
    name: 'GoogleMapsEmbed',
    kind: 'widget',
    label: '<GoogleMapsEmbed>',
    hosts: ['www.google.com', 'maps.google.com', 'maps.googleapis.com'],
  },
  {
    modules: ['react-youtube'],
    name: 'default',
    kind: 'widget',
    label: '<YouTube>',
    hosts: ['www.youtube.com', 'www.youtube-nocookie.com'],
  },
  {
    modules: ['react-google-recaptcha', 'react-google-recaptcha-v3'],
    name: 'default',
    kind: 'widget',
    label: '<ReCAPTCHA>',
    hosts: ['www.google.com', 'www.recaptcha.net', 'www.gstatic.com'],
  },
  {
    modules: ['@hcaptcha/react-hcaptcha'],
    name: 'default',
    kind: 'widget',
    label: '<HCaptcha>',
    hosts: ['js.hcaptcha.com', 'hcaptcha.com', '*.hcaptcha.com'],
  },
  {
    modules: ['@marsidev/react-turnstile'],
    name: 'Turnstile',
    kind: 'widget',
    label: '<Turnstile>',
    hosts: ['challenges.cloudflare.com'],
  },
  {
    modules: ['react-helmet', 'react-helmet-async'],
    name: 'Helmet',
    kind: 'script',
    label: '<Helmet script>',
    scripts: 'script',
  },
];

/** A function of an npm package that loads a script from the URL in an argument. */
export interface LoaderCall extends CallPattern {
  /** The argument holding the URL, or a list of URLs. */
  arg: number;
  label: string;
}

export const LOADERS: readonly LoaderCall[] = [
  { modules: ['load-script'], member: '', arg: 0, label: 'load-script' },
  { modules: ['scriptjs'], member: '', arg: 0, label: 'scriptjs' },
  { modules: ['loadjs'], member: '', arg: 0, label: 'loadjs' },
  { modules: ['little-loader'], member: '', arg: 0, label: 'little-loader' },
  { modules: ['load-js'], member: '', arg: 0, label: 'load-js' },
  { modules: ['@paypal/paypal-js'], member: 'loadScript', arg: 0, label: '@paypal/paypal-js' },
  { modules: ['jquery'], member: 'getScript', arg: 0, label: 'jQuery' },
  { globals: ['$', 'jQuery'], member: 'getScript', arg: 0, label: 'jQuery' },
];

/**
 * A project function whose body cannot be read (imported without type information) but whose
 * name says it loads a script from its first argument: `loadScript(url)` from `./utils`.
 */
export const LOADER_NAMES: LoaderCall = {
  locals: [
    'loadScript',
    'loadExternalScript',
    'loadRemoteScript',
    'loadScriptOnce',
    'injectScript',
    'appendScript',
    'insertScript',
    'addScript',
    'addScriptTag',
    'loadJs',
    'loadJS',
  ],
  member: '',
  arg: 0,
  label: 'a script loader',
};

/**
 * The names of variables and properties holding a DOM element whose origin cannot be seen (a
 * parameter, an imported value): `script.src = url`, `this.iframe.src = url`.
 */
export const ELEMENT_NAMES: readonly { pattern: RegExp; kind: ElementKind }[] = [
  {
    pattern: /^(?:script|\w*Script(?:El|Element|Tag|Node)?|scriptEl(?:ement)?|scriptTag|js)$/,
    kind: 'script',
  },
  {
    pattern:
      /^(?:iframe|\w*Iframe(?:El|Element)?|\w*IFrame(?:El|Element)?|iframeEl(?:ement)?|frame)$/,
    kind: 'iframe',
  },
  { pattern: /^(?:pixel|px|\w*Pixel|beacon|\w*Beacon|trackingImage)$/, kind: 'pixel' },
  { pattern: /^(?:img|image)$/, kind: 'image' },
];

/** A URL whose path is a static picture: loaded as an image, it shows a picture, not a beacon. */
export const PICTURE_FILE = /\.(?:png|jpe?g|webp|avif|svg|ico|bmp|tiff?)(?:$|[?#])/i;
