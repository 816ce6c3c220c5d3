import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  extractInlineScripts,
  isEmbeddedFileName,
  realFileName,
  virtualFileName,
} from '../src/embedded.js';

// The virtual source of a page: same length, same line breaks, blank outside the scripts,
// template tags replaced by what the engine can parse. Expected texts are given line by line
// with trailing spaces trimmed (leading spaces are kept: they are the columns).

interface Case {
  name: string;
  file: string;
  text: string;
  lines: readonly string[];
  extension?: string;
}

const CASES: readonly Case[] = [
  {
    name: 'blanks the markup and ends each script with a `;` where `</script>` was',
    file: 'page.html',
    text: '<p>Hi</p>\n<script>a()</script><script>\nb()\n</script>\n',
    lines: ['', '        a();                 ', 'b()', ';', ''],
  },
  {
    name: 'leaves out `<script src>` bodies and scripts whose type is not JavaScript',
    file: 'page.html',
    text: '<script src="/a.js">x()</script>\n<script type="application/ld+json">{"a":1}</script>\n<script type="text/template"><b>y</b></script>\n<script type="module">z()</script>\n',
    lines: ['', '', '', '                      z();', ''],
  },
  {
    name: 'EJS: blank control tags, values as expressions, concatenations, `${}` and filler',
    file: 'view.ejs',
    text: [
      '<script>',
      '<% if (user) { %>',
      "fbq('init', '<%= pixelId %>', { em: <%= user.email %> });",
      "var url = 'https://t.example/p?e=<%= user.email %>';",
      'var data = <%- JSON.stringify(data, null, 2) %>;',
      'var text = `Hi <%= user.name %>`;',
      'var re = /<%= pattern %>/;',
      '// <%= user.email %> in a comment',
      "var s = '<%- '</script>' %>';",
      '<% } %>',
      '</script>',
    ].join('\n'),
    lines: [
      '',
      '',
      "fbq('init',      pixelId    , { em:     user.email    });",
      "var url = 'https://t.example/p?e='+  user.email +'';",
      'var data = __tpl_______________________________;',
      'var text = `Hi ${  user.name  }`;',
      'var re = /______________/;',
      '//                   in a comment',
      "var s = ''+__tpl_________+'';",
      '',
      ';',
    ],
  },
  {
    name: 'Handlebars: blocks and comments are blank, `{{{raw}}}` that is not a path is a placeholder',
    file: 'view.hbs',
    text: "<script>\n{{#if user}}{{!-- who --}}\nmixpanel.identify('{{user.id}}', {{{json user}}});\n{{/if}}\n</script>",
    lines: ['', '', 'mixpanel.identify(   user.id   , __tpl__________);', '', ';'],
  },
  {
    name: 'Nunjucks: `{% %}` and `{# #}` are blank, a filter does not hide the value',
    file: 'view.njk',
    text: "{% block js %}<script>{# note #}\ndocument.cookie = 'ab={{ bucket | e }}; path=/';\n</script>{% endblock %}",
    lines: ['', "document.cookie = 'ab='+ bucket     +'; path=/';", ';'],
  },
  {
    name: 'Pug: `script.` blocks and inline `script` text; not `script(src)` nor commented-out blocks',
    file: 'layout.pug',
    text: [
      'html',
      '  head',
      "    script(src='/a.js')",
      '    script.',
      "      fbq('init', '#{pixelId}', { em: '#{user.email}' });",
      '',
      '      track()',
      '    //- script.',
      '      hidden()',
      "    script gtag('js', new Date())",
      '  body',
    ].join('\n'),
    lines: [
      '',
      '',
      '',
      '',
      "      fbq('init',    pixelId  , { em:    user.email   });",
      '',
      '      track()',
      '',
      '',
      "           gtag('js', new Date())",
      '',
    ],
  },
  {
    name: 'HTML-like comments and CDATA around a script are blank',
    file: 'page.htm',
    text: '<script>\n<!--\nfoo()\n//-->\n</script>\n<script>\n<![CDATA[\nbar()\n]]>\n</script>',
    lines: ['', '', 'foo()', '//-->', ';', '', '', 'bar()', '', ';'],
  },
  {
    name: 'a `//` comment that ends a script becomes a block comment, so the next script is not in it',
    file: 'page.html',
    text: '<script>a() // one</script><script>b() // two</script>',
    lines: ['        a() /* one*/;              b() /* two*/;'],
  },
  {
    name: 'Vue: the template is blank, `<script setup lang="ts">` makes the source TypeScript',
    file: 'Account.vue',
    text: '<template><p>{{ user.email }}</p></template>\n<script setup lang="ts">\nconst n: number = 1;\n</script>\n',
    lines: ['', '', 'const n: number = 1;', ';', ''],
    extension: '.ts',
  },
  {
    name: 'Svelte: markup expressions are not scripts',
    file: 'Banner.svelte',
    text: '<script>\nlet open = true;\n</script>\n<button on:click={() => (open = false)}>x</button>\n',
    lines: ['', 'let open = true;', ';', '', ''],
    extension: '.js',
  },
  {
    name: 'a `src` URL that prints a template value is a pixel, written at the tag',
    file: 'view.ejs',
    text: '<img alt="" src="https://t.example/p?e=<%= user.email %>">\n<img src="https://cdn.example/logo.png" alt="<%= user.name %>">\n',
    lines: ['a.src=          "https://t.example/p?e="+  user.email +"";', '', ''],
  },
  {
    name: 'a static absolute `src` of a script or an iframe is a load, written at the tag',
    file: 'page.html',
    text: [
      '<script async src="https://cdn.undeclared.io/a.js"></script>',
      "<SCRIPT src='//platform.twitter.com/widgets.js'></SCRIPT>",
      '<iframe width="560" src="https://www.youtube.com/embed/x"></iframe>',
      '<script src="/static/app.js"></script>',
      '<a href="https://twitter.com/acme">x</a>',
    ].join('\n'),
    lines: [
      'script.src=       "https://cdn.undeclared.io/a.js";',
      "script.src= '//platform.twitter.com/widgets.js';",
      'iframe.src=             "https://www.youtube.com/embed/x";',
      '',
      '',
    ],
  },
  {
    name: 'an `<img>` is a load only when it is a pixel (sized 0–1 or hidden)',
    file: 'page.html',
    text: [
      '<img src="https://px.ads.example/p.gif" width="1" height="1" alt="">',
      '<img height=1 width=1 style="display:none" src="https://www.facebook.com/tr?id=1&ev=PageView"/>',
      '<img src="https://cdn.example/hero.png" width="1200" alt="">',
      '<img src="https://cdn.example/logo.svg" alt="">',
    ].join('\n'),
    lines: [
      'px.src=  "https://px.ads.example/p.gif";',
      'px.src=                                        "https://www.facebook.com/tr?id=1&ev=PageView";',
      '',
      '',
    ],
  },
  {
    name: 'Pug: a static absolute `script(src)`, `iframe(src)` or pixel `img(src)` is a load',
    file: 'map.pug',
    text: [
      'block scripts',
      "  script(src='https://js.api.here.com/v3/3.1/mapsjs-core.js', type='text/javascript')",
      "  script(src='/js/main.js')",
      "  img(src='https://px.ads.example/p.gif', width='1', height='1')",
      "  img(src='https://cdn.example/hero.png', width='640')",
    ].join('\n'),
    lines: [
      '',
      "  script.src='https://js.api.here.com/v3/3.1/mapsjs-core.js';",
      '',
      "  px.src= 'https://px.ads.example/p.gif';",
      '',
    ],
  },
  {
    name: 'an HTML comment holding `pledge-ignore` becomes a block comment',
    file: 'page.html',
    text: '<!-- pledge-ignore no-undeclared-cookie: consent banner (PRIV-3) -->\n<!-- just a comment -->\n',
    lines: ['/*   pledge-ignore no-undeclared-cookie: consent banner (PRIV-3)  */', '', ''],
  },
  {
    name: 'a tag over several lines in code is a placeholder on its first line',
    file: 'view.ejs',
    text: '<script>\nvar config = <%- JSON.stringify({\n  a: 1,\n}) %>;\n</script>',
    lines: ['', 'var config = __tpl_______________', '', '     ;', ';'],
  },
];

describe('extractInlineScripts', () => {
  it('has cases', () => {
    expect(CASES.length).toBeGreaterThan(0);
  });

  it.each(CASES)('$name', ({ file, text, lines, extension }) => {
    const inline = extractInlineScripts(file, text);
    expect(inline).toBeDefined();
    if (!inline) return;
    expect(inline.text.length).toBe(text.length);
    for (let k = 0; k < text.length; k++) {
      if (text[k] === '\n' || text[k] === '\r') expect(inline.text[k]).toBe(text[k]);
    }
    expect(inline.text.split('\n').map((line) => line.trimEnd())).toEqual(
      lines.map((line) => line.trimEnd()),
    );
    if (extension !== undefined) expect(inline.extension).toBe(extension);
  });

  it('keeps `\\r\\n` line breaks', () => {
    const text = '<p>a</p>\r\n<script>\r\nfoo()\r\n</script>\r\n';
    expect(extractInlineScripts('page.html', text)?.text).toBe(
      '        \r\n        \r\nfoo()\r\n;        \r\n',
    );
  });

  it('counts the code regions of a page (none for a page without scripts)', () => {
    expect(extractInlineScripts('a.html', '<p>{{ user.email }}</p>')?.regions).toBe(0);
    expect(
      extractInlineScripts('a.html', '<script>a()</script><script>b()</script>')?.regions,
    ).toBe(2);
  });

  it('stays linear on unclosed template tags', () => {
    const text = `<script>${'{{'.repeat(200_000)}</script>`;
    const started = performance.now();
    expect(extractInlineScripts('a.hbs', text)?.text.length).toBe(text.length);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('never throws, and keeps the length, on malformed pages', () => {
    const pages: readonly [string, string][] = [
      ['a.html', '<script'],
      ['a.html', '<script>'],
      ['a.html', '<script type=module>x()'],
      ['a.ejs', '<script><%= x'],
      ['a.ejs', '<script>var s = "<%= a\n%>";</script>'],
      ['a.html', '<script>"unterminated\n</script>'],
      ['a.html', '<script>`${</script>'],
      ['a.hbs', '<script>}}}{{{</script>{{'],
      ['a.ejs', '<img src="<%= a %>'],
      ['a.ejs', '<img src=<%= a %>>'],
      ['a.html', '<!-- pledge-ignore'],
      ['a.html', '<script>a()//</script><script>b()</script>'],
      ['a.html', '<style><script>x()</script>'],
      ['a.pug', 'script.'],
      ['a.pug', 'script.\n  `${#{'],
      ['a.pug', 'script(type="module"'],
      ['a.njk', '<script>{% if %}{{ a | }}{# </script>'],
    ];
    expect(pages.length).toBeGreaterThan(0);
    for (const [file, text] of pages) {
      expect(extractInlineScripts(file, text)?.text.length, text).toBe(text.length);
    }
  });

  it('is undefined for other files', () => {
    expect(extractInlineScripts('a.ts', 'const a = 1;')).toBeUndefined();
  });
});

describe('virtual file names', () => {
  it('round-trip to the page, and leave other names alone', () => {
    expect(virtualFileName('/r/views/a.html', '.js')).toBe('/r/views/a.html.pledge-inline.js');
    expect(realFileName('/r/views/a.html.pledge-inline.js')).toBe('/r/views/a.html');
    expect(realFileName('/r/components/B.vue.pledge-inline.ts')).toBe('/r/components/B.vue');
    expect(realFileName('/r/src/a.ts')).toBe('/r/src/a.ts');
    expect(realFileName('/r/src/a.pledge-inline.js')).toBe('/r/src/a.pledge-inline.js');
  });

  it('recognise pages, templates and components', () => {
    expect(isEmbeddedFileName('views/Index.HTML')).toBe(true);
    expect(isEmbeddedFileName('views/layout.pug')).toBe(true);
    expect(isEmbeddedFileName('src/app.ts')).toBe(false);
  });
});

// docs/scanner.md shows what template tags in a script are analysed as; each row is checked
// here, in a page (`.html`: EJS, Handlebars and Nunjucks tags) or in a Pug `script.` block.
const DOCS = readFileSync(join(import.meta.dirname, '../../../docs/scanner.md'), 'utf8');

/** The rows of the docs table `| in the template | analysed as |`, as code. */
function docsRows(): [string, string][] {
  const table = DOCS.slice(DOCS.indexOf('| in the template'));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  return rows.map((row) => {
    const cells = row.split(/ \| /).map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim());
    const code = (cell: string): string => cell.replace(/^(`+)(.*)\1$/, '$2').trim();
    return [code(cells[0] ?? ''), code(cells[1] ?? '')];
  });
}

describe('docs/scanner.md: template tags in a script', () => {
  const rows = docsRows();

  it('has examples', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(rows)('`%s` is analysed as `%s`', (template, analysed) => {
    const pug = template.includes('#{');
    // The Pug block's lines are indented under `script.`, by two spaces.
    const text = pug ? `script.\n  ${template}\n` : `<script>\n${template}\n</script>\n`;
    const inline = extractInlineScripts(pug ? 'layout.pug' : 'page.html', text);
    const line = inline?.text.split('\n')[1] ?? '';
    expect((pug ? line.slice(2) : line).trimEnd()).toBe(analysed);
  });
});
