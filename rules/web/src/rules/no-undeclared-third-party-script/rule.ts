import { defineRule, unwrap, type FlowStep, type RuleContext } from '@pledge/core/rules';
import type ts from 'typescript';
import {
  COMPONENTS,
  ELEMENT_NAMES,
  ELEMENT_TYPES,
  ELEMENTS,
  LOADER_NAMES,
  LOADERS,
  PICTURE_FILE,
  type ComponentLoad,
  type ElementKind,
  type LoadKind,
} from './targets.js';

export interface Options {
  /** The policy clause findings cite; by default the one whose section is Social Media Widgets (clear gifs for pixels). */
  clause?: string;
  /** Hosts allowed besides the policy's, for assets a company does not count as a third party (globs such as `*.example-cdn.com`). */
  allowHosts: string[];
}

/** What a finding says the browser discloses to any host it loads from. */
const CATEGORY = 'user.device.ip_address';
/** How many helpers deep a URL is followed from the call that passes it. */
const MAX_HELPERS = 3;

/** A load whose URL a helper's parameter gives: `fn(url)` sets `script.src = url`. */
interface ParamLoad {
  index: number;
  /** The property of the parameter (`{ src }` of a component's props). */
  prop: string | undefined;
  kind: ElementKind;
  label: string;
  /** Where the helper loads it, and the helpers on the way. */
  steps: FlowStep[];
}

/** What a page loads, once its URL or hosts are known. */
interface Load {
  node: ts.Node;
  kind: ElementKind;
  label: string;
  url?: ts.Expression;
  hosts?: readonly string[];
  /** The helper that loads it, when the load is in a helper this call runs. */
  helper?: string;
  steps?: FlowStep[];
}

export const noUndeclaredThirdPartyScript = defineRule<Options>({
  id: 'no-undeclared-third-party-script',
  meta: {
    description:
      'Disallow third-party scripts, frames, tracking pixels and widgets loaded from hosts the policy does not declare',
    recommended: true,
    severity: 'error',
    policyFields: ['thirdParties', 'firstParty.hosts', 'clauses'],
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        clause: {
          type: 'string',
          description:
            'The id of the policy clause findings cite. By default the clause whose section is "Social Media Widgets" (for pixels, one about web beacons or clear gifs first), else "Website Visitors".',
        },
        allowHosts: {
          type: 'array',
          items: { type: 'string' },
          description:
            'Hosts (globs such as `*.cdn.example`) that may be loaded from without a `thirdParties` entry, for public CDNs a company does not count as a third party. Prefer declaring them in the policy.',
        },
      },
    },
    messages: {
      undeclaredHost:
        "{{what}} loads `{{host}}`, a host the policy does not declare. {{promise}} says third-party scripts, frames, pixels and widgets come only from declared third parties, and every visitor's browser discloses their IP address and the page to it; declare `{{host}}` in a `thirdParties` entry or serve the file from your own host.",
      undeclaredHostThroughHelper:
        "`{{helper}}` loads {{what}} from `{{host}}` with the URL this call passes, a host the policy does not declare. {{promise}} says third-party scripts, frames, pixels and widgets come only from declared third parties, and every visitor's browser discloses their IP address and the page to it; declare `{{host}}` in a `thirdParties` entry or serve the file from your own host.",
    },
  },
  defaultOptions: { allowHosts: [] },
  create(context) {
    const t = context.ts;
    const flow = context.flow;
    const allowed = context.options.allowHosts.map(globToRegExp);
    const clauses = {
      pixel: context.options.clause ?? chooseClause(context, [BEACONS, WIDGETS, VISITORS]),
      other: context.options.clause ?? chooseClause(context, [WIDGETS, VISITORS, BEACONS]),
    };
    const promiseOf = (clause: string | undefined): string => {
      const citation = context.cite(clause);
      return citation ? `The policy (${citation.section})` : 'The policy';
    };

    // ── what an element is ──────────────────────────────────────────────

    /** The kind of element an expression holds: made here, declared with a DOM type, or named so. */
    const elementOf = (
      expr: ts.Expression,
      depth = 0,
    ): { kind: ElementKind; label: string } | undefined => {
      const e = unwrap(t, expr);
      if (t.isNewExpression(e) && t.isIdentifier(e.expression) && e.expression.text === 'Image') {
        const sizes = (e.arguments ?? []).map((a) => numberOf(a));
        const tiny = sizes.length > 0 && sizes.every((n) => n !== undefined && n <= 1);
        return { kind: tiny ? 'pixel' : 'image', label: 'new Image().src' };
      }
      if (t.isCallExpression(e)) {
        const callee = unwrap(t, e.expression);
        const name = t.isPropertyAccessExpression(callee)
          ? callee.name.text
          : t.isIdentifier(callee)
            ? callee.text
            : '';
        const [tagArg] = e.arguments;
        if (name !== 'createElement' || !tagArg) return undefined;
        const tag = flow.stringValue(tagArg)?.toLowerCase();
        const kind = tag === undefined ? undefined : ELEMENTS[tag];
        return kind && tag ? { kind, label: `createElement('${tag}').src` } : undefined;
      }
      let name: string | undefined;
      if (t.isIdentifier(e)) {
        name = e.text;
        const decl = flow.declarationOf(e);
        if (decl && (t.isVariableDeclaration(decl) || t.isParameter(decl))) {
          const typed = typeKind(decl.type);
          if (typed) return { kind: typed, label: `${e.text}.src` };
          if (t.isVariableDeclaration(decl) && decl.initializer && depth < 2) {
            const found = elementOf(decl.initializer, depth + 1);
            if (found) return { ...found, label: `${e.text}.src` };
          }
        }
      } else if (t.isPropertyAccessExpression(e)) name = e.name.text;
      if (name === undefined) return undefined;
      if (context.checker) {
        const symbol = context.checker.getTypeAtLocation(e).getSymbol();
        const kind = symbol ? ELEMENT_TYPES[symbol.getName()] : undefined;
        if (kind) return { kind, label: `${name}.src` };
      }
      const named = ELEMENT_NAMES.find(({ pattern }) => pattern.test(name));
      return named ? { kind: named.kind, label: `${name}.src` } : undefined;
    };

    const typeKind = (type: ts.TypeNode | undefined): ElementKind | undefined => {
      if (!type || !t.isTypeReferenceNode(type) || !t.isIdentifier(type.typeName)) return undefined;
      return ELEMENT_TYPES[type.typeName.text];
    };

    const numberOf = (expr: ts.Expression | undefined): number | undefined => {
      if (!expr) return undefined;
      const e = unwrap(t, expr);
      if (t.isNumericLiteral(e)) return Number(e.text);
      const text = flow.stringValue(e);
      const m = text === undefined ? null : /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(text);
      return m ? Number(m[1]) : undefined;
    };

    // ── JSX ─────────────────────────────────────────────────────────────

    const attributeOf = (
      element: ts.JsxOpeningLikeElement,
      name: string,
    ): { attribute: ts.JsxAttribute; value: ts.Expression | undefined } | undefined => {
      for (const property of element.attributes.properties) {
        if (!t.isJsxAttribute(property) || !t.isIdentifier(property.name)) continue;
        if (property.name.text !== name) continue;
        const init = property.initializer;
        const value =
          init === undefined
            ? undefined
            : t.isStringLiteral(init)
              ? init
              : t.isJsxExpression(init)
                ? init.expression
                : undefined;
        return { attribute: property, value };
      }
      return undefined;
    };

    /** `<img width="1" height="1">`, `<img style={{ display: 'none' }}>`, `<img hidden>`: a pixel. */
    const isPixelImage = (element: ts.JsxOpeningLikeElement): boolean => {
      const hidden = attributeOf(element, 'hidden');
      if (hidden && (hidden.value === undefined || hidden.value.kind === t.SyntaxKind.TrueKeyword))
        return true;
      const style = attributeOf(element, 'style')?.value;
      if (style) {
        const text = flow.stringValue(style);
        if (text !== undefined && HIDDEN_STYLE.test(text)) return true;
        const display = flow.property(style, 'display');
        const visibility = flow.property(style, 'visibility');
        if (display && flow.stringValue(display) === 'none') return true;
        if (visibility && flow.stringValue(visibility) === 'hidden') return true;
      }
      const sizes = ['width', 'height']
        .map((n) => attributeOf(element, n))
        .filter((a) => a !== undefined)
        .map((a) => numberOf(a.value));
      return sizes.length > 0 && sizes.every((n) => n !== undefined && n <= 1);
    };

    /** The module and exported name a JSX tag is imported as. */
    const importOf = (tag: ts.Identifier): { module: string; name: string } | undefined => {
      const decl = flow.declarationOf(tag);
      if (!decl) return undefined;
      if (t.isImportSpecifier(decl)) {
        const module = decl.parent.parent.parent.moduleSpecifier;
        return t.isStringLiteral(module)
          ? { module: module.text, name: (decl.propertyName ?? decl.name).text }
          : undefined;
      }
      if (t.isImportClause(decl)) {
        const module = decl.parent.moduleSpecifier;
        return t.isStringLiteral(module) ? { module: module.text, name: 'default' } : undefined;
      }
      return undefined;
    };

    const componentOf = (tag: ts.Identifier): ComponentLoad | undefined => {
      const imported = importOf(tag);
      if (!imported) return undefined;
      return COMPONENTS.find(
        (c) => c.name === imported.name && c.modules.includes(imported.module),
      );
    };

    const jsxElement = (element: ts.JsxOpeningLikeElement): void => {
      const tag = element.tagName;
      if (!t.isIdentifier(tag)) return;
      if (/^[a-z]/.test(tag.text)) {
        const kind = ELEMENTS[tag.text];
        if (!kind) return;
        const src = attributeOf(element, 'src');
        if (src?.value) {
          if (kind === 'image' && !isPixelImage(element)) return;
          judge({
            node: src.attribute,
            kind: kind === 'image' ? 'pixel' : kind,
            label: `<${tag.text} src>`,
            url: src.value,
          });
        } else if (tag.text === 'script') inlineSnippet(element, '<script>');
        return;
      }
      const component = componentOf(tag);
      if (component) {
        if (component.hosts) {
          judge({
            node: element,
            kind: component.kind,
            label: component.label,
            hosts: component.hosts,
          });
          return;
        }
        if (component.url) {
          const url = attributeOf(element, component.url);
          if (url?.value) {
            judge({
              node: url.attribute,
              kind: component.kind,
              label: component.label,
              url: url.value,
            });
            return;
          }
          inlineSnippet(element, `<${tag.text}>`);
        }
        if (component.scripts) {
          const list = attributeOf(element, component.scripts)?.value;
          const array = list ? unwrap(t, list) : undefined;
          if (array && t.isArrayLiteralExpression(array))
            for (const item of array.elements) {
              const src = t.isSpreadElement(item) ? undefined : flow.property(item, 'src');
              if (src) judge({ node: item, kind: 'script', label: component.label, url: src });
            }
        }
        return;
      }
      // A component of the project that renders `<iframe src={src}>` with a prop; asked only
      // of an element given an absolute URL (a cheap filter before following the component).
      const given = element.attributes.properties.some(
        (p) =>
          t.isJsxAttribute(p) &&
          p.initializer !== undefined &&
          (t.isStringLiteral(p.initializer)
            ? isAbsolute(p.initializer)
            : t.isJsxExpression(p.initializer) &&
              p.initializer.expression !== undefined &&
              isAbsolute(p.initializer.expression)),
      );
      if (!given) return;
      const decl = flow.declarationOf(tag);
      const fn = decl ? functionOfDeclaration(decl) : undefined;
      if (!fn) return;
      for (const load of loadsOf(fn, 0)) {
        if (load.index !== 0 || load.prop === undefined) continue;
        const value = attributeOf(element, load.prop)?.value;
        if (!value) continue;
        judge({
          node: element,
          kind: load.kind,
          label: load.label,
          url: value,
          helper: `<${tag.text}>`,
          steps: load.steps,
        });
      }
    };

    /**
     * A vendor's snippet inside a `<Script>` or `<script>` (children, or
     * `dangerouslySetInnerHTML`): the absolute URLs it loads, where the code is only text.
     */
    const inlineSnippet = (element: ts.JsxOpeningLikeElement, label: string): void => {
      const texts: ts.Expression[] = [];
      const inner = attributeOf(element, 'dangerouslySetInnerHTML')?.value;
      const html = inner ? flow.property(inner, '__html') : undefined;
      if (html) texts.push(html);
      const parent = element.parent;
      if (t.isJsxOpeningElement(element) && t.isJsxElement(parent))
        for (const child of parent.children)
          if (t.isJsxExpression(child) && child.expression) texts.push(child.expression);
      for (const expr of texts) {
        const code = flow.stringParts(expr)?.value;
        if (code === undefined) continue;
        for (const url of snippetUrls(code))
          judge({ node: element, kind: 'script', label: `${label} snippet`, hosts: [url] });
      }
    };

    // ── calls and assignments ───────────────────────────────────────────

    /** `el.src = url`, `el['src'] = url`, `el.setAttribute('src', url)`: the element and the URL. */
    const srcWrite = (
      node: ts.Node,
    ): { element: ts.Expression; url: ts.Expression; node: ts.Node } | undefined => {
      if (t.isBinaryExpression(node)) {
        if (node.operatorToken.kind !== t.SyntaxKind.EqualsToken) return undefined;
        const left = node.left;
        if (t.isPropertyAccessExpression(left) && left.name.text === 'src')
          return { element: left.expression, url: node.right, node };
        if (
          t.isElementAccessExpression(left) &&
          t.isStringLiteral(left.argumentExpression) &&
          left.argumentExpression.text === 'src'
        )
          return { element: left.expression, url: node.right, node };
        return undefined;
      }
      if (t.isCallExpression(node)) {
        const callee = node.expression;
        const [name, value] = node.arguments;
        if (
          t.isPropertyAccessExpression(callee) &&
          callee.name.text === 'setAttribute' &&
          name &&
          value &&
          flow.stringValue(name) === 'src'
        )
          return { element: callee.expression, url: value, node };
      }
      return undefined;
    };

    const loaderOf = (call: ts.CallExpression) =>
      flow.matchPatterns(call, LOADERS) ??
      (flow.functionOf(call) ? undefined : flow.matchPatterns(call, [LOADER_NAMES]));

    /** The URLs of a loader's argument: one, or each of a list (`$script([a, b])`). */
    const urlsOf = (arg: ts.Expression | undefined): ts.Expression[] => {
      if (!arg) return [];
      const e = unwrap(t, arg);
      if (t.isArrayLiteralExpression(e))
        return e.elements.filter((x): x is ts.Expression => !t.isSpreadElement(x));
      return [arg];
    };

    /** The loads inside a project function whose URL is one of its parameters (memoised). */
    const summaries = new Map<ts.Node, ParamLoad[]>();
    const loadsOf = (fn: ts.SignatureDeclaration, depth: number): ParamLoad[] => {
      const known = summaries.get(fn);
      if (known) return known;
      summaries.set(fn, []);
      const loads: ParamLoad[] = [];
      const here = (node: ts.Node, label: string): FlowStep => ({
        location: flow.location(node),
        label,
      });
      const fnName = nameOfFunction(t, fn) ?? 'a helper';
      const add = (url: ts.Expression, kind: ElementKind, label: string, at: ts.Node) => {
        const param = parameterOf(url, fn);
        if (param)
          loads.push({
            ...param,
            kind,
            label,
            steps: [here(at, `\`${fnName}\` loads it with ${label}`)],
          });
      };
      const visit = (node: ts.Node): void => {
        const write = srcWrite(node);
        if (write) {
          const element = elementOf(write.element);
          if (element) add(write.url, element.kind, element.label, write.node);
        } else if (t.isCallExpression(node)) {
          const loader = flow.matchPatterns(node, LOADERS);
          if (loader)
            for (const url of urlsOf(node.arguments[loader.arg]))
              add(url, 'script', loader.label, node);
          else if (depth < MAX_HELPERS && node.arguments.some((a) => passesParameter(a, fn))) {
            const callee = flow.functionOf(node);
            if (callee && callee !== fn)
              for (const inner of loadsOf(callee, depth + 1)) {
                const arg = node.arguments[inner.index];
                const url = arg && inner.prop !== undefined ? flow.property(arg, inner.prop) : arg;
                const param = url ? parameterOf(url, fn) : undefined;
                if (param)
                  loads.push({
                    ...param,
                    kind: inner.kind,
                    label: inner.label,
                    steps: [...inner.steps, here(node, `\`${fnName}\` passes it on`)],
                  });
              }
          }
        } else if (t.isJsxSelfClosingElement(node) || t.isJsxOpeningElement(node)) {
          const tag = node.tagName;
          if (t.isIdentifier(tag) && /^[a-z]/.test(tag.text)) {
            const kind = ELEMENTS[tag.text];
            const src = attributeOf(node, 'src');
            if (kind && kind !== 'image' && src?.value)
              add(src.value, kind, `<${tag.text} src>`, src.attribute);
          } else if (t.isIdentifier(tag)) {
            const component = componentOf(tag);
            const url = component?.url ? attributeOf(node, component.url) : undefined;
            if (component && url?.value)
              add(url.value, component.kind, component.label, url.attribute);
          }
        }
        t.forEachChild(node, visit);
      };
      const body = (fn as { body?: ts.Node }).body;
      if (body) visit(body);
      summaries.set(fn, loads);
      return loads;
    };

    /** Cheaply: an argument that names one of `fn`'s parameters (`url`, `` `${url}` ``, `props.src`). */
    const passesParameter = (arg: ts.Expression, fn: ts.SignatureDeclaration): boolean => {
      const names = new Set<string>();
      for (const p of fn.parameters) {
        if (t.isIdentifier(p.name)) names.add(p.name.text);
        else if (t.isObjectBindingPattern(p.name))
          for (const b of p.name.elements) if (t.isIdentifier(b.name)) names.add(b.name.text);
      }
      let found = false;
      const visit = (n: ts.Node): void => {
        if (found) return;
        if (t.isIdentifier(n) && names.has(n.text)) found = true;
        else t.forEachChild(n, visit);
      };
      visit(arg);
      return found;
    };

    /** A URL that is a parameter of `fn`, or starts with one: `url`, `` `${base}/a.js` ``, `props.src`, `{ src }`. */
    const parameterOf = (
      url: ts.Expression,
      fn: ts.SignatureDeclaration,
    ): { index: number; prop: string | undefined } | undefined => {
      let e = unwrap(t, url);
      if (t.isTemplateExpression(e) && e.head.text === '' && e.templateSpans[0])
        e = unwrap(t, e.templateSpans[0].expression);
      while (t.isBinaryExpression(e) && e.operatorToken.kind === t.SyntaxKind.PlusToken)
        e = unwrap(t, e.left);
      let prop: string | undefined;
      if (t.isPropertyAccessExpression(e) && t.isIdentifier(e.expression)) {
        prop = e.name.text;
        e = e.expression;
      }
      if (!t.isIdentifier(e)) return undefined;
      const decl = flow.declarationOf(e);
      if (!decl) return undefined;
      if (t.isParameter(decl) && decl.parent === fn && t.isIdentifier(decl.name))
        return { index: fn.parameters.indexOf(decl), prop };
      // `function Embed({ src })`: a property of the first parameter.
      if (prop === undefined && t.isBindingElement(decl) && t.isObjectBindingPattern(decl.parent)) {
        const param = decl.parent.parent;
        if (t.isParameter(param) && param.parent === fn) {
          const key = decl.propertyName ?? decl.name;
          if (t.isIdentifier(key)) return { index: fn.parameters.indexOf(param), prop: key.text };
        }
      }
      return undefined;
    };

    const call = (node: ts.CallExpression): void => {
      const write = srcWrite(node);
      if (write) {
        assignment(write);
        return;
      }
      // A cheap filter first: only a call given an absolute URL loads from a host.
      const urls = node.arguments.filter((arg) => urlsOf(arg).some((u) => isAbsolute(u)));
      if (urls.length === 0) return;
      const loader = loaderOf(node);
      if (loader) {
        for (const url of urlsOf(node.arguments[loader.arg]))
          judge({ node, kind: 'script', label: `${calleeText(node)}()`, url });
        return;
      }
      const fn = flow.functionOf(node);
      if (!fn) return;
      for (const load of loadsOf(fn, 0)) {
        const arg = node.arguments[load.index];
        const url = arg && load.prop !== undefined ? flow.property(arg, load.prop) : arg;
        if (!url) continue;
        judge({
          node,
          kind: load.kind,
          label: load.label,
          url,
          helper: `${nameOfFunction(t, fn) ?? calleeText(node)}()`,
          steps: load.steps,
        });
      }
    };

    const assignment = (write: { element: ts.Expression; url: ts.Expression; node: ts.Node }) => {
      if (!isAbsolute(write.url)) return;
      const element = elementOf(write.element);
      if (element)
        judge({ node: write.node, kind: element.kind, label: element.label, url: write.url });
    };

    /**
     * Markup written to a page (`ctx.body = \`<html>…\``, `el.innerHTML = …`,
     * `document.write(…)`, `res.send(…)`): the `<script src>` and `<iframe src>` tags in it, a
     * URL written out or a `${value}` the tag's `src` prints.
     */
    const markup = (html: ts.Expression, at: ts.Node): void => {
      let e = unwrap(t, html);
      if (t.isIdentifier(e)) {
        const decl = flow.declarationOf(e);
        if (!decl || !t.isVariableDeclaration(decl) || !decl.initializer) return;
        e = unwrap(t, decl.initializer);
      }
      const chunks: { text: string; node: ts.Node; next: ts.Expression | undefined }[] = [];
      if (t.isStringLiteral(e) || t.isNoSubstitutionTemplateLiteral(e))
        chunks.push({ text: e.text, node: e, next: undefined });
      else if (t.isTemplateExpression(e)) {
        chunks.push({ text: e.head.text, node: e.head, next: e.templateSpans[0]?.expression });
        e.templateSpans.forEach((span, i) =>
          chunks.push({
            text: span.literal.text,
            node: span.literal,
            next: e.templateSpans[i + 1]?.expression,
          }),
        );
      } else return;
      if (!chunks.some((c) => HTML_LOAD.test(c.text))) return;
      for (const chunk of chunks) {
        for (const m of chunk.text.matchAll(STATIC_TAG_SRC)) {
          const host = hostOfUrlText(m[2] ?? '');
          const kind = (m[1] ?? '').toLowerCase() === 'script' ? 'script' : 'iframe';
          if (host) judge({ node: at, kind, label: `<${kind} src> in markup`, hosts: [host] });
        }
        const open = OPEN_TAG_SRC.exec(chunk.text);
        if (open && chunk.next) {
          const kind = (open[1] ?? '').toLowerCase() === 'script' ? 'script' : 'iframe';
          judge({ node: chunk.next, kind, label: `<${kind} src> in markup`, url: chunk.next });
        }
      }
    };

    /** Where markup is written, by the property assigned or the function called. */
    const markupAssignment = (node: ts.BinaryExpression): void => {
      if (node.operatorToken.kind !== t.SyntaxKind.EqualsToken) return;
      const left = node.left;
      if (!t.isPropertyAccessExpression(left)) return;
      const name = left.name.text;
      const owner = unwrap(t, left.expression);
      const ownerName = t.isIdentifier(owner)
        ? owner.text
        : t.isPropertyAccessExpression(owner)
          ? owner.name.text
          : '';
      if (
        MARKUP_PROPERTIES.includes(name) ||
        (name === 'body' && MARKUP_BODY_OWNERS.includes(ownerName))
      )
        markup(node.right, node.right);
    };

    const markupCall = (node: ts.CallExpression): void => {
      const callee = unwrap(t, node.expression);
      if (!t.isPropertyAccessExpression(callee)) return;
      const arg = MARKUP_CALLS[callee.name.text];
      const html = arg === undefined ? undefined : node.arguments[arg];
      if (html) markup(html, html);
    };

    /** A URL that is (or starts with) a parameter of a named function: its calls say what it loads. */
    const isHelperParameter = (url: ts.Expression): boolean => {
      for (
        let fn = t.findAncestor(url.parent, (n) => t.isFunctionLike(n));
        fn;
        fn = t.findAncestor(fn.parent, (n) => t.isFunctionLike(n))
      ) {
        if (nameOfFunction(t, fn) !== undefined && parameterOf(url, fn)) return true;
      }
      return false;
    };

    const isAbsolute = (url: ts.Expression): boolean => {
      const start = flow.stringParts(url)?.value;
      return start !== undefined && /^\s*(?:https?:)?\/\//i.test(start);
    };

    const calleeText = (node: ts.CallExpression): string => {
      const callee = unwrap(t, node.expression);
      return t.isIdentifier(callee)
        ? callee.text
        : t.isPropertyAccessExpression(callee)
          ? callee.name.text
          : 'load';
    };

    // ── the verdict ─────────────────────────────────────────────────────

    const isDeclared = (host: string): boolean => {
      const probe = host.startsWith('*.') ? `x${host.slice(1)}` : host;
      return (
        context.queries.isFirstPartyHost(probe) ||
        context.queries.recipientForHost(probe) !== undefined ||
        allowed.some((re) => re.test(probe))
      );
    };

    const judge = (load: Load): void => {
      let host: string | undefined;
      if (load.hosts) {
        if (load.hosts.some(isDeclared)) return;
        host = load.hosts[0];
      } else if (load.url) {
        // A helper's parameter (`s.src = src`) is judged at the helper's calls, where the URL is written.
        if (load.helper === undefined && isHelperParameter(load.url)) return;
        const destination = flow.destinationOf(load.url);
        if (destination.relative || destination.firstParty || destination.recipient) return;
        host = destination.host ?? returnedHost(load.url);
        if (host === undefined || isDeclared(host)) return;
        if (load.kind === 'image') {
          // An image made in code is a beacon unless it is a picture file.
          const text = flow.stringParts(load.url)?.value ?? '';
          if (PICTURE_FILE.test(text)) return;
        }
      }
      if (host === undefined) return;
      const kind: LoadKind = load.kind === 'image' ? 'pixel' : load.kind;
      const clause = kind === 'pixel' ? clauses.pixel : clauses.other;
      const steps: FlowStep[] = [];
      if (load.url) steps.push(...urlSteps(load.url));
      steps.push(...(load.steps ?? []));
      const what = `${NOUNS[kind]} (\`${load.label}\`)`;
      context.report({
        node: load.node,
        messageId: load.helper ? 'undeclaredHostThroughHelper' : 'undeclaredHost',
        data: {
          what: load.helper ? what.charAt(0).toLowerCase() + what.slice(1) : what,
          host,
          promise: promiseOf(clause),
          ...(load.helper ? { helper: load.helper } : {}),
        },
        category: CATEGORY,
        sink: load.label,
        ...(clause === undefined ? {} : { clause }),
        flow: steps,
      });
    };

    /**
     * A URL a project function returns (`const embedUrl = getEmbedUrl(post)`): the first
     * undeclared host among the URLs it returns, each a load on some path.
     */
    const returnedHost = (url: ts.Expression): string | undefined => {
      let e = unwrap(t, url);
      if (t.isIdentifier(e)) {
        const decl = flow.declarationOf(e);
        if (!decl || !t.isVariableDeclaration(decl) || !decl.initializer) return undefined;
        e = unwrap(t, decl.initializer);
      }
      if (!t.isCallExpression(e)) return undefined;
      const fn = flow.functionOf(e);
      if (!fn) return undefined;
      for (const returned of flow.returnsOf(fn)) {
        const destination = flow.destinationOf(returned);
        const host = destination.host;
        if (destination.relative || destination.firstParty || destination.recipient) continue;
        if (host !== undefined && !isDeclared(host)) return host;
      }
      return undefined;
    };

    /** Where a URL held in a constant is written: `const SRC = 'https://…'` in this file or another. */
    const urlSteps = (url: ts.Expression): FlowStep[] => {
      const e = unwrap(t, url);
      const name = t.isIdentifier(e) ? e : t.isPropertyAccessExpression(e) ? e.name : undefined;
      if (!name || !t.isIdentifier(e)) return [];
      const decl = flow.declarationOf(e);
      if (!decl || !t.isVariableDeclaration(decl) || !decl.initializer) return [];
      return [{ location: flow.location(decl), label: `the URL \`${name.text}\` is set here` }];
    };

    return {
      syntax: {
        JsxSelfClosingElement(node) {
          jsxElement(node as ts.JsxSelfClosingElement);
        },
        JsxOpeningElement(node) {
          jsxElement(node as ts.JsxOpeningElement);
        },
        BinaryExpression(node) {
          const write = srcWrite(node);
          if (write) assignment(write);
          else markupAssignment(node as ts.BinaryExpression);
        },
        CallExpression(node) {
          call(node as ts.CallExpression);
          markupCall(node as ts.CallExpression);
        },
      },
    };

    function functionOfDeclaration(decl: ts.Node): ts.SignatureDeclaration | undefined {
      if (t.isFunctionDeclaration(decl)) return decl;
      if (t.isVariableDeclaration(decl) && decl.initializer) {
        const init = unwrap(t, decl.initializer);
        if (t.isArrowFunction(init) || t.isFunctionExpression(init)) return init;
        // `const Embed = memo(function Embed({ src }) { … })`, `forwardRef(…)`.
        if (t.isCallExpression(init)) {
          const [inner] = init.arguments;
          const fn = inner ? unwrap(t, inner) : undefined;
          if (fn && (t.isArrowFunction(fn) || t.isFunctionExpression(fn))) return fn;
        }
      }
      return undefined;
    }
  },
});

const NOUNS: Readonly<Record<LoadKind, string>> = {
  script: 'A third-party script',
  iframe: 'A third-party frame',
  pixel: 'A tracking pixel',
  widget: 'A third-party widget',
};

/** Markup that loads something: a `<script>` or `<iframe>` tag with a `src`. */
const HTML_LOAD = /<(?:script|iframe)\b[^>]*\bsrc\s*=/i;
/** `<script … src="https://…">` written out in markup. */
const STATIC_TAG_SRC = /<(script|iframe)\b[^>]*?\bsrc\s*=\s*["']((?:https?:)?\/\/[^"'\s]+)["']/gi;
/** `<script … src="` at the end of a chunk of markup: the next `${value}` is the URL. */
const OPEN_TAG_SRC = /<(script|iframe)\b[^>]*?\bsrc\s*=\s*["']$/i;
/** Properties that put markup in a page (`body` only on a Koa context, `ctx.body`). */
const MARKUP_PROPERTIES: readonly string[] = ['innerHTML', 'outerHTML', 'srcdoc'];
const MARKUP_BODY_OWNERS: readonly string[] = ['ctx', 'context'];
/** Methods that put markup in a page or a response, and the argument holding it. */
const MARKUP_CALLS: Readonly<Record<string, number>> = {
  write: 0,
  writeln: 0,
  insertAdjacentHTML: 1,
  send: 0,
  end: 0,
};

function hostOfUrlText(url: string): string | undefined {
  return /^(?:https?:)?\/\/([^/?#:'"`\s]+)/i.exec(url)?.[1]?.toLowerCase();
}

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

const WIDGETS = /social media widgets|widgets?\b/i;
const BEACONS = /web beacons?|clear gifs?|beacons?|pixels?/i;
const VISITORS = /website visitors|cookies/i;

/** The clause a policy gives the promise: the first section that matches, in order. */
function chooseClause(
  context: RuleContext<Options>,
  sections: readonly RegExp[],
): string | undefined {
  const clauses = Object.entries(context.policy.clauses);
  for (const section of sections) {
    const found = clauses.find(([, clause]) => section.test(clause.section));
    if (found) return found[0];
  }
  return undefined;
}

/**
 * The absolute URLs a vendor's snippet (code held as text) loads: assigned to a `src`, written
 * in a `src="…"` attribute, or a script file passed to the snippet's loader function
 * (`…}(window, document, 'script', 'https://connect.facebook.net/en_US/fbevents.js')`).
 */
function snippetUrls(code: string): string[] {
  const hosts = new Set<string>();
  const patterns = [
    /\.src\s*=\s*['"`]((?:https?:)?\/\/[^'"`\s]+)/gi,
    /\bsrc\s*=\s*\\?['"]((?:https?:)?\/\/[^'"\s\\]+)/gi,
    /['"`]((?:https?:)?\/\/[^'"`\s]+\.js)(?:\?[^'"`\s]*)?['"`]/gi,
  ];
  for (const pattern of patterns)
    for (const m of code.matchAll(pattern)) {
      const host = /^(?:https?:)?\/\/([^/?#:'"`\s]+)/i.exec(m[1] ?? '')?.[1]?.toLowerCase();
      if (host && !host.includes('$') && !host.includes('{') && host.includes('.')) hosts.add(host);
    }
  return [...hosts];
}

function nameOfFunction(t: typeof ts, fn: ts.SignatureDeclaration): string | undefined {
  if (
    (t.isFunctionDeclaration(fn) || t.isMethodDeclaration(fn)) &&
    fn.name &&
    t.isIdentifier(fn.name)
  )
    return fn.name.text;
  const holder = fn.parent;
  if (
    (t.isVariableDeclaration(holder) || t.isPropertyAssignment(holder)) &&
    t.isIdentifier(holder.name)
  )
    return holder.name.text;
  return undefined;
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .toLowerCase()
    .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '[^.]*(?:\\.[^.]*)*');
  return new RegExp(`^${body}$`);
}
