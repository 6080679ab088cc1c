/**
 * Code actions: quick fixes keyed on diagnostic codes, plus refactors that need
 * no diagnostic (array wrapping, the EnablePath listing statement). One fix per
 * file; each returns plain TextEdits the user applies.
 */
import type { Catalog } from '../catalog/types';
import type { PolicyDiagnostic } from '../diagnostics';
import type { PolicyDocument } from '../document';
import type { CodeAction } from '../features';
import { addDelimiter } from './addDelimiter';
import { addParentPrefixListing } from './addParentPrefixListing';
import { assumeRoleOnRoleArn } from './assumeRoleOnRoleArn';
import type { FixContext, FixProvider } from './context';
import { fixEffect } from './fixEffect';
import { fixVersion } from './fixVersion';
import { moveListObjectsToBucket } from './moveListObjectsToBucket';
import { removeDuplicateActions } from './removeDuplicateActions';
import { replaceWithSuggestion } from './replaceWithSuggestion';
import { wrapInArray } from './wrapInArray';
import { wrapStatementInArray } from './wrapStatementInArray';

const PROVIDERS: readonly FixProvider[] = [
  replaceWithSuggestion,
  fixVersion,
  fixEffect,
  wrapStatementInArray,
  removeDuplicateActions,
  moveListObjectsToBucket,
  assumeRoleOnRoleArn,
  addDelimiter,
  addParentPrefixListing,
  wrapInArray,
];

/** Quick fixes for the diagnostics in [start, end] (offsets), then refactors available there. */
export function codeActions(
  doc: PolicyDocument,
  start: number,
  end: number,
  diagnostics: PolicyDiagnostic[],
  catalog: Catalog,
): CodeAction[] {
  const inRange = diagnostics.filter((d) => d.offset <= end && d.offset + d.length >= start);
  const context: FixContext = { doc, catalog, start, end, diagnostics: inRange };
  return mergeDuplicates(PROVIDERS.flatMap((provider) => provider(context)));
}

/**
 * Two rules can flag one string with the same suggestion (e.g. service-unknown
 * and action-unknown on "ECS:startinstance"): the user sees one action that
 * fixes both.
 */
function mergeDuplicates(actions: CodeAction[]): CodeAction[] {
  const byKey = new Map<string, CodeAction>();
  for (const action of actions) {
    const key = `${action.kind}\u0000${action.title}\u0000${JSON.stringify(action.edits)}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, { ...action, diagnosticCodes: [...action.diagnosticCodes] });
    else for (const code of action.diagnosticCodes) if (!seen.diagnosticCodes.includes(code)) seen.diagnosticCodes.push(code);
  }
  return [...byKey.values()];
}
