// Small string utilities shared by the loader (“did you mean `thirdParties`?”), the taxonomy
// (“did you mean `user.contact.email`?”) and the classifier.

/** The Levenshtein edit distance between `a` and `b` (insertions, deletions, substitutions). */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  // Keep the shorter string in the inner loop so the row is as small as possible.
  if (a.length < b.length) [a, b] = [b, a];
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const deletion = (previous[j] ?? 0) + 1;
      const insertion = (current[j - 1] ?? 0) + 1;
      const substitution = (previous[j - 1] ?? 0) + cost;
      current[j] = Math.min(deletion, insertion, substitution);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length] ?? 0;
}

/**
 * The candidate closest to `input`, for “did you mean …?” suggestions, or `undefined` when
 * nothing is reasonably close.
 *
 * Preference, best first: an exact match; a case-insensitive match; the smallest
 * case-insensitive edit distance up to `maxDistance` (default `max(2, floor(input.length / 3))`),
 * a prefix match winning a tie; then, beyond that distance, a candidate that starts with the
 * input or that the input starts with (at least 3 characters shared), closest first. Further
 * ties keep the candidates' order.
 */
export function nearest(
  candidates: Iterable<string>,
  input: string,
  maxDistance?: number,
): string | undefined {
  const lower = input.toLowerCase();
  const limit = maxDistance ?? Math.max(2, Math.floor(input.length / 3));
  // Edit distances only between names of a readable length, each bounded by `limit`: a
  // suggestion costs O(candidates × MAX_SUGGESTED_LENGTH × limit) at most, whatever the input.
  const measured = input.length <= MAX_SUGGESTED_LENGTH;
  let best: string | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (candidate === input) return candidate;
    const candidateLower = candidate.toLowerCase();
    const distance =
      measured && candidate.length <= MAX_SUGGESTED_LENGTH
        ? boundedLevenshtein(candidateLower, lower, limit)
        : candidateLower === lower
          ? 0
          : Number.POSITIVE_INFINITY;
    const prefix = isPrefixPair(candidateLower, lower);
    let score: number;
    if (distance === 0) score = 0;
    else if (distance <= limit) score = 1 + distance * 2 - (prefix ? 1 : 0);
    else if (prefix)
      score =
        1_000_000 +
        (Number.isFinite(distance) ? distance : Math.abs(candidate.length - input.length));
    else continue;
    if (score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/** Names longer than this get no edit-distance suggestion (only exact, case and prefix matches). */
export const MAX_SUGGESTED_LENGTH = 64;

/** The edit distance when it is at most `limit`, else `limit + 1` (a banded computation). */
function boundedLevenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const distance = levenshtein(a, b);
  return distance > limit ? limit + 1 : distance;
}

/** Whether one string starts with the other and the shared prefix has at least 3 characters. */
function isPrefixPair(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 3 && longer.startsWith(shorter);
}
