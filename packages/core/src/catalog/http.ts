import type { HttpClient } from './types.js';

// Network sends whose destination is a URL in the code. The engine resolves the host from
// literals, templates, constants and client base URLs, then asks the policy who owns it.

const AXIOS_MODULES = ['axios'] as const;
/** `axios.post(url[, data[, config]])` and the like (https://axios-http.com/docs/api_intro). */
const AXIOS_DATA_METHODS = ['post', 'put', 'patch', 'postForm', 'putForm', 'patchForm'] as const;
/** `axios.get(url[, config])` and the like. */
const AXIOS_CONFIG_METHODS = ['get', 'delete', 'head', 'options'] as const;
/** got's and ky's method shortcuts: `got.post(url, options)`, `ky.post(url, options)`. */
const GOT_KY_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head'] as const;

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
      { modules: ['undici', 'node-fetch', 'cross-fetch', 'isomorphic-fetch'], member: 'fetch' },
      { modules: ['node-fetch', 'cross-fetch', 'isomorphic-fetch'], member: '' },
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
      { modules: ['ky'], member: 'extend.()' },
      ...GOT_KY_METHODS.map((member) => ({
        modules: ['ky'],
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
      { modules: ['ky'], member: '' },
      { modules: ['ky'], member: 'create.()' },
      ...GOT_KY_METHODS.map((member) => ({ modules: ['ky'], member })),
      ...GOT_KY_METHODS.map((member) => ({
        modules: ['ky'],
        member: `create.().${member}`,
      })),
    ],
    url: { arg: 0 },
    data: KY_DATA,
    baseUrlFrom: { factoryMember: 'create', arg: 0, prop: 'prefixUrl' },
  },
  {
    // superagent.post(url).send(data): the URL is on the call that starts the chain.
    id: 'superagent',
    label: 'superagent',
    patterns: [
      ...['post', 'put', 'patch', 'get', 'delete'].map((member) => ({
        modules: ['superagent'],
        member: `${member}.().send`,
      })),
      ...['post', 'put', 'patch', 'get', 'delete'].map((member) => ({
        modules: ['superagent'],
        member: `${member}.().query`,
      })),
      ...['post', 'put', 'patch', 'get', 'delete'].map((member) => ({
        modules: ['superagent'],
        member: `${member}.().set.().send`,
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
