/**
 * The AssumeRole simulation as one markdown document: what the editor opens beside the
 * policy (VS Code: a read-only `ram-policy-report:` document) and what other editors can show.
 */
import type { SimulateAssumeRoleResult } from './simulateProtocol';

/** Catalog expansion can list a hundred actions per pattern; the per-statement section names the patterns. */
const MAX_ACTIONS_LISTED = 8;

const MARK = { pass: '✓', fail: '✗', warn: '⚠', skip: '–' } as const;

/** Markdown-escapes text that comes from user files (ARNs contain `*`, names contain `_`). */
function code(text: string): string {
  return '`' + text.replace(/`/g, "'") + '`';
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function renderAssumeRoleReport(result: SimulateAssumeRoleResult, nameOf: (uri: string) => string): string {
  const out: string[] = ['# AssumeRole simulation', ''];
  const failed = result.checks.filter((c) => c.status === 'fail').length;
  out.push(result.ok ? '**Result: the session would be issued.**' : `**Result: STS would refuse this AssumeRole** (${failed} failed check${failed === 1 ? '' : 's'}${result.diagnostics.some((d) => d.code.startsWith('reference-')) ? ', unreadable references' : ''}).`, '');
  out.push(`- Role: ${result.roleArn ? code(result.roleArn) : '(unknown)'}`);
  out.push(`- Caller: ${result.caller ? code(result.caller) : '(not given)'}`);
  out.push(`- Assumed-role ARN: ${result.assumedRoleArn ? code(result.assumedRoleArn) : '(unknown)'}`);
  out.push(`- Duration: ${result.durationSeconds} seconds; expires ${result.expiration ? code(result.expiration) : '(unknown)'}`);
  out.push('');

  out.push('## Checks', '', '| | Check | Result | Rule |', '|---|---|---|---|');
  for (const c of result.checks) out.push(`| ${MARK[c.status]} | ${c.id} | ${cell(c.message)} | ${cell(c.rule)} |`);
  out.push('');

  if (result.diagnostics.length) {
    out.push('## Problems', '');
    for (const d of result.diagnostics) out.push(`- ${nameOf(d.uri)}:${d.range.start.line + 1}: ${d.message}`);
    out.push('');
  }

  out.push('## Effective permissions', '');
  if (!result.effective.grants.length) out.push('The session is granted nothing.');
  for (const g of result.effective.grants) {
    const shown = g.actions.slice(0, MAX_ACTIONS_LISTED).map(code).join(', ');
    const more = g.actions.length > MAX_ACTIONS_LISTED ? ` and ${g.actions.length - MAX_ACTIONS_LISTED} more` : '';
    out.push(`- ${shown}${more} on ${g.resources.map(code).join(', ')}${g.conditional ? ' (conditional)' : ''}`);
  }
  out.push('');

  out.push('## Per statement', '');
  for (const s of result.statements) {
    const where = `${nameOf(s.uri)}:${s.range.start.line + 1}`;
    out.push(`- **${s.side === 'session' ? 'Session policy' : 'Role policy'}** ${s.policyName} statement ${s.statementIndex + 1}${s.sid ? ` (${s.sid})` : ''} — ${where}: ${s.label}`);
    for (const d of s.details) out.push(`  - ${d}`);
  }
  out.push('');

  out.push('## What the session policy fails to narrow', '');
  out.push(...(result.effective.notNarrowed.length ? result.effective.notNarrowed.map((n) => `- ${n}`) : ['Nothing: every service the role grants is narrowed (or there is no session policy).']));
  out.push('');
  out.push('## What the session policy tries to widen', '');
  out.push(...(result.effective.widened.length ? result.effective.widened.map((w) => `- ${w} — a session policy can only narrow the role.`) : ['Nothing: the session policy asks for nothing beyond the role.']));
  out.push('');
  out.push('## Decisions resting on inferred rules', '');
  out.push(...(result.inferred.length ? result.inferred.map((i) => `- ${i}`) : ['None: every decision above follows documented semantics.']));
  out.push('');
  return out.join('\n');
}
