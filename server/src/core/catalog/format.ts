/**
 * On-disk layout of the generated catalog (server/data/catalog), shared by the
 * generator (scripts/generate-catalog.ts) and the loader. index.json is read
 * eagerly; services/<code>.json (a CatalogService each) only on first use.
 */
import type { CatalogConditionKey, CatalogInfo, CatalogServiceSummary } from './types';

export const CATALOG_FORMAT_VERSION = 1;

/** How an OpenAPI product code was tied to its RAM code(s). */
export type ProductMappingSource =
  /** Listed for the product on "Services that work with RAM" (services.json). */
  | 'services-page'
  /** An exception from the NOTES.md "RamCode vs product code" table. */
  | 'notes'
  /** No mapping known: the lower-cased product code, a guess. No actions are derived from it. */
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
}

/** Relative path of a service file inside the catalog directory. */
export function serviceFileName(code: string): string {
  return `services/${code.toLowerCase()}.json`;
}
