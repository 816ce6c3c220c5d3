// Markers are words, matched on word boundaries of a normalised value: `promo*` matches the
// category `spring-promotion`, the template `PROMO_EMAIL_V2` and the function `sendPromoCode`;
// `newsletter` matches `weekly_newsletter` but not `newslettering`. A marker with other
// characters than letters, digits, `-`, `_` and `*` is a merge tag (`*|UNSUB|*`,
// `{{unsubscribe}}`), matched as text anywhere in a body.

/** `sendWeeklyDigest`, `WEEKLY_DIGEST`, `weekly digest` → `send-weekly-digest`, `weekly-digest`. */
export function normalise(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .split(/[^a-z0-9*]+/)
    .filter(Boolean)
    .join('-');
}

/** Whether a marker is a merge tag (matched as text) rather than a word. */
export function isMergeTag(marker: string): boolean {
  return /[^A-Za-z0-9*_\s-]/.test(marker);
}

/** Compiled word markers: the first marker a value contains, if any. */
export class WordMarkers {
  private readonly patterns: readonly { marker: string; regex: RegExp }[];

  constructor(markers: readonly string[]) {
    this.patterns = markers
      .filter((marker) => !isMergeTag(marker))
      .map((marker) => normalise(marker))
      .filter((marker) => marker !== '' && marker !== '*')
      .map((marker) => ({
        marker,
        regex: new RegExp(
          `(?:^|-)${marker
            .split('*')
            .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
            .join('[a-z0-9]*')}(?:-|$)`,
        ),
      }));
  }

  /** The first value that contains a marker, and the marker. */
  find(values: Iterable<string>): { value: string; marker: string } | undefined {
    for (const value of values) {
      const normalised = normalise(value);
      if (normalised === '') continue;
      const found = this.patterns.find((pattern) => pattern.regex.test(normalised));
      if (found) return { value, marker: found.marker };
    }
    return undefined;
  }
}

/** Compiled merge tags: whether a text contains one. */
export class MergeTags {
  private readonly tags: readonly string[];

  constructor(markers: readonly string[]) {
    this.tags = markers.filter(isMergeTag).map((tag) => tag.toLowerCase());
  }

  find(text: string): string | undefined {
    const lower = text.toLowerCase();
    return this.tags.find((tag) => lower.includes(tag));
  }
}

/** Words in category, tag, template, subject and function names that mark marketing email. */
export const DEFAULT_MARKETING_MARKERS: readonly string[] = [
  'newsletter*',
  'marketing',
  'promo*',
  'campaign*',
  'digest*',
  'announcement*',
  'product-update*',
  'broadcast*',
  'drip',
  'nurture',
  'win-back',
  'winback',
];

/** Words that mark transactional email, which needs no opt-out. */
export const DEFAULT_TRANSACTIONAL_MARKERS: readonly string[] = [
  'transactional',
  'password*',
  'reset*',
  'receipt*',
  'invoice*',
  'verif*',
  'confirm*',
  'magic-link*',
  'login*',
  'sign-in',
  'signin',
  'otp',
  'mfa',
  '2fa',
  'two-factor',
  'security',
  'order*',
  'shipping',
  'shipment*',
  'billing',
  'payment*',
  'refund*',
  'invit*',
];

/**
 * Words that name an unsubscribe link (in a URL, a link's text, the name of the variable or
 * component that holds it), and the merge tags of the vendors that insert one.
 */
export const DEFAULT_UNSUBSCRIBE_MARKERS: readonly string[] = [
  'unsubscribe*',
  'unsub',
  'opt-out',
  'optout',
  'preferences',
  'manage-subscription*',
  '{{unsubscribe}}',
  '*|UNSUB|*',
  '%unsubscribe_url%',
  '%tag_unsubscribe_url%',
  '%mailing_list_unsubscribe_url%',
  '<%asm_group_unsubscribe_raw_url%>',
  '<%asm_global_unsubscribe_raw_url%>',
  '<%asm_preferences_raw_url%>',
  '[unsubscribe]',
  '{{{pm:unsubscribe}}}',
  '{{amazonSESUnsubscribeUrl}}',
  '{{{RESEND_UNSUBSCRIBE_URL}}}',
];
