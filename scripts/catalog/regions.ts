/**
 * Region ids from OpenAPI product endpoints are noisy: the metadata lists the
 * pseudo-region "public" and at least one id with a trailing dot ("cn-huhehaote.").
 */
const REGION_ID = /^[a-z]{2,}(?:-[a-z0-9]+)+$/;

/** Trims, drops trailing dots, keeps only well-formed region ids; sorted, no duplicates. */
export function cleanRegions(raw: readonly string[]): string[] {
  const out = new Set<string>();
  for (const value of raw) {
    const id = value.trim().replace(/\.+$/, '').toLowerCase();
    if (REGION_ID.test(id)) out.add(id);
  }
  return [...out].sort();
}
