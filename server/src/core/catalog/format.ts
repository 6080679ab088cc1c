/**
 * On-disk layout of the generated catalog (server/data/catalog), shared by the
 * generator (scripts/generate-catalog.ts) and the loader. index.json is read
 * eagerly; services/<code>.json (a CatalogService each) only on first use.
 */
import type { CatalogAction, CatalogConditionKey, CatalogInfo, CatalogService, CatalogServiceSummary } from './types';

export const CATALOG_FORMAT_VERSION = 1;

/** How an OpenAPI product code was tied to its RAM code(s). */
export type ProductMappingSource =
  /** Listed for the product on "Services that work with RAM" (services.json). */
  | 'services-page'
  /** An exception from the NOTES.md "RamCode vs product code" table. */
  | 'notes'
  /** No mapping known: the lower-cased product code, a guess; its API names are derived into it. */
  | 'product-default';

export interface ProductMapping {
  /** OpenAPI product code as published, e.g. `Sls`, `R-kvstore`. */
  product: string;
  name: string;
  version: string;
  ramCodes: string[];
  mapping: ProductMappingSource;
  /** RAM codes that received `<code>:<API>` actions from this product (empty when none were derived). */
  derivedInto: string[];
  apiCount: number;
  /**
   * Set when the lower-cased product code differs from the documented RAM code(s): it is
   * kept as an alias service (codeSource 'product-code') holding the API names as derived actions.
   */
  aliasCode?: string;
}

/** A code a source explicitly says is not the product's RAM code (e.g. `sls` → `log`). */
export interface WrongCode {
  /** The documented RAM code to use instead. */
  use: string;
  /** Where the documentation says so. */
  source: string;
}

export interface CatalogIndex {
  formatVersion: number;
  info: CatalogInfo;
  /** Sorted by code. */
  services: CatalogServiceSummary[];
  globalConditionKeys: CatalogConditionKey[];
  /** Sorted by product code (case-insensitive). */
  products: ProductMapping[];
  /** Every cleaned region id of every product, sorted. */
  regions: string[];
  /** Lower-cased codes that are explicitly not RAM codes, with the code to use instead. */
  wrongCodes: Record<string, string>;
  /** Source of each wrongCodes entry. */
  wrongCodeSources: Record<string, string>;
}

/** Relative path of a service file inside the catalog directory. */
export function serviceFileName(code: string): string {
  return `services/${code.toLowerCase()}.json`;
}

/**
 * A service file on disk: a CatalogService whose actions are stored compactly
 * (empty lists and the service prefix left out, long source texts shared through
 * `sources`); the loader turns them back into CatalogActions.
 */
export interface StoredService extends Omit<CatalogService, 'actions'> {
  sources: StoredSource[];
  actions: StoredAction[];
}

export interface StoredSource {
  source: string;
  /** When set, an action with this source documents itself at `docUrlBase + apis[0]`. */
  docUrlBase?: string;
}

export interface StoredAction {
  name: string;
  /** Index into StoredService.sources. */
  src: number;
  confidence: CatalogAction['confidence'];
  apis?: string[];
  accessLevel?: string;
  description?: string;
  resourceTypes?: string[];
  resourceArns?: string[];
  conditionKeys?: string[];
  dependentActions?: string[];
  docUrl?: string;
}

const NO_STRINGS: string[] = Object.freeze([]) as unknown as string[];

/** Stored → CatalogAction; empty lists share one frozen array to keep memory small. */
export function hydrateService(stored: StoredService): CatalogService {
  const { sources, actions, ...rest } = stored;
  const code = stored.code;
  return {
    ...rest,
    actions: actions.map((a): CatalogAction => {
      const src = sources[a.src];
      const action: CatalogAction = {
        name: a.name,
        service: code,
        apis: a.apis ?? NO_STRINGS,
        resourceTypes: a.resourceTypes ?? NO_STRINGS,
        resourceArns: a.resourceArns ?? NO_STRINGS,
        conditionKeys: a.conditionKeys ?? NO_STRINGS,
        dependentActions: a.dependentActions ?? NO_STRINGS,
        confidence: a.confidence,
        source: src.source,
      };
      if (a.accessLevel) action.accessLevel = a.accessLevel;
      if (a.description) action.description = a.description;
      const docUrl = a.docUrl ?? (src.docUrlBase && a.apis?.length ? src.docUrlBase + a.apis[0] : undefined);
      if (docUrl) action.docUrl = docUrl;
      return action;
    }),
  };
}

/** CatalogService → stored form (used by the generator). */
export function dehydrateService(service: CatalogService, docUrlBases: ReadonlyMap<string, string> = new Map()): StoredService {
  const { actions, ...rest } = service;
  const sources: StoredSource[] = [];
  const sourceIndex = new Map<string, number>();
  const stored = actions.map((a): StoredAction => {
    let src = sourceIndex.get(a.source);
    if (src === undefined) {
      src = sources.length;
      sourceIndex.set(a.source, src);
      const base = docUrlBases.get(a.source);
      sources.push(base ? { source: a.source, docUrlBase: base } : { source: a.source });
    }
    const base = sources[src].docUrlBase;
    const out: StoredAction = { name: a.name, src, confidence: a.confidence };
    if (a.apis.length) out.apis = a.apis;
    if (a.accessLevel) out.accessLevel = a.accessLevel;
    if (a.description) out.description = a.description;
    if (a.resourceTypes.length) out.resourceTypes = a.resourceTypes;
    if (a.resourceArns.length) out.resourceArns = a.resourceArns;
    if (a.conditionKeys.length) out.conditionKeys = a.conditionKeys;
    if (a.dependentActions.length) out.dependentActions = a.dependentActions;
    if (a.docUrl && !(base && a.apis.length && base + a.apis[0] === a.docUrl)) out.docUrl = a.docUrl;
    return out;
  });
  return { ...rest, sources, actions: stored };
}
