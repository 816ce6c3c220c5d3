import type { ScanResult } from '../types.js';
import { renderGithub } from './github.js';
import { maskResult, renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderPretty } from './pretty.js';
import { renderSarif } from './sarif.js';
import { escapeResult, type RenderOptions, type ReportFormat } from './shared.js';

export { REPORT_FORMATS, type RenderOptions, type ReportFormat } from './shared.js';
export { renderPretty } from './pretty.js';
export { renderJson, maskResult } from './json.js';
export { renderSarif, FINGERPRINT_KEY } from './sarif.js';
export { renderGithub, escapeData, escapeProperty } from './github.js';
export { renderMarkdown, MARKDOWN_MARKER } from './markdown.js';

/**
 * Renders a scan result in one of the output formats. Every format masks personal values
 * (a source line read for a code frame included) and lists skipped files.
 */
export function render(unmasked: ScanResult, format: ReportFormat, options: RenderOptions): string {
  // Every field of every format goes through the mask: a card number in a cookie name or a
  // host, an email in a file name, as much as in a message.
  const result = maskResult(unmasked);
  // JSON and SARIF escape control characters themselves (JSON strings); the text formats get
  // them escaped visibly, so a file name cannot move the cursor or forge an annotation.
  switch (format) {
    case 'pretty':
      return renderPretty(escapeResult(result), options);
    case 'json':
      return renderJson(result);
    case 'sarif':
      return renderSarif(result, options);
    case 'github':
      return renderGithub(escapeResult(result), options);
    case 'markdown':
      return renderMarkdown(escapeResult(result), options);
  }
}
