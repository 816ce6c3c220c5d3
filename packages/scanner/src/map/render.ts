import { maskDeep, maskText } from '@pledge/policy';
import type {
  DataMap,
  DriftItem,
  FlowStatus,
  MapFinding,
  MapFlow,
  MapLocation,
  MapRecipient,
  MapRuleFindings,
  MapTarget,
} from './types.js';

/** The formats `renderDataMap` writes. */
export type DataMapFormat = 'text' | 'json' | 'markdown';

/** Renders a data map: `text` for terminals, `json` (the `DataMap` shape), `markdown` with a Mermaid diagram. */
export function renderDataMap(unmasked: DataMap, format: DataMapFormat): string {
  // Every field goes through the mask, in every format: a card number in a cookie name or a
  // host, an email in a file name, as much as in a message. Mermaid ids derive from it too.
  const map = maskDeep(unmasked, VERBATIM);
  switch (format) {
    case 'json':
      return `${JSON.stringify(map, null, 2)}\n`;
    case 'text':
      return renderText(map);
    case 'markdown':
      return renderMarkdown(map);
  }
}

/** Values a consumer matches exactly: never rewritten by the mask. */
const VERBATIM = new Set(['version', 'ruleId', 'commit']);

// ───────────────────────────── shared ─────────────────────────────

const STATUS_TEXT: Readonly<Record<FlowStatus, string>> = {
  declared: 'declared',
  undeclared: 'NOT DECLARED',
  unknown: 'destination unknown',
  neutral: '',
};

const DRIFT_TEXT: Readonly<Record<DriftItem['kind'], string>> = {
  'undeclared-recipient': 'undeclared recipient',
  'undeclared-category': 'undeclared category',
  'undeclared-cookie': 'undeclared cookie',
  'unresolved-cookie-name': 'cookie name unknown',
  'undeclared-third-party-cookie': 'undeclared third-party cookie',
  'unused-recipient': 'unused recipient',
  'unused-cookie': 'unused cookie',
  'unused-category': 'unused category',
};

function formatLocation(location: MapLocation): string {
  return `${location.file}:${String(location.line)}:${String(location.column)}`;
}

function someLocations(locations: readonly MapLocation[], max = 3): string {
  const shown = locations.slice(0, max).map(formatLocation).join(', ');
  return locations.length > max ? `${shown} (+${String(locations.length - max)} more)` : shown;
}

function targetName(map: DataMap, target: MapTarget): string {
  switch (target.kind) {
    case 'recipient': {
      const recipient = map.recipients.find((r) => r.id === target.id);
      return recipient ? recipientLabel(recipient) : target.id;
    }
    case 'cookie': {
      const cookie = map.cookies.find((c) => c.id === target.id);
      return `cookie ${cookie?.name ?? '(name not known statically)'}`;
    }
    case 'storage': {
      const store = map.storage.find((s) => s.id === target.id);
      return store ? `${store.label} (${store.kind})` : target.id;
    }
    case 'log': {
      const log = map.logs.find((s) => s.id === target.id);
      return `log ${log?.label ?? target.id}`;
    }
  }
}

/** `FLAGGED by a, b` for an item rules flagged, or nothing. */
function flaggedText(flaggedBy: readonly string[], separator: string): string {
  return flaggedBy.length > 0 ? `${separator}FLAGGED by ${flaggedBy.join(', ')}` : '';
}

/** What a finding is about, from its own fields: `user.contact.email → console`. */
function findingSubject(finding: MapFinding): string {
  const where = finding.sink ?? finding.recipient ?? finding.cookie;
  const parts = [
    finding.category ?? '',
    where === undefined ? '' : finding.category === undefined ? where : `→ ${where}`,
  ].filter((p) => p !== '');
  return parts.join(' ');
}

function oneLine(text: string): string {
  return text.replace(/\s*\r?\n\s*/g, ' ');
}

function findingsTotal(map: DataMap): number {
  return map.findings.reduce((n, rule) => n + rule.count, 0);
}

/** A rule's findings shown in text and markdown; the JSON has them all. */
const MAX_FINDINGS_SHOWN = 25;

function shownFindings(rule: MapRuleFindings): { shown: MapFinding[]; more: number } {
  const shown = rule.findings.slice(0, MAX_FINDINGS_SHOWN);
  return { shown, more: rule.findings.length - shown.length };
}

function recipientLabel(recipient: MapRecipient): string {
  return recipient.kind === 'declared' && recipient.name !== recipient.id
    ? `${recipient.id} (${recipient.name})`
    : recipient.name;
}

function summary(map: DataMap): string {
  const undeclaredRecipients = map.recipients.filter(
    (r) => !r.declared && r.kind !== 'unresolved',
  ).length;
  return [
    plural(map.categories.length, 'category', 'categories'),
    `${String(map.recipients.filter((r) => r.used).length)} recipients used (${String(undeclaredRecipients)} not declared)`,
    `${plural(map.cookies.length, 'cookie')} set`,
    plural(map.storage.length, 'store'),
    plural(map.logs.length, 'log'),
    `drift: ${String(map.drift.undeclared.length)} undeclared, ${String(map.drift.unused.length)} unused`,
    `${plural(findingsTotal(map), 'finding')} from ${plural(
      map.findings.filter((r) => r.count > 0).length,
      'rule',
    )}`,
  ].join(' · ');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}

function attribution(map: DataMap): string {
  const source = map.sources.cookies;
  return `${source.name} (${source.repository}, ${source.license}, commit ${source.commit.slice(0, 7)})`;
}

// ───────────────────────────── text ─────────────────────────────

function renderText(map: DataMap): string {
  const out: string[] = [];
  const url = map.policy.url === '' ? '' : ` (${map.policy.url})`;
  out.push(`Data map for ${map.policy.organization}${url}`, summary(map), '');

  out.push('Data categories and where they go');
  if (map.categories.length === 0) out.push('  (no data categories found)');
  for (const category of map.categories) {
    const flags = [
      category.personal ? 'personal' : 'not personal',
      ...(category.sensitive ? ['sensitive'] : []),
    ];
    out.push(`  ${category.id} (${category.label}; ${flags.join(', ')})`);
    for (const flow of map.flows.filter((f) => f.category === category.id)) {
      const status = STATUS_TEXT[flow.status];
      const transforms = flow.transforms.length > 0 ? ` [${flow.transforms.join(', ')}]` : '';
      out.push(
        `    -> ${targetName(map, flow.target)}${transforms}${status ? `  ${status}` : ''}${flaggedText(flow.flaggedBy, '  ')}  via ${flow.via.join(', ')}  at ${someLocations(flow.locations)}`,
      );
    }
  }
  out.push('');

  out.push('Recipients');
  if (map.recipients.length === 0) out.push('  (none)');
  for (const recipient of map.recipients) {
    const state = recipient.declared
      ? recipient.used
        ? 'declared, used'
        : 'declared, NEVER USED'
      : recipient.kind === 'unresolved'
        ? 'destination not known statically'
        : 'NOT DECLARED';
    const uses = [
      recipient.hosts.length > 0 ? `hosts ${recipient.hosts.join(', ')}` : '',
      recipient.packages.length > 0 ? `packages ${recipient.packages.join(', ')}` : '',
      recipient.declared
        ? `receives ${recipient.receives.length > 0 ? recipient.receives.join(', ') : 'non-personal data only'}`
        : '',
    ].filter((s) => s !== '');
    out.push(
      `  ${recipientLabel(recipient)}: ${state}${uses.length > 0 ? `; ${uses.join('; ')}` : ''}${flaggedText(recipient.flaggedBy, '; ')}`,
    );
    if (recipient.locations.length > 0) out.push(`      at ${someLocations(recipient.locations)}`);
  }
  out.push('');

  out.push('Cookies set by the code');
  if (map.cookies.length === 0) out.push('  (none)');
  for (const cookie of map.cookies) {
    const state = cookie.declared
      ? `declared as ${cookie.declaration ?? ''}`
      : cookie.name === undefined
        ? 'name not known statically'
        : 'NOT DECLARED';
    out.push(
      `  ${cookie.name ?? '(unknown name)'}: ${state}; set by ${cookie.apis.join(', ')} at ${someLocations(cookie.locations)}${flaggedText(cookie.flaggedBy, '; ')}`,
    );
  }
  out.push('');

  out.push('Storage and logs');
  if (map.storage.length + map.logs.length === 0) out.push('  (none)');
  for (const store of [...map.storage, ...map.logs]) {
    out.push(
      `  ${store.label} (${store.kind}) at ${someLocations(store.locations)}${flaggedText(store.flaggedBy, '; ')}`,
    );
  }
  out.push('');

  out.push(`Third-party cookies (${map.sources.cookies.name})`);
  if (map.thirdPartyCookies.length === 0)
    out.push('  (no known cookies for the third parties used)');
  for (const party of map.thirdPartyCookies) {
    const undeclared = party.cookies.filter((c) => !c.declared);
    const declared = party.cookies.filter((c) => c.declared);
    out.push(
      `  ${party.name}: ${String(party.cookies.length)} known, ${String(undeclared.length)} not declared`,
    );
    if (undeclared.length > 0)
      out.push(`    NOT DECLARED: ${undeclared.map((c) => c.pattern).join(', ')}`);
    if (declared.length > 0)
      out.push(
        `    declared: ${declared.map((c) => (c.declaration === c.pattern ? c.pattern : `${c.pattern} (as ${c.declaration ?? ''})`)).join(', ')}`,
      );
  }
  out.push('');

  const drift = (title: string, items: readonly DriftItem[]): void => {
    out.push(`${title} (${String(items.length)})`);
    if (items.length === 0) out.push('  (none)');
    for (const row of groupThirdPartyCookies(map, items)) {
      out.push(`  - [${DRIFT_TEXT[row.kind]}] ${row.message}`);
      if (row.locations.length > 0) out.push(`      at ${someLocations(row.locations)}`);
    }
    out.push('');
  };
  drift('Drift: used but not declared', map.drift.undeclared);
  drift('Drift: declared but never used', map.drift.unused);

  out.push(`Findings by rule (${String(findingsTotal(map))})`);
  const reported = map.findings.filter((r) => r.count > 0);
  const silent = map.findings.filter((r) => r.count === 0);
  if (reported.length === 0) out.push('  (none)');
  for (const rule of reported) {
    const severity = rule.findings.some((f) => f.severity === 'error') ? 'error' : 'warning';
    out.push(
      `  ${rule.ruleId} (${plural(rule.count, 'finding')}, ${severity})${rule.description ? `: ${rule.description}` : ''}`,
    );
    const { shown, more } = shownFindings(rule);
    for (const finding of shown) {
      const subject = findingSubject(finding);
      const items = finding.targets.map((t) => targetName(map, t));
      // The map's findings are masked when built; text made from them here is masked again,
      // as every reporter does with what it prints.
      out.push(
        maskText(
          `    - ${formatLocation(finding.location)}${subject ? `  ${subject}` : ''}${items.length > 0 ? `  (flags ${items.join(', ')})` : ''}`,
        ),
        `        ${maskText(oneLine(finding.message))}`,
      );
    }
    if (more > 0) out.push(`    (+${String(more)} more: \`pledge scan\` lists them all)`);
  }
  if (silent.length > 0) out.push(`  No findings: ${silent.map((r) => r.ruleId).join(', ')}`);
  out.push('');

  out.push(`Third-party cookie data: ${attribution(map)}.`);
  return `${out.join('\n')}\n`;
  return `${out.join('\n')}\n`;
}

// ───────────────────────────── markdown ─────────────────────────────

/** Escapes text for a markdown table cell. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** Inline code that survives backticks in the text. */
function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function markdownLocations(locations: readonly MapLocation[], max = 3): string {
  if (locations.length === 0) return '';
  const shown = locations
    .slice(0, max)
    .map((l) => code(formatLocation(l)))
    .join(', ');
  return locations.length > max ? `${shown} (+${String(locations.length - max)} more)` : shown;
}

function renderMarkdown(map: DataMap): string {
  const out: string[] = [];
  out.push('## Pledge data map', '');
  const organization =
    map.policy.url === ''
      ? cell(map.policy.organization)
      : `[${cell(map.policy.organization)}](${map.policy.url})`;
  out.push(`Policy of ${organization} · ${summary(map)}`, '');
  out.push('```mermaid', renderMermaid(map), '```', '');

  const driftTable = (title: string, items: readonly DriftItem[], where: boolean): void => {
    out.push(`### ${title} (${String(items.length)})`, '');
    if (items.length === 0) {
      out.push('None.', '');
      return;
    }
    out.push(
      where ? '| Kind | What | Where |' : '| Kind | What |',
      where ? '|---|---|---|' : '|---|---|',
    );
    for (const row of groupThirdPartyCookies(map, items)) {
      out.push(
        where
          ? `| ${DRIFT_TEXT[row.kind]} | ${cell(row.message)} | ${markdownLocations(row.locations)} |`
          : `| ${DRIFT_TEXT[row.kind]} | ${cell(row.message)} |`,
      );
    }
    out.push('');
  };
  driftTable('Used but not declared', map.drift.undeclared, true);
  driftTable('Declared but never used', map.drift.unused, false);

  out.push('### Where each category goes', '');
  if (map.flows.length === 0) out.push('No data categories found.', '');
  else {
    out.push(
      '| Category | Goes to | Status | Flagged by | Via | Where |',
      '|---|---|---|---|---|---|',
    );
    for (const flow of map.flows) {
      const transforms = flow.transforms.length > 0 ? ` (${flow.transforms.join(', ')})` : '';
      out.push(
        `| ${code(flow.category)}${transforms} | ${cell(targetName(map, flow.target))} | ${flowStatusMarkdown(flow)} | ${flow.flaggedBy.map(code).join(', ')} | ${cell(flow.via.join(', '))} | ${markdownLocations(flow.locations)} |`,
      );
    }
    out.push('');
  }

  out.push(`### Findings by rule (${String(findingsTotal(map))})`, '');
  if (map.findings.length === 0) out.push('No rule findings.', '');
  else {
    out.push('| Rule | Findings | What it checks |', '|---|---|---|');
    for (const rule of map.findings) {
      out.push(
        `| ${code(rule.ruleId)} | ${rule.count > 0 ? `**${String(rule.count)}**` : '0'} | ${cell(maskText(rule.description ?? ''))} |`,
      );
    }
    out.push('');
    const reported = map.findings.filter((r) => r.count > 0);
    if (reported.length > 0) {
      out.push('| Rule | Where | About | Flags | Message |', '|---|---|---|---|---|');
      for (const rule of reported) {
        const { shown, more } = shownFindings(rule);
        for (const finding of shown) {
          const items = finding.targets.map((t) => targetName(map, t)).join(', ');
          out.push(
            `| ${code(rule.ruleId)} | ${code(formatLocation(finding.location))} | ${cell(maskText(findingSubject(finding)))} | ${cell(maskText(items))} | ${cell(maskText(oneLine(finding.message)))} |`,
          );
        }
        if (more > 0)
          out.push(
            `| ${code(rule.ruleId)} | +${String(more)} more | | | \`pledge scan\` lists them all |`,
          );
      }
      out.push('');
    }
  }

  out.push('### Third-party cookies', '');
  if (map.thirdPartyCookies.length === 0)
    out.push('No known cookies for the third parties the code uses.', '');
  for (const party of map.thirdPartyCookies) {
    const undeclared = party.cookies.filter((c) => !c.declared).length;
    out.push(
      '<details>',
      `<summary>${htmlText(party.name)}: ${String(party.cookies.length)} known cookies, ${String(undeclared)} not declared</summary>`,
      '',
      '| Cookie | Platform | Category | Retention | Declared |',
      '|---|---|---|---|---|',
    );
    for (const cookie of party.cookies) {
      const declared = cookie.declared ? `yes (${code(cookie.declaration ?? '')})` : '**no**';
      out.push(
        `| ${code(cookie.pattern)} | ${cell(cookie.platform)} | ${cell(cookie.category)} | ${cell(cookie.retention)} | ${declared} |`,
      );
    }
    out.push('', '</details>', '');
  }
  out.push(`<sub>Third-party cookie data: ${cell(attribution(map))}.</sub>`);
  return `${out.join('\n')}\n`;
}

/**
 * Third-party cookies are one drift item per cookie (in the JSON); people read one line per
 * third party: "Facebook is known to set 26 cookies the policy does not declare: `_fbc`, …".
 */
function groupThirdPartyCookies(map: DataMap, items: readonly DriftItem[]): DriftItem[] {
  const rows: DriftItem[] = [];
  const groups = new Map<string, DriftItem[]>();
  for (const item of items) {
    if (item.kind !== 'undeclared-third-party-cookie') {
      rows.push(item);
      continue;
    }
    const key = item.recipient ?? '';
    const group = groups.get(key);
    if (group) {
      group.push(item);
      continue;
    }
    groups.set(key, [item]);
    // The group's first item holds its place; its message is written below, once the group is complete.
    rows.push(item);
  }
  return rows.map((row) => {
    if (row.kind !== 'undeclared-third-party-cookie') return row;
    const members = groups.get(row.recipient ?? '') ?? [];
    const party = map.thirdPartyCookies.find((p) => p.recipient === row.recipient);
    const names = members.map((m) => `\`${m.cookie ?? ''}\``).join(', ');
    const count = members.length === 1 ? 'a cookie' : `${String(members.length)} cookies`;
    return {
      ...row,
      message: `${party?.name ?? row.recipient ?? ''} is known to set ${count} the policy does not declare: ${names}.`,
    };
  });
}

function flowStatusMarkdown(flow: MapFlow): string {
  switch (flow.status) {
    case 'declared':
      return 'declared';
    case 'undeclared':
      return '**not declared**';
    case 'unknown':
      return 'destination unknown';
    case 'neutral':
      return '';
  }
}

function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// ───────────────────────────── Mermaid ─────────────────────────────

/** Mermaid's entity codes for characters that would end or change a quoted label. */
const MERMAID_ENTITIES: Readonly<Record<string, string>> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
  '|': '#124;',
};

/** A label safe inside `["…"]`, `(["…"])`, `|"…"|` and the other quoted forms. */
export function mermaidLabel(text: string): string {
  return `"${text.replace(/\s+/g, ' ').replace(/["#&<>`|]/g, (c) => MERMAID_ENTITIES[c] ?? c)}"`;
}

const EDGE_STYLE: Readonly<Record<FlowStatus, { arrow: string; style: string }>> = {
  declared: { arrow: '-->', style: 'stroke:#2da44e,stroke-width:2px' },
  undeclared: { arrow: '-.->', style: 'stroke:#d73a49,stroke-width:2px,stroke-dasharray:5 5' },
  unknown: { arrow: '-.->', style: 'stroke:#bf8700,stroke-width:2px,stroke-dasharray:2 4' },
  neutral: { arrow: '-->', style: 'stroke:#8c959f,stroke-width:1px' },
};

/** A flagged flow: magenta and thick, dashed as its status is (`undeclared`, `unknown`). */
const FLAGGED_COLOR = '#bf3989';
const FLAGGED_NODE_STYLE = `stroke:${FLAGGED_COLOR},stroke-width:3px`;

function flaggedEdgeStyle(status: FlowStatus): string {
  const dashes = /stroke-dasharray:[^,]+/.exec(EDGE_STYLE[status].style)?.[0];
  return `stroke:${FLAGGED_COLOR},stroke-width:3px${dashes === undefined ? '' : `,${dashes}`}`;
}

/** GitHub renders at most 500 edges by default; past this many flows the diagram is cut. */
const MAX_EDGES = 400;

/** The Mermaid `flowchart LR` of a data map: categories → recipients, cookies, storage and logs. */
export function renderMermaid(unmasked: DataMap): string {
  const map = maskDeep(unmasked, VERBATIM);
  const lines: string[] = ['flowchart LR'];
  const ids = new Map<string, string>();
  const counters = new Map<string, number>();
  const classes = new Map<string, string[]>();
  // Edges by their `linkStyle`, in the order styles first appear.
  const edgesByStyle = new Map<string, number[]>();
  let edges = 0;
  const node = (key: string, prefix: string): string => {
    let id = ids.get(key);
    if (id === undefined) {
      const n = counters.get(prefix) ?? 0;
      counters.set(prefix, n + 1);
      id = `${prefix}${String(n)}`;
      ids.set(key, id);
    }
    return id;
  };
  const classify = (id: string, cls: string): void => {
    const list = classes.get(cls);
    if (list) list.push(id);
    else classes.set(cls, [id]);
  };
  const edge = (
    from: string,
    to: string,
    status: FlowStatus,
    label?: string,
    indent = '  ',
    flagged = false,
  ): void => {
    // The arrow (solid or dotted) stays the status's; a rule's finding recolours and thickens it.
    const { arrow } = EDGE_STYLE[status];
    lines.push(
      `${indent}${from} ${arrow}${label !== undefined ? `|${mermaidLabel(label)}|` : ''} ${to}`,
    );
    const style = flagged ? flaggedEdgeStyle(status) : EDGE_STYLE[status].style;
    const list = edgesByStyle.get(style);
    if (list) list.push(edges);
    else edgesByStyle.set(style, [edges]);
    edges += 1;
  };

  const flows = map.flows.slice(0, MAX_EDGES);
  const shownTargets = new Set(flows.map((f) => `${f.target.kind}:${f.target.id}`));

  lines.push('  subgraph categories["Data categories"]');
  for (const category of map.categories) {
    if (!flows.some((f) => f.category === category.id)) continue;
    const id = node(`category:${category.id}`, 'c');
    lines.push(`    ${id}[${mermaidLabel(category.id)}]`);
    if (category.sensitive) classify(id, 'sensitive');
  }
  lines.push('  end');

  const recipients = map.recipients.filter((r) => r.used || r.declared);
  if (recipients.length > 0) {
    lines.push('  subgraph recipients["Recipients"]');
    for (const recipient of recipients) {
      const id = node(`recipient:${recipient.id}`, 'r');
      const note = !recipient.declared
        ? recipient.kind === 'unresolved'
          ? ''
          : ' (not declared)'
        : recipient.used
          ? ''
          : ' (never used)';
      lines.push(`    ${id}[${mermaidLabel(recipientLabel(recipient) + note)}]`);
      if (recipient.kind === 'unresolved') classify(id, 'unknown');
      else if (!recipient.declared) classify(id, 'undeclared');
      else if (!recipient.used) classify(id, 'unused');
      else if (recipient.flaggedBy.length > 0) classify(id, 'flagged');
    }
    lines.push('  end');
  }

  if (map.cookies.length > 0) {
    lines.push('  subgraph cookies["Cookies set by the code"]');
    for (const cookie of map.cookies) {
      const id = node(`cookie:${cookie.id}`, 'k');
      lines.push(`    ${id}([${mermaidLabel(cookie.name ?? 'name not known statically')}])`);
      if (!cookie.declared) classify(id, cookie.name === undefined ? 'unknown' : 'undeclared');
      else if (cookie.flaggedBy.length > 0) classify(id, 'flagged');
    }
    lines.push('  end');
  }

  const stores = [
    ...map.storage.map((s) => ({ store: s, kind: 'storage' as const })),
    ...map.logs.map((s) => ({ store: s, kind: 'log' as const })),
  ].filter(({ store, kind }) => shownTargets.has(`${kind}:${store.id}`));
  if (stores.length > 0) {
    lines.push('  subgraph stores["Storage and logs"]');
    for (const { store, kind } of stores) {
      const id = node(`${kind}:${store.id}`, 's');
      lines.push(
        kind === 'log'
          ? `    ${id}[/${mermaidLabel(`${store.label} (log)`)}/]`
          : `    ${id}[(${mermaidLabel(`${store.label} (${store.kind})`)})]`,
      );
      if (store.flaggedBy.length > 0) classify(id, 'flagged');
    }
    lines.push('  end');
  }

  if (map.thirdPartyCookies.length > 0) {
    lines.push('  subgraph thirdPartyCookies["Third-party cookies (Open Cookie Database)"]');
    for (const party of map.thirdPartyCookies) {
      const id = node(`tpc:${party.recipient}`, 't');
      const undeclared = party.cookies.filter((c) => !c.declared);
      const names = undeclared.slice(0, 4).map((c) => c.pattern);
      const more =
        undeclared.length > names.length ? ` +${String(undeclared.length - names.length)}` : '';
      const label =
        `${party.name}: ` +
        (undeclared.length > 0
          ? `${String(party.cookies.length)} known, ${String(undeclared.length)} not declared: ${names.join(', ')}${more}`
          : `${String(party.cookies.length)} known, all declared`);
      lines.push(`    ${id}{{${mermaidLabel(label)}}}`);
      if (undeclared.length > 0) classify(id, 'undeclared');
    }
    lines.push('  end');
  }

  for (const flow of flows) {
    const from = ids.get(`category:${flow.category}`);
    const to = ids.get(`${flow.target.kind}:${flow.target.id}`);
    if (from === undefined || to === undefined) continue;
    const label = [
      ...(flow.transforms.length > 0 ? [flow.transforms.join(', ')] : []),
      ...(flow.flaggedBy.length > 0 ? [`flagged: ${flow.flaggedBy.join(', ')}`] : []),
    ];
    edge(
      from,
      to,
      flow.status,
      label.length > 0 ? label.join('; ') : undefined,
      '  ',
      flow.flaggedBy.length > 0,
    );
  }
  for (const party of map.thirdPartyCookies) {
    const from = ids.get(`recipient:${party.recipient}`);
    const to = ids.get(`tpc:${party.recipient}`);
    if (from === undefined || to === undefined) continue;
    edge(from, to, party.cookies.some((c) => !c.declared) ? 'undeclared' : 'declared', 'sets');
  }
  if (map.flows.length > flows.length) {
    lines.push(
      `  more[${mermaidLabel(`${String(map.flows.length - flows.length)} more flows: see the tables`)}]`,
    );
  }

  // A legend: one sample edge per status, and one for flagged flows when there are any.
  lines.push('  subgraph legend["Legend"]');
  const samples: { status: FlowStatus; label: string; flagged: boolean }[] = (
    ['declared', 'undeclared', 'unknown', 'neutral'] as const
  ).map((status) => ({ status, label: LEGEND[status], flagged: false }));
  if (flows.some((f) => f.flaggedBy.length > 0))
    samples.push({ status: 'neutral', label: 'flagged by a rule', flagged: true });
  samples.forEach(({ status, label, flagged }, i) => {
    const a = `lg${String(i)}a`;
    const b = `lg${String(i)}b`;
    lines.push(`    ${a}[" "]`, `    ${b}[" "]`);
    edge(a, b, status, label, '    ', flagged);
    classify(a, 'legend');
    classify(b, 'legend');
  });
  lines.push('  end');

  for (const [style, indexes] of edgesByStyle) {
    lines.push(`  linkStyle ${indexes.join(',')} ${style}`);
  }
  lines.push(
    '  classDef undeclared fill:#ffebe9,stroke:#d73a49,stroke-width:2px,stroke-dasharray:5 5,color:#82071e',
    '  classDef unused fill:#f6f8fa,stroke:#8c959f,stroke-dasharray:3 3,color:#57606a',
    '  classDef unknown fill:#fff8c5,stroke:#bf8700,stroke-dasharray:2 4',
    '  classDef sensitive stroke:#8250df,stroke-width:2px',
    '  classDef legend fill:none,stroke:none',
  );
  if (classes.has('flagged')) lines.push(`  classDef flagged ${FLAGGED_NODE_STYLE}`);
  for (const [cls, members] of classes) lines.push(`  class ${members.join(',')} ${cls}`);
  return lines.join('\n');
}

const LEGEND: Readonly<Record<FlowStatus, string>> = {
  declared: 'declared in the policy',
  undeclared: 'not declared',
  unknown: 'destination not known',
  neutral: 'storage, logs, non-personal',
};
