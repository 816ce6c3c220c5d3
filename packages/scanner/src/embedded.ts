import { extname } from 'node:path';

// Inline scripts of HTML pages, server templates and single-file components. The engine only
// reads JavaScript and TypeScript, so a page becomes a *virtual source* of exactly the same
// length in which everything outside the script bodies is a space (line breaks kept): a
// node's offset, line and column in the virtual source are those of the page, and every
// report names the page.
//
//   <p>Hi <%= user.name %></p>               →
//   <script>                                 →
//     <% if (user) { %>                      →
//     fbq('init', '<%= pixelId %>', {        →    fbq('init',      pixelId    , {
//       em: '<%= user.email %>' });          →      em:      user.email     });
//     <% } %>                                →
//   </script>                                →  ;
//
// Template tags inside a script are replaced first, as the template engine runs before the
// browser does: a tag that prints nothing (`<% if (x) { %>`, `{% for %}`, `{{#if}}`, a
// comment) becomes spaces; a tag that prints a value becomes an expression of its length —
// its own expression when that is a plain path or call (`user.email`,
// `encodeURIComponent(user.email)`), so personal data printed into a script is still seen,
// otherwise an identifier `__tpl___`. A string that is only the tag becomes the value; a
// longer one is concatenated (`'?e=<%= user.email %>'` → `'?e='+ user.email +''`), so its
// constant parts (a host, a cookie name) stay and the value is never taken for text. A
// region ends with a `;` written where `</script>` was, so regions never run together.

/** The extensions whose inline scripts are analysed. */
export const EMBEDDED_EXTENSIONS: readonly string[] = [
  '.html',
  '.htm',
  '.ejs',
  '.hbs',
  '.handlebars',
  '.pug',
  '.njk',
  '.liquid',
  '.vue',
  '.svelte',
];

/** Which template tags a file kind has, besides HTML itself. */
interface Dialect {
  /** `<% %>`, `<%= %>`, `<%- %>`, `<%# %>` (EJS, ERB-like). */
  ejs: boolean;
  /** `{{ }}`, `{{{ }}}`, `{{#block}}`, `{{! comment }}` (Handlebars, Mustache, Jinja). */
  mustache: boolean;
  /** `{% %}` and `{# #}` (Nunjucks, Jinja, Liquid). */
  jinja: boolean;
  /** `#{ }` and `!{ }` (Pug). */
  pug: boolean;
}

const NONE: Dialect = { ejs: false, mustache: false, jinja: false, pug: false };

// A `.html` file is often a server template of some engine (Jinja, Django, Go, Handlebars,
// an Express view with `<% %>`), so it gets every tag syntax that cannot be plain JavaScript.
const DIALECTS: Readonly<Record<string, Dialect>> = {
  '.html': { ejs: true, mustache: true, jinja: true, pug: false },
  '.htm': { ejs: true, mustache: true, jinja: true, pug: false },
  '.ejs': { ...NONE, ejs: true },
  '.hbs': { ...NONE, mustache: true },
  '.handlebars': { ...NONE, mustache: true },
  '.njk': { ...NONE, mustache: true, jinja: true },
  '.liquid': { ...NONE, mustache: true, jinja: true },
  '.pug': { ...NONE, pug: true },
  '.vue': NONE,
  '.svelte': NONE,
};

/** The suffix of a virtual source's name: `page.html` is analysed as `page.html.pledge-inline.js`. */
const VIRTUAL_SUFFIX = '.pledge-inline';
const VIRTUAL_NAME = /\.pledge-inline\.(?:js|jsx|ts|tsx)$/;

/** The script kinds a virtual source can have. */
export type InlineScriptExtension = '.js' | '.jsx' | '.ts' | '.tsx';

/** The inline scripts of a file, as one virtual source the engine can parse. */
export interface InlineScripts {
  /** Same length and line breaks as the file; blank outside the scripts. */
  text: string;
  /** `.ts` when a script says `lang="ts"` (`.tsx`, `.jsx` likewise), else `.js`. */
  extension: InlineScriptExtension;
  /** How many code regions the text holds (scripts, and `src` URLs that print a value). */
  regions: number;
}

/** Whether a file's inline scripts are analysed (an HTML page, a template, a component). */
export function isEmbeddedFileName(name: string): boolean {
  return EMBEDDED_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** The name a file's virtual source is given in the TypeScript program. */
export function virtualFileName(path: string, extension: InlineScriptExtension): string {
  return `${path}${VIRTUAL_SUFFIX}${extension}`;
}

/** The real file behind a name: a virtual source's page, or the name itself. */
export function realFileName(fileName: string): string {
  if (!VIRTUAL_NAME.test(fileName)) return fileName;
  const page = fileName.replace(VIRTUAL_NAME, '');
  return isEmbeddedFileName(page) ? page : fileName;
}

/**
 * The virtual source of a file's inline scripts: `<script>` elements without `src` whose
 * `type` is absent or JavaScript (`module`, `text/javascript`…), Pug `script.` blocks, and
 * `src` URLs of `<img>`, `<script>` and `<iframe>` that print a template value (analysed as
 * `a.src = "…"`, the engine's pixel), and static absolute `src` URLs of `<script>`,
 * `<iframe>` and pixel `<img>` tags (`script.src = "…"`, `iframe.src = "…"`, `px.src = "…"`:
 * what the page loads from other hosts). Undefined when the file is not of a kind with inline
 * scripts.
 */
export function extractInlineScripts(path: string, text: string): InlineScripts | undefined {
  const ext = extname(path).toLowerCase();
  const dialect = DIALECTS[ext];
  if (dialect === undefined) return undefined;
  const out = blank(text);
  const tags = new TemplateTags(text, dialect);
  const regions = ext === '.pug' ? pugRegions(text) : htmlRegions(text, tags);
  const langs = new Set<string>();
  let count = 0;
  for (const region of regions) {
    switch (region.kind) {
      case 'script': {
        count++;
        langs.add(region.lang);
        const end = transformScript(text, region.start, region.end, tags, out);
        if (region.close !== undefined) terminate(text, out, end, region.close);
        break;
      }
      case 'url':
        count++;
        writeUrlSend(text, region, tags, out);
        break;
      case 'load':
        count++;
        writeLoad(text, region, out);
        break;
      case 'comment':
        // `<!-- pledge-ignore rule: reason -->` becomes `/*   pledge-ignore rule: reason  */`,
        // a comment the suppression reader understands, in a blank stretch of the source.
        write(out, region.start, '/*');
        write(out, region.start + 4, text.slice(region.start + 4, region.end - 3));
        write(out, region.end - 2, '*/');
        break;
    }
  }
  const ts = langs.has('ts') || langs.has('tsx');
  const jsx = langs.has('jsx') || langs.has('tsx');
  const extension: InlineScriptExtension = ts ? (jsx ? '.tsx' : '.ts') : jsx ? '.jsx' : '.js';
  return { text: out.join(''), extension, regions: count };
}

// ───────────────────────────── regions ─────────────────────────────

type Lang = 'js' | 'jsx' | 'ts' | 'tsx';

type Region =
  /** A script body `[start, end)`; `close` is where `</script>` starts, if it does. */
  | { kind: 'script'; start: number; end: number; close: number | undefined; lang: Lang }
  /** A `src="…"` value that prints a template value; `quote` is the opening quote's offset. */
  | { kind: 'url'; tag: number; quote: number; closeQuote: number }
  /**
   * A static absolute `src` of a `<script>`, an `<iframe>` or a pixel `<img>` (a third-party
   * load whatever the page's data): written at the tag as `script.src="…"`, `iframe.src="…"`
   * or `px.src="…"`, the element the rules read a load from.
   */
  | { kind: 'load'; tag: number; element: string; quote: number; closeQuote: number }
  /** An HTML comment `<!-- … -->` `[start, end)` holding `pledge-ignore`. */
  | { kind: 'comment'; start: number; end: number };

/** `type` values that are JavaScript (absent or empty is JavaScript too). */
const JS_TYPES =
  /^(?:module|(?:text|application)\/(?:x-)?(?:java|ecma)script(?:\s*;.*)?|text\/(?:jsx|babel))$/i;

/** The `src` attribute of these tags is a request the page makes. */
const URL_TAGS = new Set(['img', 'script', 'iframe']);

/** Tags whose static absolute `src` loads code, a frame or a pixel from its host. */
const LOAD_ELEMENTS = new Set(['script', 'iframe', 'img']);

/** An absolute URL written out in full: `https://host/…` or `//host/…`, nothing to print in it. */
const STATIC_URL = /^\s*(?:https?:)?\/\/[^\s"'`\\<>{}]+\s*$/i;

/**
 * An `<img>` that shows nothing: sized 0 or 1, or hidden (`hidden`, `display: none`,
 * `visibility: hidden`). An ordinary picture is not a load the page's policy cares about.
 */
function isPixel(attributes: ReadonlyMap<string, Attribute>): boolean {
  if (attributes.has('hidden')) return true;
  const style = attributes.get('style')?.value ?? '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const sizes = ['width', 'height']
    .map((name) => attributes.get(name)?.value)
    .filter((value): value is string => value !== undefined);
  return sizes.length > 0 && sizes.every((value) => /^\s*[01](?:\.0*)?\s*(?:px)?\s*$/.test(value));
}

interface Attribute {
  value: string;
  /** Offsets of the quotes around the value; undefined when it is unquoted or absent. */
  quote?: { open: number; close: number };
}

/** The script bodies, pixel URLs and suppression comments of an HTML-like file. */
function htmlRegions(text: string, tags: TemplateTags): Region[] {
  const regions: Region[] = [];
  const lower = text.toLowerCase();
  let i = 0;
  while (i < text.length) {
    const tag = tags.at(i);
    if (tag) {
      i = tag.end;
      continue;
    }
    if (text.charCodeAt(i) !== 60 /* < */) {
      i++;
      continue;
    }
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const end = close === -1 ? text.length : close + 3;
      const body = text.slice(i + 4, end - 3);
      if (close !== -1 && body.includes('pledge-ignore') && !body.includes('*/')) {
        regions.push({ kind: 'comment', start: i, end });
      }
      i = end;
      continue;
    }
    const name = /^<([a-zA-Z][\w-]*)(?=[\s/>])/.exec(text.slice(i, i + 40))?.[1]?.toLowerCase();
    if (name === undefined) {
      i++;
      continue;
    }
    const open = readAttributes(text, i + 1 + name.length, tags);
    i = open.end;
    if (name === 'style' && !open.selfClosing) {
      const close = lower.indexOf('</style', i);
      i = close === -1 ? text.length : close;
      continue;
    }
    const src = open.attributes.get('src');
    if (
      URL_TAGS.has(name) &&
      src?.quote &&
      src.quote.close < text.length &&
      printsValue(text, src.quote, tags)
    ) {
      regions.push({
        kind: 'url',
        tag: open.start,
        quote: src.quote.open,
        closeQuote: src.quote.close,
      });
    } else if (
      src?.quote &&
      src.quote.close + 1 < text.length &&
      LOAD_ELEMENTS.has(name) &&
      STATIC_URL.test(src.value) &&
      (name !== 'img' || isPixel(open.attributes))
    ) {
      regions.push({
        kind: 'load',
        tag: open.start,
        element: name === 'img' ? 'px' : name,
        quote: src.quote.open,
        closeQuote: src.quote.close,
      });
    }
    if (name !== 'script' || open.selfClosing) continue;
    const start = i;
    const close = scriptEnd(text, lower, start, tags);
    i = close ?? text.length;
    const type = open.attributes.get('type')?.value.trim() ?? '';
    if (src !== undefined || (type !== '' && !JS_TYPES.test(type))) continue;
    regions.push({
      kind: 'script',
      start,
      end: i,
      close,
      lang: langOf(open.attributes.get('lang')?.value, type),
    });
  }
  return regions;
}

function langOf(lang: string | undefined, type: string): Lang {
  switch (lang?.trim().toLowerCase()) {
    case 'ts':
    case 'typescript':
      return 'ts';
    case 'tsx':
      return 'tsx';
    case 'jsx':
      return 'jsx';
    default:
      return /jsx|babel/i.test(type) ? 'jsx' : 'js';
  }
}

/** Where `</script` closes a script body that starts at `start` (template tags skipped). */
function scriptEnd(
  text: string,
  lower: string,
  start: number,
  tags: TemplateTags,
): number | undefined {
  let i = start;
  while (i < text.length) {
    const next = lower.indexOf('</script', i);
    if (next === -1) return undefined;
    // A template tag that encloses the `</script` (`<%- '</script>' %>`) prints it, it is not
    // the end of the element; tags are only looked for up to the candidate.
    let inTag: { end: number } | undefined;
    for (let j = i; j < next; j++) {
      const tag = tags.at(j);
      if (!tag) continue;
      if (tag.end > next) {
        inTag = tag;
        break;
      }
      j = tag.end - 1;
    }
    if (!inTag) return next;
    i = inTag.end;
  }
  return undefined;
}

/** Reads a start tag's attributes from just after its name to just after its `>`. */
function readAttributes(
  text: string,
  from: number,
  tags: TemplateTags,
): { start: number; end: number; selfClosing: boolean; attributes: Map<string, Attribute> } {
  const attributes = new Map<string, Attribute>();
  const start = text.lastIndexOf('<', from);
  let i = from;
  let selfClosing = false;
  while (i < text.length) {
    const tag = tags.at(i);
    if (tag) {
      i = tag.end;
      continue;
    }
    const ch = text[i] ?? '';
    if (ch === '>') return { start, end: i + 1, selfClosing, attributes };
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '/') {
      selfClosing = text[i + 1] === '>';
      i++;
      continue;
    }
    selfClosing = false;
    const nameStart = i;
    while (i < text.length && !/[\s=>/]/.test(text[i] ?? '')) i++;
    if (i === nameStart) i++;
    const name = text.slice(nameStart, i).toLowerCase();
    let j = i;
    while (/\s/.test(text[j] ?? '')) j++;
    if (text[j] !== '=') {
      if (!attributes.has(name)) attributes.set(name, { value: '' });
      continue;
    }
    j++;
    while (/\s/.test(text[j] ?? '')) j++;
    const quote = text[j];
    if (quote === '"' || quote === "'") {
      let k = j + 1;
      while (k < text.length && text[k] !== quote) {
        const inner = tags.at(k);
        k = inner ? inner.end : k + 1;
      }
      if (!attributes.has(name)) {
        attributes.set(name, { value: text.slice(j + 1, k), quote: { open: j, close: k } });
      }
      i = k + 1;
    } else {
      let k = j;
      while (k < text.length && !/[\s>]/.test(text[k] ?? '')) {
        const inner = tags.at(k);
        k = inner ? inner.end : k + 1;
      }
      if (!attributes.has(name)) attributes.set(name, { value: text.slice(j, k) });
      i = k;
    }
  }
  return { start, end: text.length, selfClosing, attributes };
}

/** Whether a quoted attribute value prints a template value (and can be a JS string). */
function printsValue(
  text: string,
  quote: { open: number; close: number },
  tags: TemplateTags,
): boolean {
  let printed = false;
  for (let i = quote.open + 1; i < quote.close; i++) {
    const ch = text[i];
    if (ch === '\\' || ch === '\n' || ch === '\r') return false;
    const tag = tags.at(i);
    if (!tag) continue;
    if (tag.output) printed = true;
    i = tag.end - 1;
  }
  return printed;
}

/**
 * The `script.` blocks of a Pug file (and `script(type="module").`), best effort: the lines
 * indented under them are JavaScript. `script(src=…)` is not code; comment blocks (`//`,
 * `//-`) are skipped with what is indented under them.
 */
function pugRegions(text: string): Region[] {
  const regions: Region[] = [];
  const lines: { start: number; end: number }[] = [];
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    lines.push({ start, end: text[end - 1] === '\r' ? end - 1 : end });
    start = end + 1;
  }
  const indentOf = (line: { start: number; end: number }): number =>
    /^[ \t]*/.exec(text.slice(line.start, line.end))?.[0].length ?? 0;
  const blankLine = (line: { start: number; end: number }): boolean =>
    text.slice(line.start, line.end).trim() === '';
  /** The index after the last line indented deeper than `indent`, from `from`. */
  const blockEnd = (from: number, indent: number): number => {
    let last = from;
    for (let k = from; k < lines.length; k++) {
      const line = lines[k];
      if (line === undefined) break;
      if (blankLine(line)) continue;
      if (indentOf(line) <= indent) break;
      last = k + 1;
    }
    return last;
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (line === undefined || blankLine(line)) continue;
    const indent = indentOf(line);
    const content = text.slice(line.start + indent, line.end);
    if (content.startsWith('//')) {
      n = blockEnd(n + 1, indent) - 1;
      continue;
    }
    const load = pugLoad(text, line.start + indent, content);
    if (load) regions.push(load);
    const match = /^script(?:\((?<attributes>[^)]*)\))?(?<rest>.*)$/.exec(content);
    if (!match) continue;
    const attributes = match.groups?.attributes ?? '';
    const rest = match.groups?.rest ?? '';
    const type = /(?:^|[\s,])type\s*=\s*(["'])(.*?)\1/.exec(attributes)?.[2] ?? '';
    const lang = /(?:^|[\s,])lang\s*=\s*(["'])(.*?)\1/.exec(attributes)?.[2];
    const code = !/(?:^|[\s,])src\s*=/.test(attributes) && (type === '' || JS_TYPES.test(type));
    if (/^\.\s*$/.test(rest)) {
      const end = blockEnd(n + 1, indent);
      const first = lines[n + 1];
      const last = lines[end - 1];
      if (code && end > n + 1 && first && last) {
        regions.push({
          kind: 'script',
          start: first.start,
          end: last.end,
          close: undefined,
          lang: langOf(lang, type),
        });
      }
      n = end - 1;
    } else if (code && /^ \S/.test(rest)) {
      // `script fbq('track', 'Lead')`: inline text is the script.
      const start = line.start + indent + content.length - rest.length + 1;
      regions.push({
        kind: 'script',
        start,
        end: line.end,
        close: undefined,
        lang: langOf(lang, type),
      });
    }
  }
  return regions;
}

/** `script(src='https://cdn.x/a.js')`, `iframe(src=…)`, a pixel `img(src=…, width='1')`: a load. */
function pugLoad(text: string, at: number, content: string): Region | undefined {
  const match = /^(script|iframe|img)\(([^)]*)\)/.exec(content);
  const name = match?.[1];
  const attributes = match?.[2];
  if (name === undefined || attributes === undefined) return undefined;
  const src = /(?:^|[\s,])src\s*=\s*(["'])([^"'\n]*)\1/.exec(attributes);
  const value = src?.[2];
  if (!src || value === undefined || !STATIC_URL.test(value)) return undefined;
  if (name === 'img') {
    const map = new Map<string, Attribute>();
    for (const m of attributes.matchAll(/([\w-]+)(?:\s*=\s*(["'])(.*?)\2)?/g))
      if (m[1] !== undefined && !map.has(m[1])) map.set(m[1], { value: m[3] ?? '' });
    if (!isPixel(map)) return undefined;
  }
  const quote = at + name.length + 1 + src.index + src[0].length - value.length - 2;
  if (text[quote] !== src[1]) return undefined;
  return {
    kind: 'load',
    tag: at,
    element: name === 'img' ? 'px' : name,
    quote,
    closeQuote: quote + value.length + 1,
  };
}

// ───────────────────────────── template tags ─────────────────────────────

/** A template tag `[start, end)`; `output` when it prints a value, `[innerStart, innerEnd)` its expression. */
interface Tag {
  start: number;
  end: number;
  output: boolean;
  innerStart: number;
  innerEnd: number;
}

/** The template tags of a text: which one opens at an offset, if any. */
class TemplateTags {
  /** Per closer, an offset from which on it does not occur (so unclosed openers stay linear). */
  private readonly missing = new Map<string, number>();

  constructor(
    readonly text: string,
    readonly dialect: Dialect,
  ) {}

  /** The template tag that opens at `i`, if any. */
  at(i: number): Tag | undefined {
    const { text, dialect } = this;
    const ch = text.charCodeAt(i);
    if (ch === 60 /* < */ && dialect.ejs && text.charCodeAt(i + 1) === 37 /* % */) {
      const kind = text[i + 2];
      if (kind === '%') return undefined; // `<%%` prints a literal `<%`
      const close = this.find('%>', i + 2);
      if (close === -1) return undefined;
      const output = kind === '=' || kind === '-';
      const trim = text[close - 1] === '-' || text[close - 1] === '_' ? 1 : 0;
      return {
        start: i,
        end: close + 2,
        output,
        innerStart: i + 3,
        innerEnd: Math.max(i + 3, close - trim),
      };
    }
    if (ch === 123 /* { */) {
      const next = text[i + 1];
      if (dialect.mustache && next === '{' && text[i - 1] !== '\\') return this.mustache(i);
      if (dialect.jinja && (next === '%' || next === '#')) {
        const close = this.find(`${next}}`, i + 2);
        return close === -1 ? undefined : blankTag(i, close + 2);
      }
      return undefined;
    }
    if ((ch === 35 /* # */ || ch === 33) /* ! */ && dialect.pug && text[i + 1] === '{') {
      if (text[i - 1] === '\\') return undefined;
      // Balanced braces, on one line and within a sane length.
      let depth = 0;
      for (let k = i + 1; k < Math.min(text.length, i + MAX_PUG_TAG); k++) {
        const c = text[k];
        if (c === '{') depth++;
        else if (c === '}' && --depth === 0) {
          return { start: i, end: k + 1, output: true, innerStart: i + 2, innerEnd: k };
        } else if (c === '\n') return undefined;
      }
    }
    return undefined;
  }

  /** `{{ value }}`, `{{{ raw }}}`, `{{#block}}`, `{{/block}}`, `{{else}}`, `{{! comment }}`. */
  private mustache(i: number): Tag | undefined {
    const { text } = this;
    if (text.startsWith('{{!--', i)) {
      const close = this.find('--}}', i + 5);
      return close === -1 ? undefined : blankTag(i, close + 4);
    }
    const triple = text[i + 2] === '{';
    const closer = triple ? '}}}' : '}}';
    const close = this.find(closer, i + 2);
    if (close === -1) return undefined;
    let innerStart = i + (triple ? 3 : 2);
    let innerEnd = close;
    while (innerStart < innerEnd && '~-&'.includes(text[innerStart] ?? '')) innerStart++;
    while (innerEnd > innerStart && '~-'.includes(text[innerEnd - 1] ?? '')) innerEnd--;
    const inner = text.slice(innerStart, innerEnd).trim();
    const end = close + closer.length;
    if (/^[#/^>!]/.test(inner) || /^else\b/.test(inner) || inner === '') return blankTag(i, end);
    // A filter (`{{ user.email | urlencode }}`) does not change what is printed, for us.
    const pipe = text.indexOf('|', innerStart);
    if (pipe !== -1 && pipe < innerEnd) innerEnd = pipe;
    return { start: i, end, output: true, innerStart, innerEnd };
  }

  private find(closer: string, from: number): number {
    const missingFrom = this.missing.get(closer);
    if (missingFrom !== undefined && from >= missingFrom) return -1;
    const at = this.text.indexOf(closer, from);
    if (at === -1 && (missingFrom === undefined || from < missingFrom)) {
      this.missing.set(closer, from);
    }
    return at;
  }
}

/** Pug interpolations longer than this are not looked for. */
const MAX_PUG_TAG = 1000;

function blankTag(start: number, end: number): Tag {
  return { start, end, output: false, innerStart: start, innerEnd: start };
}

/**
 * The span of a tag's expression when it is one the engine can read and that is valid
 * wherever an expression is: a path (`user.email`, `items[0].id`), or a call of a path with
 * such arguments (`encodeURIComponent(user.email)`). Undefined otherwise.
 */
function simpleExpression(text: string, tag: Tag): { start: number; end: number } | undefined {
  let start = tag.innerStart;
  let end = tag.innerEnd;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (start === end) return undefined;
  const source = text.slice(start, end);
  let at = 0;
  const space = (): void => {
    while (at < source.length && (source[at] === ' ' || source[at] === '\t')) at++;
  };
  const identifier = (): boolean => {
    const match = /^[A-Za-z_$][\w$]*/.exec(source.slice(at));
    if (!match) return false;
    at += match[0].length;
    return true;
  };
  const expression = (depth: number): boolean => {
    space();
    if (!identifier()) return false;
    for (;;) {
      space();
      if (source[at] === '.') {
        at++;
        space();
        if (!identifier()) return false;
      } else if (source[at] === '[') {
        const match = /^\[\s*\d+\s*\]/.exec(source.slice(at));
        if (!match) return false;
        at += match[0].length;
      } else if (source[at] === '(' && depth < 4) {
        at++;
        space();
        if (source[at] === ')') {
          at++;
          continue;
        }
        for (;;) {
          if (!expression(depth + 1)) return false;
          space();
          if (source[at] === ',') {
            at++;
            continue;
          }
          if (source[at] !== ')') return false;
          at++;
          break;
        }
      } else {
        return true;
      }
    }
  };
  if (!expression(0)) return undefined;
  space();
  return at === source.length ? { start, end } : undefined;
}

// ───────────────────────────── scripts ─────────────────────────────

/** What the JavaScript lexer is inside of. */
type Mode = 'code' | 'single' | 'double' | 'template' | 'line' | 'block' | 'regex';

/** An identifier, keyword or number (any non-ASCII letter counts, line separators do not). */
const WORD = /[\w$\u00aa-\u2027\u202a-\ufefe\uff00-\uffff]+/y;

/** Words after which `/` starts a regular expression, not a division. */
const REGEX_AFTER_WORDS = new Set([
  'return',
  'typeof',
  'instanceof',
  'in',
  'of',
  'new',
  'delete',
  'void',
  'throw',
  'case',
  'do',
  'else',
  'yield',
  'await',
]);

/**
 * Copies a script body into the virtual source, replacing its template tags as the context
 * at each tag requires (a small JavaScript lexer tells code from strings, template literals,
 * comments and regular expressions), and blanking HTML-like comments (`<!--`, `-->` at the
 * start of a line), which JavaScript allows in scripts but TypeScript does not parse. Returns
 * where an unterminated `//` comment at the end of the body starts, if one does.
 */
function transformScript(
  text: string,
  start: number,
  end: number,
  tags: TemplateTags,
  out: string[],
): number | undefined {
  for (let k = start; k < end; k++) out[k] = text[k] ?? ' ';
  // A stack of `code` frames (each counting its open braces) and `template` frames.
  const frames: { mode: 'code' | 'template'; braces: number }[] = [{ mode: 'code', braces: 0 }];
  let mode: Mode = 'code';
  let regexClass = false;
  let stringStart = -1;
  let lineComment: number | undefined;
  /** What the last token of code was: `/` after a value divides, after an operator starts a regex. */
  let last: 'operator' | 'value' | 'word' = 'operator';
  let lastWord = '';
  let lineStartsClean = true;
  let i = start;
  while (i < end) {
    const tag = tags.at(i);
    if (tag) {
      const tagEnd = Math.min(tag.end, end);
      replaceTag(text, { ...tag, end: tagEnd }, mode, stringStart, out);
      if (mode === 'code' && tag.output) {
        last = 'value';
        lineStartsClean = false;
      }
      i = tagEnd;
      continue;
    }
    const ch = text[i] ?? '';
    const isBreak = ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
    switch (mode) {
      case 'line':
        if (isBreak) {
          mode = 'code';
          lineComment = undefined;
          lineStartsClean = true;
        }
        i++;
        continue;
      case 'block':
        if (ch === '*' && text[i + 1] === '/') {
          mode = 'code';
          i += 2;
        } else {
          if (isBreak) lineStartsClean = true;
          i++;
        }
        continue;
      case 'single':
      case 'double':
        if (ch === '\\') i += text[i + 1] === '\r' && text[i + 2] === '\n' ? 3 : 2;
        else {
          if (ch === (mode === 'single' ? "'" : '"') || isBreak) {
            mode = 'code';
            last = 'value';
          }
          i++;
        }
        continue;
      case 'template':
        if (ch === '\\') i += 2;
        else if (ch === '`') {
          frames.pop();
          mode = 'code';
          last = 'value';
          i++;
        } else if (ch === '$' && text[i + 1] === '{') {
          frames.push({ mode: 'code', braces: 0 });
          mode = 'code';
          last = 'operator';
          i += 2;
        } else i++;
        continue;
      case 'regex':
        if (ch === '\\') i += 2;
        else {
          if (ch === '[') regexClass = true;
          else if (ch === ']') regexClass = false;
          else if ((ch === '/' && !regexClass) || isBreak) {
            mode = 'code';
            last = 'value';
          }
          i++;
        }
        continue;
      case 'code':
        break;
    }
    if (isBreak) {
      lineStartsClean = true;
      i++;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v' || ch === '\uFEFF') {
      i++;
      continue;
    }
    // HTML-like comments (ECMAScript Annex B): `<!--` anywhere, `-->` first on a line.
    if (text.startsWith('<!--', i) || (lineStartsClean && text.startsWith('-->', i))) {
      let k = i;
      while (k < end && !/[\n\r\u2028\u2029]/.test(text[k] ?? '')) k++;
      blankRange(text, out, i, k);
      i = k;
      continue;
    }
    // XHTML's `<![CDATA[ … ]]>` around a script, without the usual `//` in front.
    // (`]]>` only first on its line: `a[b[0]]>c` is code.)
    const cdata = text.startsWith('<![CDATA[', i)
      ? 9
      : lineStartsClean && text.startsWith(']]>', i)
        ? 3
        : 0;
    if (cdata > 0) {
      blankRange(text, out, i, i + cdata);
      i += cdata;
      continue;
    }
    if (ch === '/' && text[i + 1] === '/') {
      mode = 'line';
      lineComment = i;
      i += 2;
      continue;
    }
    if (ch === '/' && text[i + 1] === '*') {
      mode = 'block';
      i += 2;
      continue;
    }
    lineStartsClean = false;
    if (ch === '/') {
      const regex = last === 'operator' || (last === 'word' && REGEX_AFTER_WORDS.has(lastWord));
      if (regex) {
        mode = 'regex';
        regexClass = false;
      } else last = 'operator';
      i++;
      continue;
    }
    if (ch === "'" || ch === '"') {
      mode = ch === "'" ? 'single' : 'double';
      stringStart = i;
      i++;
      continue;
    }
    if (ch === '`') {
      frames.push({ mode: 'template', braces: 0 });
      mode = 'template';
      i++;
      continue;
    }
    const frame = frames[frames.length - 1];
    if (ch === '{' && frame) frame.braces++;
    if (ch === '}' && frame) {
      if (frame.braces === 0 && frames.length > 1) {
        frames.pop();
        mode = 'template';
        i++;
        continue;
      }
      frame.braces--;
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text)?.[0];
    if (word !== undefined) {
      const length = Math.min(word.length, end - i);
      last = /^\d/.test(word) ? 'value' : 'word';
      lastWord = word.slice(0, length);
      i += length;
      continue;
    }
    // After `)` or `]` a `/` divides; after `}` (a block as often as an object literal) it is
    // taken to start a regular expression, as after any operator.
    last = ch === ')' || ch === ']' ? 'value' : 'operator';
    i++;
  }
  return mode === 'line' ? lineComment : undefined;
}

/**
 * Writes a tag's replacement: blank when it prints nothing; when it prints a value, an
 * expression in code, a concatenation in a string, `${…}` in a template literal, filler
 * elsewhere (a regular expression, a comment).
 */
function replaceTag(text: string, tag: Tag, mode: Mode, stringStart: number, out: string[]): void {
  blankRange(text, out, tag.start, tag.end);
  if (!tag.output || mode === 'line' || mode === 'block') return;
  const firstBreak = text.slice(tag.start, tag.end).search(/[\n\r\u2028\u2029]/);
  const singleLine = firstBreak === -1;
  const length = singleLine ? tag.end - tag.start : firstBreak;
  const expression = singleLine ? simpleExpression(text, tag) : undefined;
  const copy = (span: { start: number; end: number }): void => {
    write(out, span.start, text.slice(span.start, span.end));
  };
  switch (mode) {
    case 'code':
      if (expression) copy(expression);
      else write(out, tag.start, placeholder(length));
      return;
    case 'single':
    case 'double': {
      const quote = mode === 'single' ? "'" : '"';
      if (!singleLine) return;
      if (expression && stringStart === tag.start - 1 && text[tag.end] === quote) {
        // The string is the tag (`'#{user.email}'`): the value itself, without the quotes.
        out[stringStart] = ' ';
        out[tag.end] = ' ';
        copy(expression);
      } else if (expression && expression.start - tag.start >= 2 && tag.end - expression.end >= 2) {
        write(out, tag.start, `${quote}+`);
        copy(expression);
        write(out, tag.end - 2, `+${quote}`);
      } else if (length >= 5) {
        write(out, tag.start, `${quote}+${placeholder(length - 4)}+${quote}`);
      } else {
        write(out, tag.start, '_'.repeat(length));
      }
      return;
    }
    case 'template':
      if (!singleLine) return;
      if (expression && expression.start - tag.start >= 2 && tag.end - expression.end >= 1) {
        write(out, tag.start, '${');
        copy(expression);
        write(out, tag.end - 1, '}');
      } else {
        write(out, tag.start, `\${${placeholder(length - 3)}}`);
      }
      return;
    case 'regex':
      if (singleLine) write(out, tag.start, '_'.repeat(length));
      return;
  }
}

/** An identifier of exactly `length` characters: `__tpl____`. */
function placeholder(length: number): string {
  return '__tpl'.slice(0, length).padEnd(length, '_');
}

/**
 * Ends a script region with `;` where its `</script>` starts, so the next region on the
 * same line is a new statement. A body that ends in a `//` comment would swallow it: the
 * comment becomes `/* … *\/` instead (when its text allows).
 */
function terminate(
  text: string,
  out: string[],
  lineComment: number | undefined,
  close: number,
): void {
  if (lineComment !== undefined) {
    if (text.slice(lineComment, close).includes('*/')) return;
    write(out, lineComment, '/*');
    write(out, close, '*/;');
    return;
  }
  write(out, close, ';');
}

/**
 * `<img src="https://t.example/p?e=<%= user.email %>">` becomes
 * `a.src=    "https://t.example/p?e="+ user.email +"";`: the engine's pixel send, reported
 * at the tag.
 */
function writeUrlSend(
  text: string,
  region: { tag: number; quote: number; closeQuote: number },
  tags: TemplateTags,
  out: string[],
): void {
  if (region.quote - region.tag < 6) return;
  const quote = text[region.quote] === "'" ? 'single' : 'double';
  write(out, region.tag, 'a.src=');
  for (let k = region.quote; k <= region.closeQuote; k++) out[k] = text[k] ?? ' ';
  for (let k = region.quote + 1; k < region.closeQuote;) {
    const tag = tags.at(k);
    if (tag) {
      replaceTag(text, tag, quote, region.quote, out);
      k = tag.end;
    } else k++;
  }
  write(out, region.closeQuote + 1, ';');
}

/**
 * `<script async src="https://cdn.x/a.js">` → `script.src=   "https://cdn.x/a.js";`: the
 * element's name (`px` for a pixel image) fits before the quote, as `<name … src=` is longer.
 */
function writeLoad(
  text: string,
  region: { tag: number; element: string; quote: number; closeQuote: number },
  out: string[],
): void {
  const head = `${region.element}.src=`;
  if (region.quote - region.tag < head.length) return;
  write(out, region.tag, head);
  for (let k = region.quote; k <= region.closeQuote; k++) out[k] = text[k] ?? ' ';
  write(out, region.closeQuote + 1, ';');
}

// ───────────────────────────── the virtual text ─────────────────────────────

/** The text with every character but line breaks replaced by a space. */
function blank(text: string): string[] {
  const out = new Array<string>(text.length);
  for (let k = 0; k < text.length; k++) {
    const ch = text[k] ?? ' ';
    out[k] = isLineBreak(ch) ? ch : ' ';
  }
  return out;
}

function blankRange(text: string, out: string[], start: number, end: number): void {
  for (let k = start; k < end; k++) {
    const ch = text[k] ?? ' ';
    out[k] = isLineBreak(ch) ? ch : ' ';
  }
}

function write(out: string[], at: number, value: string): void {
  for (let k = 0; k < value.length && at + k < out.length; k++) out[at + k] = value[k] ?? ' ';
}

function isLineBreak(ch: string): boolean {
  return ch === '\n' || ch === '\r' || ch === '\u2028' || ch === '\u2029';
}
