/** Hover entry point: markdown for the string under the cursor, with that token's range. */
import type { Catalog } from '../catalog/types';
import { statementPath } from '../completion/context';
import { statementActions } from '../completion/statementActions';
import type { PolicyDocument } from '../document';
import type { HoverResult } from '../features';
import { ELEMENT_DOCS, PRINCIPAL_TYPE_DOCS, VALUE_DOCS } from '../docs/elements';
import { elementDescriptions } from '../docs/schemaDocs';
import { actionHover } from './actions';
import { arnHover } from './arns';
import { conditionKeyHover, operatorHover } from './conditions';
import { conditionValueHover } from './conditionValues';
import { principalValueHover } from './principals';
import { hoverTarget } from './target';

function keyHover(doc: PolicyDocument, catalog: Catalog, path: Array<string | number>): string | undefined {
  const described = elementDescriptions(doc.kind.kind);
  const key = path[path.length - 1];
  if (typeof key !== 'string') return undefined;
  if (path.length === 1) return described.top[key] ?? ELEMENT_DOCS[key];
  const inStatement = statementPath(path);
  if (!inStatement) return undefined;
  const rest = inStatement.rest;
  if (rest.length === 1) return described.statement[key] ?? ELEMENT_DOCS[key] ?? `**${key}** is not a RAM policy element.`;
  if (rest.length === 2 && rest[0] === 'Principal') return described.principal[key] ?? PRINCIPAL_TYPE_DOCS[key];
  if (rest.length === 2 && rest[0] === 'Condition') return operatorHover(key, doc.kind.kind === 'bucket');
  if (rest.length === 3 && rest[0] === 'Condition') return conditionKeyHover(catalog, key, String(rest[1]));
  return undefined;
}

function valueHover(doc: PolicyDocument, catalog: Catalog, path: Array<string | number>, value: string): string | undefined {
  if (path.length === 1 && path[0] === 'Version') return VALUE_DOCS.Version[value] ?? 'The only valid Version is the string `"1"`.';
  const inStatement = statementPath(path);
  if (!inStatement) return undefined;
  const [element, second] = inStatement.rest;
  const statement = doc.model.statements.find((s) => s.index === inStatement.index);
  switch (element) {
    case 'Effect':
      return VALUE_DOCS.Effect[value] ?? 'Effect must be `"Allow"` or `"Deny"` (case-sensitive).';
    case 'Action':
    case 'NotAction':
      return actionHover(catalog, value, element === 'NotAction');
    case 'Resource':
    case 'NotResource':
      return arnHover(catalog, value, statementActions(statement, catalog), element === 'NotResource');
    case 'Principal':
      return principalValueHover(catalog, typeof second === 'string' ? second : undefined, value);
    case 'Condition': {
      const key = inStatement.rest[2];
      return typeof second === 'string' && typeof key === 'string' ? conditionValueHover(catalog, second, key, value) : undefined;
    }
    default:
      return undefined;
  }
}

export function hover(doc: PolicyDocument, offset: number, catalog: Catalog): HoverResult | undefined {
  const target = hoverTarget(doc, offset);
  if (!target) return undefined;
  const contents = target.isKey
    ? keyHover(doc, catalog, target.path)
    : target.node.type === 'string'
      ? valueHover(doc, catalog, target.path, String(target.node.value))
      : undefined;
  if (!contents) return undefined;
  return { contents, range: doc.lines.rangeOf(target.node.offset, target.node.length) };
}
