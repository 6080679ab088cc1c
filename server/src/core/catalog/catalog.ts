/**
 * The catalog as the core uses it: index eagerly, each service's actions on first
 * use through an injected reader (see node.ts for the file-system one). Pure.
 */
import { compileWildcard } from '../wildcard';
import type { CatalogIndex, ProductMapping } from './format';
import { closestActions, closestServices } from './suggest';
import type { Catalog, CatalogAction, CatalogConditionKey, CatalogInfo, CatalogService, CatalogServiceSummary } from './types';

/** Returns the parsed services/<code>.json, or undefined when it does not exist. */
export type ServiceReader = (code: string) => CatalogService | undefined;

interface LoadedService {
  service: CatalogService;
  /** Lower-cased full name → action. */
  actions: Map<string, CatalogAction>;
  /** Lower-cased names in action order, so expand() matches without re-lowering each time. */
  lowerNames: string[];
}

/** Distinct patterns whose expansion is remembered (completion and hover ask again and again). */
const EXPAND_CACHE_SIZE = 256;

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

  constructor(
    private readonly index: CatalogIndex,
    private readonly readService: ServiceReader,
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

  /** Service files that could not be read, as `code: reason`. */
  loadErrors(): readonly string[] {
    return this.errors;
  }

  service(code: string): CatalogService | undefined {
    return this.load(code)?.service;
  }

  private load(code: string): LoadedService | undefined {
    const id = code.toLowerCase();
    if (this.loaded.has(id)) return this.loaded.get(id) ?? undefined;
    if (!this.summaries.has(id)) return undefined;
    let service: CatalogService | undefined;
    try {
      service = this.readService(id);
    } catch (error) {
      // A damaged service file must not take the editor down: the service then has no actions.
      this.errors.push(`${id}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const entry = service
      ? {
          service,
          actions: new Map(service.actions.map((a) => [a.name.toLowerCase(), a])),
          lowerNames: service.actions.map((a) => a.name.toLowerCase()),
        }
      : null;
    this.loaded.set(id, entry);
    return entry ?? undefined;
  }

  action(fullName: string): CatalogAction | undefined {
    const colon = fullName.indexOf(':');
    if (colon <= 0) return undefined;
    return this.load(fullName.slice(0, colon).trim())?.actions.get(fullName.trim().toLowerCase());
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

  /** `text` is already lower-cased, so both matchers compare case-sensitively against lower-cased names. */
  private expandUncached(text: string): string[] {
    const colon = text.indexOf(':');
    if (colon >= 0 && text.indexOf(':', colon + 1) >= 0) return [];
    const serviceMatcher = compileWildcard(colon >= 0 ? text.slice(0, colon) : '*');
    const nameMatcher = compileWildcard(text);
    const out: string[] = [];
    for (const code of this.codes) {
      if (!serviceMatcher.matches(code)) continue;
      const loaded = this.load(code);
      if (!loaded) continue;
      const { lowerNames } = loaded;
      const { actions } = loaded.service;
      for (let i = 0; i < lowerNames.length; i++) if (nameMatcher.matches(lowerNames[i])) out.push(actions[i].name);
    }
    return out;
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
    const keys = prefix === 'acs' ? undefined : this.load(prefix)?.service.conditionKeys;
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

export function createCatalog(index: CatalogIndex, readService: ServiceReader): IndexedCatalog {
  return new IndexedCatalog(index, readService);
}
