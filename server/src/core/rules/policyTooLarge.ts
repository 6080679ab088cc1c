import { getNodeValue } from 'jsonc-parser';
import type { Rule } from './types';
import { groupThousands } from '../text/numbers';

const LIMITS = { identity: 6144, session: 2048 } as const;

/** Characters, not UTF-16 units: an astral character (a surrogate pair) counts once. */
function characters(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) count--;
  }
  return count;
}

export const policyTooLarge: Rule = {
  meta: {
    code: 'policy-too-large',
    defaultSeverity: 'error',
    description:
      'The document is longer than RAM accepts: 6,144 characters for a custom policy, 2,048 for an STS session policy (an error when even the minified text is too long, a warning when only the whitespace makes it so).',
    kinds: ['identity', 'session'],
  },
  check(context) {
    const kind = context.doc.kind.kind;
    if (kind !== 'identity' && kind !== 'session') return;
    const limit = LIMITS[kind];
    const written = characters(context.doc.text);
    if (written <= limit) return;
    const what = kind === 'session' ? 'an STS session policy' : 'a custom policy';
    const root = context.doc.root;
    const minified = root && context.doc.syntaxProblems.length === 0 ? characters(JSON.stringify(getNodeValue(root))) : written;
    const count = groupThousands;
    if (minified > limit) {
      context.report(
        { offset: 0, length: 1 },
        `The document has ${count(written)} characters (${count(minified)} without whitespace); ${what} may have at most ${count(limit)}. Split it into several policies.`,
      );
    } else {
      context.report(
        { offset: 0, length: 1 },
        `The document has ${count(written)} characters; ${what} may have at most ${count(limit)}. Without whitespace it has ${count(minified)}, and whether RAM counts whitespace is undocumented: minify it to be safe.`,
        { severity: 'warning' },
      );
    }
  },
};
