import type { Catalog } from '../catalog/types';
import type { PolicyDiagnostic } from '../diagnostics';
import type { PolicyDocument } from '../document';
import type { CoreSettings } from '../settings';
import type { RuleMeta } from './types';

/** Every rule's metadata (one entry per code), for settings, docs and the CLI. */
export function allRuleMetas(): RuleMeta[] {
  return [];
}

/** Runs every enabled rule over the document. (Rules land in rules/<code>.ts and are listed in rules/registry.ts.) */
export function validate(_doc: PolicyDocument, _catalog: Catalog, _settings: CoreSettings): PolicyDiagnostic[] {
  return [];
}
