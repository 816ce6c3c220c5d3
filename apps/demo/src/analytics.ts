// Web analytics and the ad network get non-personal data only (Behavioral Targeting).
export function trackPageView(path: string, referrer: string): void {
  navigator.sendBeacon('https://d.adroll.com/pixel', JSON.stringify({ path, referrer }));
  void fetch('https://www.google-analytics.com/g/collect', {
    method: 'POST',
    body: new URLSearchParams({ page_path: path }),
  });
}
