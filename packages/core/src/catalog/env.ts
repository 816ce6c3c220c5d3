import type { EnvEndpoint, WebhookUrlShape } from './types.js';

// Endpoints the code does not spell out. `fetch(process.env.SLACK_WEBHOOK_URL, { body })` posts to
// Slack although no Slack host or package appears in the file: the variable's name says where it
// points. And a webhook URL (in the code, a default, or a test) says whose it is by how it starts.
//
// Only names that hold an endpoint are listed, never keys or tokens (`MIXPANEL_TOKEN`,
// `ALGOLIA_API_KEY`): a key says which vendor the code talks to, not that this value is where data
// goes. Globs are matched against the whole name, upper case, with the policy's `matchGlob`
// (`*` any run of characters); a leading `*` covers framework prefixes (`NEXT_PUBLIC_`, `VITE_`,
// `NUXT_`, `PUBLIC_`). A policy's own `env` entries (firstParty.env, thirdParties[].env) decide
// first; these name the vendor when the policy does not.

/** Environment variables that hold a vendor's endpoint, and the host it is on. */
export const ENV_ENDPOINTS: readonly EnvEndpoint[] = [
  // ───────────────────────────── chat webhooks ─────────────────────────────
  {
    id: 'slack-webhook',
    vendor: 'Slack',
    names: ['SLACK_WEBHOOK_URL', '*SLACK_WEBHOOK*', '*SLACK_*_WEBHOOK*', '*SLACK_HOOK*'],
    host: 'hooks.slack.com',
  },
  {
    id: 'discord-webhook',
    vendor: 'Discord',
    names: ['DISCORD_WEBHOOK*', '*DISCORD_WEBHOOK*', '*DISCORD_*_WEBHOOK*', '*DISCORD_HOOK*'],
    host: 'discord.com',
  },
  {
    id: 'teams-webhook',
    vendor: 'Microsoft Teams',
    names: ['*TEAMS_WEBHOOK*', '*MSTEAMS_*WEBHOOK*', '*TEAMS_*_WEBHOOK*'],
    host: '*.webhook.office.com',
  },
  {
    id: 'google-chat-webhook',
    vendor: 'Google Chat',
    names: ['*GOOGLE_CHAT_WEBHOOK*', '*GCHAT_WEBHOOK*', '*HANGOUTS_CHAT_WEBHOOK*'],
    host: 'chat.googleapis.com',
  },
  {
    id: 'mattermost-webhook',
    vendor: 'Mattermost',
    // Mattermost is usually self-hosted: the host is the organization's, unless the policy says.
    names: ['*MATTERMOST*WEBHOOK*'],
    host: '*.cloud.mattermost.com',
  },

  // ──────────────────────────── automation hooks ────────────────────────────
  {
    id: 'zapier-webhook',
    vendor: 'Zapier',
    names: ['ZAPIER_*WEBHOOK*', '*_ZAPIER_*WEBHOOK*', '*ZAPIER_HOOK_URL', '*ZAPIER_CATCH_HOOK*'],
    host: 'hooks.zapier.com',
  },
  {
    id: 'make-webhook',
    vendor: 'Make',
    names: ['MAKE_WEBHOOK*', '*_MAKE_WEBHOOK*', '*MAKE_COM_WEBHOOK*', '*INTEGROMAT_WEBHOOK*'],
    host: '*.make.com',
  },
  {
    id: 'ifttt-webhook',
    vendor: 'IFTTT',
    names: ['*IFTTT_WEBHOOK*', '*IFTTT_MAKER_URL'],
    host: 'maker.ifttt.com',
  },
  {
    id: 'pipedream-webhook',
    vendor: 'Pipedream',
    names: ['*PIPEDREAM_WEBHOOK*', '*PIPEDREAM_*URL'],
    host: '*.m.pipedream.net',
  },
  {
    id: 'n8n-webhook',
    vendor: 'n8n',
    // n8n Cloud; a self-hosted n8n is the organization's own unless the policy says otherwise.
    names: ['*N8N_WEBHOOK*'],
    host: '*.app.n8n.cloud',
  },
  {
    id: 'hookdeck-source',
    vendor: 'Hookdeck',
    names: ['*HOOKDECK_SOURCE_URL', '*HOOKDECK_*WEBHOOK*'],
    host: 'hkdk.events',
  },

  // ──────────────────────── analytics and monitoring ────────────────────────
  {
    id: 'posthog-host',
    vendor: 'PostHog',
    names: ['POSTHOG_HOST', '*_POSTHOG_HOST', '*POSTHOG_API_HOST', '*POSTHOG_URL'],
    host: '*.posthog.com',
  },
  {
    id: 'sentry-dsn',
    vendor: 'Sentry',
    // https://<key>@o123.ingest.us.sentry.io/456
    names: ['SENTRY_DSN', '*_SENTRY_DSN'],
    host: '*.sentry.io',
  },
  {
    id: 'tinybird-host',
    vendor: 'Tinybird',
    names: [
      'TINYBIRD_API_URL',
      'TINYBIRD_HOST',
      'TINYBIRD_URL',
      'TINYBIRD_BASE_URL',
      '*_TINYBIRD_HOST',
    ],
    host: 'api.tinybird.co',
  },
  {
    id: 'plausible-host',
    vendor: 'Plausible',
    names: ['PLAUSIBLE_*URL', '*_PLAUSIBLE_*URL', '*PLAUSIBLE_API_HOST', '*PLAUSIBLE_HOST'],
    host: 'plausible.io',
  },
  {
    id: 'umami-host',
    vendor: 'Umami',
    names: ['UMAMI_*URL', '*_UMAMI_*URL', '*UMAMI_HOST'],
    host: 'cloud.umami.is',
  },
  {
    id: 'mixpanel-host',
    vendor: 'Mixpanel',
    names: ['MIXPANEL_API_HOST', '*_MIXPANEL_API_HOST', '*MIXPANEL_API_URL'],
    host: 'api.mixpanel.com',
  },
  {
    id: 'segment-host',
    vendor: 'Segment',
    names: ['*SEGMENT_API_HOST'],
    host: 'api.segment.io',
  },
  {
    id: 'axiom-url',
    vendor: 'Axiom',
    names: ['AXIOM_URL', '*_AXIOM_URL', '*AXIOM_INGEST_ENDPOINT'],
    host: 'api.axiom.co',
  },

  // ─────────────────────────────── CRM ───────────────────────────────
  {
    // Not `*HUBSPOT*URL*`: `HUBSPOT_REDIRECT_URL` is the app's own OAuth callback.
    id: 'hubspot-url',
    vendor: 'HubSpot',
    names: ['*HUBSPOT_API_URL', '*HUBSPOT_BASE_URL', '*HUBSPOT_API_BASE*', '*HUBSPOT_WEBHOOK*'],
    host: 'api.hubapi.com',
  },
  {
    id: 'hubspot-forms-url',
    vendor: 'HubSpot',
    names: ['*HUBSPOT_FORM*URL*', '*HUBSPOT_FORM*ENDPOINT*'],
    host: 'api.hsforms.com',
  },

  // ─────────────────────────── hosted backends ───────────────────────────
  {
    id: 'supabase-url',
    vendor: 'Supabase',
    names: ['SUPABASE_URL', '*_SUPABASE_URL'],
    host: '*.supabase.co',
  },
  {
    // @vercel/kv's variables point at Upstash too.
    id: 'upstash-url',
    vendor: 'Upstash',
    names: ['UPSTASH_*_URL', '*_UPSTASH_*_URL', 'KV_REST_API_URL', 'KV_URL'],
    host: '*.upstash.io',
  },
  {
    id: 'qstash-url',
    vendor: 'Upstash QStash',
    names: ['QSTASH_URL', '*_QSTASH_URL'],
    host: 'qstash.upstash.io',
  },
  {
    id: 'convex-url',
    vendor: 'Convex',
    names: ['CONVEX_URL', '*_CONVEX_URL', '*CONVEX_SITE_URL'],
    host: '*.convex.cloud',
  },

  // ─────────────────────────────── AI ───────────────────────────────
  // The SDKs' own variables. They are often pointed elsewhere (a gateway, Azure, a local model):
  // the name gives the default recipient, and a policy's `env` entry overrides it.
  {
    id: 'openai-base-url',
    vendor: 'OpenAI',
    names: ['OPENAI_BASE_URL', 'OPENAI_API_BASE', 'OPENAI_API_BASE_URL', '*_OPENAI_BASE_URL'],
    host: 'api.openai.com',
  },
  {
    id: 'anthropic-base-url',
    vendor: 'Anthropic',
    names: ['ANTHROPIC_BASE_URL', 'ANTHROPIC_API_URL', '*_ANTHROPIC_BASE_URL'],
    host: 'api.anthropic.com',
  },
  {
    id: 'azure-openai-endpoint',
    vendor: 'Azure OpenAI',
    names: ['AZURE_OPENAI_ENDPOINT', '*_AZURE_OPENAI_ENDPOINT'],
    host: '*.openai.azure.com',
  },
  {
    id: 'openrouter-base-url',
    vendor: 'OpenRouter',
    names: ['OPENROUTER_BASE_URL', '*_OPENROUTER_BASE_URL'],
    host: 'openrouter.ai',
  },
];

/** How vendors' incoming-webhook URLs start: whoever holds the URL can post to that vendor. */
export const WEBHOOK_URL_SHAPES: readonly WebhookUrlShape[] = [
  { id: 'slack', vendor: 'Slack', prefix: 'https://hooks.slack.com/services/' },
  { id: 'slack-workflows', vendor: 'Slack', prefix: 'https://hooks.slack.com/workflows/' },
  { id: 'slack-triggers', vendor: 'Slack', prefix: 'https://hooks.slack.com/triggers/' },
  { id: 'discord', vendor: 'Discord', prefix: 'https://discord.com/api/webhooks/' },
  { id: 'discord-legacy', vendor: 'Discord', prefix: 'https://discordapp.com/api/webhooks/' },
  { id: 'discord-ptb', vendor: 'Discord', prefix: 'https://ptb.discord.com/api/webhooks/' },
  { id: 'discord-canary', vendor: 'Discord', prefix: 'https://canary.discord.com/api/webhooks/' },
  // Office 365 connectors (retiring) and the Power Automate workflows that replace them.
  { id: 'teams', vendor: 'Microsoft Teams', prefix: 'https://*.webhook.office.com/' },
  // Power Automate workflow URLs carry a port (`…logic.azure.com:443/workflows/…`).
  { id: 'power-automate', vendor: 'Microsoft Power Automate', prefix: 'https://*.logic.azure.com' },
  {
    id: 'power-platform',
    vendor: 'Microsoft Power Automate',
    prefix: 'https://*.environment.api.powerplatform.com',
  },
  { id: 'google-chat', vendor: 'Google Chat', prefix: 'https://chat.googleapis.com/v1/spaces/' },
  { id: 'zapier', vendor: 'Zapier', prefix: 'https://hooks.zapier.com/hooks/catch/' },
  { id: 'make', vendor: 'Make', prefix: 'https://hook.*.make.com/' },
  { id: 'integromat', vendor: 'Make', prefix: 'https://hook.integromat.com/' },
  { id: 'ifttt', vendor: 'IFTTT', prefix: 'https://maker.ifttt.com/trigger/' },
  { id: 'pipedream', vendor: 'Pipedream', prefix: 'https://*.m.pipedream.net' },
  { id: 'n8n-cloud', vendor: 'n8n', prefix: 'https://*.app.n8n.cloud/webhook' },
  { id: 'hookdeck', vendor: 'Hookdeck', prefix: 'https://hkdk.events/' },
  { id: 'webhook-site', vendor: 'Webhook.site', prefix: 'https://webhook.site/' },
];
