import * as vscode from 'vscode';
import type { SimulationDiagnostic } from '../../../server/src/lsp/simulateProtocol';
import { toRange } from './decorations';

export const SIMULATE_DIAGNOSTIC_SOURCE = 'RAM simulate';

const SEVERITY: Record<SimulationDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
};

/** Replaces the collection's problems with those of the latest run (grouped per file). */
export function publishSimulationDiagnostics(collection: vscode.DiagnosticCollection, diagnostics: SimulationDiagnostic[]): void {
  collection.clear();
  const byUri = new Map<string, { uri: vscode.Uri; items: vscode.Diagnostic[] }>();
  for (const d of diagnostics) {
    const entry = byUri.get(d.uri) ?? { uri: vscode.Uri.parse(d.uri), items: [] };
    const diagnostic = new vscode.Diagnostic(toRange(d.range), d.message, SEVERITY[d.severity]);
    diagnostic.source = SIMULATE_DIAGNOSTIC_SOURCE;
    diagnostic.code = d.code;
    entry.items.push(diagnostic);
    byUri.set(d.uri, entry);
  }
  for (const { uri, items } of byUri.values()) collection.set(uri, items);
}
