/**
 * Reads one Action/NotAction string the way RAM does (`<ram-code>:<action-name>`) and says
 * what is wrong with its shape. Every action rule starts here, so a malformed string is
 * reported once (by action-malformed) and skipped by the catalog rules.
 */
export type ActionSyntax =
  | { ok: true; all: true }
  | { ok: true; all: false; service: string; name: string; serviceHasWildcard: boolean; nameHasWildcard: boolean }
  | { ok: false; problem: string; replacement?: string };

const SERVICE = /^[A-Za-z0-9*?][A-Za-z0-9_*?-]*$/;
const NAME = /^[A-Za-z0-9_*?][A-Za-z0-9_.*?-]*$/;
/** Documentation placeholders people forget to fill in: `[ECS RAM Action]`, `<action>`, `{action}`, `${x}`. */
const PLACEHOLDER = /[[\]<>{}]|\$\{/;

const hasWildcard = (s: string) => s.includes('*') || s.includes('?');

export function readAction(raw: string): ActionSyntax {
  if (raw === '*') return { ok: true, all: true };
  if (raw.trim() === '') return { ok: false, problem: 'The action is empty. Write `<ram-code>:<action-name>`, e.g. "ecs:DescribeInstances".' };
  if (PLACEHOLDER.test(raw)) {
    return { ok: false, problem: `"${raw}" is a documentation placeholder, not an action. Replace it with \`<ram-code>:<action-name>\`, e.g. "ecs:DescribeInstances".` };
  }
  const colon = raw.indexOf(':');
  if (colon < 0) {
    const dot = raw.indexOf('.');
    if (dot > 0 && SERVICE.test(raw.slice(0, dot)) && NAME.test(raw.slice(dot + 1))) {
      const fixed = `${raw.slice(0, dot)}:${raw.slice(dot + 1)}`;
      return { ok: false, problem: `"${raw}" uses "." where RAM expects ":" between service and action: write "${fixed}".`, replacement: fixed };
    }
    if (raw.trim() === '*') return { ok: false, problem: 'Remove the spaces around "*".', replacement: '*' };
    return { ok: false, problem: `"${raw}" has no service prefix. Write \`<ram-code>:<action-name>\`, e.g. "ecs:${raw.trim()}".` };
  }
  const service = raw.slice(0, colon);
  const name = raw.slice(colon + 1);
  if (/\s/.test(raw)) {
    const fixed = raw.replace(/\s+/g, '');
    const [s, n] = [fixed.slice(0, fixed.indexOf(':')), fixed.slice(fixed.indexOf(':') + 1)];
    if (fixed.indexOf(':') > 0 && SERVICE.test(s) && NAME.test(n)) {
      return { ok: false, problem: `"${raw}" contains whitespace, so it never matches: write "${fixed}".`, replacement: fixed };
    }
    return { ok: false, problem: `"${raw}" contains whitespace, so it never matches. Write \`<ram-code>:<action-name>\` without spaces.` };
  }
  if (name.includes(':')) return { ok: false, problem: `"${raw}" has more than one ":". Write \`<ram-code>:<action-name>\`.` };
  if (service === '') return { ok: false, problem: `"${raw}" has an empty service prefix. Write \`<ram-code>:<action-name>\`.` };
  if (name === '') return { ok: false, problem: `"${raw}" has no action name after ":". Write e.g. "${service}:*" for every action of the service.` };
  if (!SERVICE.test(service)) return { ok: false, problem: `"${service}" is not a valid RAM service code (letters, digits, "-", wildcards).` };
  if (!NAME.test(name)) return { ok: false, problem: `"${name}" is not a valid action name (letters, digits, "_", wildcards).` };
  return { ok: true, all: false, service, name, serviceHasWildcard: hasWildcard(service), nameHasWildcard: hasWildcard(name) };
}
