/**
 * The action catalog as the rest of the core sees it. Generated data lives in
 * server/data/catalog (see scripts/generate-catalog.ts); this file is the contract.
 */

/** How far an entry is trusted. */
export type Confidence =
  /** Read from a service's own RAM authorization table. */
  | 'verified'
  /** Built as `<ramCode>:<API name>` from the OpenAPI product metadata or an old API list: probably valid. */
  | 'derived';

export type ConditionKeyType = 'String' | 'Number' | 'Date' | 'Boolean' | 'IP';

export interface CatalogResourceType {
  name: string;
  /** ARN templates as printed by the source, e.g. `acs:ecs:{#regionId}:{#accountId}:instance/{#instanceId}`. */
  arns: string[];
}

export interface CatalogAction {
  /** Canonical full name, e.g. `oss:GetObject`. */
  name: string;
  service: string;
  /** API operation(s) the action authorizes, when known. */
  apis: string[];
  accessLevel?: string;
  description?: string;
  /** Names of resource types (see CatalogService.resourceTypes); empty = only `*` is documented. */
  resourceTypes: string[];
  /** ARN templates this action accepts, resolved from resourceTypes (convenience for hover/completion). */
  resourceArns: string[];
  conditionKeys: string[];
  dependentActions: string[];
  confidence: Confidence;
  source: string;
  /** API reference page, when one is known. */
  docUrl?: string;
}

export interface CatalogConditionKey {
  key: string;
  type: ConditionKeyType | null;
  description: string;
  /** Known value domain, e.g. ["true","false"] or ACL names. */
  values?: string[];
  confidence: 'documented' | 'inferred' | 'unverified';
  source: string;
  /** Operators whose family fits the key's type (absent when the type is unknown). */
  operators?: string[];
  /**
   * Tag family: the key takes a `/<tag-key>` suffix (`acs:ResourceTag/team`). `key` is then
   * written `prefix/<tag-key>` and `tagPrefix` holds `prefix`.
   */
  tagPrefix?: string;
  /** Keys only meaningful in a role trust policy (saml:, oidc:, sts:ExternalId). */
  appliesTo?: 'trust';
}

/** What is known about a service without loading its actions (kept small for lazy loading). */
export interface CatalogServiceSummary {
  code: string;
  name: string;
  productCodes: string[];
  actionCount: number;
  /**
   * True only when the source table is complete for its revision: then an
   * action absent from the catalog is an error; otherwise at most a hint.
   */
  complete: boolean;
  completeness: string;
  /** Whether the ARN region segment is empty/`*` (global services such as ram). */
  global: boolean;
  source?: string;
  /**
   * Where the RAM code itself comes from: 'services-page' (Services that work with RAM),
   * 'ram-table' (a service's RAM authorization table), 'docs' (another official page that names
   * the code: inputs/extra-codes.json), 'spec' (the team's language reference),
   * 'product-code' (lower-cased OpenAPI product code of a product whose documented RAM code differs:
   * kept as an alias so real policies using it are not flagged; see `aliasOf`),
   * 'product-default' (lower-cased OpenAPI product code, no known mapping: a guess; see `codeGuessed`).
   */
  codeSource?: 'services-page' | 'ram-table' | 'docs' | 'spec' | 'product-code' | 'product-default';
  /** For a 'product-code' alias: the RAM code(s) the documentation gives for the product. */
  aliasOf?: string[];
  /** True when the code itself is only the lower-cased product code (no documented RAM code). */
  codeGuessed?: boolean;
}

export interface CatalogService extends CatalogServiceSummary {
  actions: CatalogAction[];
  resourceTypes: CatalogResourceType[];
  conditionKeys: CatalogConditionKey[];
  regions: string[];
}

export interface CatalogInfo {
  /** Date of the newest input, ISO 8601. */
  date: string;
  generatedBy: string;
  sources: Array<{ name: string; url: string; retrieved?: string; note?: string }>;
  counts: { services: number; actions: number; verifiedActions: number; derivedActions: number; conditionKeys: number };
}

export interface Catalog {
  readonly info: CatalogInfo;
  /** All RAM codes, lower case. */
  serviceCodes(): readonly string[];
  /** Case-insensitive. */
  serviceSummary(code: string): CatalogServiceSummary | undefined;
  /** Loads the service's actions on first use. */
  service(code: string): CatalogService | undefined;
  /** Case-insensitive look-up of `service:Action`. */
  action(fullName: string): CatalogAction | undefined;
  /** Every catalog action a wildcard pattern (or plain name) matches, case-insensitively, canonical names. */
  expand(pattern: string): string[];
  globalConditionKeys(): readonly CatalogConditionKey[];
  /** Global or service key; tag keys (`acs:ResourceTag/x`) resolve to their family. Case-insensitive. */
  conditionKey(key: string): CatalogConditionKey | undefined;
  /** Regions of a service, or of all services when no code is given. */
  regions(code?: string): readonly string[];
  /**
   * A code a source explicitly says is not a RAM code (`sls`), with the code to use
   * instead (`log`) and that source; undefined for any other code. Optional so test
   * catalogs need not implement it.
   */
  wrongCode?(code: string): { use: string; source: string } | undefined;
}
