/**
 * Builds the whole catalog in memory from the inputs: pure and deterministic
 * (sorted everywhere, no clock), so regenerating yields byte-identical files.
 */
import { CATALOG_FORMAT_VERSION, catalogNames, dehydrateService, NAMES_FILE, serviceFileName, type CatalogIndex } from '../../server/src/core/catalog/format';
import type { CatalogAction, CatalogInfo, CatalogService, CatalogServiceSummary } from '../../server/src/core/catalog/types';
import { addActions, apiDocUrl, derivedActions, derivedSource, extraActions, mergeActions, resourceTypesOf, specActions, systemPolicyActions, tableActions } from './actions';
import { collectConditionKeys } from './conditionKeys';
import type { ActionTable, Inputs, ServicesPageEntry } from './inputs';
import { compareText, mapProducts, WRONG_CODES } from './mapping';
import { cleanRegions } from './regions';
import { stableJson } from './stableJson';

/** Verified tables that are full tables of their revision (NOTES.md coverage table). */
export const COMPLETE_TABLES = new Set(['ecs', 'oss', 'dds']);

/** Services whose resources live outside any region (ARN region segment empty or `*`). */
export const GLOBAL_SERVICES = new Set(['ram', 'ims', 'sts', 'resourcemanager']);

export interface BuiltCatalog {
  index: CatalogIndex;
  services: CatalogService[];
  /** Action source text → API reference base URL (docUrl = base + API name). */
  docUrlBases: Map<string, string>;
}

interface ServiceDraft {
  code: string;
  name: string;
  productCodes: Set<string>;
  codeSource: NonNullable<CatalogServiceSummary['codeSource']>;
  table?: ActionTable;
  actions: Map<string, CatalogAction>;
  regions: Set<string>;
  /** Documented RAM codes of the products this code is only the product code of. */
  aliasOf: Set<string>;
}

const CODE_SOURCE_RANK: Record<ServiceDraft['codeSource'], number> = {
  'ram-table': 0,
  'services-page': 1,
  docs: 2,
  spec: 3,
  'product-code': 4,
  'product-default': 5,
};

function entryName(entry: ServicesPageEntry): string {
  return entry.subService && !entry.product.includes(entry.subService) ? `${entry.product} (${entry.subService})` : entry.product;
}

/** True when every ARN template naming this service has an empty region segment. */
function arnsAreRegionless(code: string, table: ActionTable | undefined): boolean {
  if (!table) return false;
  const own = resourceTypesOf(table)
    .flatMap((t) => t.arns)
    .filter((arn) => arn.toLowerCase().startsWith(`acs:${code}:`));
  return own.length > 0 && own.every((arn) => arn.split(':')[2] === '');
}

export function buildCatalog(inputs: Inputs): BuiltCatalog {
  const drafts = new Map<string, ServiceDraft>();
  const draft = (code: string, name: string, codeSource: ServiceDraft['codeSource']): ServiceDraft => {
    const id = code.toLowerCase();
    let d = drafts.get(id);
    if (!d) {
      d = { code: id, name, productCodes: new Set(), codeSource, actions: new Map(), regions: new Set(), aliasOf: new Set() };
      drafts.set(id, d);
    } else if (CODE_SOURCE_RANK[codeSource] < CODE_SOURCE_RANK[d.codeSource]) {
      d.codeSource = codeSource;
    }
    if (!d.name) d.name = name;
    return d;
  };

  // 1. RAM codes from the services page and the tables.
  for (const entry of inputs.services) {
    for (const code of entry.ramCodes) {
      const d = draft(code, entryName(entry), 'services-page');
      for (const p of entry.productCodeVerified ?? []) d.productCodes.add(p);
    }
    // Codes a service's own RAM page names besides the services-page ones (ecs-workbench, …).
    for (const code of entry.ramCodesOnRamPage ?? []) draft(code, code === entry.ramCodes[0] ? entryName(entry) : '', 'services-page');
  }
  for (const table of inputs.tables) {
    const d = draft(table.ramCode, '', 'ram-table');
    d.table = table;
  }
  for (const extra of inputs.spec.ramCodes) draft(extra.code, extra.product, 'spec');
  for (const extra of inputs.extraCodes) draft(extra.code, extra.product, 'docs');

  // 2. Verified rows first, then the spec's system-policy actions.
  for (const table of inputs.tables) {
    for (const action of tableActions(table)) addActions(draft(action.service, '', 'ram-table').actions, [action]);
  }
  for (const action of specActions(inputs.spec)) addActions(draft(action.service, '', 'spec').actions, [action]);
  // More documented rows (inputs/extra): merged over the tables, before any derived name.
  for (const file of inputs.extras) {
    for (const action of extraActions(file)) mergeActions(draft(action.service, '', 'ram-table').actions, [action]);
  }
  for (const policy of inputs.systemPolicies) {
    for (const action of systemPolicyActions(policy)) mergeActions(draft(action.service, '', 'docs').actions, [action]);
  }

  // 3. Products: mapping, regions, derived `<code>:<API>` actions.
  const knownCodes = {
    all: new Set(drafts.keys()),
    fromDocs: new Set([...drafts.values()].filter((d) => d.codeSource === 'docs').map((d) => d.code)),
    extraCodes: inputs.extraCodes,
  };
  const docUrlBases = new Map<string, string>();
  const mapped = mapProducts(inputs.openapi.products, inputs.services, knownCodes);
  for (const { product, mapping } of mapped) {
    const regions = cleanRegions(product.regions);
    for (const code of mapping.ramCodes) {
      const d = draft(code, product.name, mapping.mapping === 'product-default' ? 'product-default' : 'services-page');
      d.productCodes.add(product.code);
      for (const r of regions) d.regions.add(r);
    }
    if (mapping.aliasCode) {
      const alias = draft(mapping.aliasCode, product.name, 'product-code');
      alias.productCodes.add(product.code);
      for (const code of mapping.ramCodes) alias.aliasOf.add(code);
      for (const r of regions) alias.regions.add(r);
    }
    for (const code of mapping.derivedInto) {
      docUrlBases.set(derivedSource(product, code), apiDocUrl(product, ''));
      for (const action of derivedActions(product, code)) addActions(draft(action.service, product.name, 'product-default').actions, [action]);
    }
  }
  // Official API lists of other versions (inputs/extra-apis), derived into the same RAM codes.
  for (const list of inputs.extraApis) {
    const target = mapped.find((m) => m.product.code.toLowerCase() === list.product.toLowerCase());
    if (!target) throw new Error(`extra-apis: product ${list.product} is not in openapi-products.json`);
    const versioned = { ...target.product, version: list.version, apis: list.apis };
    const mapping = target.mapping;
    if (mapping.derivedInto.length === 0) mapping.derivedInto = target.deriveTargets;
    mapping.otherVersions = [...(mapping.otherVersions ?? []), { version: list.version, apiCount: list.apis.length }];
    for (const code of mapping.derivedInto) {
      const source = `API list ${list.product} ${list.version} (action name = ${code}:<API name>, not confirmed per action): ${list.source}`;
      docUrlBases.set(source, apiDocUrl(versioned, ''));
      for (const action of derivedActions(versioned, code, source)) addActions(draft(action.service, target.product.name, 'product-default').actions, [action]);
    }
  }

  // 4. Condition keys.
  const keys = collectConditionKeys(inputs.globalKeys, inputs.spec, inputs.tables);
  for (const code of keys.byService.keys()) draft(code, '', 'ram-table');

  const services: CatalogService[] = [...drafts.values()]
    .sort((a, b) => compareText(a.code, b.code))
    .map((d) => finishService(d, keys.byService.get(d.code) ?? []));

  const summaries = services.map(summaryOf);
  const actionCount = services.reduce((n, s) => n + s.actions.length, 0);
  const verified = services.reduce((n, s) => n + s.actions.filter((a) => a.confidence === 'verified').length, 0);
  const serviceKeyCount = services.reduce((n, s) => n + s.conditionKeys.length, 0);
  const dates = inputs.manifest.map((s) => s.date).filter((d): d is string => !!d).sort();
  const info: CatalogInfo = {
    date: dates[dates.length - 1] ?? '',
    generatedBy: `scripts/generate-catalog.ts (format ${CATALOG_FORMAT_VERSION})`,
    sources: inputs.manifest.map((s) => ({
      name: s.name,
      url: s.url,
      ...(s.date ? { retrieved: s.date } : {}),
      ...(s.note ? { note: s.note } : {}),
    })),
    counts: {
      services: services.length,
      actions: actionCount,
      verifiedActions: verified,
      derivedActions: actionCount - verified,
      conditionKeys: keys.global.length + serviceKeyCount,
    },
  };
  const regions = cleanRegions(inputs.openapi.products.flatMap((p) => p.regions));
  return {
    index: {
      formatVersion: CATALOG_FORMAT_VERSION,
      info,
      services: summaries,
      globalConditionKeys: keys.global,
      products: mapped.map((m) => m.mapping),
      regions,
      wrongCodes: Object.fromEntries(Object.entries(WRONG_CODES).map(([code, w]) => [code, w.use])),
      wrongCodeSources: Object.fromEntries(Object.entries(WRONG_CODES).map(([code, w]) => [code, w.source])),
    },
    services,
    docUrlBases,
  };
}

function completenessOf(d: ServiceDraft, actionCount: number): string {
  const table = d.table;
  if (table) return COMPLETE_TABLES.has(d.code) ? `${table.completeness}; OpenAPI operation names added as derived actions` : table.completeness;
  if (d.codeSource === 'product-code') {
    return `OpenAPI product code, not a documented RAM code (documented: ${[...d.aliasOf].sort().join(', ')}); actions derived from its API names`;
  }
  if (d.codeSource === 'product-default') {
    return actionCount > 0
      ? 'RAM code guessed from the OpenAPI product code (no documented RamCode); actions derived from its API names'
      : 'RAM code guessed from the OpenAPI product code (no documented RamCode); no actions collected';
  }
  return actionCount > 0
    ? 'no RAM table collected; actions derived from OpenAPI operation names or named by system policies'
    : 'RAM code only; no actions collected';
}

function finishService(d: ServiceDraft, conditionKeys: CatalogService['conditionKeys']): CatalogService {
  const actions = [...d.actions.values()].sort((a, b) => compareText(a.name, b.name));
  const table = d.table;
  return {
    code: d.code,
    name: d.name || d.code,
    productCodes: [...d.productCodes].sort(compareText),
    actionCount: actions.length,
    complete: COMPLETE_TABLES.has(d.code),
    completeness: completenessOf(d, actions.length),
    global: GLOBAL_SERVICES.has(d.code) || arnsAreRegionless(d.code, table),
    ...(table ? { source: table.source } : {}),
    codeSource: d.codeSource,
    ...(d.codeSource === 'product-code' ? { aliasOf: [...d.aliasOf].sort() } : {}),
    ...(d.codeSource === 'product-default' ? { codeGuessed: true } : {}),
    actions,
    resourceTypes: table ? resourceTypesOf(table) : [],
    conditionKeys,
    regions: [...d.regions].sort(),
  };
}

export function summaryOf(s: CatalogService): CatalogServiceSummary {
  const summary: CatalogServiceSummary = {
    code: s.code,
    name: s.name,
    productCodes: s.productCodes,
    actionCount: s.actionCount,
    complete: s.complete,
    completeness: s.completeness,
    global: s.global,
  };
  if (s.source) summary.source = s.source;
  if (s.codeSource) summary.codeSource = s.codeSource;
  if (s.aliasOf) summary.aliasOf = s.aliasOf;
  if (s.codeGuessed) summary.codeGuessed = s.codeGuessed;
  return summary;
}

/** Every generated file, by path relative to the catalog directory. */
export function catalogFiles(built: BuiltCatalog): Map<string, string> {
  const files = new Map<string, string>();
  files.set('index.json', stableJson(built.index, 2));
  files.set(NAMES_FILE, stableJson(catalogNames(built.services), 2));
  for (const service of built.services) files.set(serviceFileName(service.code), stableJson(dehydrateService(service, built.docUrlBases), 2));
  return files;
}
