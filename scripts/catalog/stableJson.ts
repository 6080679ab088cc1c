/**
 * Deterministic JSON: containers shallower than `prettyDepth` are indented one
 * level per line, deeper ones are written on one line (one action per line keeps
 * diffs readable and files small). Key order is the insertion order, which the
 * generator fixes.
 */
export function stableJson(value: unknown, prettyDepth: number): string {
  return `${write(value, 0, prettyDepth)}\n`;
}

function write(value: unknown, depth: number, prettyDepth: number): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (depth >= prettyDepth) return JSON.stringify(value);
  const pad = ' '.repeat(depth + 1);
  const close = ' '.repeat(depth);
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => pad + write(v, depth + 1, prettyDepth)).join(',\n')}\n${close}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${write(v, depth + 1, prettyDepth)}`).join(',\n')}\n${close}}`;
}
