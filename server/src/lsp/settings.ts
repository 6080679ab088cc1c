import { POLICY_KINDS, type PolicyKind } from '../core/kinds';
import type { CoreSettings, RuleLevel } from '../core/settings';

/** What the server needs of the `ramPolicy` configuration section, cleaned of anything malformed. */
export interface ServerSettings {
  core: CoreSettings;
  /** Glob → kind (`ramPolicy.kinds`), in the user's order. */
  kinds: Array<[glob: string, kind: PolicyKind]>;
}

export const DEFAULT_SERVER_SETTINGS: ServerSettings = { core: { rules: {} }, kinds: [] };

const RULE_LEVELS: readonly RuleLevel[] = ['off', 'error', 'warning', 'information', 'hint', 'default'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads the raw `ramPolicy` section as VS Code (or any client) sends it. Settings are user
 * input: unknown levels and kinds are dropped rather than trusted.
 */
export function toServerSettings(raw: unknown): ServerSettings {
  if (!isRecord(raw)) return DEFAULT_SERVER_SETTINGS;
  const rules: Record<string, RuleLevel> = {};
  if (isRecord(raw.rules)) {
    for (const [code, level] of Object.entries(raw.rules)) {
      if (RULE_LEVELS.includes(level as RuleLevel)) rules[code] = level as RuleLevel;
    }
  }
  const kinds: Array<[string, PolicyKind]> = [];
  if (isRecord(raw.kinds)) {
    for (const [glob, kind] of Object.entries(raw.kinds)) {
      if (glob.trim() !== '' && POLICY_KINDS.includes(kind as PolicyKind)) kinds.push([glob, kind as PolicyKind]);
    }
  }
  const core: CoreSettings = { rules };
  if (typeof raw.defaultAccountId === 'string' && /^\d+$/.test(raw.defaultAccountId.trim())) {
    core.defaultAccountId = raw.defaultAccountId.trim();
  }
  return { core, kinds };
}
