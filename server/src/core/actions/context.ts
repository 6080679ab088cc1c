import type { Catalog } from '../catalog/types';
import type { PolicyDiagnostic } from '../diagnostics';
import type { PolicyDocument } from '../document';
import type { CodeAction } from '../features';
import type { StatementModel } from '../model/types';

/** What every quick fix sees: the document, the requested range (offsets) and the diagnostics there. */
export interface FixContext {
  doc: PolicyDocument;
  catalog: Catalog;
  start: number;
  end: number;
  diagnostics: readonly PolicyDiagnostic[];
}

export type FixProvider = (context: FixContext) => CodeAction[];

export function diagnosticsWithCode(context: FixContext, ...codes: string[]): PolicyDiagnostic[] {
  return context.diagnostics.filter((d) => codes.includes(d.code));
}

/** The statement whose object contains `offset`. */
export function statementAt(doc: PolicyDocument, offset: number): StatementModel | undefined {
  return doc.model.statements.find((s) => offset >= s.node.offset && offset <= s.node.offset + s.node.length);
}

/** Statements that overlap the requested range. */
export function statementsInRange(context: FixContext): StatementModel[] {
  return context.doc.model.statements.filter(
    (s) => s.node.offset <= context.end && s.node.offset + s.node.length >= context.start,
  );
}

/** The replacement a rule put in the diagnostic, when it is a usable string. */
export function replacementOf(diagnostic: PolicyDiagnostic): string | undefined {
  const value = diagnostic.data?.replacement;
  return typeof value === 'string' ? value : undefined;
}
