import type { Severity } from '../../core/diagnostics';
import type { LintReport } from './types';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `file:line:col severity code message` per finding (1-based), then skipped/unreadable files and a summary line. */
export function formatText(report: LintReport): string {
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, information: 0, hint: 0 };
  for (const { file, diagnostics } of report.files) {
    for (const d of diagnostics) {
      counts[d.severity]++;
      lines.push(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}`);
    }
  }
  for (const s of report.skipped) lines.push(`${s.file}: skipped (${s.reason})`);
  for (const u of report.unreadable) lines.push(`${u.file}: cannot read (${u.reason})`);
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), `${counts.information} information`, plural(counts.hint, 'hint')];
  const extra = [
    report.skipped.length ? `${report.skipped.length} skipped` : '',
    report.unreadable.length ? `${report.unreadable.length} unreadable` : '',
  ].filter(Boolean);
  lines.push(`${parts.join(', ')} in ${plural(report.files.length, 'file')}${extra.length ? ` (${extra.join(', ')})` : ''}`);
  return `${lines.join('\n')}\n`;
}
