/**
 * The catalog as the core uses it: index eagerly, each service's actions on first
 * use through an injected reader (see node.ts for the file-system one). Pure.
 */
import { compileWildcard } from '../wildcard';
import { compactEntry, hydrateAction, hydrateCompact, type CatalogIndex, type ProductMapping, type StoredEntry, type StoredService, type StoredSource } from './format';
import { closestActions, closestServices } from './suggest';
import type { Catalog, CatalogAction, CatalogConditionKey, CatalogInfo, CatalogService, CatalogServiceSummary } from './types';

/**
 * Returns the parsed services/<code>.json (stored form, hydrated lazily), or an
 * already hydrated CatalogService (tests), or undefined when it does not exist.
 */
export type ServiceReader = (code: string) => StoredService | CatalogService | undefined;

/**
 * A service as kept in memory: canonical names (for expand and look-ups) and, per
 * name, either its stored detail or, for a plain derived name, the index of its
 * source. CatalogAction objects are built only when asked for: expanding
 * `*:Describe*` reads every service but hydrates nothing.
 */
interface LoadedService {
  code: string;
  /** Canonical full names, in case-insensitive order (binary search). */
  names: string[];
  /** Stored detail, or a source index for a plain derived name. */
  entries: Array<StoredAction | number | CatalogAction>;
  sources: readonly StoredSource[];
  /** The service object handed out; its `actions` hydrate on first read. */
  view: CatalogService;
  hydrated?: CatalogAction[];
}

type StoredAction = Exclude<StoredEntry, string>;

function isStored(service: StoredService | CatalogService): service is StoredService {
  return Array.isArray((service as StoredService).sources);
}

function lowerCompare(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : 0;
}

/** Distinct patterns whose expansion is remembered (completion and hover ask again and again). */
const EXPAND_CACHE_SIZE = 256;

/** Returns names.json's `services` (code → space-joined action names), or undefined without one. */
export type NamesReader = () => Record<string, string> | undefined;

export class IndexedCatalog implements Catalog {
  readonly info: CatalogInfo;
  private readonly summaries = new Map<string, CatalogServiceSummary>();
  private readonly codes: readonly string[];
  private readonly loaded = new Map<string, LoadedService | null>();
  private readonly globalKeys = new Map<string, CatalogConditionKey>();
  private readonly productsByCode = new Map<string, ProductMapping>();
  private allRegions: readonly string[];
  private readonly expandCache = new Map<string, readonly string[]>();
  private readonly errors: string[] = [];

  /** names.json, read on the first expansion over a service not loaded yet (undefined = not read yet, null = none). */
  private names: Record<string, string> | null | undefined;

  constructor(
    private readonly index: CatalogIndex,
    private readonly readService: ServiceReader,
    private readonly readNames: NamesReader = () => undefined,
  ) {
    this.info = index.info;
    for (const s of index.services) this.summaries.set(s.code.toLowerCase(), s);
    this.codes = index.services.map((s) => s.code.toLowerCase());
    for (const k of index.globalConditionKeys) this.globalKeys.set(k.key.toLowerCase(), k);
    for (const p of index.products) this.productsByCode.set(p.product.toLowerCase(), p);
    this.allRegions = index.regions;
  }

  serviceCodes(): readonly string[] {
    return this.codes;
  }

  serviceSummary(code: string): CatalogServiceSummary | undefined {
    return this.summaries.get(code.toLowerCase());
  }

  /** How many service files have been read so far (lazy loading is observable in tests). */
  loadedServiceCount(): number {
    return [...this.loaded.values()].filter((s) => s !== null).length;
  }

  /** Services whose `actions` array has been built (whole-catalog expansions build none). */
  hydratedServiceCount(): number {
    return [...this.loaded.values()].filter((s) => s?.hydrated !== undefined).length;
  }

  /** Service files that could not be read, as `code: reason`. */
  loadErrors(): readonly string[] {
    return this.errors;
  }

  service(code: string): CatalogService | undefined {
    return this.load(code)?.view;
  }

  private load(code: string): LoadedService | undefined {
    const id = code.toLowerCase();
    if (this.loaded.has(id)) return this.loaded.get(id) ?? undefined;
    if (!this.summaries.has(id)) return undefined;
    let entry: LoadedService | null = null;
    try {
      const read = this.readService(id);
      entry = read ? toLoaded(read) : null;
    } catch (error) {
      // A damaged service file must not take the editor down: the service then has no actions.
      this.errors.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.loaded.set(id, entry);
    return entry ?? undefined;
  }

  action(fullName: string): CatalogAction | undefined {
    const colon = fullName.indexOf(':');
    if (colon <= 0) return undefined;
    const loaded = this.load(fullName.slice(0, colon).trim());
    if (!loaded) return undefined;
    const index = findName(loaded.names, fullName.trim());
    return index < 0 ? undefined : actionAt(loaded, index);
  }

  /**
   * A RAM action has exactly one colon, so the pattern's first colon lines up with
   * it: the part before it selects services and only those files are read.
   */
  expand(pattern: string): string[] {
    const text = pattern.trim().toLowerCase();
    if (!text) return [];
    const cached = this.expandCache.get(text);
    if (cached) return [...cached];
    const result = this.expandUncached(text);
    if (this.expandCache.size >= EXPAND_CACHE_SIZE) this.expandCache.delete(this.expandCache.keys().next().value as string);
    this.expandCache.set(text, result);
    return [...result];
  }

  /**
   * `text` is lower-cased. With a colon, the service part selects services and the
   * action part is matched against the part of each name after its colon (both have
   * exactly one colon, so that is the same as matching the whole name).
   */
  private expandUncached(text: string): string[] {
    const colon = text.indexOf(':');
    if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) return [];
    const serviceMatcher = compileWildcard(colon >= 0 ? text.slice(0, colon) : '*');
    const nameMatcher = compileWildcard(colon >= 0 ? text.slice(colon + 1) : text, { caseInsensitive: true });
    const actionPart = colon >= 0 ? text.slice(colon + 1) : text;
    const lowerMatcher = compileWildcard(actionPart);
    // Without a colon the literal may span the service code: prefilter on the part after the last colon only.
    const literal = colon >= 0 ? longestLiteral(actionPart) : '';
    const out: string[] = [];
    for (const code of this.codes) {
      if (!serviceMatcher.matches(code)) continue;
      const block = this.loaded.has(code) ? undefined : this.namesOf(code);
      if (block !== undefined) {
        matchBlock(code, block, literal, colon >= 0, lowerMatcher, out);
        continue;
      }
      const loaded = this.load(code);
      if (!loaded) continue;
      for (const name of loaded.names) {
        if (nameMatcher.matches(colon >= 0 ? name.slice(name.indexOf(':') + 1) : name)) out.push(name);
      }
    }
    return out;
  }

  /** The service's space-joined action names from names.json, when there is one. */
  private namesOf(code: string): string | undefined {
    if (this.names === undefined) {
      try {
        this.names = this.readNames() ?? null;
      } catch (error) {
        this.errors.push(`names: ${error instanceof Error ? error.message : String(error)}`);
        this.names = null;
      }
    }
    return this.names?.[code];
  }

  globalConditionKeys(): readonly CatalogConditionKey[] {
    return this.index.globalConditionKeys;
  }

  /**
   * Exact key first; then tag families: `acs:ResourceTag/team`, `ecs:tag/x` and the
   * bare `acs:ResourceTag` all resolve to the `…/<tag-key>` entry.
   */
  conditionKey(key: string): CatalogConditionKey | undefined {
    const id = key.trim().toLowerCase();
    const colon = id.indexOf(':');
    if (colon <= 0) return undefined;
    const prefix = id.slice(0, colon);
    const keys = prefix === 'acs' ? undefined : this.load(prefix)?.view.conditionKeys;
    const find = (wanted: string) =>
      this.globalKeys.get(wanted) ?? keys?.find((k) => k.key.toLowerCase() === wanted);
    const exact = find(id);
    if (exact) return exact;
    const slash = id.indexOf('/');
    const family = slash >= 0 ? id.slice(0, slash) : id;
    const byFamily = find(`${family}/<tag-key>`);
    return byFamily?.tagPrefix ? byFamily : undefined;
  }

  regions(code?: string): readonly string[] {
    if (code === undefined) return this.allRegions;
    return this.service(code)?.regions ?? [];
  }

  /**
   * A code the documentation explicitly rules out as a RAM code (`sls` → `log`), with the
   * code to use and the source; undefined for every other code.
   */
  wrongCode(code: string): { use: string; source: string } | undefined {
    const id = code.trim().toLowerCase();
    const use = this.index.wrongCodes?.[id];
    return use ? { use, source: this.index.wrongCodeSources?.[id] ?? '' } : undefined;
  }

  /** OpenAPI product code (any case) → its RAM code mapping. */
  product(productCode: string): ProductMapping | undefined {
    return this.productsByCode.get(productCode.toLowerCase());
  }

  products(): readonly ProductMapping[] {
    return this.index.products;
  }

  /** Did-you-mean for `service:Action` (see suggest.ts). */
  closestActions(name: string, n = 3): string[] {
    return closestActions(this, name, n);
  }

  closestServices(code: string, n = 3): string[] {
    return closestServices(this, code, n);
  }
}

/** The longest run of `text` without `*` or `?`: every name a glob matches contains it. */
export function longestLiteral(text: string): string {
  let best = '';
  for (const part of text.split(/[*?]/)) if (part.length > best.length) best = part;
  return best;
}

/**
 * Matches the space-separated names of `block` and pushes `<code>:<name>` for the hits.
 * `matcher` compares case-sensitively against the lower-cased block. Only names that
 * contain the pattern's longest literal (`literal`, lower case) are cut out and tried:
 * a whole-catalog `*:Describe*` then creates a few thousand short-lived strings, not
 * one per action, which keeps the server's memory flat.
 */
function matchBlock(code: string, block: string, literal: string, nameOnly: boolean, matcher: { matches(text: string): boolean }, out: string[]): void {
  const lower = block.toLowerCase();
  let from = 0;
  while (from < lower.length) {
    const hit = literal ? lower.indexOf(literal, from) : from;
    if (hit < 0) return;
    const start = lower.lastIndexOf(' ', hit - 1) + 1;
    let end = lower.indexOf(' ', hit);
    if (end < 0) end = lower.length;
    if (end > start) {
      const name = lower.slice(start, end);
      if (nameOnly ? matcher.matches(name) : matcher.matches(`${code}:${name}`)) out.push(`${code}:${block.slice(start, end)}`);
    }
    from = end + 1;
  }
}

/** Index of `name` (case-insensitive) in names sorted case-insensitively, or -1. */
function findName(names: readonly string[], name: string): number {
  let low = 0;
  let high = names.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const order = lowerCompare(names[mid], name);
    if (order === 0) return mid;
    if (order < 0) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

function actionAt(loaded: LoadedService, index: number): CatalogAction {
  if (loaded.hydrated) return loaded.hydrated[index];
  const entry = loaded.entries[index];
  if (typeof entry === 'number') {
    const name = loaded.names[index];
    return hydrateCompact(loaded.code, name.slice(name.indexOf(':') + 1), loaded.sources[entry]);
  }
  return 'service' in entry ? entry : hydrateAction(loaded.code, loaded.sources, entry);
}

/** Stored (or hydrated) service → names + entries, sorted case-insensitively; `view.actions` hydrates on first read. */
function toLoaded(read: StoredService | CatalogService): LoadedService {
  const code = read.code.toLowerCase();
  const names: string[] = [];
  const entries: LoadedService['entries'] = [];
  let sources: readonly StoredSource[] = [];
  if (isStored(read)) {
    sources = read.sources;
    for (const entry of read.actions) {
      if (typeof entry === 'string') {
        const { src, api } = compactEntry(entry);
        names.push(`${code}:${api}`);
        entries.push(src);
      } else {
        names.push(entry.name);
        entries.push(entry);
      }
    }
  } else {
    for (const action of read.actions) {
      names.push(action.name);
      entries.push(action);
    }
  }
  let sorted = true;
  for (let i = 1; i < names.length && sorted; i++) sorted = lowerCompare(names[i - 1], names[i]) <= 0;
  if (!sorted) {
    const order = names.map((_, i) => i).sort((a, b) => lowerCompare(names[a], names[b]));
    const n = order.map((i) => names[i]);
    const e = order.map((i) => entries[i]);
    names.splice(0, names.length, ...n);
    entries.splice(0, entries.length, ...e);
  }
  const { actions: _actions, ...rest } = read as CatalogService & { sources?: unknown };
  delete (rest as { sources?: unknown }).sources;
  const loaded: LoadedService = { code, names, entries, sources, view: rest as CatalogService };
  Object.defineProperty(loaded.view, 'actions', {
    enumerable: true,
    get: () => {
      loaded.hydrated ??= names.map((_, i) => actionAt(loaded, i));
      return loaded.hydrated;
    },
  });
  return loaded;
}

export function createCatalog(index: CatalogIndex, readService: ServiceReader, readNames?: NamesReader): IndexedCatalog {
  return new IndexedCatalog(index, readService, readNames);
}
