import { scanField, scanText, scanValue, type Finding, type ScanOptions } from './scan.js';

// Where personal data hides in an outgoing request: the URL (path and query), the headers
// (cookies one by one) and the body, read by its content type (JSON, form-encoded, multipart,
// text). Every finding says where it was found.

/** Headers that carry transport details, never application data. */
const TRANSPORT_HEADERS = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'connection',
  'content-length',
  'content-type',
  'host',
  'transfer-encoding',
  'user-agent',
  'x-interceptors-internal-request-id',
]);

const MAX_BODY = 1024 * 1024;

/** Personal data in a URL: each path segment and each query parameter. */
export function scanUrl(url: URL, options: ScanOptions = {}): Finding[] {
  const found: Finding[] = [];
  for (const segment of url.pathname.split('/')) {
    if (segment !== '') found.push(...scanText(segment, 'the URL path', options));
  }
  for (const [name, value] of url.searchParams) {
    found.push(...scanText(name, `query parameter name \`${name}\``, options));
    found.push(...scanField(name, value, `query parameter \`${name}\``, options));
  }
  if (url.hash.length > 1) found.push(...scanText(url.hash.slice(1), 'the URL fragment', options));
  return found;
}

/** Personal data in request headers; the `Cookie` header is read cookie by cookie. */
export function scanHeaders(headers: Headers, options: ScanOptions = {}): Finding[] {
  const found: Finding[] = [];
  headers.forEach((value, name) => {
    if (TRANSPORT_HEADERS.has(name)) return;
    if (name === 'cookie') {
      for (const pair of value.split(';')) {
        const eq = pair.indexOf('=');
        const cookie = (eq < 0 ? pair : pair.slice(0, eq)).trim();
        found.push(
          ...scanField(
            cookie,
            eq < 0 ? '' : pair.slice(eq + 1).trim(),
            `cookie \`${cookie}\``,
            options,
          ),
        );
      }
      return;
    }
    found.push(...scanField(name, value, `header \`${name}\``, options));
  });
  return found;
}

/** Personal data in a request body, read according to its `Content-Type`. */
export async function scanBody(request: Request, options: ScanOptions = {}): Promise<Finding[]> {
  if (request.body === null) return [];
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data')) {
    try {
      const form = await request.clone().formData();
      const found: Finding[] = [];
      for (const [name, value] of form) {
        if (typeof value === 'string') {
          found.push(...scanField(name, value, `multipart field \`${name}\``, options));
        } else {
          const text = (await value.text()).slice(0, MAX_BODY);
          found.push(...scanText(text, `multipart file \`${name}\``, options));
        }
      }
      return found;
    } catch {
      // Not parseable as multipart: fall through and read it as text.
    }
  }
  const bytes = new Uint8Array(await request.clone().arrayBuffer());
  const text = Buffer.from(bytes.subarray(0, MAX_BODY)).toString('utf8');
  if (text.length === 0) return [];
  if (type.startsWith('application/x-www-form-urlencoded')) {
    const found: Finding[] = [];
    for (const [name, value] of new URLSearchParams(text)) {
      found.push(...scanText(name, `form field name \`${name}\``, options));
      found.push(...scanField(name, value, `form field \`${name}\``, options));
    }
    return found;
  }
  const trimmed = text.trimStart();
  if (type.includes('json') || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      return scanValue(parsed, options, (path) => `JSON body at \`${path}\``);
    } catch {
      // Not JSON after all: read it as text.
    }
  }
  return scanText(text, 'the body', options);
}

/** Personal data anywhere in a request: URL, headers and body. */
export async function scanRequest(request: Request, options: ScanOptions = {}): Promise<Finding[]> {
  const url = new URL(request.url);
  return [
    ...scanUrl(url, options),
    ...scanHeaders(request.headers, options),
    ...(await scanBody(request, options)),
  ];
}
