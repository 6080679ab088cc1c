/** Hover for Principal values: what kind of principal each form names. */
import type { Catalog } from '../catalog/types';

const code = (text: string) => `\`${text}\``;

export function principalValueHover(catalog: Catalog, principalType: string | undefined, value: string): string | undefined {
  if (value === '*') return `**${code('*')}**: everyone, anonymous users included.`;
  const service = /^([a-z0-9-]+)\.aliyuncs\.com$/i.exec(value);
  if (service) {
    const summary = catalog.serviceSummary(service[1]);
    return `**Service principal** ${code(value)}: ${summary ? `${summary.name} (${code(summary.code)})` : `service ${code(service[1])}`} may assume the role on your behalf.`;
  }
  const ram = /^acs:ram::([^:]*):(root|user\/.+|role\/.+|saml-provider\/.+|oidc-provider\/.+)$/.exec(value);
  if (ram) {
    const [, account, rest] = ram;
    const [what, ...name] = rest.split('/');
    const meaning: Record<string, string> = {
      root: 'the account: any of its RAM identities that is itself allowed sts:AssumeRole',
      user: `RAM user ${code(name.join('/'))}`,
      role: `RAM role ${code(name.join('/'))}`,
      'saml-provider': `SAML identity provider ${code(name.join('/'))}`,
      'oidc-provider': `OIDC identity provider ${code(name.join('/'))}`,
    };
    return `**${principalType ?? 'RAM'} principal** in account ${code(account)}: ${meaning[what]}.`;
  }
  const session = /^arn:sts::([^:]*):assumed-role\/([^/]+)\/(.+)$/.exec(value);
  if (session) {
    return `**Role session**: sessions named ${code(session[3])} of role ${code(session[2])} in account ${code(session[1])} (names are case-sensitive).`;
  }
  if (/^\d+$/.test(value)) return `**UID** ${code(value)}: an Alibaba Cloud account or RAM user.`;
  return undefined;
}
