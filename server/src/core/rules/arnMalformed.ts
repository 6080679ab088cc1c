import type { Rule } from './types';
import { isFourSegmentOdpsArn, placeholderIn, splitArn } from './support/arnSyntax';
import { resourceItems } from './support/resources';

/** Why a Resource string is not an ARN, and the one obvious fix when there is one. */
function diagnose(value: string, bucketPolicy: boolean): { message: string; replacement?: string; severity?: 'warning' } | undefined {
  const arn = splitArn(value);
  if (arn && arn.service === '') {
    return { message: `"${value}" has an empty service segment, so it matches no resource: write \`acs:<ram-code>:<region>:<account-id>:<relative-id>\`.`, severity: 'warning' };
  }
  if (value === '*' || arn || isFourSegmentOdpsArn(value)) return undefined;
  const lower = value.toLowerCase();
  if (lower.startsWith('acs:') && !value.startsWith('acs:')) {
    const fixed = `acs:${value.slice(4)}`;
    if (splitArn(fixed)) return { message: `The ARN prefix is case-sensitive: write "${fixed}".`, replacement: fixed };
  }
  if (lower.startsWith('arn:')) {
    return { message: `"${value}" is an AWS-style ARN. Alibaba Cloud ARNs are \`acs:<ram-code>:<region>:<account-id>:<relative-id>\`.` };
  }
  if (!lower.startsWith('acs:')) {
    if (bucketPolicy) {
      const fixed = `acs:oss:*:*:${value}`;
      return {
        message: `Bucket policy resources are OSS ARNs: write "${fixed}" (or put the bucket owner's UID in place of the second "*").`,
        replacement: fixed,
      };
    }
    return { message: `"${value}" is not an ARN. Write \`acs:<ram-code>:<region>:<account-id>:<relative-id>\`, or "*" for every resource.` };
  }
  const parts = value.split(':');
  if (parts.length === 4) {
    // Usually the region segment was dropped: acs:ram:<uid>:role/x → acs:ram:*:<uid>:role/x.
    const looksLikeAccount = /^[0-9*]+$/.test(parts[2]) && /[0-9]/.test(parts[2]);
    const fixed = looksLikeAccount ? `acs:${parts[1]}:*:${parts[2]}:${parts[3]}` : undefined;
    return {
      message: `"${value}" has only four segments; an ARN is \`acs:<ram-code>:<region>:<account-id>:<relative-id>\`.${fixed ? ` Did you leave out the region? Write "${fixed}".` : ''}`,
      replacement: fixed,
    };
  }
  return { message: `"${value}" is not a complete ARN: expected \`acs:<ram-code>:<region>:<account-id>:<relative-id>\` (${parts.length} segments found).` };
}

export const arnMalformed: Rule = {
  meta: {
    code: 'arn-malformed',
    defaultSeverity: 'error',
    description:
      'A Resource is neither "*" nor an ARN `acs:<service>:<region>:<account>:<relative-id>` (MaxCompute\'s four-segment `acs:odps:*:projects/...` is accepted).',
    kinds: ['identity', 'session', 'bucket', 'resource'],
  },
  check(context) {
    const bucketPolicy = context.doc.kind.kind === 'bucket';
    for (const item of resourceItems(context.doc.model.statements)) {
      if (placeholderIn(item.value)) continue; // arn-placeholder says what to fill in
      const problem = diagnose(item.value, bucketPolicy);
      if (problem) {
        context.report(item.node, problem.message, {
          severity: problem.severity,
          data: problem.replacement ? { replacement: problem.replacement } : undefined,
        });
      }
    }
  },
};
