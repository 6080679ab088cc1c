import type { Rule } from './types';

export const ossPrefixWithoutDelimiter: Rule = {
  meta: {
    code: 'oss-prefix-without-delimiter',
    defaultSeverity: 'information',
    description:
      'An oss:ListObjects statement lists parent prefixes ending in "/" in oss:Prefix but has no oss:Delimiter condition, so the OSS console cannot browse the folders.',
    kinds: ['identity', 'session', 'bucket'],
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      const lists = (statement.action?.items ?? []).some((i) => /^oss:(listobjects|\*|list\*)$/i.test(i.value.trim()));
      if (!lists) continue;
      const keys = statement.conditions.flatMap((c) => c.keys);
      if (keys.some((k) => k.key.toLowerCase() === 'oss:delimiter')) continue;
      for (const key of keys) {
        if (key.key.toLowerCase() !== 'oss:prefix') continue;
        const parents = key.values.filter((v) => typeof v.value === 'string' && v.value.endsWith('/'));
        if (parents.length === 0) continue;
        context.report(
          key.keyNode,
          `oss:Prefix lists folder levels (${parents.map((p) => `"${p.text}"`).join(', ')}) but the statement has no oss:Delimiter condition; the OSS console lists with delimiter "/", so add "oss:Delimiter": "/" to let users browse.`,
        );
      }
    }
  },
};
