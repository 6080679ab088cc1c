/**
 * Reads the catalog inputs kept in server/data/inputs (copied unchanged from the
 * research drop; see PROVENANCE.md). Only this file touches the input files.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface OpenApiProduct {
  code: string;
  version: string;
  name: string;
  style: string;
  apis: string[];
  regions: string[];
}

export interface OpenApiProducts {
  source: string;
  commit: string;
  committed: string;
  products: OpenApiProduct[];
}

export interface ServicesPageEntry {
  product: string;
  subService?: string;
  productCode: string | null;
  ramCodes: string[];
  granularity: string;
  ramAuthorizationPage: string | null;
  source: string;
  ramCodesOnRamPage?: string[];
  productCodeVerified?: string[];
  productCodeUnverified?: string[];
  note?: string;
}

export interface TableResource {
  type: string;
  arn: string;
  required?: boolean;
}

export interface TableAction {
  action: string;
  api: string | null;
  apis?: string[];
  accessLevel: string | null;
  resources?: TableResource[];
  /** null where the source row left the column empty. */
  resourceTypes: string[] | null;
  conditionKeys: string[] | null;
  dependentActions: string[] | null;
  derivedFromApiName?: boolean;
  evidence?: string;
  note?: string;
  scope?: string;
}

export interface TableResourceType {
  name: string;
  arn: string;
  arns?: string[];
  note?: string;
}

export interface TableConditionKey {
  key: string;
  type: string | null;
  note: string;
  typeSource?: string;
}

export interface ActionTable {
  ramCode: string;
  productCode: string;
  granularity: string;
  source: string;
  sourceCopy?: string;
  completeness: string;
  resourceTypes: TableResourceType[];
  conditionKeys: TableConditionKey[];
  actions: TableAction[];
}

export interface GlobalKeyInput {
  key: string;
  type: string | null;
  desc: string;
  sources: string[];
  confidence: string;
}

export interface GlobalKeysFile {
  source: string;
  note: string;
  conditionOperators: Record<string, string[]>;
  keys: GlobalKeyInput[];
}

/** Hand-transcribed facts from the team's language reference (/work/shared/spec), with section references. */
export interface SpecFacts {
  source: string;
  ramCodes: Array<{ code: string; product: string; section: string }>;
  actions: Array<{ action: string; section: string; evidence: string }>;
  conditionKeys: Array<{
    key: string;
    type: string | null;
    description: string;
    confidence: 'documented' | 'inferred' | 'unverified';
    section: string;
    values?: string[];
    appliesTo?: 'trust';
  }>;
}

export interface InputSource {
  file: string;
  name: string;
  url: string;
  date?: string;
  note?: string;
}

/** A row of server/data/inputs/extra/<code>.json. */
export interface ExtraActionRow {
  action: string;
  apis?: string[];
  accessLevel?: string;
  resources?: string[];
  conditionKeys?: string[];
  evidence: string;
}

/**
 * More actions of one RAM code from public documentation (inputs/extra/*.json):
 * `kind` 'ram-table' rows are verified, 'api-list' rows (API names of an old list) are derived.
 */
export interface ExtraActionsFile {
  ramCode: string;
  source: string;
  retrieved: string;
  kind: 'ram-table' | 'api-list';
  completeness: string;
  actions: ExtraActionRow[];
}

/**
 * An official API-name list of one OpenAPI product (inputs/extra-apis/*.json): a
 * version openapi-products.json lacks (an older one, or one it lists no APIs for).
 */
export interface ExtraApiList {
  product: string;
  version: string;
  source: string;
  retrieved: string;
  apis: string[];
}

/** Alibaba Cloud system policies as published on the RAM system-policy reference pages (inputs/system-policies.json). */
export interface SystemPolicy {
  name: string;
  version?: string;
  updated?: string;
  actions: string[];
  source: string;
  /** False when the stored copy of the page was cut off (the action list may be incomplete). */
  complete: boolean;
}

/** A RAM code an official page names that the services page lacks (inputs/extra-codes.json). */
export interface ExtraRamCode {
  code: string;
  product: string;
  /** OpenAPI product codes tied to this RAM code, when an official page says so. */
  productCodes?: string[];
  /** Why those product codes belong to the code. */
  productCodesWhy?: string;
  source: string;
  evidence: string;
}

export interface Inputs {
  manifest: InputSource[];
  openapi: OpenApiProducts;
  services: ServicesPageEntry[];
  tables: ActionTable[];
  globalKeys: GlobalKeysFile;
  spec: SpecFacts;
  extras: ExtraActionsFile[];
  extraApis: ExtraApiList[];
  extraCodes: ExtraRamCode[];
  systemPolicies: SystemPolicy[];
}

function readJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
}

export function readInputs(inputsDir: string): Inputs {
  const actionsDir = path.join(inputsDir, 'ramauth', 'actions');
  const tables = fs
    .readdirSync(actionsDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson<ActionTable>(path.join(actionsDir, f)));
  return {
    manifest: readJson<{ sources: InputSource[] }>(path.join(inputsDir, 'manifest.json')).sources,
    openapi: readJson<OpenApiProducts>(path.join(inputsDir, 'openapi-products.json')),
    services: readJson<ServicesPageEntry[]>(path.join(inputsDir, 'ramauth', 'services.json')),
    tables,
    globalKeys: readJson<GlobalKeysFile>(path.join(inputsDir, 'ramauth', 'global-condition-keys.json')),
    spec: readJson<SpecFacts>(path.join(inputsDir, 'spec-facts.json')),
    extras: readJsonDir<ExtraActionsFile>(path.join(inputsDir, 'extra')),
    extraApis: readJsonDir<ExtraApiList>(path.join(inputsDir, 'extra-apis')),
    extraCodes: fs.existsSync(path.join(inputsDir, 'extra-codes.json'))
      ? readJson<ExtraRamCode[]>(path.join(inputsDir, 'extra-codes.json'))
      : [],
    systemPolicies: fs.existsSync(path.join(inputsDir, 'system-policies.json'))
      ? readJson<{ policies: SystemPolicy[] }>(path.join(inputsDir, 'system-policies.json')).policies
      : [],
  };
}

function readJsonDir<T>(dir: string): T[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readJson<T>(path.join(dir, f)));
}
