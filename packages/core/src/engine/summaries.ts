import type ts from 'typescript';
import type { FlowStep, Taint, Transform } from '../types.js';
import type { CookieFact, FileAnalysis, SendFact, StorageFact } from './analysis.js';
import type { Declaration } from './model.js';
import {
  cutAtEquals,
  isWrapperName,
  resolveNames,
  substituteParts,
  type NamePart,
} from './values.js';

// Function summaries: what a function does with its parameters, so a call from anywhere can be
// checked where the data enters the helper, not only where the helper meets the sink.
//
//   // lib/slack.ts                                  summary: parameter 0 is sent to Slack
//   export function notifyOps(text) { fetch(SLACK_WEBHOOK_URL, { body: text }) }
//   // signup.ts
//   notifyOps(`New user ${user.email}`)              reported here, the flow into slack.ts
//
//   export function setCookie(name, value) { document.cookie = `${name}=${value}` }
//   setCookie('layout', v)                           cookie `layout` set, reported here
//
// A summary is computed by binding each parameter to a marker taint and evaluating the facts
// inside the function; level n also composes the level n-1 summaries of the functions it calls.

/** A taint category that stands for a function's parameter while its summary is computed. */
export const PARAM_MARKER = 'pledge:param:';
/** How many helpers deep a summary follows calls. */
export const SUMMARY_LEVELS = 3;

/** A parameter that reaches a sink or a send, with what happened to it on the way. */
export interface ParameterEntry<F> {
  param: number;
  /** For a destructured parameter (`{ message, type }`), the property that reaches the sink. */
  prop?: string | undefined;
  transforms: readonly Transform[];
  fact: F;
  /** The steps inside the helper(s), from the first call to the sink. */
  steps: readonly FlowStep[];
}

/** A cookie whose name is (partly) the function's parameters. */
export interface CookieEntry {
  name: readonly NamePart[];
  /** A `Set-Cookie` string whose name ends at the first `=`, which a parameter may hold. */
  cut: boolean;
  fact: CookieFact;
}

/** Which parameters of a function reach which sinks, sends and cookie names. */
export interface FunctionSummary {
  storage: ParameterEntry<StorageFact>[];
  sends: ParameterEntry<SendFact>[];
  cookies: CookieEntry[];
}

/** A call of one of the project's functions. */
export interface CallTarget {
  analysis: FileAnalysis;
  fn: ts.SignatureDeclaration;
  name: string;
  /** In another file (found with the type checker). */
  external: boolean;
}

/**
 * The parameters of the function that is a wrapper around `node`: a named function (a
 * declaration, a method, a function held by a variable or property) — not a callback, whose
 * callers are not the project's.
 */
export function wrapperParameters(t: typeof ts, node: ts.Node): Map<Declaration, number> {
  const holes = new Map<Declaration, number>();
  let current: ts.Node = node.parent;
  while (!t.isSourceFile(current)) {
    if (t.isFunctionLike(current)) {
      const fn = current;
      const named =
        t.isFunctionDeclaration(fn) ||
        t.isMethodDeclaration(fn) ||
        ((t.isArrowFunction(fn) || t.isFunctionExpression(fn)) &&
          (t.isVariableDeclaration(fn.parent) ||
            t.isPropertyAssignment(fn.parent) ||
            t.isPropertyDeclaration(fn.parent)));
      if (named)
        fn.parameters.forEach((param, index) => {
          if (t.isIdentifier(param.name) && !holes.has(param)) holes.set(param, index);
        });
      // Only the innermost named function: its callers give its parameters.
      if (named) break;
    }
    current = current.parent;
  }
  return holes;
}

export function computeSummary(
  analysis: FileAnalysis,
  fn: ts.SignatureDeclaration,
  level: number,
): FunctionSummary {
  const t = analysis.ts;
  const summary: FunctionSummary = { storage: [], sends: [], cookies: [] };
  const frame = new Map<Declaration, readonly Taint[]>();
  const holes = new Map<Declaration, number>();
  fn.parameters.forEach((param, i) => {
    const marker: Taint[] = [
      { category: `${PARAM_MARKER}${String(i)}`, steps: [], confidence: 1, transforms: [] },
    ];
    frame.set(param, marker);
    if (t.isIdentifier(param.name)) holes.set(param, i);
    // `function log({ message, type })`: each property is its own marker, so a call is
    // checked for what it passes as `message`, not for everything in the object.
    const bind = (name: ts.BindingName, prop: string | undefined): void => {
      if (t.isIdentifier(name)) return;
      for (const element of name.elements) {
        if (t.isOmittedExpression(element)) continue;
        const key = element.propertyName ?? element.name;
        const own =
          prop === undefined && t.isObjectBindingPattern(name) && t.isIdentifier(key)
            ? key.text
            : prop;
        frame.set(element, [
          {
            category: `${PARAM_MARKER}${String(i)}${own === undefined ? '' : `.${own}`}`,
            steps: [],
            confidence: 1,
            transforms: [],
          },
        ]);
        bind(element.name, own);
      }
    };
    bind(param.name, undefined);
  });
  const inside = (node: ts.Node): boolean => node.pos >= fn.pos && node.end <= fn.end;
  const params = (
    taints: readonly Taint[],
  ): { index: number; prop: string | undefined; transforms: readonly Transform[] }[] =>
    taints
      .filter((taint) => taint.category.startsWith(PARAM_MARKER))
      .map((taint) => {
        const [index = '', prop] = taint.category.slice(PARAM_MARKER.length).split('.');
        return { index: Number(index), prop, transforms: taint.transforms };
      });

  const taintsOf = (inputs: readonly ts.Expression[]): Taint[] =>
    inputs.flatMap((input) => [...analysis.taint.of(input)]);
  const sinkStep = (node: ts.Node, label: string): FlowStep => ({
    location: analysis.location(node),
    label,
  });

  analysis.taint.isolated(frame, () => {
    for (const fact of analysis.ownStorage) {
      if (!inside(fact.node)) continue;
      for (const param of params(taintsOf(fact.inputs)))
        summary.storage.push({
          param: param.index,
          prop: param.prop,
          transforms: param.transforms,
          fact,
          steps: [{ ...sinkStep(fact.node, `written by ${fact.sink.label}`), final: true }],
        });
    }
    for (const fact of analysis.ownSends) {
      if (!inside(fact.node)) continue;
      for (const param of params(taintsOf(fact.inputs)))
        summary.sends.push({
          param: param.index,
          prop: param.prop,
          transforms: param.transforms,
          fact,
          steps: [{ ...sinkStep(fact.node, `sent by ${fact.via.label}`), final: true }],
        });
    }
    for (const fact of analysis.rawCookies) {
      if (!inside(fact.node) || !fact.nameParts || fact.wrapperName !== true) continue;
      const parts = analysis.values.template(fact.nameParts.expression, holes);
      const name = fact.nameParts.cut ? (cutAtEquals(parts) ?? parts) : parts;
      if (isWrapperName(name)) summary.cookies.push({ name: parts, cut: fact.nameParts.cut, fact });
    }
    if (level === 0) return;
    for (const call of analysis.model.calls) {
      if (!inside(call)) continue;
      const target = analysis.callTarget(call);
      if (!target || target.fn === fn) continue;
      const callee = target.analysis.summary(target.fn, level - 1);
      if (callee.storage.length + callee.sends.length + callee.cookies.length === 0) continue;
      const callStep = sinkStep(call, `passed to \`${target.name}()\``);
      const args = call.arguments ?? [];
      for (const entry of callee.storage) {
        const arg = argumentOf(analysis, call, entry);
        if (!arg) continue;
        for (const param of params([...analysis.taint.of(arg)]))
          summary.storage.push({
            param: param.index,
            prop: param.prop,
            transforms: [...param.transforms, ...entry.transforms],
            fact: entry.fact,
            steps: [callStep, ...entry.steps],
          });
      }
      for (const entry of callee.sends) {
        const arg = argumentOf(analysis, call, entry);
        if (!arg) continue;
        for (const param of params([...analysis.taint.of(arg)]))
          summary.sends.push({
            param: param.index,
            prop: param.prop,
            transforms: [...param.transforms, ...entry.transforms],
            fact: entry.fact,
            steps: [callStep, ...entry.steps],
          });
      }
      for (const entry of callee.cookies) {
        const parts = substituteParts(entry.name, (index) => {
          const arg = args[index];
          return arg ? analysis.values.template(arg, holes) : [{ kind: 'unknown' }];
        });
        const name = entry.cut ? (cutAtEquals(parts) ?? parts) : parts;
        if (isWrapperName(name))
          summary.cookies.push({ name: parts, cut: entry.cut, fact: entry.fact });
      }
    }
  });
  return summary;
}

/**
 * The facts at this file's calls of summarised functions: storage and sends through helpers in
 * other files (a helper of this file is followed by the taint of its parameters instead), and
 * cookies named at the call of a cookie wrapper, here or elsewhere.
 */
export function collectCallSiteFacts(analysis: FileAnalysis): {
  storage: StorageFact[];
  sends: SendFact[];
  cookies: CookieFact[];
} {
  const t = analysis.ts;
  const storage: StorageFact[] = [];
  const sends: SendFact[] = [];
  const cookies: CookieFact[] = [];
  for (const call of analysis.model.calls) {
    const target = analysis.callTarget(call);
    if (!target) continue;
    const summary = target.analysis.summary(target.fn);
    const args = call.arguments ?? [];
    const taintsAt = (entry: ParameterEntry<StorageFact | SendFact>): Taint[] => {
      const arg = argumentOf(analysis, call, entry);
      if (!arg) return [];
      const cut = entry.transforms.find((x) => x === 'last4' || x === 'first6');
      // What the sink is already reported for where it is (`{ userId: id }` names its value
      // there) is not reported again at each call.
      const reported = new Set(entry.fact.taints.map((taint) => taint.category));
      const mapped = analysis.taint.of(arg).map((taint) => ({
        ...taint,
        // `cardNumber.slice(-4)` inside the callee: the caller's card number arrives cut.
        category:
          cut && taint.category.startsWith('user.financial.card')
            ? `user.financial.card.${cut}`
            : taint.category,
        transforms: [
          ...taint.transforms,
          ...entry.transforms.filter((x) => x !== 'last4' && x !== 'first6'),
        ],
        steps: [
          ...taint.steps,
          { location: analysis.location(call), label: `passed to \`${target.name}()\`` },
          ...entry.steps.slice(-6),
        ],
      }));
      return mapped.filter((taint) => !reported.has(taint.category));
    };
    if (target.external) {
      for (const entry of summary.storage) {
        const taints = taintsAt(entry);
        if (taints.length > 0)
          storage.push({ ...entry.fact, node: call, taints, sqlColumns: [], inputs: [] });
      }
      for (const entry of summary.sends) {
        const taints = taintsAt(entry);
        const sent = taints.filter((taint) => !analysis.isRecordReference(entry.fact.via, taint));
        if (sent.length > 0) sends.push({ ...entry.fact, node: call, taints: sent, inputs: [] });
      }
    }
    if (summary.cookies.length === 0) continue;
    const holes = wrapperParameters(t, call);
    for (const entry of summary.cookies) {
      const parts = substituteParts(entry.name, (index) => {
        const arg = args[index];
        return arg ? analysis.values.template(arg, holes) : [{ kind: 'unknown' }];
      });
      const nameParts = entry.cut ? cutAtEquals(parts) : parts;
      // Still a parameter: the function around this call is a wrapper too; its callers report.
      if (nameParts === undefined || isWrapperName(nameParts)) continue;
      const firstParam = entry.name.find((part) => part.kind === 'param');
      const nameNode = (firstParam?.kind === 'param' ? args[firstParam.index] : undefined) ?? call;
      for (const resolved of resolveNames(nameParts)) {
        cookies.push({
          api: { id: entry.fact.api.id, label: `\`${target.name}()\` (${entry.fact.api.label})` },
          node: call,
          name: resolved.name,
          ...(resolved.name === undefined && resolved.prefix !== ''
            ? { namePrefix: resolved.prefix }
            : {}),
          ...(resolved.name === undefined && resolved.suffix !== ''
            ? { nameSuffix: resolved.suffix }
            : {}),
          nameNode,
          options: target.external ? undefined : entry.fact.options,
          attributes: entry.fact.attributes,
          deletes: entry.fact.deletes,
        });
      }
    }
  }
  return { storage, sends, cookies };
}

/**
 * The argument of a call that an entry is about: the argument itself, or for a destructured
 * parameter its property (`log({ message: …, type })` → the `message` value); the whole
 * argument when it is not an object literal we can see into.
 */
function argumentOf(
  analysis: FileAnalysis,
  call: ts.CallExpression | ts.NewExpression,
  entry: { param: number; prop?: string | undefined },
): ts.Expression | undefined {
  const arg = call.arguments?.[entry.param];
  if (!arg || entry.prop === undefined) return arg;
  return analysis.argument(call, { arg: entry.param, prop: entry.prop, orWhole: true });
}
