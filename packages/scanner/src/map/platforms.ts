import { platformKey } from './cookie-database.js';

// Names the SDK catalog and policies use for a vendor, and the Open Cookie Database platforms
// they correspond to, where the two spell it differently. Case, spaces and punctuation are
// ignored on both sides (`HubSpot` = `Hubspot`, `RudderStack` = `Rudderstack`), so only real
// differences are listed. Data, not logic: a new vendor is a new line.
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  Adobe: ['Adobe Analytics', 'Adobe Audience Manager'],
  AWS: ['Amazon Web Services'],
  Bing: ['Bing / Microsoft'],
  'Google Ads': ['Google Ads', 'DoubleClick/Google Marketing'],
  Heap: ['Heap Analytics'],
  Matomo: ['Matomo', 'Piwik'],
  Meta: ['Facebook'],
  'Meta Pixel': ['Facebook'],
  'Microsoft Advertising': ['Bing / Microsoft'],
  Plausible: ['Plausible Analytics'],
  Snap: ['Snapchat'],
  'tawk.to': ['Tawk.to', 'Tawk.to Chat'],
  Twitter: ['X'],
  'X (Twitter)': ['X'],
  'Vercel Analytics': ['Vercel'],
  'Yandex Metrica': ['Yandex.Metrica'],
};

const BY_KEY = new Map(
  Object.entries(ALIASES).map(([name, platforms]) => [platformKey(name), platforms]),
);

/** The Open Cookie Database platform names to look up for a vendor or recipient name. */
export function platformsFor(name: string): readonly string[] {
  return BY_KEY.get(platformKey(name)) ?? [name];
}
