import type { LintReport } from './types';

/** `[{"file","diagnostics":[{"code","severity","message","range"}]}]` with 0-based positions; nothing else, so scripts can rely on it. */
export function formatJson(report: LintReport): string {
  const files = report.files.map(({ file, diagnostics }) => ({
    file,
    diagnostics: diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      range: { start: { line: d.range.start.line, character: d.range.start.character }, end: { line: d.range.end.line, character: d.range.end.character } },
    })),
  }));
  return `${JSON.stringify(files, null, 2)}\n`;
}
