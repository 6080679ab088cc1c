/**
 * Parsing and checking what the user types into the simulate pickers. No vscode import:
 * unit-tested on its own (test/unit/simulate-inputs.test.ts).
 */

/**
 * `key=value` pairs separated by `;` or `,` (a comma inside a value stays when no `key=` follows it);
 * a repeated key gives a multi-valued key. Returns the context or the first problem.
 */
export function parseContextList(input: string): { context: Record<string, string | string[]> } | { error: string } {
  const context: Record<string, string | string[]> = {};
  const text = input.trim();
  if (!text) return { context };
  // Split only where the next part starts a new `key=` (values such as dates contain no `=`).
  const parts = text.split(/\s*[;,]\s*(?=[^=;,\s][^=;,]*=)/);
  for (const part of parts) {
    const eq = part.indexOf('=');
    const key = eq > 0 ? part.slice(0, eq).trim() : '';
    if (!key) return { error: `"${part.trim()}" is not key=value` };
    // A trailing ";" ends the list; a trailing "," is a value (oss:Delimiter=,).
    const value = part.slice(eq + 1).trim().replace(/;\s*$/, '');
    const existing = context[key];
    context[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return { context };
}

/** The inverse of parseContextList, to show a remembered context as the input's default. */
export function formatContextList(context: Record<string, string | string[]>): string {
  return Object.entries(context)
    .flatMap(([key, value]) => (Array.isArray(value) ? value : [value]).map((v) => `${key}=${v}`))
    .join('; ');
}

export type CallerKind = 'ram-user' | 'ram-role' | 'root' | 'service';

export const CALLER_TEMPLATES: Record<CallerKind, { label: string; template: string; pattern: RegExp; hint: string }> = {
  'ram-user': { label: 'RAM user', template: 'acs:ram::<account-id>:user/<user-name>', pattern: /^acs:ram::\d+:user\/[^/\s]+$/, hint: 'acs:ram::<account-id>:user/<user-name>' },
  'ram-role': {
    label: 'RAM role (or a role session)',
    template: 'acs:ram::<account-id>:role/<role-name>',
    pattern: /^acs:ram::\d+:role\/[^/\s]+(\/[^/\s]+)?$/,
    hint: 'acs:ram::<account-id>:role/<role-name>[/<session-name>]',
  },
  root: { label: 'Account root', template: 'acs:ram::<account-id>:root', pattern: /^acs:ram::\d+:root$/, hint: 'acs:ram::<account-id>:root' },
  service: { label: 'Alibaba Cloud service', template: 'ecs.aliyuncs.com', pattern: /^[a-z0-9-]+(\.[a-z0-9-]+)*\.aliyuncs\.com$/i, hint: '<service>.aliyuncs.com' },
};

/** Undefined when `value` is a caller of `kind`; else what to fix. */
export function checkCaller(kind: CallerKind, value: string): string | undefined {
  const spec = CALLER_TEMPLATES[kind];
  return spec.pattern.test(value.trim()) ? undefined : `${spec.label} callers look like ${spec.hint}`;
}

/** Undefined for an empty input (use the role file's value) or an integer; the range check is the server's (it names the role's limit). */
export function parseDuration(value: string): { seconds: number | undefined } | { error: string } {
  const text = value.trim();
  if (!text) return { seconds: undefined };
  if (!/^\d+$/.test(text)) return { error: 'Enter a whole number of seconds (900 to the role\'s MaxSessionDuration), or leave it empty.' };
  return { seconds: Number(text) };
}
