// Settings from the environment, with defaults that run the site locally.
export interface Config {
  /** Where the site is served; links in email point here. */
  appUrl: string;
  port: number;
  databasePath: string;
  stripeSecretKey: string;
  stripePublishableKey: string;
  sendgridApiKey: string;
  /** Google Analytics 4: the measurement id (pages) and the Measurement Protocol secret (server events). */
  gaMeasurementId: string;
  gaApiSecret: string;
  /** AdRoll's advertiser and pixel ids. */
  adrollAdvertiserId: string;
  adrollPixelId: string;
  /** Bearer token of the newsletter endpoint. */
  adminToken: string;
}

/** The configuration read from `env` (default `process.env`). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  return {
    appUrl: env.APP_URL ?? `http://localhost:${port}`,
    port,
    databasePath: env.DATABASE_PATH ?? 'demo.db',
    stripeSecretKey: env.STRIPE_SECRET_KEY ?? 'sk_test_demo',
    stripePublishableKey: env.STRIPE_PUBLISHABLE_KEY ?? 'pk_test_demo',
    sendgridApiKey: env.SENDGRID_API_KEY ?? 'SG.demo',
    gaMeasurementId: env.GA_MEASUREMENT_ID ?? 'G-DEMO000000',
    gaApiSecret: env.GA_API_SECRET ?? 'demo-secret',
    adrollAdvertiserId: env.ADROLL_ADV_ID ?? 'DEMOADV',
    adrollPixelId: env.ADROLL_PIX_ID ?? 'DEMOPIX',
    adminToken: env.ADMIN_TOKEN ?? 'demo-admin-token',
  };
}
