/** Maps the core's plain result types to LSP types 1:1; no policy logic here. */
import {
  CodeAction as LspCodeAction,
  CodeActionKind,
  Diagnostic,
  DiagnosticSeverity,
  DiagnosticTag,
  Hover,
  MarkupKind,
} from 'vscode-languageserver';
import type { PolicyDiagnostic, Severity } from '../core/diagnostics';
import type { CodeAction, HoverResult } from '../core/features';

export const DIAGNOSTIC_SOURCE = 'ram-policy';

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const SEVERITY_NAMES = new Map<DiagnosticSeverity, Severity>(
  Object.entries(SEVERITIES).map(([name, value]) => [value, name as Severity]),
);

/** The rule's facts (`data.replacement`, …) travel in `data` so code actions get them back without re-validating. */
export function toLspDiagnostic(diagnostic: PolicyDiagnostic): Diagnostic {
  const result: Diagnostic = {
    range: diagnostic.range,
    severity: SEVERITIES[diagnostic.severity],
    code: diagnostic.code,
    source: DIAGNOSTIC_SOURCE,
    message: diagnostic.message,
  };
  if (diagnostic.data !== undefined) result.data = diagnostic.data;
  if (diagnostic.tags?.length) {
    result.tags = diagnostic.tags.map((tag) => (tag === 'unnecessary' ? DiagnosticTag.Unnecessary : DiagnosticTag.Deprecated));
  }
  return result;
}

/**
 * Rebuilds a core diagnostic from what the client sends back in a code action request. Offsets
 * come from the range in the current text: the client moves ranges along with edits made since
 * the diagnostic was published. Diagnostics of other sources are skipped.
 */
export function fromLspDiagnostic(
  diagnostic: Diagnostic,
  offsetAt: (position: Diagnostic['range']['start']) => number,
): PolicyDiagnostic | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || typeof diagnostic.code !== 'string') return undefined;
  const offset = offsetAt(diagnostic.range.start);
  const result: PolicyDiagnostic = {
    code: diagnostic.code,
    severity: SEVERITY_NAMES.get(diagnostic.severity ?? DiagnosticSeverity.Error) ?? 'error',
    range: diagnostic.range,
    message: diagnostic.message,
    offset,
    length: Math.max(0, offsetAt(diagnostic.range.end) - offset),
  };
  const data = diagnostic.data as unknown;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) result.data = data as Record<string, unknown>;
  return result;
}

export function toLspHover(result: HoverResult): Hover {
  return { contents: { kind: MarkupKind.Markdown, value: result.contents }, range: result.range };
}

const ACTION_KINDS: Record<CodeAction['kind'], string> = {
  quickfix: CodeActionKind.QuickFix,
  refactor: CodeActionKind.Refactor,
  source: CodeActionKind.Source,
};

export function toLspCodeAction(action: CodeAction, uri: string, diagnostics: Diagnostic[]): LspCodeAction {
  const result: LspCodeAction = {
    title: action.title,
    kind: ACTION_KINDS[action.kind] ?? CodeActionKind.QuickFix,
    edit: { changes: { [uri]: action.edits } },
  };
  const fixed = diagnostics.filter((d) => typeof d.code === 'string' && action.diagnosticCodes.includes(d.code));
  if (fixed.length > 0) result.diagnostics = fixed;
  if (action.isPreferred) result.isPreferred = true;
  return result;
}
