import { RuleTester } from '@pledge/rule-tester';
import { fileURLToPath } from 'node:url';
import pack from '../../index.js';
import { noUndeclaredThirdPartyScript } from './rule.js';

const policy = fileURLToPath(new URL('../../../test/policy.yaml', import.meta.url));

// The test policy declares Google Analytics / Tag Manager, AdRoll, Facebook (connect.facebook.net,
// www.facebook.com), ShareThis, Stripe, Zendesk and AWS; segment.com and segment.io are the
// organization's own. YouTube, HubSpot, Twitter, Hotjar and the rest are not declared.

/** A policy with first-party `*.example.com`, YouTube declared and Facebook not. */
const examplePolicy = `version: 1
organization: Example, Inc.
document: { url: 'https://example.com/privacy', effective: '2016-01-16' }
clauses:
  social-media-widgets: { section: Social Media Widgets, summary: Widgets are hosted by their providers. }
  web-beacons: { section: Web Beacons, summary: Clear gifs of our partners. }
firstParty:
  hosts: [example.com, '*.example.com']
thirdParties:
  - id: youtube
    role: social
    clause: social-media-widgets
    hosts: [www.youtube.com, www.youtube-nocookie.com]
    receives: []
  - id: web-analytics
    role: analytics
    hosts: [www.googletagmanager.com]
    receives: []
`;

new RuleTester({ policy, pack }).run(
  'no-undeclared-third-party-script',
  noUndeclaredThirdPartyScript,
  {
    valid: [
      {
        name: 'a script of the site itself (relative URL)',
        filename: 'layout.tsx',
        code: `export function Layout() {
  return <script src="/static/app.js" defer />;
}
`,
      },
      {
        name: 'next/script from a declared host',
        filename: 'analytics.tsx',
        code: `import Script from 'next/script';

export function Analytics() {
  return <Script src="https://www.googletagmanager.com/gtag/js?id=G-1" strategy="afterInteractive" />;
}
`,
      },
      {
        name: 'an ordinary image from an undeclared CDN is not a pixel',
        filename: 'hero.tsx',
        code: `export function Hero() {
  return <img src="https://cdn.example-images.net/hero.png" width={1200} height={600} alt="" />;
}
`,
      },
      {
        name: 'a first-party script host',
        filename: 'widget.tsx',
        code: `export const Widget = () => <script src="https://cdn.segment.com/analytics.js/v1/analytics.min.js" async />;
`,
      },
      {
        name: 'first-party by a wildcard host of the policy',
        filename: 'widget.tsx',
        policy: examplePolicy,
        code: `export const Widget = () => <script src="https://static.example.com/x.js" async />;
`,
      },
      {
        name: 'a link loads nothing',
        filename: 'footer.tsx',
        code: `export const Footer = () => <a href="https://twitter.com/segment">Twitter</a>;
`,
      },
      {
        name: 'an iframe to a declared YouTube host',
        filename: 'video.tsx',
        policy: examplePolicy,
        code: `export const Video = ({ id }: { id: string }) => (
  <iframe src={\`https://www.youtube.com/embed/\${id}\`} allowFullScreen />
);
`,
      },
      {
        name: 'a URL that cannot be resolved is not reported',
        filename: 'embed.tsx',
        code: `export const Embed = ({ url }: { url: string }) => <iframe src={url} />;
`,
      },
      {
        name: 'inline next/script without src',
        filename: 'theme.tsx',
        code: `import Script from 'next/script';

export const Theme = () => (
  <Script id="theme">{\`document.body.classList.add('dark');\`}</Script>
);
`,
      },
      {
        name: 'a Script component of another library is not next/script',
        filename: 'docs.tsx',
        code: `import { Script } from './code-blocks';

export const Docs = () => <Script src="https://cdn.undeclared-analytics.io/a.js" />;
`,
      },
      {
        name: 'dynamic script from a declared host',
        code: `export function loadGa(id: string) {
  const script = document.createElement('script');
  script.src = \`https://www.googletagmanager.com/gtag/js?id=\${id}\`;
  script.async = true;
  document.head.appendChild(script);
}
`,
      },
      {
        name: 'dynamic script whose URL comes from settings (unknown host)',
        code: `declare const settings: { instanceUrl: string };
export function loadMatomo() {
  const g = document.createElement('script');
  g.src = settings.instanceUrl + 'matomo.js';
  document.head.appendChild(g);
}
`,
      },
      {
        name: 'new Image() drawing a picture file on a canvas',
        code: `export function drawLogo(ctx: CanvasRenderingContext2D) {
  const img = new Image();
  img.src = 'https://images.unsplash.com/photo-1.jpg';
  img.onload = () => ctx.drawImage(img, 0, 0);
}
`,
      },
      {
        name: 'a video element is not a script',
        code: `export function play(video: HTMLVideoElement) {
  video.src = 'https://media.undeclared-cdn.net/intro.mp4';
}
`,
      },
      {
        name: 'a data: URL image',
        code: `const pixel = new Image();
pixel.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
export {};
`,
      },
      {
        name: 'a loader given a declared host',
        code: `import loadScript from 'load-script';

loadScript('https://js.stripe.com/v3/', () => {});
`,
      },
      {
        name: 'fetching JSON is not loading a script',
        code: `export async function rates() {
  const res = await fetch('https://api.exchangerate.host/latest');
  return res.json();
}
`,
      },
      {
        name: 'an allowed CDN, through the options',
        filename: 'page.tsx',
        options: { allowHosts: ['*.jsdelivr.net'] },
        code: `export const Page = () => <script src="https://cdn.jsdelivr.net/npm/mermaid@10/dist/mermaid.min.js" />;
`,
      },
      {
        name: 'a GoogleTagManager component when Tag Manager is declared',
        filename: 'layout.tsx',
        code: `import { GoogleTagManager } from '@next/third-parties/google';

export const Layout = () => <GoogleTagManager gtmId="GTM-XYZ" />;
`,
      },
      {
        name: 'an img sized 1 on a first-party host',
        filename: 'pixel.tsx',
        code: `export const Pixel = () => <img src="https://t.segment.io/p.gif" width="1" height="1" alt="" />;
`,
      },
      {
        name: 'a tracking snippet shown for users to copy is text, not a load',
        filename: 'TrackingCode.tsx',
        code: `export function TrackingCode({ websiteId }: { websiteId: string }) {
  const code = \`<script defer src="https://cloud.umami.is/script.js" data-website-id="\${websiteId}"></script>\`;
  return <textarea readOnly value={code} />;
}
`,
      },
      {
        name: 'markup a server sends with a first-party script',
        code: `declare const ctx: { body: string; type: string };
const bundle = 'https://cdn.segment.com/embed.js';
ctx.type = 'html';
ctx.body = \`<html><body><script src="\${bundle}"></script></body></html>\`;
`,
      },
      {
        name: 'a helper that loads the URL a caller passes, given a first-party URL',
        code: `function loadScript(src: string) {
  const s = document.createElement('script');
  s.src = src;
  document.body.appendChild(s);
}

loadScript('https://cdn.segment.com/widget.js');
`,
      },
    ],
    invalid: [
      {
        name: 'a script tag from an undeclared analytics host',
        filename: 'layout.tsx',
        code: `export function Layout() {
  return (
    <head>
      <script src="https://cdn.undeclared-analytics.io/a.js" async />
    </head>
  );
}
`,
        errors: [
          {
            messageId: 'undeclaredHost',
            line: 4,
            column: 15,
            data: { host: 'cdn.undeclared-analytics.io' },
          },
        ],
      },
      {
        name: 'a YouTube iframe, YouTube undeclared',
        filename: 'video.tsx',
        code: `export const Video = () => (
  <iframe src="https://www.youtube.com/embed/x" width="560" height="315" allowFullScreen />
);
`,
        errors: [
          { messageId: 'undeclaredHost', line: 2, column: 11, data: { host: 'www.youtube.com' } },
        ],
      },
      {
        name: 'a 1×1 tracking pixel',
        filename: 'pixel.tsx',
        code: `export const Pixel = () => (
  <img src="https://px.ads.example/p.gif" width="1" height="1" alt="" />
);
`,
        errors: [
          { messageId: 'undeclaredHost', line: 2, column: 8, data: { host: 'px.ads.example' } },
        ],
      },
      {
        name: 'a hidden pixel in noscript (style display none)',
        filename: 'pixel.tsx',
        code: `export const LinkedInInsight = () => (
  <noscript>
    <img
      height={1}
      width={1}
      style={{ display: 'none' }}
      alt=""
      src="https://px.ads.linkedin.com/collect/?pid=123&fmt=gif"
    />
  </noscript>
);
`,
        errors: [
          {
            messageId: 'undeclaredHost',
            line: 8,
            column: 7,
            data: { host: 'px.ads.linkedin.com' },
          },
        ],
      },
      {
        name: 'next/script with a template URL (HubSpot)',
        filename: 'hubspot.tsx',
        code: `import Script from 'next/script';

const HUBSPOT_ID = '4711';

export function HubSpot() {
  return <Script id="hs-script-loader" src={\`https://js.hs-scripts.com/\${HUBSPOT_ID}.js\`} strategy="lazyOnload" />;
}
`,
        errors: [
          { messageId: 'undeclaredHost', line: 6, column: 40, data: { host: 'js.hs-scripts.com' } },
        ],
      },
      {
        name: 'a script URL held in a constant of the same file',
        filename: 'chat.tsx',
        code: `import Script from 'next/script';

const CRISP_SRC = 'https://client.crisp.chat/l.js';

export const Chat = () => <Script src={CRISP_SRC} />;
`,
        errors: [
          { messageId: 'undeclaredHost', line: 5, column: 35, data: { host: 'client.crisp.chat' } },
        ],
      },
      {
        name: 'a loader function from load-script (Facebook undeclared)',
        policy: examplePolicy,
        code: `import loadScript from 'load-script';

export function initFacebook() {
  loadScript('https://connect.facebook.net/en_US/sdk.js', (err) => {
    if (err) console.error(err);
  });
}
`,
        errors: [
          {
            messageId: 'undeclaredHost',
            line: 4,
            column: 3,
            data: { host: 'connect.facebook.net' },
          },
        ],
      },
      {
        name: 'scriptjs with a list of URLs',
        code: `import $script from 'scriptjs';

$script(['https://static.hotjar.com/c/hotjar-1.js'], 'hotjar');
`,
        errors: [
          { messageId: 'undeclaredHost', line: 3, column: 1, data: { host: 'static.hotjar.com' } },
        ],
      },
      {
        name: 'document.createElement script with an undeclared host',
        code: `export function loadIntercom(appId: string) {
  const script = document.createElement('script');
  script.type = 'text/javascript';
  script.async = true;
  script.src = \`https://widget.intercom.io/widget/\${appId}\`;
  document.head.appendChild(script);
}
`,
        errors: [
          { messageId: 'undeclaredHost', line: 5, column: 3, data: { host: 'widget.intercom.io' } },
        ],
      },
      {
        name: 'setAttribute src on a created iframe',
        code: `export function embedCalendly(container: HTMLElement) {
  const frame = document.createElement('iframe');
  frame.setAttribute('src', 'https://calendly.com/acme/intro?embed_type=Inline');
  container.appendChild(frame);
}
`,
        errors: [
          { messageId: 'undeclaredHost', line: 3, column: 3, data: { host: 'calendly.com' } },
        ],
      },
      {
        name: 'new Image() beacon',
        code: `export function trackConversion(orderId: string) {
  new Image().src = \`https://px.ads.example/conv?o=\${orderId}\`;
}
`,
        errors: [
          { messageId: 'undeclaredHost', line: 2, column: 3, data: { host: 'px.ads.example' } },
        ],
      },
      {
        name: 'a pixel image held in a variable',
        code: `export function ping() {
  const beacon = new Image(1, 1);
  beacon.src = 'https://bat.bing.com/action/0?ti=123&Ver=2';
}
`,
        errors: [
          { messageId: 'undeclaredHost', line: 3, column: 3, data: { host: 'bat.bing.com' } },
        ],
      },
      {
        name: 'the Facebook SDK snippet (element named js, tag given as a parameter)',
        policy: examplePolicy,
        code: `(function (d: Document, s: string, id: string) {
  let js: HTMLScriptElement;
  const fjs = d.getElementsByTagName(s)[0];
  if (d.getElementById(id)) return;
  js = d.createElement(s) as HTMLScriptElement;
  js.id = id;
  js.src = 'https://connect.facebook.net/en_US/sdk.js';
  fjs?.parentNode?.insertBefore(js, fjs);
})(document, 'script', 'facebook-jssdk');
`,
        errors: [
          {
            messageId: 'undeclaredHost',
            line: 7,
            column: 3,
            data: { host: 'connect.facebook.net' },
          },
        ],
      },
      {
        name: 'a helper in the same file loads the URL a caller passes',
        code: `function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const el = document.createElement('script');
    el.src = src;
    el.onload = () => resolve();
    el.onerror = reject;
    document.body.appendChild(el);
  });
}

export async function initTwitter() {
  await loadScript('https://platform.twitter.com/widgets.js');
}
`,
        errors: [
          {
            messageId: 'undeclaredHostThroughHelper',
            line: 12,
            column: 9,
            data: { host: 'platform.twitter.com', helper: 'loadScript()' },
          },
        ],
      },
      {
        name: 'a component of the project that renders an iframe from its prop',
        filename: 'page.tsx',
        code: `function Embed({ src, title }: { src: string; title: string }) {
  return <iframe src={src} title={title} className="embed" />;
}

export const Demo = () => <Embed src="https://player.vimeo.com/video/123" title="Demo" />;
`,
        errors: [
          {
            messageId: 'undeclaredHostThroughHelper',
            line: 5,
            column: 27,
            data: { host: 'player.vimeo.com', helper: '<Embed>' },
          },
        ],
      },
      {
        name: 'GoogleTagManager when Tag Manager is not declared',
        filename: 'layout.tsx',
        policy: `version: 1
organization: Example, Inc.
document: { url: 'https://example.com/privacy', effective: '2016-01-16' }
clauses:
  social-media-widgets: { section: Social Media Widgets, summary: Widgets. }
firstParty:
  hosts: [example.com]
`,
        code: `import { GoogleTagManager } from '@next/third-parties/google';

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <GoogleTagManager gtmId="GTM-XYZ" />
      <body>{children}</body>
    </html>
  );
}
`,
        errors: [
          {
            messageId: 'undeclaredHost',
            line: 6,
            column: 7,
            data: { host: 'www.googletagmanager.com' },
          },
        ],
      },
      {
        name: 'YouTubeEmbed from @next/third-parties',
        filename: 'video.tsx',
        code: `import { YouTubeEmbed } from '@next/third-parties/google';

export const Intro = () => <YouTubeEmbed videoid="ogfYd705cRs" height={400} />;
`,
        errors: [
          {
            messageId: 'undeclaredHost',
            line: 3,
            column: 28,
            data: { host: 'www.youtube-nocookie.com' },
          },
        ],
      },
      {
        name: 'react-helmet script tag',
        filename: 'seo.tsx',
        code: `import { Helmet } from 'react-helmet';

export const Seo = () => (
  <Helmet>
    <script src="https://cdn.usefathom.com/script.js" data-site="ABC" defer />
  </Helmet>
);
`,
        errors: [
          { messageId: 'undeclaredHost', line: 5, column: 13, data: { host: 'cdn.usefathom.com' } },
        ],
      },
      {
        name: 'react-helmet script prop',
        filename: 'seo.tsx',
        code: `import { Helmet } from 'react-helmet-async';

export const Seo = () => <Helmet script={[{ src: 'https://cdn.usefathom.com/script.js', defer: true }]} />;
`,
        errors: [
          { messageId: 'undeclaredHost', line: 3, column: 43, data: { host: 'cdn.usefathom.com' } },
        ],
      },
      {
        name: 'a vendor snippet inside next/script',
        filename: 'hotjar.tsx',
        code: `import Script from 'next/script';

export const Hotjar = () => (
  <Script id="hotjar" strategy="afterInteractive">
    {\`(function(h,o,t,j,a,r){
      a=o.getElementsByTagName('head')[0];
      r=o.createElement('script');r.async=1;
      r.src='https://static.hotjar.com/c/hotjar-'+h._hjSettings.hjid+'.js';
      a.appendChild(r);
    })(window,document);\`}
  </Script>
);
`,
        errors: [
          { messageId: 'undeclaredHost', line: 4, column: 3, data: { host: 'static.hotjar.com' } },
        ],
      },
      {
        // Only the scanner reads HTML pages; the finding is at the tag.
        name: 'an HTML page: an undeclared script, a YouTube frame and a pixel',
        filename: 'index.html',
        frontEnds: ['scanner'],
        code: `<!doctype html>
<html>
  <head>
    <script async src="https://cdn.undeclared-analytics.io/a.js"></script>
    <script src="/static/app.js" defer></script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>
    <script src="https://cdn.segment.com/analytics.js/v1/k/analytics.min.js"></script>
  </head>
  <body>
    <iframe width="560" height="315" src="https://www.youtube.com/embed/x"></iframe>
    <img src="https://px.ads.example/p.gif" width="1" height="1" alt="">
    <img src="https://images.undeclared-cdn.net/hero.png" width="1200" alt="">
    <a href="https://twitter.com/segment">Twitter</a>
  </body>
</html>
`,
        errors: [
          {
            messageId: 'undeclaredHost',
            line: 4,
            column: 5,
            data: { host: 'cdn.undeclared-analytics.io' },
          },
          { messageId: 'undeclaredHost', line: 10, column: 5, data: { host: 'www.youtube.com' } },
          { messageId: 'undeclaredHost', line: 11, column: 5, data: { host: 'px.ads.example' } },
        ],
      },
      {
        name: 'markup a server sends loads a gist script',
        code: `declare const ctx: { body: string; type: string };
export function gistEmbed(id: string) {
  const gistLink = \`https://gist.github.com/\${id}.js\`;
  ctx.type = 'html';
  ctx.body = \`
<html>
<body>
<script type="text/javascript" src="\${gistLink}"></script>
</body>
</html>\`;
}
`,
        errors: [
          { messageId: 'undeclaredHost', line: 8, column: 39, data: { host: 'gist.github.com' } },
        ],
      },
      {
        name: 'innerHTML with a widget script written out',
        code: `export function mountReviews(el: HTMLElement) {
  el.innerHTML = '<div class="trustpilot-widget"></div><script src="https://widget.trustpilot.com/bootstrap/v5/tp.widget.bootstrap.min.js" async></script>';
}
`,
        errors: [
          {
            messageId: 'undeclaredHost',
            line: 2,
            column: 18,
            data: { host: 'widget.trustpilot.com' },
          },
        ],
      },
      {
        name: 'an iframe whose URL a helper of the file builds, per platform',
        filename: 'preview.tsx',
        code: `function embedUrlOf(platform: string, id: string): string | null {
  if (platform === 'youtube') return \`https://www.youtube.com/embed/\${id}\`;
  if (platform === 'tiktok') return \`https://www.tiktok.com/embed/v2/\${id}\`;
  return null;
}

export function Preview({ platform, id }: { platform: string; id: string }) {
  const embedUrl = embedUrlOf(platform, id);
  if (!embedUrl) return null;
  return <iframe src={embedUrl} title="Preview" allowFullScreen />;
}
`,
        errors: [
          { messageId: 'undeclaredHost', line: 10, column: 18, data: { host: 'www.youtube.com' } },
        ],
      },
      {
        name: 'a protocol-relative script URL',
        filename: 'share.tsx',
        code: `export const Share = () => <script src="//platform.linkedin.com/in.js" type="text/javascript" />;
`,
        errors: [
          {
            messageId: 'undeclaredHost',
            line: 1,
            column: 36,
            data: { host: 'platform.linkedin.com' },
          },
        ],
      },
      {
        name: 'the clause is the Social Media Widgets one by default, and can be overridden',
        filename: 'video.tsx',
        options: { clause: 'website-visitors' },
        code: `export const Video = () => <iframe src="https://player.vimeo.com/video/1" />;
`,
        errors: [
          { messageId: 'undeclaredHost', line: 1, column: 36, data: { host: 'player.vimeo.com' } },
        ],
      },
    ],
  },
);
