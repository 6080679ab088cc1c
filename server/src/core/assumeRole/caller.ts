import type { EvalPrincipal } from '../eval/types';
import type { CallerSpec } from './roleFile';

const RAM_ARN = /^acs:ram:[^:]*:(\d+):(user|role)\/(.+)$/;
const ROOT_ARN = /^acs:ram:[^:]*:(\d+):root$/;

/** Reads `--caller <arn>`: a user/role ARN, an account root ARN, or a service principal (`ecs.aliyuncs.com`). */
export function callerFromArn(arn: string): CallerSpec {
  const trimmed = arn.trim();
  const root = ROOT_ARN.exec(trimmed);
  if (root) return { type: 'root', arn: trimmed, account: root[1] };
  const ram = RAM_ARN.exec(trimmed);
  if (ram) return { type: ram[2] === 'user' ? 'ram-user' : 'ram-role', arn: trimmed, account: ram[1] };
  if (/\.aliyuncs\.com$/i.test(trimmed)) return { type: 'service', service: trimmed };
  return { type: 'ram-user', arn: trimmed };
}

/** The principal a trust policy sees; `defaultAccount` (the role's) fills in a caller given by name only. */
export function principalOfCaller(caller: CallerSpec, defaultAccount: string | undefined): EvalPrincipal {
  const account = caller.account ?? (caller.arn ? (RAM_ARN.exec(caller.arn)?.[1] ?? ROOT_ARN.exec(caller.arn)?.[1]) : undefined) ?? defaultAccount;
  switch (caller.type) {
    case 'root':
      return { kind: 'root', arn: caller.arn ?? `acs:ram::${account}:root`, accountId: account };
    case 'service':
      return { kind: 'service', service: caller.service ?? caller.name ?? caller.arn };
    case 'ram-role': {
      const arn = caller.arn ?? `acs:ram::${account}:role/${caller.name}`;
      const isSession = (RAM_ARN.exec(arn)?.[3] ?? '').includes('/');
      return { kind: isSession ? 'assumed-role' : 'ram-role', arn, accountId: account };
    }
    case 'ram-user':
      return { kind: 'ram-user', arn: caller.arn ?? `acs:ram::${account}:user/${caller.name}`, accountId: account };
  }
}

export function describeCaller(caller: CallerSpec, principal: EvalPrincipal): string {
  return `${caller.type} ${principal.arn ?? principal.service ?? '(unnamed)'}`;
}
