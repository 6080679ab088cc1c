import type { Range } from './text/position';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A finding of the policy core. `code` is stable: settings, docs and quick fixes key on it. */
export interface PolicyDiagnostic {
  code: string;
  severity: Severity;
  range: Range;
  message: string;
  /** Offsets of the flagged text, for code actions that edit it. */
  offset: number;
  length: number;
  /** Rule-specific facts a quick fix needs (e.g. the suggested replacement). */
  data?: Record<string, unknown>;
  /** Marks findings about deprecated or unnecessary text, rendered faded by editors. */
  tags?: Array<'unnecessary' | 'deprecated'>;
}
