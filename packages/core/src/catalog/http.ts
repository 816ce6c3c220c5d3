import type { HttpClient } from './types.js';

// Network sends whose destination is a URL in the code. The engine resolves the host from
// literals, templates, constants and client base URLs, then asks the policy who owns it.

/** axios and redaxios, its 800-byte look-alike with the same API. */
const AXIOS_MODULES = ['axios', 'redaxios'] as const;
/** `axios.post(url[, data[, config]])` and the like (https://axios-http.com/docs/api_intro). */
const AXIOS_DATA_METHODS = ['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'] as const;
/** `axios.get(url[, config])` and the like. */
const AXIOS_CONFIG_METHODS = ['get', 'delete', 'head', 'options'] as const;
/** got's and ky's method shortcuts: `got.post(url, options)`, `ky.post(url, options)`. */
const GOT_KY_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'] as const;
/** ky and its Node.js wrapper for older runtimes. */
const KY_MODULES = ['ky', 'ky-universal'] as const;
/** superagent's request starters: `superagent.post(url)`. */
const SUPERAGENT_METHODS = ['post', 'put', 'patch', 'get', 'delete'] as const;
/** `fetch` implementations imported from a package: `import fetch from 'node-fetch'`. */
const FETCH_MODULES = [
  'node-fetch',
  'cross-fetch',
  'isomorphic-fetch',
  'isomorphic-unfetch',
  'unfetch',
  '@whatwg-node/fetch',
  'make-fetch-happen',
] as const;
/** Angular's `HttpClient`, injected by constructor parameter type or `inject(HttpClient)`. */
const ANGULAR_HTTP = ['@angular/common/http'] as const;

const KY_DATA = [
  { arg: 1, prop: 'json' },
  { arg: 1, prop: 'body' },
  { arg: 1, prop: 'searchParams' },
  { arg: 1, prop: 'headers' },
] as const;

export const HTTP_CLIENTS: readonly HttpClient[] = [
  {
    id: 'fetch',
    label: 'fetch()',
    patterns: [
      { globals: ['fetch'], member: '' },
      { modules: ['undici', ...FETCH_MODULES], member: 'fetch' },
      { modules: FETCH_MODULES, member: '' },
    ],
    url: { arg: 0 },
    data: [
      { arg: 1, prop: 'body' },
      { arg: 1, prop: 'headers' },
    ],
  },
  {
    id: 'axios',
    label: 'axios',
    // axios.post(url[, data[, config]]); the `*Form` aliases (axios >= 1.0) have the same shape.
    patterns: [
      ...AXIOS_DATA_METHODS.map((member) => ({ modules: AXIOS_MODULES, member })),
      ...AXIOS_DATA_METHODS.map((member) => ({
        modules: AXIOS_MODULES,
        member: `create.().${member}`,
      })),
    ],
    url: { arg: 0 },
    data: [{ arg: 1 }, { arg: 2, prop: 'params' }, { arg: 2, prop: 'headers' }],
    baseUrlFrom: { factoryMember: 'create', arg: 0, prop: 'baseURL' },
  },
  {
    id: 'axios-get',
    label: 'axios',
    patterns: [
      ...AXIOS_CONFIG_METHODS.map((member) => ({ modules: AXIOS_MODULES, member })),
      ...AXIOS_CONFIG_METHODS.map((member) => ({
        modules: AXIOS_MODULES,
        member: `create.().${member}`,
      })),
    ],
    url: { arg: 0 },
    data: [
      { arg: 1, prop: 'params' },
      { arg: 1, prop: 'data' },
      { arg: 1, prop: 'headers' },
    ],
    baseUrlFrom: { factoryMember: 'create', arg: 0, prop: 'baseURL' },
  },
  {
    id: 'axios-request',
    label: 'axios',
    patterns: [
      { modules: AXIOS_MODULES, member: '' },
      { modules: AXIOS_MODULES, member: 'request' },
      { modules: AXIOS_MODULES, member: 'create.()' },
      { modules: AXIOS_MODULES, member: 'create.().request' },
    ],
    // axios({ url, data }) or axios(url, { data })
    url: { arg: 0, prop: 'url', orWhole: true },
    data: [
      { arg: 0, prop: 'data' },
      { arg: 0, prop: 'params' },
      { arg: 0, prop: 'headers' },
      // axios(url, config)
      { arg: 1, prop: 'data' },
      { arg: 1, prop: 'params' },
      { arg: 1, prop: 'headers' },
    ],
    baseUrlFrom: { factoryMember: 'create', arg: 0, prop: 'baseURL' },
  },
  {
    id: 'got',
    label: 'got',
    patterns: [
      { modules: ['got'], member: '' },
      { modules: ['got'], member: 'extend.()' },
      ...GOT_KY_METHODS.map((member) => ({ modules: ['got'], member })),
      ...GOT_KY_METHODS.map((member) => ({
        modules: ['got'],
        member: `extend.().${member}`,
      })),
    ],
    url: { arg: 0 },
    data: [
      { arg: 1, prop: 'json' },
      { arg: 1, prop: 'body' },
      { arg: 1, prop: 'form' },
      { arg: 1, prop: 'searchParams' },
      { arg: 1, prop: 'headers' },
    ],
    baseUrlFrom: { factoryMember: 'extend', arg: 0, prop: 'prefixUrl' },
  },
  {
    // `ky.extend({ prefixUrl })` makes an instance too; one factory member per entry. Listed
    // before `ky`, whose bare `post` pattern would also match `instance.post` (suffix match).
    id: 'ky-extend',
    label: 'ky',
    patterns: [
      { modules: KY_MODULES, member: 'extend.()' },
      ...GOT_KY_METHODS.map((member) => ({
        modules: KY_MODULES,
        member: `extend.().${member}`,
      })),
    ],
    url: { arg: 0 },
    data: KY_DATA,
    baseUrlFrom: { factoryMember: 'extend', arg: 0, prop: 'prefixUrl' },
  },
  {
    id: 'ky',
    label: 'ky',
    patterns: [
      { modules: KY_MODULES, member: '' },
      { modules: KY_MODULES, member: 'create.()' },
      ...GOT_KY_METHODS.map((member) => ({ modules: KY_MODULES, member })),
      ...GOT_KY_METHODS.map((member) => ({
        modules: KY_MODULES,
        member: `create.().${member}`,
      })),
    ],
    url: { arg: 0 },
    data: KY_DATA,
    baseUrlFrom: { factoryMember: 'create', arg: 0, prop: 'prefixUrl' },
  },
  {
    // superagent.post(url).send(data): the URL is on the call that starts the chain, with up to
    // three calls between (`.set(header, v)`, `.type('form')`, `.auth(user, pass)`).
    id: 'superagent',
    label: 'superagent',
    patterns: [
      ...SUPERAGENT_METHODS.map((member) => ({
        modules: ['superagent'],
        member: `${member}.().send`,
      })),
      ...SUPERAGENT_METHODS.map((member) => ({
        modules: ['superagent'],
        member: `${member}.().query`,
      })),
      ...SUPERAGENT_METHODS.map((member) => ({
        modules: ['superagent'],
        member: `${member}.().*.().send`,
      })),
      ...SUPERAGENT_METHODS.map((member) => ({
        modules: ['superagent'],
        member: `${member}.().*.().*.().send`,
      })),
      ...SUPERAGENT_METHODS.map((member) => ({
        modules: ['superagent'],
        member: `${member}.().*.().*.().*.().send`,
      })),
    ],
    data: [{ arg: 0 }],
    baseUrlFrom: { factoryMember: '*', arg: 0 },
  },
  {
    id: 'undici',
    label: 'undici',
    patterns: [{ modules: ['undici'], member: 'request' }],
    url: { arg: 0 },
    data: [
      { arg: 1, prop: 'body' },
      { arg: 1, prop: 'headers' },
      { arg: 1, prop: 'query' },
    ],
  },
  {
    id: 'node-http',
    label: 'http.request()',
    patterns: [
      { modules: ['http', 'https'], member: 'request' },
      { modules: ['http', 'https'], member: 'get' },
    ],
    url: { arg: 0 },
    host: [
      { arg: 0, prop: 'hostname' },
      { arg: 0, prop: 'host' },
    ],
    data: [
      { arg: 0, prop: 'path' },
      { arg: 0, prop: 'headers' },
      // http.request(url, options, callback)
      { arg: 1, prop: 'headers' },
    ],
  },
  {
    // const req = https.request('https://api.example.com/v1', { method: 'POST' }); req.write(body)
    id: 'node-http-write',
    label: 'http.request()',
    patterns: [
      { modules: ['http', 'https'], member: 'request.().write' },
      { modules: ['http', 'https'], member: 'request.().end' },
    ],
    data: [{ arg: 0 }],
    baseUrlFrom: { factoryMember: 'request', arg: 0 },
  },
  {
    // Angular: constructor(private http: HttpClient) {} … this.http.post(url, body, { params })
    id: 'angular-http',
    label: 'HttpClient',
    patterns: ['post', 'put', 'patch'].map((member) => ({
      modules: ANGULAR_HTTP,
      member: `HttpClient.().${member}`,
    })),
    url: { arg: 0 },
    data: [{ arg: 1 }, { arg: 2, prop: 'params' }, { arg: 2, prop: 'headers' }],
  },
  {
    id: 'angular-http-get',
    label: 'HttpClient',
    patterns: ['get', 'delete', 'head', 'options', 'jsonp'].map((member) => ({
      modules: ANGULAR_HTTP,
      member: `HttpClient.().${member}`,
    })),
    url: { arg: 0 },
    data: [
      { arg: 1, prop: 'params' },
      { arg: 1, prop: 'headers' },
      { arg: 1, prop: 'body' },
    ],
  },
  {
    // this.http.request('POST', url, { body, params })
    id: 'angular-http-request',
    label: 'HttpClient',
    patterns: [{ modules: ANGULAR_HTTP, member: 'HttpClient.().request' }],
    url: { arg: 1 },
    data: [
      { arg: 2, prop: 'body' },
      { arg: 2, prop: 'params' },
      { arg: 2, prop: 'headers' },
    ],
  },
  {
    // NestJS: constructor(private readonly http: HttpService) {} … this.http.post(url, data, config)
    id: 'nestjs-axios',
    label: 'HttpService',
    patterns: AXIOS_DATA_METHODS.map((member) => ({
      modules: ['@nestjs/axios'],
      member: `HttpService.().${member}`,
    })),
    url: { arg: 0 },
    data: [{ arg: 1 }, { arg: 2, prop: 'params' }, { arg: 2, prop: 'headers' }],
  },
  {
    id: 'nestjs-axios-get',
    label: 'HttpService',
    patterns: [
      ...AXIOS_CONFIG_METHODS.map((member) => ({
        modules: ['@nestjs/axios'],
        member: `HttpService.().${member}`,
      })),
      { modules: ['@nestjs/axios'], member: 'HttpService.().request' },
    ],
    url: { arg: 0, prop: 'url', orWhole: true },
    data: [
      { arg: 0, prop: 'data' },
      { arg: 1, prop: 'params' },
      { arg: 1, prop: 'data' },
      { arg: 1, prop: 'headers' },
    ],
  },
  {
    // ofetch, and Nuxt's auto-imported `$fetch` built on it: $fetch(url, { method, body, query })
    id: 'ofetch',
    label: '$fetch',
    patterns: [
      { globals: ['$fetch'], member: '' },
      { modules: ['ofetch'], member: 'ofetch' },
      { modules: ['ofetch'], member: '$fetch' },
      { modules: ['ofetch'], member: '' },
      { modules: ['ofetch'], member: 'ofetch.create.()' },
      { globals: ['$fetch'], member: 'create.()' },
    ],
    url: { arg: 0 },
    data: [
      { arg: 1, prop: 'body' },
      { arg: 1, prop: 'query' },
      { arg: 1, prop: 'params' },
      { arg: 1, prop: 'headers' },
    ],
    baseUrlFrom: { factoryMember: 'create', arg: 0, prop: 'baseURL' },
  },
  {
    // Nuxt's auto-imported composables: useFetch(url, { method, body, query })
    id: 'nuxt-use-fetch',
    label: 'useFetch()',
    patterns: [
      { globals: ['useFetch', 'useLazyFetch'], member: '' },
      // `import { useFetch } from '#app'` or '#imports' (Nuxt's virtual modules)
      { locals: ['useFetch', 'useLazyFetch'], member: '' },
    ],
    url: { arg: 0 },
    data: [
      { arg: 1, prop: 'body' },
      { arg: 1, prop: 'query' },
      { arg: 1, prop: 'params' },
      { arg: 1, prop: 'headers' },
    ],
  },
  {
    // VueUse: useFetch(url, options).post(body).json()
    id: 'vueuse-fetch',
    label: 'useFetch()',
    patterns: ['post', 'put', 'patch'].map((member) => ({
      modules: ['@vueuse/core'],
      member: `useFetch.().${member}`,
    })),
    data: [{ arg: 0 }],
    baseUrlFrom: { factoryMember: 'useFetch', arg: 0 },
  },
  {
    // wretch(url).post(body), wretch(base).url(path).put(body): the URL starts the chain.
    id: 'wretch',
    label: 'wretch',
    patterns: ['post', 'put', 'patch'].map((member) => ({
      modules: ['wretch'],
      member: `().${member}`,
    })),
    data: [{ arg: 0 }],
    baseUrlFrom: { factoryMember: '', arg: 0 },
  },
  {
    // needle.post(url, data, options), needle('post', url, data, options)
    id: 'needle',
    label: 'needle',
    patterns: ['post', 'put', 'patch', 'delete'].map((member) => ({
      modules: ['needle'],
      member,
    })),
    url: { arg: 0 },
    data: [{ arg: 1 }, { arg: 2, prop: 'headers' }],
  },
  {
    id: 'needle-request',
    label: 'needle',
    patterns: [
      { modules: ['needle'], member: '' },
      { modules: ['needle'], member: 'request' },
    ],
    url: { arg: 1 },
    data: [{ arg: 2 }, { arg: 3, prop: 'headers' }],
  },
  {
    // phin({ url, method: 'POST', data }), phin.unpromisified(...)
    id: 'phin',
    label: 'phin',
    patterns: [
      { modules: ['phin'], member: '' },
      { modules: ['phin'], member: 'unpromisified' },
    ],
    url: { arg: 0, prop: 'url', orWhole: true },
    data: [
      { arg: 0, prop: 'data' },
      { arg: 0, prop: 'form' },
      { arg: 0, prop: 'headers' },
    ],
  },
  {
    // request.post({ url, json }), request.post(url, { form }) (and request-promise)
    id: 'request',
    label: 'request',
    patterns: ['post', 'put', 'patch', 'get', 'del', 'delete'].map((member) => ({
      modules: ['request', 'request-promise', 'request-promise-native'],
      member,
    })),
    url: { arg: 0, prop: 'url', orWhole: true },
    data: [
      { arg: 0, prop: 'body' },
      { arg: 0, prop: 'json' },
      { arg: 0, prop: 'form' },
      { arg: 0, prop: 'qs' },
      { arg: 0, prop: 'headers' },
      { arg: 1, prop: 'body' },
      { arg: 1, prop: 'json' },
      { arg: 1, prop: 'form' },
      { arg: 1, prop: 'qs' },
    ],
  },
  {
    // request({ uri, method: 'POST', json }), rp({ uri, body, json: true })
    id: 'request-options',
    label: 'request',
    patterns: [{ modules: ['request', 'request-promise', 'request-promise-native'], member: '' }],
    url: { arg: 0, prop: 'uri', orWhole: true },
    data: [
      { arg: 0, prop: 'body' },
      { arg: 0, prop: 'json' },
      { arg: 0, prop: 'form' },
      { arg: 0, prop: 'qs' },
      { arg: 0, prop: 'headers' },
    ],
  },
  {
    id: 'send-beacon',
    label: 'navigator.sendBeacon()',
    patterns: [{ globals: ['navigator'], member: 'sendBeacon' }],
    url: { arg: 0 },
    data: [{ arg: 1 }],
  },
  {
    id: 'xhr',
    label: 'XMLHttpRequest',
    patterns: [{ globals: ['XMLHttpRequest'], member: '().open' }],
    url: { arg: 1 },
    data: [],
  },
  {
    // const xhr = new XMLHttpRequest(); xhr.open('POST', url); xhr.send(body)
    id: 'xhr-send',
    label: 'XMLHttpRequest',
    patterns: [{ globals: ['XMLHttpRequest'], member: '().send' }],
    data: [{ arg: 0 }],
    urlFromSibling: { member: 'open', arg: 1 },
  },
  {
    id: 'websocket',
    label: 'WebSocket',
    patterns: [
      { globals: ['WebSocket'], member: '' },
      { modules: ['ws'], member: '' },
    ],
    url: { arg: 0 },
    data: [],
  },
  {
    // const socket = new WebSocket(url); socket.send(data)
    id: 'websocket-send',
    label: 'WebSocket',
    patterns: [
      { globals: ['WebSocket'], member: '().send' },
      { modules: ['ws'], member: '().send' },
    ],
    data: [{ arg: 0 }],
    baseUrlFrom: { factoryMember: '', arg: 0 },
  },
  {
    id: 'event-source',
    label: 'EventSource',
    patterns: [{ globals: ['EventSource'], member: '' }],
    url: { arg: 0 },
    data: [],
  },
];
