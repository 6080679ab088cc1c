import type { Severity } from './diagnostics';

/** A rule's configured level: `default` keeps the rule's own severity. */
export type RuleLevel = 'off' | Severity | 'default';

export interface CoreSettings {
  /** Per rule code, e.g. `{ "sid-undocumented": "off" }`. */
  rules: Record<string, RuleLevel>;
  /** Account id offered in ARN completion instead of `*`. */
  defaultAccountId?: string;
}

export const DEFAULT_SETTINGS: CoreSettings = { rules: {} };
