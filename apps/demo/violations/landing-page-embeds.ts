// Marketing's additions to the landing page: widgets from hosts the policy does not declare.
import { Router } from 'express';

const HOTJAR_ID = '3141592';
const LAUNCH_VIDEO = 'https://www.youtube.com/embed/segment-launch';
const CHAT_WIDGET_URL = 'https://widget.intercom.io/widget/segment-demo';

export const landing = Router();

landing.get('/launch', (_req, res) => {
  res.send(`<h1>Launch week</h1><iframe src="${LAUNCH_VIDEO}"></iframe>`); // expect: no-undeclared-third-party-script
});

landing.get('/pricing-experiment', (_req, res) => {
  res.send(`<script async src="https://static.hotjar.com/c/hotjar-${HOTJAR_ID}.js?sv=6"></script>`); // missed: no-undeclared-third-party-script (a `${…}` inside the src URL hides its literal host)
});

export function loadChatWidget(): void {
  const script = document.createElement('script');
  script.async = true;
  script.src = CHAT_WIDGET_URL; // expect: no-undeclared-third-party-script
  document.head.appendChild(script);
}

export function trackLinkedInConversion(): void {
  new Image().src = 'https://px.ads.linkedin.com/collect/?pid=42&conversionId=7&fmt=gif'; // expect: no-undeclared-third-party-script
}
