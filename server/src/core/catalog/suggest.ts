/** Did-you-mean helpers: case-insensitive edit distance over catalog names. */

/** Levenshtein distance, stopping early once every cell exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  let current = new Array<number>(t.length + 1);
  for (let i = 1; i <= s.length; i++) {
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= t.length; j++) {
      const cost = s.charCodeAt(i - 1) === t.charCodeAt(j - 1) ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (current[j] < rowMin) rowMin = current[j];
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[t.length];
}

/** How far a name may be from a candidate to be suggested: about one edit per four characters, at least 2. */
export function suggestionLimit(name: string): number {
  return Math.max(2, Math.floor(name.length / 4));
}

/** Candidates within the limit, nearest first, then alphabetical; at most `n`. */
export function closest(name: string, candidates: Iterable<string>, n: number, limit = suggestionLimit(name)): string[] {
  const scored: Array<{ candidate: string; distance: number }> = [];
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate, limit);
    if (distance <= limit) scored.push({ candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || (x.candidate < y.candidate ? -1 : x.candidate > y.candidate ? 1 : 0));
  return scored.slice(0, n).map((s) => s.candidate);
}

/** The part of the Catalog contract the suggestions need (any Catalog fits). */
interface SuggestionSource {
  serviceCodes(): readonly string[];
  serviceSummary(code: string): unknown;
  service(code: string): { actions: ReadonlyArray<{ name: string; apis?: readonly string[] }> } | undefined;
}

/** Known RAM codes close to `code` (about one edit per three characters, at least one). */
export function closestServices(catalog: SuggestionSource, code: string, n = 3): string[] {
  const wanted = code.trim();
  return closest(wanted, catalog.serviceCodes(), n, Math.max(1, Math.floor(wanted.length / 3)));
}

/**
 * Actions of `service` that authorize the API operation `api` (case-insensitive),
 * e.g. oss HeadObject → oss:GetObject, log GetLogs → log:GetLogStoreLogs.
 */
export function actionsForApi(catalog: SuggestionSource, service: string, api: string): string[] {
  const wanted = api.trim().toLowerCase();
  const out: string[] = [];
  for (const action of catalog.service(service.trim())?.actions ?? []) {
    if (action.apis?.some((a) => a.toLowerCase() === wanted)) out.push(action.name);
  }
  return out;
}

/**
 * Did-you-mean for `service:Action`: first the actions that authorize an API of
 * that name (an API name is not always the action name), then the nearest names
 * in the named service or, when the service is unknown, in services close to it.
 */
export function closestActions(catalog: SuggestionSource, name: string, n = 3): string[] {
  const colon = name.indexOf(':');
  if (colon <= 0) return [];
  const service = name.slice(0, colon).trim().toLowerCase();
  const known = !!catalog.serviceSummary(service);
  const byApi = known ? actionsForApi(catalog, service, name.slice(colon + 1)).filter((a) => a.toLowerCase() !== name.trim().toLowerCase()) : [];
  const codes = known ? [service] : closestServices(catalog, service, 3);
  const candidates: string[] = [];
  for (const code of codes) for (const a of catalog.service(code)?.actions ?? []) candidates.push(a.name);
  // Distance on the whole name, so a wrong prefix costs its edits too.
  const near = closest(name.trim(), candidates, n, suggestionLimit(name.slice(colon + 1)));
  return [...new Set([...byApi, ...near])].slice(0, n);
}
