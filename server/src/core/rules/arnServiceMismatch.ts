import type { Rule } from './types';
import { splitArn } from './support/arnSyntax';
import { actionItems, concreteService } from './support/statements';

/**
 * Action prefixes documented to act on another service's ARNs (spec §2): RDS policies grant hdm/dbs
 * on rds ARNs, OSS actions act on ossvector/osstables, ECS actions on VPC resources, STS on RAM roles.
 */
const ALSO_ACTS_ON: Record<string, readonly string[]> = {
  hdm: ['rds'],
  dbs: ['rds'],
  das: ['rds'],
  oss: ['ossvector', 'osstables'],
  ecs: ['vpc', 'kms', 'ram'],
  sts: ['ram'],
  ims: ['ram'],
  ram: ['ims', 'resourcemanager'],
  log: ['sls'],
  sls: ['log'],
  vpc: ['ecs'],
  kms: ['ecs', 'rds'],
  cs: ['ecs', 'vpc', 'slb', 'ram'],
  eci: ['ecs', 'vpc'],
  ess: ['ecs', 'slb', 'rds'],
};

export const arnServiceMismatch: Rule = {
  meta: {
    code: 'arn-service-mismatch',
    defaultSeverity: 'hint',
    description:
      "A Resource ARN names a service none of the statement's actions belong to (documented exceptions such as hdm/dbs on rds, oss on ossvector, ecs on vpc are allowed).",
    kinds: ['identity', 'session', 'bucket'],
  },
  check(context) {
    for (const statement of context.doc.model.statements) {
      if (!statement.action || statement.notAction) continue;
      const items = actionItems([statement]);
      const services = new Set<string>();
      for (const item of items) {
        const service = concreteService(item);
        if (!service) {
          if (item.syntax.ok) return; // a wildcard service ("*", "*:Get*") may act on anything
          continue;
        }
        services.add(service);
        for (const other of ALSO_ACTS_ON[service] ?? []) services.add(other);
      }
      if (services.size === 0) continue;
      for (const resource of statement.resource?.items ?? []) {
        const arn = splitArn(resource.value);
        if (!arn || arn.service === '' || arn.service.includes('*') || arn.service.includes('?')) continue;
        const service = arn.service.toLowerCase();
        if (services.has(service)) continue;
        context.report(
          resource.node,
          `This ARN is for "${service}", but none of this statement's actions belongs to ${service}. Check the ARN's service segment (it is usually the action prefix).`,
        );
      }
    }
  },
};
