/** Test helpers shared by the snippet and quick-fix tests: apply edits the way an editor does. */
import type { PolicyDocument } from '../../server/src/core/document';
import type { TextEdit } from '../../server/src/core/features';
import type { Catalog } from '../../server/src/core/catalog/types';
import type { PolicyDiagnostic } from '../../server/src/core/diagnostics';
import { createPolicyDocument } from '../../server/src/core/document';
import { codeActions } from '../../server/src/core/actions/index';
import type { CodeAction } from '../../server/src/core/features';

/** Applies non-overlapping edits to the document text (last first, so offsets stay valid). */
export function applyEdits(doc: PolicyDocument, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((edit) => ({ start: doc.lines.offsetAt(edit.range.start), end: doc.lines.offsetAt(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let text = doc.text;
  for (let i = 0; i < spans.length; i++) {
    if (i > 0 && spans[i].end > spans[i - 1].start) throw new Error('overlapping edits');
    text = text.slice(0, spans[i].start) + spans[i].text + text.slice(spans[i].end);
  }
  return text;
}


/** A catalog that knows nothing: the fixes must work from the diagnostics and the spec's tables alone. */
export const EMPTY_CATALOG: Catalog = {
  info: { date: '2026-01-01', generatedBy: 'test', sources: [], counts: { services: 0, actions: 0, verifiedActions: 0, derivedActions: 0, conditionKeys: 0 } },
  serviceCodes: () => [],
  serviceSummary: () => undefined,
  service: () => undefined,
  action: () => undefined,
  expand: () => [],
  globalConditionKeys: () => [],
  conditionKey: () => undefined,
  regions: () => [],
};

/** A diagnostic on the nth occurrence of `needle` (written with its quotes when it is a string). */
export function diagnosticOn(text: string, needle: string, code: string, data?: Record<string, unknown>, occurrence = 1): PolicyDiagnostic {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = text.indexOf(needle, offset + 1);
  if (offset < 0) throw new Error(`no ${needle} in text`);
  const doc = createPolicyDocument(text);
  return { code, severity: 'error', message: code, offset, length: needle.length, range: doc.lines.rangeOf(offset, needle.length), data };
}

/** The code actions at an offset (or a range), as the editor asks for them. */
export function actionsAt(text: string, start: number, diagnostics: PolicyDiagnostic[] = [], end = start, catalog = EMPTY_CATALOG): CodeAction[] {
  return codeActions(createPolicyDocument(text), start, end, diagnostics, catalog);
}

/** The text after applying one action. */
export function applyAction(text: string, action: CodeAction): string {
  return applyEdits(createPolicyDocument(text), action.edits);
}
