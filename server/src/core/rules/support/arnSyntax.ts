/** ARN shape: `acs:<service>:<region>:<account>:<relative-id>`; the relative id may contain ":" and "/". */
export interface ArnParts {
  service: string;
  region: string;
  account: string;
  relative: string;
}

/** Splits an `acs:` ARN into its segments; undefined when it has fewer than five. */
export function splitArn(value: string): ArnParts | undefined {
  const parts = value.split(':');
  if (parts.length < 5 || parts[0] !== 'acs') return undefined;
  return { service: parts[1], region: parts[2], account: parts[3], relative: parts.slice(4).join(':') };
}

/** MaxCompute documents four-segment ARNs without an account: `acs:odps:*:projects/<p>/...`. */
export function isFourSegmentOdpsArn(value: string): boolean {
  const parts = value.split(':');
  return parts.length === 4 && parts[0] === 'acs' && /^odps$/i.test(parts[1]) && /^projects(\/|$|\*)/.test(parts[3]);
}

/**
 * Signs that an ARN still holds a documentation placeholder: whitespace, `<...>`, `${...}`,
 * `[...]`, `{...}` templates, `$Name` shell variables or Chinese "account ID"/"name" labels.
 */
export function placeholderIn(value: string): string | undefined {
  if (/\s/.test(value)) return 'contains whitespace';
  const angle = /<[^>]*>/.exec(value);
  if (angle) return `contains the placeholder "${angle[0]}"`;
  const shell = /\$\{[^}]*\}?/.exec(value);
  if (shell) return `contains the placeholder "${shell[0]}"`;
  const square = /\[[^\]]*\]/.exec(value);
  if (square) return `contains the placeholder "${square[0]}"`;
  const brace = /\{[^}]*\}/.exec(value);
  if (brace) return `contains the template part "${brace[0]}"`;
  const variable = /(?:^|[:/])(\$[A-Za-z_][A-Za-z0-9_]*)/.exec(value);
  if (variable) return `contains the variable "${variable[1]}"`;
  const label = /主账号|账号ID|账户ID|名称/.exec(value);
  if (label) return `contains the label "${label[0]}"`;
  return undefined;
}
