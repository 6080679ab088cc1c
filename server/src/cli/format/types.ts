import type { PolicyDiagnostic } from '../../core/diagnostics';

/** One linted file: `file` is the path as shown to the user (relative to the working directory, forward slashes). */
export interface LintedFile {
  file: string;
  diagnostics: PolicyDiagnostic[];
}

/** A file the folder walk left out, and why (text output mentions them). */
export interface SkippedFile {
  file: string;
  reason: string;
}

export interface LintReport {
  files: LintedFile[];
  skipped: SkippedFile[];
  /** Missing or unreadable inputs, reported and not linted. */
  unreadable: SkippedFile[];
}
