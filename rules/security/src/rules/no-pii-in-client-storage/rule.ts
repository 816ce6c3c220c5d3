import {
  defineRule,
  type ArgumentSpec,
  type CallPattern,
  type FlowStep,
  type RuleContext,
  type StorageFact,
  type Taint,
  unwrap,
} from '@pledge/core/rules';
import type ts from 'typescript';
import { findClause, globToRegExp } from '../../shared.js';

export interface Options {
  /**
   * Data categories not reported, as globs on the category id (`user.device.*`). An entry
   * covers that category only; `.*` covers its subcategories.
   */
  ignoreCategories: string[];
  /** Whether the key a value is stored under (`setItem('userEmail', v)`) says what it holds. */
  checkKeys: boolean;
  /** The policy clause findings cite; by default the one whose section is Security. */
  clause?: string;
}

type Call = ts.CallExpression | ts.NewExpression;

/**
 * Pseudonymous identifiers a client keeps to restore a session or count a visitor; the session
 * and API tokens a single-page app keeps to call its API (a token is a security question, not
 * personal data in clear; a password stays reported); and the user's own recent searches and
 * recently viewed pages, a common feature that identifies nobody.
 */
export const DEFAULT_IGNORED_CATEGORIES = [
  'user.unique_id',
  'user.device.device_id',
  'user.device.cookie_id',
  'user.authorization.credentials',
  'user.financial.card.token',
  'user.behavior.*',
] as const;

/**
 * Key-value stores whose key names what is stored, and where the key is. The store's value is
 * the catalog's; the key is evidence of its own: `setItem('userEmail', value)` stores an email
 * address whatever `value` is called.
 */
const KEYED_WRITES: readonly { patterns: readonly CallPattern[]; key: ArgumentSpec }[] = [
  {
    patterns: [
      { globals: ['localStorage', 'sessionStorage'], member: 'setItem' },
      { modules: ['localforage'], member: 'setItem' },
      { modules: ['localforage'], member: 'createInstance.().setItem' },
      { modules: ['@react-native-async-storage/async-storage'], member: 'setItem' },
      { modules: ['@react-native-async-storage/async-storage'], member: 'mergeItem' },
      { modules: ['react-native-mmkv'], member: 'MMKV.().set' },
      { modules: ['react-native-mmkv'], member: 'createMMKV.().set' },
      { modules: ['idb-keyval'], member: 'set' },
      ...['', 'set', 'session', 'local', 'session.set', 'local.set'].map((member) => ({
        modules: ['store2'],
        member,
      })),
      { modules: ['store', 'store/dist/store.modern', 'store/dist/store.legacy'], member: 'set' },
      { modules: ['@ionic/storage', '@ionic/storage-angular'], member: 'Storage.().set' },
      { modules: ['@ionic/storage', '@ionic/storage-angular'], member: 'create.().set' },
    ],
    key: { arg: 0 },
  },
  {
    patterns: [
      { modules: ['@capacitor/preferences'], member: 'Preferences.set' },
      { modules: ['@capacitor/storage'], member: 'Storage.set' },
    ],
    key: { arg: 0, prop: 'key' },
  },
];

/** zustand's `persist` middleware: the state (or what `partialize` picks) goes to localStorage. */
const PERSISTED_STORES: readonly CallPattern[] = [
  { modules: ['zustand/middleware'], member: 'persist' },
];

/** Stores that encrypt what they keep (the iOS Keychain, Android's Keystore). */
const ENCRYPTED_STORES: readonly CallPattern[] = [
  { modules: ['expo-secure-store'], member: 'setItemAsync' },
  { modules: ['expo-secure-store'], member: 'setItem' },
];

/** The catalog entries of storage hooks (`catalog.ts`), whose key is on the hook's call. */
const HOOK_SINKS = new Set(['storage-hook', 'storage-hook-options']);
const HOOK_SETTER_SINK = 'storage-hook-setter';

/** `localStorage.email = v`, `window.sessionStorage['user'] = v`: the Storage objects. */
const STORAGE_GLOBALS = new Set(['localStorage', 'sessionStorage']);
const WINDOW_GLOBALS = new Set(['window', 'globalThis', 'self']);
/** Members of a Storage object that are not keys. */
const STORAGE_MEMBERS = new Set(['setItem', 'getItem', 'removeItem', 'clear', 'key', 'length']);

/** A key or a source named for a transformed value: `encryptedEmail`, `emailHash`. */
const NOT_IN_CLEAR = /hash|encrypt|cipher|crypt|mask|redact|digest|sha\d|md5|hmac/i;
/** Transforms after which a value is no longer in clear. */
const HIDING: ReadonlySet<string> = new Set(['hashed', 'masked', 'encrypted']);

export const noPiiInClientStorage = defineRule<Options>({
  id: 'no-pii-in-client-storage',
  meta: {
    description:
      'Disallow personal data in clear in browser and device storage (localStorage, sessionStorage, IndexedDB)',
    recommended: true,
    severity: 'error',
    policyFields: ['clauses'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        ignoreCategories: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Data categories not reported, as globs on the category id: `user.unique_id` covers that category only, `user.device.*` every device category. Replaces the default list (user ids, device and visitor ids, session and API tokens, card tokens, browsing and search history).',
        },
        checkKeys: {
          type: 'boolean',
          description:
            "Whether the key a value is stored under names what it holds: `setItem('userEmail', value)` stores an email address whatever `value` is called. Default `true`.",
        },
        clause: {
          type: 'string',
          description:
            'The id of the policy clause findings cite. By default the clause whose section is "Security" (or whose id is `security`).',
        },
      },
    },
    messages: {
      personalData:
        '{{data}} ({{source}}) is written in clear to {{sink}} by `{{call}}`. {{promise}} promises personal data is protected at rest, and any script on the origin can read browser storage; keep it on the server, or store an id or an encrypted value.',
      personalDataInStore:
        "The store persisted by zustand's `persist` to {{sink}} keeps `{{field}}` ({{data}}). {{promise}} promises personal data is protected at rest, and any script on the origin can read browser storage; leave it out with `partialize`.",
      personalDataByKey:
        '`{{call}}` writes {{data}} to {{sink}} under the key `{{key}}`. {{promise}} promises personal data is protected at rest, and any script on the origin can read browser storage; keep it on the server, or store an id or an encrypted value.',
    },
  },
  defaultOptions: {
    ignoreCategories: [...DEFAULT_IGNORED_CATEGORIES],
    checkKeys: true,
  },
  create(context) {
    const t = context.ts;
    const flow = context.flow;
    const clause =
      context.options.clause ??
      // The clause whose section is Security, else one whose id mentions security.
      findClause(context.policy.clauses, [
        (_, section) => /^\s*(data\s+)?security\s*$/i.test(section),
        (_, section) => /\bsecurity\b/i.test(section) && !/code/i.test(section),
        (id) => /(^|-)security($|-)/.test(id),
      ]);
    const citation = context.cite(clause);
    const promise = citation ? `The policy (${citation.section})` : 'The policy';
    const ignored = context.options.ignoreCategories.map(globToRegExp);
    const reportable = (category: string): boolean =>
      context.queries.isPersonal(category) && !ignored.some((re) => re.test(category));
    const label = (category: string): string => context.taxonomy.get(category)?.label ?? category;

    /** The taints of what is written that are personal data in clear, most sensitive first. */
    const inClear = (taints: readonly Taint[]): Taint[] =>
      taints
        .filter(
          (taint) =>
            reportable(taint.category) &&
            !taint.transforms.some((transform) => HIDING.has(transform)) &&
            !(taint.name !== undefined && NOT_IN_CLEAR.test(taint.name)),
        )
        .sort(
          (a, b) =>
            Number(context.taxonomy.isSensitive(b.category)) -
            Number(context.taxonomy.isSensitive(a.category)),
        );

    /** The categories of a finding, for its message: `Email address and Name`. */
    const describe = (categories: readonly string[]): string => {
      const labels = [...new Set(categories.map(label))];
      return labels.length <= 1
        ? (labels[0] ?? 'Personal data')
        : `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1] ?? ''}`;
    };

    /** Whether a stored value may hold data, rather than a flag, a count, a date or a constant. */
    const mayHoldData = (node: ts.Expression): boolean => {
      const e = unwrap(t, node);
      if (
        t.isStringLiteralLike(e) ||
        t.isNumericLiteral(e) ||
        e.kind === t.SyntaxKind.TrueKeyword ||
        e.kind === t.SyntaxKind.FalseKeyword ||
        e.kind === t.SyntaxKind.NullKeyword ||
        t.isPrefixUnaryExpression(e) ||
        (t.isIdentifier(e) && e.text === 'undefined')
      )
        return false;
      if (t.isArrayLiteralExpression(e))
        return e.elements.some(
          (element) =>
            !t.isOmittedExpression(element) &&
            mayHoldData(t.isSpreadElement(element) ? element.expression : element),
        );
      if (t.isObjectLiteralExpression(e))
        return e.properties.some((p) =>
          t.isPropertyAssignment(p)
            ? mayHoldData(p.initializer)
            : t.isShorthandPropertyAssignment(p)
              ? mayHoldData(p.name)
              : t.isSpreadAssignment(p),
        );
      if (t.isBinaryExpression(e)) {
        const op = e.operatorToken.kind;
        if (
          op === t.SyntaxKind.PlusToken ||
          op === t.SyntaxKind.QuestionQuestionToken ||
          op === t.SyntaxKind.BarBarToken
        )
          return mayHoldData(e.left) || mayHoldData(e.right);
        return false;
      }
      if (t.isConditionalExpression(e)) return mayHoldData(e.whenTrue) || mayHoldData(e.whenFalse);
      if (t.isTemplateExpression(e)) return e.templateSpans.some((s) => mayHoldData(s.expression));
      if (flow.stringValue(e) !== undefined) return false;
      if (t.isCallExpression(e)) {
        const callee = e.expression;
        const name = t.isPropertyAccessExpression(callee)
          ? callee.name.text
          : t.isIdentifier(callee)
            ? callee.text
            : '';
        if (t.isPropertyAccessExpression(callee) && t.isIdentifier(callee.expression)) {
          const root = callee.expression.text;
          // Date.now(), Math.random(), JSON.stringify(x), Number(x): what they are given.
          if (root === 'Date' || root === 'Math') return false;
          if (root === 'JSON') return e.arguments.some((a) => mayHoldData(a));
        }
        if (name === 'String' || name === 'toString')
          return t.isPropertyAccessExpression(callee)
            ? mayHoldData(callee.expression)
            : e.arguments.some((a) => mayHoldData(a));
        if (
          /^(Number|Boolean|parseInt|parseFloat|toISOString|getTime|valueOf|toFixed|uuid|v4|nanoid|randomUUID)$/.test(
            name,
          )
        )
          return false;
      }
      if (t.isNewExpression(e)) return false;
      if (t.isPropertyAccessExpression(e) && /^(length|size|id)$/.test(e.name.text)) return false;
      if (context.checker) {
        const type = context.checker.getTypeAtLocation(e);
        const flags = t.TypeFlags;
        if (
          type.flags &
          (flags.NumberLike | flags.BooleanLike | flags.Null | flags.Undefined | flags.Void)
        )
          return false;
      }
      return true;
    };

    /** The data category a key names, when the value may hold that data. */
    const keyCategory = (
      key: ts.Expression | undefined,
      value: ts.Expression | undefined,
    ): { category: string; key: string } | undefined => {
      if (!context.options.checkKeys || !key || !value) return undefined;
      const text = flow.stringValue(key) ?? flow.stringParts(key)?.value;
      if (text === undefined || text.trim() === '' || NOT_IN_CLEAR.test(text)) return undefined;
      const category = context.queries.categoryOfName(text);
      if (!category || !reportable(category)) return undefined;
      if (!mayHoldData(value)) return undefined;
      // What the value itself is known to be wins over its key: `setItem('email', user.id)`.
      if (flow.taintOf(value).length > 0) return undefined;
      return { category, key: text };
    };

    const callText = (call: ts.Node): string => {
      const callee = t.isCallExpression(call) || t.isNewExpression(call) ? call.expression : call;
      return `${context.text(callee)}()`;
    };

    const report = (
      node: ts.Node,
      sink: string,
      call: string,
      taints: readonly Taint[],
      byKey: { category: string; key: string; node: ts.Node } | undefined,
    ) => {
      const [first] = taints;
      if (first) {
        context.report({
          node,
          messageId: 'personalData',
          data: {
            data: describe(taints.map((taint) => taint.category)),
            source: first.steps[0]?.label ?? 'a value',
            sink,
            call,
            promise,
          },
          category: first.category,
          flow: first.steps,
          sink,
          ...(clause ? { clause } : {}),
        });
        return;
      }
      if (!byKey) return;
      const step: FlowStep = {
        location: flow.location(byKey.node),
        label: `stored under the key \`${byKey.key}\``,
      };
      context.report({
        node,
        messageId: 'personalDataByKey',
        data: { data: label(byKey.category), key: byKey.key, sink, call, promise },
        category: byKey.category,
        flow: [step],
        sink,
        ...(clause ? { clause } : {}),
      });
    };

    /** The call of the hook a setter came from: `const [v, setV] = useLocalStorage('k', init)`. */
    const hookCallOf = (setter: ts.CallExpression): ts.CallExpression | undefined => {
      let callee = unwrap(t, setter.expression);
      for (let depth = 0; depth < 3 && t.isIdentifier(callee); depth++) {
        const decl = flow.declarationOf(callee);
        if (!decl) return undefined;
        if (t.isBindingElement(decl) && t.isArrayBindingPattern(decl.parent)) {
          const holder = decl.parent.parent;
          const init =
            t.isVariableDeclaration(holder) && holder.initializer
              ? unwrap(t, holder.initializer)
              : undefined;
          return init && t.isCallExpression(init) ? init : undefined;
        }
        // const setter = setV;
        if (t.isVariableDeclaration(decl) && decl.initializer) callee = unwrap(t, decl.initializer);
        else return undefined;
      }
      return undefined;
    };

    /** A hook's key: its first argument, or Mantine's `{ key }`. */
    const hookKey = (hook: ts.CallExpression): ts.Expression | undefined => {
      const [first] = hook.arguments;
      if (!first) return undefined;
      const options = unwrap(t, first);
      return t.isObjectLiteralExpression(options) ? flow.property(options, 'key') : first;
    };

    /** The key and value of a direct write, when the store's key names what is stored. */
    const keyOfWrite = (
      fact: StorageFact,
    ): { key: ts.Expression | undefined; value: ts.Expression | undefined } | undefined => {
      const node = fact.node;
      if (!t.isCallExpression(node)) return undefined;
      const value = fact.inputs[0];
      if (HOOK_SINKS.has(fact.sink.id)) return { key: hookKey(node), value };
      if (fact.sink.id === HOOK_SETTER_SINK) {
        const hook = hookCallOf(node);
        return { key: hook ? hookKey(hook) : undefined, value };
      }
      for (const keyed of KEYED_WRITES) {
        if (!flow.matchPatterns(node, keyed.patterns)) continue;
        const arg = node.arguments[keyed.key.arg];
        const key = arg && keyed.key.prop ? flow.property(arg, keyed.key.prop) : arg;
        return { key, value };
      }
      return undefined;
    };

    /** Whether a write goes to a store that encrypts, directly or in the helper a call runs. */
    const encryptedStore = (node: Call): boolean => {
      if (flow.matchPatterns(node, ENCRYPTED_STORES)) return true;
      const fn = flow.functionOf(node);
      if (!fn) return false;
      let found = false;
      const visit = (child: ts.Node): void => {
        if (found) return;
        if (
          (t.isCallExpression(child) || t.isNewExpression(child)) &&
          flow.matchPatterns(child, ENCRYPTED_STORES)
        )
          found = true;
        else t.forEachChild(child, visit);
      };
      visit(fn);
      return found;
    };

    /** An expression, or what `JSON.stringify` (or another `JSON.*` call) is given. */
    const unstringified = (node: ts.Expression): ts.Expression => {
      const e = unwrap(t, node);
      return t.isCallExpression(e) &&
        t.isPropertyAccessExpression(e.expression) &&
        t.isIdentifier(e.expression.expression) &&
        e.expression.expression.text === 'JSON' &&
        e.arguments[0]
        ? unwrap(t, e.arguments[0])
        : e;
    };

    /** A parameter of `fn` that an expression is, or that `JSON.stringify` is given. */
    const parameterIndex = (fn: ts.SignatureDeclaration, node: ts.Expression): number => {
      const e = unstringified(node);
      if (!t.isIdentifier(e)) return -1;
      return fn.parameters.findIndex((p) => t.isIdentifier(p.name) && p.name.text === e.text);
    };

    /**
     * Writes to browser storage inside a project function, of its parameters: a wrapper such as
     * `const storage = { set: (k, v) => localStorage.setItem(k, JSON.stringify(v)) }`, which the
     * engine's summaries do not follow (object members), or whose key is a parameter.
     */
    const writesIn = (fn: ts.SignatureDeclaration) => {
      const writes: {
        call: ts.CallExpression;
        sink: string;
        value: number;
        key: { param: number } | { node: ts.Expression } | undefined;
      }[] = [];
      const visit = (child: ts.Node): void => {
        if (t.isCallExpression(child)) {
          const sink = flow.matchCall(child, 'storage');
          if (sink?.kind === 'browser-storage' && sink.data !== 'all') {
            for (const spec of sink.data) {
              const arg = child.arguments[spec.arg];
              const value = arg && !spec.prop ? parameterIndex(fn, arg) : -1;
              if (value < 0) continue;
              const keyed = KEYED_WRITES.find((k) => flow.matchPatterns(child, k.patterns));
              const keyArg = keyed && !keyed.key.prop ? child.arguments[keyed.key.arg] : undefined;
              const keyParam = keyArg ? parameterIndex(fn, keyArg) : -1;
              writes.push({
                call: child,
                sink: sink.label,
                value,
                key: keyParam >= 0 ? { param: keyParam } : keyArg ? { node: keyArg } : undefined,
              });
            }
          }
        }
        t.forEachChild(child, visit);
      };
      const body = 'body' in fn ? (fn.body as ts.Node | undefined) : undefined;
      if (body) visit(body);
      return writes;
    };

    /** The object literals a function returns: `(set) => ({ email: '', … })`. */
    const returnedObjects = (node: ts.Expression | undefined): ts.ObjectLiteralExpression[] => {
      const fn = node ? unwrap(t, node) : undefined;
      if (!fn || (!t.isArrowFunction(fn) && !t.isFunctionExpression(fn))) return [];
      return flow
        .returnsOf(fn)
        .map((value) => unwrap(t, value))
        .filter((value): value is ts.ObjectLiteralExpression => t.isObjectLiteralExpression(value));
    };

    /**
     * `persist((set) => ({ email: '', setEmail: … }), { name: 'auth', partialize })`: the fields
     * of the state that are persisted (all but functions, or those `partialize` returns) and
     * whose names say they hold personal data.
     */
    const persistedStore = (call: ts.CallExpression): void => {
      const [state, options] = call.arguments;
      if (options && NOT_IN_CLEAR.test(context.text(options))) return;
      const storage = options ? flow.property(options, 'storage') : undefined;
      const sink =
        storage && /sessionStorage/.test(context.text(storage)) ? 'sessionStorage' : 'localStorage';
      const partialize = options ? flow.property(options, 'partialize') : undefined;
      const objects = partialize ? returnedObjects(partialize) : returnedObjects(state);
      for (const object of objects) {
        for (const property of object.properties) {
          if (!t.isPropertyAssignment(property) && !t.isShorthandPropertyAssignment(property))
            continue;
          const name = property.name;
          if (!t.isIdentifier(name) && !t.isStringLiteral(name)) continue;
          const value = t.isPropertyAssignment(property)
            ? unwrap(t, property.initializer)
            : undefined;
          if (value && (t.isArrowFunction(value) || t.isFunctionExpression(value))) continue;
          if (NOT_IN_CLEAR.test(name.text)) continue;
          const category = context.queries.categoryOfName(name.text);
          if (!category || !reportable(category)) continue;
          context.report({
            node: property,
            messageId: 'personalDataInStore',
            data: { field: name.text, data: label(category), sink, promise },
            category,
            flow: [
              { location: flow.location(property), label: `persisted field \`${name.text}\`` },
            ],
            sink,
            ...(clause ? { clause } : {}),
          });
        }
      }
    };

    /** `storage.set(…)` where `storage` is an object literal (here or exported) with a `set` function. */
    const memberFunction = (call: ts.CallExpression): ts.SignatureDeclaration | undefined => {
      const callee = unwrap(t, call.expression);
      if (!t.isPropertyAccessExpression(callee)) return undefined;
      const member = flow.property(callee.expression, callee.name.text);
      if (!member) return undefined;
      const fn = unwrap(t, member);
      return t.isArrowFunction(fn) || t.isFunctionExpression(fn) ? fn : undefined;
    };

    /** Whether the engine already has a fact with personal data at a node of this file. */
    const engineReported = (node: ts.Node): boolean =>
      node.getSourceFile() === context.sourceFile &&
      flow.factsAt(node).storage.some((f) => f.node === node && inClear(f.taints).length > 0);

    /**
     * With type information, the personal fields of an object-typed value the engine has no
     * taint for: `this.user` typed `User | null`, a class whose `email` field is personal.
     */
    const typeTaints = (node: ts.Expression): Taint[] => {
      const checker = context.checker;
      if (!checker || flow.taintOf(node).length > 0) return [];
      const type = checker.getNonNullableType(checker.getTypeAtLocation(node));
      if (!(type.flags & t.TypeFlags.Object)) return [];
      const out: Taint[] = [];
      for (const property of checker.getPropertiesOfType(type)) {
        const category = context.queries.categoryOfName(property.name);
        if (!category) continue;
        out.push({
          category,
          steps: [
            {
              location: flow.location(node),
              label: `read from \`${context.text(node)}\` (its \`${property.name}\`)`,
            },
          ],
          confidence: 0.8,
          transforms: [],
          name: property.name,
        });
      }
      return out;
    };

    /** The getter a property access reads: through the checker, or `this.x` in its class. */
    const getterOf = (
      access: ts.PropertyAccessExpression,
    ): ts.GetAccessorDeclaration | undefined => {
      const name = access.name.text;
      const declarations = context.checker?.getSymbolAtLocation(access.name)?.declarations;
      const typed = declarations?.find((d): d is ts.GetAccessorDeclaration =>
        t.isGetAccessorDeclaration(d),
      );
      if (typed || access.expression.kind !== t.SyntaxKind.ThisKeyword) return typed;
      let around: ts.Node = access.parent;
      while (!t.isClassLike(around)) {
        if (t.isSourceFile(around)) return undefined;
        around = around.parent;
      }
      return around.members.find(
        (m): m is ts.GetAccessorDeclaration =>
          t.isGetAccessorDeclaration(m) && t.isIdentifier(m.name) && m.name.text === name,
      );
    };

    /**
     * What a getter passed as the value returns: `Storage.set(this.name, this.asJson)` with
     * `get asJson() { return { user: this.user, team: this.team }; }` (a store persisting itself).
     * The engine's taint does not follow accessors.
     */
    const getterTaints = (node: ts.Expression): Taint[] => {
      const e = unstringified(node);
      if (!t.isPropertyAccessExpression(e) || !t.isIdentifier(e.name)) return [];
      const decl = getterOf(e);
      if (!decl) return [];
      const taints: Taint[] = [];
      for (const value of flow.returnsOf(decl)) {
        taints.push(...flow.taintOf(value));
        const object = unwrap(t, value);
        if (!t.isObjectLiteralExpression(object)) continue;
        for (const property of object.properties)
          if (t.isPropertyAssignment(property)) taints.push(...typeTaints(property.initializer));
      }
      return inClear(taints);
    };

    return {
      storage(fact) {
        if (fact.sink.kind !== 'browser-storage') return;
        const node = fact.node;
        if (t.isTaggedTemplateExpression(node)) return;
        if (fact.sink.id === 'device-storage' && encryptedStore(node)) return;
        let taints = inClear(fact.taints);
        if (taints.length === 0 && t.isCallExpression(node)) {
          const values = fact.inputs.length > 0 ? fact.inputs : node.arguments;
          taints = values.flatMap((value) => getterTaints(value));
        }
        let byKey: { category: string; key: string; node: ts.Node } | undefined;
        if (taints.length === 0 && fact.inputs.length > 0) {
          const write = keyOfWrite(fact);
          const found = write ? keyCategory(write.key, write.value) : undefined;
          if (found && write?.key) byKey = { ...found, node: write.key };
        }
        report(node, fact.sink.label, callText(node), taints, byKey);
      },
      syntax: {
        CallExpression(node) {
          if (!t.isCallExpression(node) || node.arguments.length === 0) return;
          if (flow.matchPatterns(node, PERSISTED_STORES)) {
            persistedStore(node);
            return;
          }
          if (flow.matchCall(node, 'storage')) return;
          if (
            node.getSourceFile() === context.sourceFile &&
            flow.factsAt(node).storage.some((f) => f.node === node)
          )
            return;
          const fn = flow.functionOf(node) ?? memberFunction(node);
          if (!fn || fn.parameters.length === 0) return;
          for (const write of writesIn(fn)) {
            if (engineReported(write.call)) continue;
            const arg = node.arguments[write.value];
            if (!arg || t.isSpreadElement(arg)) continue;
            let taints = inClear(flow.taintOf(arg));
            if (taints.length === 0) taints = getterTaints(arg);
            let byKey: { category: string; key: string; node: ts.Node } | undefined;
            if (taints.length === 0) {
              const key =
                write.key && 'param' in write.key
                  ? node.arguments[write.key.param]
                  : write.key?.node;
              const found = keyCategory(key, arg);
              if (found && key) byKey = { ...found, node: key };
            }
            report(node, write.sink, callText(node), taints, byKey);
            if (taints.length > 0 || byKey) return;
          }
        },
        // localStorage.email = email; window.localStorage['user'] = JSON.stringify(user)
        BinaryExpression(node) {
          if (!t.isBinaryExpression(node) || node.operatorToken.kind !== t.SyntaxKind.EqualsToken)
            return;
          const target = node.left;
          if (!t.isPropertyAccessExpression(target) && !t.isElementAccessExpression(target)) return;
          const store = storageObject(t, flow, target.expression);
          if (!store) return;
          const keyNode = t.isPropertyAccessExpression(target)
            ? target.name
            : target.argumentExpression;
          const keyText = t.isPropertyAccessExpression(target)
            ? target.name.text
            : flow.stringValue(target.argumentExpression);
          if (keyText !== undefined && STORAGE_MEMBERS.has(keyText)) return;
          const value = node.right;
          const taints = inClear(flow.taintOf(value));
          let byKey: { category: string; key: string; node: ts.Node } | undefined;
          if (taints.length === 0) {
            const found = t.isPropertyAccessExpression(target)
              ? keyCategoryOfText(target.name.text, value)
              : keyCategory(target.argumentExpression, value);
            if (found) byKey = { ...found, node: keyNode };
          }
          report(node, store, `${context.text(target)} =`, taints, byKey);
        },
      },
    };

    /** `keyCategory` for a key known as text (a property name). */
    function keyCategoryOfText(
      text: string,
      value: ts.Expression,
    ): { category: string; key: string } | undefined {
      if (!context.options.checkKeys || NOT_IN_CLEAR.test(text)) return undefined;
      const category = context.queries.categoryOfName(text);
      if (!category || !reportable(category) || !mayHoldData(value)) return undefined;
      if (flow.taintOf(value).length > 0) return undefined;
      return { category, key: text };
    }
  },
});

/** `localStorage`, `window.sessionStorage`: a browser Storage object, not a local of that name. */
function storageObject(
  t: typeof ts,
  flow: RuleContext<Options>['flow'],
  node: ts.Expression,
): string | undefined {
  const e = unwrap(t, node);
  if (t.isIdentifier(e))
    return STORAGE_GLOBALS.has(e.text) && !flow.declarationOf(e) ? e.text : undefined;
  if (
    t.isPropertyAccessExpression(e) &&
    STORAGE_GLOBALS.has(e.name.text) &&
    t.isIdentifier(e.expression) &&
    WINDOW_GLOBALS.has(e.expression.text) &&
    !flow.declarationOf(e.expression)
  )
    return e.name.text;
  return undefined;
}
