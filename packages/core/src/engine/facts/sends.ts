import { recipientForEnv, recipientForHost, type ThirdPartyEntry } from '@pledge/policy';
import type ts from 'typescript';
import type { ArgumentSpec, HttpClient, SdkRecipe } from '../../catalog/types.js';
import type { Taint } from '../../types.js';
import type { FileAnalysis } from '../analysis.js';
import { isOwnHost, probeHost, recipientOfRecipe } from '../parties.js';
import { matchPattern, unwrap, type Qualified } from '../resolve.js';
import { wrapperParameters } from '../summaries.js';
import { VENDOR_RECORD } from '../taint.js';
import { envPrefix, hostOf, RELATIVE, resolveNames, type NamePart } from '../values.js';

// Send facts: data leaving for a host or an SDK — calls of an SDK recipe's send members, HTTP
// client calls (the URL, an instance's base URL, a base URL in an environment variable, a bare
// host name), and pixels (`img.src = url`, `<img src={url} />`) — with the destination host,
// the policy's recipient for it, whether it is the organization's own, and the data sent.
//
//   fetch('https://api.partner.example/u', { body })   to `api.partner.example`
//   analytics.identify(user.id, { email })            to Segment, by its recipe
//   new Image().src = `https://px.ads.example/?e=${e}` a pixel to `px.ads.example`

/** Data leaving for a host or an SDK. */
export interface SendFact {
  via: { id: string; label: string; kind: 'http' | 'sdk' | 'pixel' };
  node: ts.Node;
  /** The destination host; undefined when it is unknown or the URL is relative (see `relative`). */
  host: string | undefined;
  /** Whether the URL is relative: the same origin. */
  relative: boolean;
  /** The policy's recipient, when the destination is a declared one. */
  recipient: ThirdPartyEntry | undefined;
  /** Whether the destination is the organization's own. */
  firstParty: boolean;
  /** The vendor of an SDK recipe. */
  vendor: string | undefined;
  taints: readonly Taint[];
  /** The expressions that carry the data sent (empty for a fact at a helper's call). */
  inputs: readonly ts.Expression[];
}

/** The sends of a file's own calls, image and script URLs. */
export function findSends(analysis: FileAnalysis): SendFact[] {
  const t = analysis.ts;
  const facts: SendFact[] = [];
  for (const { call, q } of analysis.qualifiedCalls()) {
    const recipe = analysis.catalogs.recipeOf(q);
    if (recipe) {
      const send = recipe.sends.find((s) =>
        matchPattern({ modules: ['*'], globals: ['*'], locals: ['*'], member: s.member }, q),
      );
      if (send) facts.push(sdkSend(analysis, recipe, q, call, send.data, send.fields ?? []));
      continue;
    }
    const client = analysis.catalogs.http.first(q);
    if (client) facts.push(httpSend(analysis, client, q, call));
  }
  // Pixels: `img.src = url`, `new Image().src = url`, `<img src={url} />`.
  for (const assignment of analysis.model.assignments) {
    if (t.isPropertyAccessExpression(assignment.left) && assignment.left.name.text === 'src') {
      const fact = urlSend(
        analysis,
        { id: 'pixel', label: 'an image or script URL', kind: 'pixel' },
        assignment,
        assignment.right,
      );
      if (fact) facts.push(fact);
    }
  }
  for (const attribute of analysis.model.jsxAttributes) {
    const tag = attribute.parent.parent;
    const tagName =
      t.isJsxOpeningElement(tag) || t.isJsxSelfClosingElement(tag)
        ? tag.tagName.getText(analysis.input.sourceFile)
        : '';
    if (!['img', 'script', 'iframe', 'Script', 'Image'].includes(tagName)) continue;
    if (!t.isIdentifier(attribute.name) || attribute.name.text !== 'src' || !attribute.initializer)
      continue;
    const init = attribute.initializer;
    const expr = t.isJsxExpression(init)
      ? init.expression
      : t.isStringLiteral(init)
        ? init
        : undefined;
    if (!expr) continue;
    const fact = urlSend(
      analysis,
      { id: 'pixel', label: `<${tagName} src>`, kind: 'pixel' },
      attribute,
      expr,
    );
    if (fact) facts.push(fact);
  }
  return facts;
}

function urlSend(
  analysis: FileAnalysis,
  via: SendFact['via'],
  node: ts.Node,
  url: ts.Expression,
): SendFact | undefined {
  const value = analysis.values.string(url);
  const host = value ? hostOf(value) : undefined;
  if (host === undefined) return undefined;
  return makeSend(analysis, via, node, host, undefined, undefined, [url]);
}

function httpSend(
  analysis: FileAnalysis,
  client: HttpClient,
  q: Qualified,
  call: ts.CallExpression | ts.NewExpression,
): SendFact {
  const urlExpr = client.url
    ? analysis.argument(call, client.url)
    : client.urlFromSibling
      ? siblingArgument(analysis, call, client.urlFromSibling)
      : undefined;
  let host = urlExpr ? hostOfUrl(analysis, urlExpr) : undefined;
  let baseExpr: ts.Expression | undefined;
  if ((host === undefined || host === RELATIVE) && client.baseUrlFrom) {
    // An instance: the base URL of the factory call (`axios.create({ baseURL })`).
    const factory = q.factories.find((f) => {
      const fq = analysis.qualifier.qualify(f.expression);
      const member = client.baseUrlFrom?.factoryMember;
      return member === '*' ? f !== call : (fq?.members.at(-1) ?? '') === member;
    });
    const spec = client.baseUrlFrom;
    const base = factory
      ? analysis.argument(
          factory,
          spec.prop === undefined ? { arg: spec.arg } : { arg: spec.arg, prop: spec.prop },
        )
      : undefined;
    // A path on an instance whose base URL we cannot read is not known to be same-origin:
    // neither one from an unreadable factory nor one known only by its type (`api: AxiosInstance`).
    if (base) host = hostOfUrl(analysis, base) ?? bareHost(analysis, base, ['hostname', 'host']);
    else if (host === RELATIVE && !factory && q.members.includes('()')) host = undefined;
    baseExpr = base;
  }
  // `${process.env.CRM_API_URL}/contacts`: a base URL the policy names by its variable.
  let envRecipient: ThirdPartyEntry | undefined;
  let envName: string | undefined;
  if (host === undefined) {
    envName = [urlExpr, baseExpr]
      .map((e) => (e ? envPrefix(analysis.model, e) : undefined))
      .find((e) => e !== undefined);
    const owner = envName === undefined ? undefined : recipientForEnv(analysis.policy, envName);
    if (owner === 'first-party') host = RELATIVE;
    else envRecipient = owner;
    // `process.env.SLACK_WEBHOOK_URL`: a variable whose name says whose endpoint it holds.
    if (owner === undefined && envName !== undefined)
      host = analysis.catalogs.endpointOfEnv(envName)?.host;
  }
  if (host === undefined && client.host) {
    // `https.request({ hostname: 'api.example.com', path })`: a bare host name.
    for (const spec of client.host) {
      const value = analysis.argument(call, spec);
      const text = value ? analysis.values.string(value) : undefined;
      if (text?.complete && /^[a-z0-9.-]+$/i.test(text.value)) {
        host = text.value.toLowerCase();
        break;
      }
    }
  }
  // A URL of this call carries data too; one taken from a sibling call (`xhr.open`) is that
  // call's own send, reported there.
  const inputs = [
    ...analysis.dataArguments(call, client.data),
    ...(urlExpr && client.url ? [urlExpr] : []),
  ];
  return makeSend(
    analysis,
    { id: client.id, label: client.label, kind: 'http' },
    call,
    host,
    envRecipient,
    envRecipient && envName !== undefined ? `process.env.${envName}` : undefined,
    inputs,
  );
}

/** `{ hostname: 'api.example.com', path }`: a bare host name in an options object. */
function bareHost(
  analysis: FileAnalysis,
  options: ts.Expression,
  props: readonly string[],
): string | undefined {
  for (const prop of props) {
    const value = analysis.property(options, prop);
    const text = value ? analysis.values.string(value) : undefined;
    if (text?.complete && /^[a-z0-9.-]+$/i.test(text.value)) return text.value.toLowerCase();
  }
  return undefined;
}

/**
 * The host a URL expression is on: a URL known statically, or the host of each value it can
 * take (`live ? 'https://api.x.com' : 'https://sandbox.x.com'`), or a host with an unknown
 * label before a known domain (`https://${tenant}.freshdesk.com/api` → `*.freshdesk.com`).
 * Of several, the first that is not the organization's own decides.
 */
export function hostOfUrl(
  analysis: FileAnalysis,
  expr: ts.Expression,
): string | typeof RELATIVE | undefined {
  const url = analysis.values.string(expr);
  const direct = url ? hostOf(url) : undefined;
  if (direct !== undefined || url?.complete) return direct;
  const hosts = resolveNames(analysis.values.template(expr, new Map())).map((resolved) =>
    resolved.name !== undefined
      ? hostOf({ value: resolved.name, complete: true })
      : (hostOf({ value: resolved.prefix, complete: false }) ??
        wildcardHost(analysis.values.template(expr, new Map()))),
  );
  const thirdParty = hosts.find(
    (h): h is string => typeof h === 'string' && !isOwnHost(analysis.policy, h),
  );
  if (thirdParty) return thirdParty;
  if (hosts.length > 0 && hosts.every((h) => h !== undefined)) return hosts[0];
  return undefined;
}

/** `xhr.send(body)` → the URL argument of `xhr.open(method, url)` on the same variable. */
function siblingArgument(
  analysis: FileAnalysis,
  call: ts.CallExpression | ts.NewExpression,
  sibling: { member: string; arg: number },
): ts.Expression | undefined {
  const t = analysis.ts;
  const callee = unwrap(t, call.expression);
  if (!t.isPropertyAccessExpression(callee) || !t.isIdentifier(callee.expression)) return undefined;
  const target = analysis.model.resolve(callee.expression);
  if (!target) return undefined;
  for (const other of analysis.model.methodCalls(sibling.member)) {
    const otherCallee = other.expression;
    if (
      t.isPropertyAccessExpression(otherCallee) &&
      t.isIdentifier(otherCallee.expression) &&
      analysis.model.resolve(otherCallee.expression) === target
    ) {
      return other.arguments?.[sibling.arg];
    }
  }
  return undefined;
}

function sdkSend(
  analysis: FileAnalysis,
  recipe: SdkRecipe,
  q: Qualified,
  call: ts.CallExpression | ts.NewExpression,
  data: readonly ArgumentSpec[],
  fields: readonly { arg: number; prop: string; category: string }[],
): SendFact {
  const policy = analysis.policy;
  const module = q.root.kind === 'module' ? q.root.module : undefined;
  const recipient = recipientOfRecipe(policy, recipe, module);
  // `new MeiliSearch({ host: process.env.MEILI_HOST })`: a client pointed at the
  // organization's own server (self-hosted) sends to it, not to the vendor.
  const own = clientEndpoint(analysis, q);
  const host = own === RELATIVE ? own : recipe.hosts[0]?.replace(/^\*\./, '');
  return makeSend(
    analysis,
    { id: recipe.id, label: recipe.vendor, kind: 'sdk' },
    call,
    host,
    recipient,
    recipe.vendor,
    analysis.dataArguments(call, data),
    fieldTaints(analysis, recipe, call, fields),
  );
}

/**
 * An id sent to a service's API that names one of that service's records: `customer:
 * customerId` to Stripe, `installationId` in a GitHub API path, an `accountId` to a partner
 * API. An API can only be asked about its own records, so such an id is the vendor's, not a
 * person's identifier disclosed to it — except to analytics, ads and replay tools, which are
 * sent the organization's ids to profile people by.
 */
export function isRecordReference(
  analysis: FileAnalysis,
  via: SendFact['via'],
  taint: Taint,
): boolean {
  if (taint.category !== 'user.unique_id' && taint.category !== 'user.device.device_id')
    return false;
  if (taint.name === undefined || /user|member|person|visitor|distinct|anonymous/i.test(taint.name))
    return false;
  if (!VENDOR_RECORD.test(taint.name)) return false;
  if (via.kind === 'pixel') return false;
  if (via.kind === 'sdk') {
    const category = analysis.catalogs.recipe(via.id)?.category;
    return !PROFILING.has(category ?? '');
  }
  return true;
}

/**
 * Where an SDK client was pointed when it was made, if at the organization's own server:
 * `new MeiliSearch({ host: process.env.MEILI_HOST })` with `MEILI_HOST` in `firstParty.env`,
 * `new PostHog(key, { host: 'https://analytics.example.com' })` on a first-party host.
 */
function clientEndpoint(analysis: FileAnalysis, q: Qualified): typeof RELATIVE | undefined {
  for (const factory of q.factories) {
    for (const arg of factory.arguments ?? []) {
      for (const prop of ENDPOINT_OPTIONS) {
        const value = analysis.property(arg, prop);
        if (!value) continue;
        const env = envPrefix(analysis.model, value);
        if (env !== undefined && recipientForEnv(analysis.policy, env) === 'first-party')
          return RELATIVE;
        const host = hostOfUrl(analysis, value);
        if (host === RELATIVE) return RELATIVE;
        if (host !== undefined && isOwnHost(analysis.policy, host)) return RELATIVE;
      }
    }
  }
  return undefined;
}

/**
 * `twilio.messages.create({ to: req.body.number })`: a property whose meaning the API fixes
 * carries that category whatever the value is called, unless it is a constant or the
 * organization's configuration; a field of category `organization` (an email's `from`) holds
 * the organization's own data. `within` are the fields' source ranges: what the value's own
 * names suggested there is replaced.
 */
function fieldTaints(
  analysis: FileAnalysis,
  recipe: SdkRecipe,
  call: ts.CallExpression | ts.NewExpression,
  fields: readonly { arg: number; prop: string; category: string }[],
): { taints: Taint[]; within: [number, number][] } {
  const taints: Taint[] = [];
  const within: [number, number][] = [];
  for (const field of fields) {
    const value = analysis.argument(call, { arg: field.arg, prop: field.prop });
    if (!value) continue;
    within.push([value.getStart(analysis.input.sourceFile), value.getEnd()]);
    if (field.category === ORGANIZATION_FIELD) continue;
    if (analysis.values.string(value)?.complete === true || analysis.taint.isConfiguration(value))
      continue;
    // Whatever the value is called (`address`, `recipient`), the field says what it is.
    const named = analysis.taint
      .of(value)
      .filter((taint) => analysis.taxonomy.isPersonal(taint.category));
    if (named.length > 0) {
      taints.push(...named.map((taint) => ({ ...taint, category: field.category })));
      continue;
    }
    // `function notify(to) { client.messages.create({ to }) }`: a wrapper; its callers say
    // what `to` is, and are reported.
    const inner = unwrap(analysis.ts, value);
    if (analysis.ts.isIdentifier(inner)) {
      const decl = analysis.model.resolve(inner);
      if (decl && wrapperParameters(analysis.ts, value).has(decl)) continue;
    }
    taints.push({
      category: field.category,
      steps: [
        {
          location: analysis.location(value),
          label: `\`${field.prop}\` of a ${recipe.vendor} call (\`${trimmed(value.getText(analysis.input.sourceFile))}\`)`,
        },
      ],
      confidence: 0.8,
      transforms: [],
    });
  }
  return { taints, within };
}

function makeSend(
  analysis: FileAnalysis,
  via: SendFact['via'],
  node: ts.Node,
  destination: string | typeof RELATIVE | undefined,
  recipient: ThirdPartyEntry | undefined,
  vendor: string | undefined,
  inputs: ts.Expression[],
  fields: { taints: readonly Taint[]; within: readonly [number, number][] } = {
    taints: [],
    within: [],
  },
): SendFact {
  // A field with a fixed meaning replaces what the value's own names suggested in it.
  const inField = (taint: Taint): boolean => {
    const at = taint.steps[0]?.location;
    return (
      at !== undefined &&
      at.file === analysis.input.sourceFile.fileName &&
      fields.within.some(([start, end]) => at.startOffset >= start && at.startOffset < end)
    );
  };
  const taints = [
    ...analysis
      .taintsOf(inputs)
      .filter((taint) => !inField(taint) && !isRecordReference(analysis, via, taint)),
    ...fields.taints,
  ];
  const relative = destination === RELATIVE;
  const host = destination === RELATIVE ? undefined : destination;
  const probe = host === undefined ? undefined : probeHost(host);
  const firstParty =
    relative ||
    (probe !== undefined && recipient === undefined && isOwnHost(analysis.policy, probe));
  const resolved =
    recipient ??
    (probe !== undefined && !firstParty ? recipientForHost(analysis.policy, probe) : undefined);
  return { via, node, host, relative, recipient: resolved, firstParty, vendor, taints, inputs };
}

function trimmed(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > 40 ? `${oneLine.slice(0, 37)}...` : oneLine;
}

/** SDK categories whose vendors profile people by the ids they are sent. */
const PROFILING = new Set(['analytics', 'session-replay', 'ads', 'marketing', 'feature-flags']);

/** The category of an API field that holds the organization's own data (an email's sender). */
const ORGANIZATION_FIELD = 'organization';

/** Options of an SDK client that say which server it talks to. */
const ENDPOINT_OPTIONS = [
  'host',
  'baseURL',
  'baseUrl',
  'url',
  'endpoint',
  'apiHost',
  'api_host',
  'apiUrl',
  'serverUrl',
];

/** `https://${tenant}.freshdesk.com/…` → `*.freshdesk.com`: a known domain under an unknown label. */
function wildcardHost(parts: readonly NamePart[]): string | undefined {
  const text = parts.map((part) => (part.kind === 'text' ? part.text : '\u0000')).join('');
  const authority = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#\s]*)/i.exec(text)?.[1];
  if (authority === undefined) return undefined;
  const known = authority.slice(authority.lastIndexOf('\u0000') + 1).replace(/:\d+$/, '');
  if (!authority.includes('\u0000') || !/^\.[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(known))
    return undefined;
  return `*${known.toLowerCase()}`;
}
