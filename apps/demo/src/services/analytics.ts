// Web analytics (Website Visitors) gets aggregate usage only: conversions are sent to Google
// Analytics under the browser's anonymous id, never with who the visitor is.
const COLLECT_URL = 'https://www.google-analytics.com/mp/collect';

export type ConversionEvent = 'sign_up' | 'purchase';

export class Analytics {
  constructor(
    private readonly measurementId: string,
    private readonly apiSecret: string,
  ) {}

  /** Records `event` for the browser whose `ajs_anonymous_id` is `anonymousId`. */
  async conversion(
    anonymousId: string,
    event: ConversionEvent,
    params: Record<string, string | number> = {},
  ): Promise<void> {
    const url = new URL(COLLECT_URL);
    url.searchParams.set('measurement_id', this.measurementId);
    url.searchParams.set('api_secret', this.apiSecret);
    await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ client_id: anonymousId, events: [{ name: event, params }] }),
    });
  }
}
