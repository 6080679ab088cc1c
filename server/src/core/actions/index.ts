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
  return PROVIDERS.flatMap((provider) => provider(context));
}
