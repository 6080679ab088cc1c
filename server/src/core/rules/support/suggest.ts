/** Did-you-mean helpers: case-insensitive edit distance over short candidate lists. */

/** Levenshtein distance, case-insensitive, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j++) {
      const cost = s.charCodeAt(i - 1) === t.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[t.length];
}

/** How far a suggestion may be from what was typed: about a third of its length, at most 4 edits. */
export function suggestionLimit(typed: string): number {
  return Math.min(4, Math.max(1, Math.floor(typed.length / 3)));
}

/** The closest candidate within the limit; ties keep the first candidate. */
export function closest(typed: string, candidates: Iterable<string>, limit = suggestionLimit(typed)): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate, bestDistance - 1 < 0 ? 0 : bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      if (distance === 0) break;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

/** A candidate equal to `typed` ignoring case (the usual "wrong case" mistake). */
export function caseVariant(typed: string, candidates: Iterable<string>): string | undefined {
  const lower = typed.toLowerCase();
  for (const candidate of candidates) if (candidate.toLowerCase() === lower) return candidate;
  return undefined;
}
