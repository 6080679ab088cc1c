import type { Catalog } from '../catalog/types';
import type { PolicyDiagnostic } from '../diagnostics';
import type { PolicyDocument } from '../document';
import type { CodeAction } from '../features';

/** Quick fixes for the diagnostics in [start, end) (offsets). */
export function codeActions(
  _doc: PolicyDocument,
  _start: number,
  _end: number,
  _diagnostics: PolicyDiagnostic[],
  _catalog: Catalog,
): CodeAction[] {
  return [];
}
