/**
 * On-disk layout of the generated catalog (server/data/catalog), shared by the
 * generator (scripts/generate-catalog.ts) and the loader. index.json is read
 * eagerly; services/<code>.json (a CatalogService each) only on first use.
 */
import type { CatalogAction, CatalogConditionKey, CatalogInfo, CatalogService, CatalogServiceSummary } from './types';

export const CATALOG_FORMAT_VERSION = 2;

/** How an OpenAPI product code was tied to its RAM code(s). */
export type ProductMappingSource =
  /** Listed for the product on "Services that work with RAM" (services.json). */
  | 'services-page'
  /** An exception from the NOTES.md "RamCode vs product code" table. */
  | 'notes'
  /** Another official page names the RAM code for the product (inputs/extra-codes.json). */
  | 'docs'
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
  /** API lists of other versions (inputs/extra-apis) whose names were derived too. */
  otherVersions?: { version: string; apiCount: number }[];
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

/** Relative path of the names file: every service's action names, for expansions across services. */
export const NAMES_FILE = 'names.json';

/**
 * names.json: per RAM code, the part after the colon of each action name, in catalog
 * order, joined by single spaces. A pattern such as `*:Describe*` is matched against
 * these without reading (or keeping) any service file.
 */
export interface CatalogNames {
  formatVersion: number;
  services: Record<string, string>;
}

export function catalogNames(services: ReadonlyArray<{ code: string; actions: ReadonlyArray<{ name: string }> }>): CatalogNames {
  const out: Record<string, string> = {};
  for (const s of services) out[s.code] = s.actions.map((a) => a.name.slice(a.name.indexOf(':') + 1)).join(' ');
  return { formatVersion: CATALOG_FORMAT_VERSION, services: out };
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
  /** Sorted like the catalog (case-insensitive name order). */
  actions: StoredEntry[];
}

/**
 * A plain derived action is stored as the string `"<src>:<API>"`: its name is
 * `<service>:<API>`, its only API `<API>`, its source `sources[src]` and its docUrl
 * `docUrlBase + API`. Most of the catalog is such names, so this keeps files and memory small.
 */
export type StoredEntry = StoredAction | string;

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

/** Splits a compact entry `"<src>:<API>"`. */
export function compactEntry(entry: string): { src: number; api: string } {
  const colon = entry.indexOf(':');
  return { src: Number(entry.slice(0, colon)), api: entry.slice(colon + 1) };
}

/** The canonical full name of a stored entry. */
export function storedEntryName(code: string, entry: StoredEntry): string {
  return typeof entry === 'string' ? `${code}:${compactEntry(entry).api}` : entry.name;
}

/** A derived action known only by its name: `<code>:<API>` from `sources[src]`. */
export function hydrateCompact(code: string, api: string, src: StoredSource): CatalogAction {
  const action: CatalogAction = {
    name: `${code}:${api}`,
    service: code,
    apis: [api],
    resourceTypes: NO_STRINGS,
    resourceArns: NO_STRINGS,
    conditionKeys: NO_STRINGS,
    dependentActions: NO_STRINGS,
    confidence: 'derived',
    source: src.source,
  };
  if (src.docUrlBase) action.docUrl = src.docUrlBase + api;
  return action;
}

/** Stored → CatalogAction; empty lists share one frozen array to keep memory small. */
export function hydrateAction(code: string, sources: readonly StoredSource[], entry: StoredEntry): CatalogAction {
  if (typeof entry === 'string') {
    const { src, api } = compactEntry(entry);
    return hydrateCompact(code, api, sources[src]);
  }
  const src = sources[entry.src];
  const action: CatalogAction = {
    name: entry.name,
    service: code,
    apis: entry.apis ?? NO_STRINGS,
    resourceTypes: entry.resourceTypes ?? NO_STRINGS,
    resourceArns: entry.resourceArns ?? NO_STRINGS,
    conditionKeys: entry.conditionKeys ?? NO_STRINGS,
    dependentActions: entry.dependentActions ?? NO_STRINGS,
    confidence: entry.confidence,
    source: src.source,
  };
  if (entry.accessLevel) action.accessLevel = entry.accessLevel;
  if (entry.description) action.description = entry.description;
  const docUrl = entry.docUrl ?? (src.docUrlBase && entry.apis?.length ? src.docUrlBase + entry.apis[0] : undefined);
  if (docUrl) action.docUrl = docUrl;
  return action;
}

/** Stored → CatalogService with every action hydrated (tests, tools; the loader hydrates lazily). */
export function hydrateService(stored: StoredService): CatalogService {
  const { sources, actions, ...rest } = stored;
  return { ...rest, actions: actions.map((entry) => hydrateAction(stored.code, sources, entry)) };
}

/** True when the action is exactly what its compact form would hydrate to. */
function isPlainDerived(a: CatalogAction, code: string, base: string | undefined): boolean {
  if (a.confidence !== 'derived' || a.apis.length !== 1 || a.name !== `${code}:${a.apis[0]}`) return false;
  if (a.accessLevel || a.description || a.resourceTypes.length || a.resourceArns.length) return false;
  if (a.conditionKeys.length || a.dependentActions.length) return false;
  return base ? a.docUrl === base + a.apis[0] : a.docUrl === undefined;
}

/** CatalogService → stored form (used by the generator). */
export function dehydrateService(service: CatalogService, docUrlBases: ReadonlyMap<string, string> = new Map()): StoredService {
  const { actions, ...rest } = service;
  const sources: StoredSource[] = [];
  const sourceIndex = new Map<string, number>();
  const stored = actions.map((a): StoredEntry => {
    let src = sourceIndex.get(a.source);
    if (src === undefined) {
      src = sources.length;
      sourceIndex.set(a.source, src);
      const base = docUrlBases.get(a.source);
      sources.push(base ? { source: a.source, docUrlBase: base } : { source: a.source });
    }
    const base = sources[src].docUrlBase;
    if (isPlainDerived(a, service.code, base)) return `${src}:${a.apis[0]}`;
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
