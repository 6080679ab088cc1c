/**
 * OpenAPI product code → RAM code(s). The "Services that work with RAM" entries
 * (services.json) name the product codes of most services; NOTES.md adds a few
 * exceptions. A product with no known mapping falls back to its lower-cased code
 * and is marked 'product-default' (a guess: its API names are derived into it and
 * the service says codeGuessed). Where the documented RAM code differs from the
 * product code, the lower-cased product code is also kept as an alias service
 * (`aliasCode`), unless a source says outright that it is not the RAM code (WRONG_CODES).
 */
import type { ProductMapping, ProductMappingSource } from '../../server/src/core/catalog/format';
import type { ExtraRamCode, OpenApiProduct, ServicesPageEntry } from './inputs';

/**
 * Exceptions where deriving `<code>:<API>` into every listed RAM code would be wrong.
 * Each names where it comes from.
 */
const DERIVE_OVERRIDES: Record<string, { ramCodes: string[]; deriveInto: string[]; why: string }> = {
  // NOTES.md table "Ims / Ram / Sts → ram, ims, sts": the IMS RAM page states RamCode ram,ims.
  ims: { ramCodes: ['ram', 'ims'], deriveInto: ['ram', 'ims'], why: 'NOTES.md: IMS RAM page says RamCode ram,ims' },
  // NOTES.md coverage table "Tablestore (ots)"; services.json lists Tablestore under product code Ots (unverified).
  tablestore: { ramCodes: ['ots'], deriveInto: ['ots'], why: 'NOTES.md: Tablestore is ots' },
  // extra/bssapi-ramdoc.json: "BSS OpenAPI的权限为bssapi:【API名称】" (since 2020-03-10); bss and efc are console codes.
  bssopenapi: { ramCodes: ['bss', 'bssapi', 'efc'], deriveInto: ['bssapi'], why: 'Billing docs: BssOpenApi permissions are bssapi:<API>' },
  // NOTES.md table "Ecs → ecs, vpc, ecs-workbench (current RAM page)".
  'ecs-workbench': { ramCodes: ['ecs-workbench'], deriveInto: ['ecs-workbench'], why: 'NOTES.md: ECS RAM page lists ecs-workbench' },
};

/**
 * Product codes a source explicitly rules out as RAM codes: these never become alias
 * services, and the rules can point at the documented code instead. Keep short and sourced.
 */
export const WRONG_CODES: Record<string, { use: string; source: string }> = {
  sls: {
    use: 'log',
    source:
      'spec §2 (RAM codes seen in official documentation): "The RAM code (RamCode) for Simple Log Service is log"; ramauth/NOTES.md: the SLS RAM page maps popCode Sls → log',
  },
};

/** Products whose API names are not RAM action names (NOTES.md): actions come only from their own table. */
export const NO_DERIVED_ACTIONS = new Set(['oss']);

export interface MappedProduct {
  product: OpenApiProduct;
  mapping: ProductMapping;
  /** RAM codes that `<code>:<API>` names of this product go into (whichever version lists the APIs). */
  deriveTargets: string[];
}

function productCodesOf(entry: ServicesPageEntry): string[] {
  return [...(entry.productCodeVerified ?? []), ...(entry.productCodeUnverified ?? [])];
}

/**
 * RAM codes per lower-cased product code from services.json. When an entry lists
 * several products and several codes, a product whose own name is one of the codes
 * takes only that code (ComputeNest → computenest, Ram → ram, Sts → sts).
 */
export function servicesPageProductMap(services: readonly ServicesPageEntry[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of services) {
    const codes = entry.ramCodes.map((c) => c.toLowerCase());
    if (codes.length === 0) continue;
    for (const productCode of productCodesOf(entry)) {
      const key = productCode.toLowerCase();
      const own = codes.includes(key) ? [key] : codes;
      const merged = new Set([...(map.get(key) ?? []), ...own]);
      map.set(key, [...merged]);
    }
  }
  return map;
}

/** RAM codes per lower-cased product code from the other official pages (extra-codes.json). */
function docsProductMap(extraCodes: readonly ExtraRamCode[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const entry of extraCodes) {
    for (const productCode of entry.productCodes ?? []) {
      const key = productCode.toLowerCase();
      map.set(key, [...new Set([...(map.get(key) ?? []), entry.code.toLowerCase()])]);
    }
  }
  return map;
}

/** RAM codes known before products are mapped; `fromDocs` are those only other official pages name. */
export interface KnownRamCodes {
  all: ReadonlySet<string>;
  fromDocs: ReadonlySet<string>;
  extraCodes: readonly ExtraRamCode[];
}

export function mapProducts(
  products: readonly OpenApiProduct[],
  services: readonly ServicesPageEntry[],
  known: KnownRamCodes,
): MappedProduct[] {
  const fromPage = servicesPageProductMap(services);
  const fromDocs = docsProductMap(known.extraCodes);
  const mapped: MappedProduct[] = [];
  for (const product of products) {
    const key = product.code.toLowerCase();
    let ramCodes: string[];
    let deriveInto: string[];
    let source: ProductMappingSource;
    const override = DERIVE_OVERRIDES[key];
    if (override) {
      ramCodes = override.ramCodes;
      deriveInto = override.deriveInto;
      source = 'notes';
    } else if (fromPage.has(key)) {
      ramCodes = fromPage.get(key)!;
      deriveInto = ramCodes;
      source = 'services-page';
    } else if (fromDocs.has(key)) {
      ramCodes = fromDocs.get(key)!;
      deriveInto = ramCodes;
      source = 'docs';
    } else if (known.all.has(key)) {
      // A source lists this RAM code (without a product code) and the product has the same name.
      ramCodes = [key];
      deriveInto = ramCodes;
      source = known.fromDocs.has(key) ? 'docs' : 'services-page';
    } else {
      ramCodes = [key];
      deriveInto = [key];
      source = 'product-default';
    }
    // The product code itself, when it is not a documented RAM code and nobody rules it out.
    const aliasCode = !ramCodes.includes(key) && !WRONG_CODES[key] && !NO_DERIVED_ACTIONS.has(key) ? key : undefined;
    if (aliasCode) deriveInto = [...deriveInto, aliasCode];
    if (NO_DERIVED_ACTIONS.has(key)) deriveInto = [];
    mapped.push({
      product,
      deriveTargets: [...deriveInto].sort(),
      mapping: {
        product: product.code,
        name: product.name,
        version: product.version,
        ramCodes: [...ramCodes].sort(),
        mapping: source,
        derivedInto: product.apis.length > 0 ? [...deriveInto].sort() : [],
        apiCount: product.apis.length,
        ...(aliasCode ? { aliasCode } : {}),
      },
    });
  }
  return mapped.sort((a, b) => compareText(a.mapping.product, b.mapping.product));
}

/** Case-insensitive order with a case-sensitive tie-break, so output is stable. */
export function compareText(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
