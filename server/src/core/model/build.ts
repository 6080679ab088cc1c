import type { Node } from 'jsonc-parser';
import type {
  ConditionKeyEntry,
  ConditionOperatorEntry,
  ConditionValue,
  PolicyModel,
  PrincipalEntry,
  PrincipalModel,
  PropertyRef,
  StatementModel,
  StringItem,
  ValueList,
} from './types';

/** Properties of an object node in source order. Tolerates half-typed properties. */
export function propertiesOf(node: Node | undefined): PropertyRef[] {
  if (!node || node.type !== 'object' || !node.children) return [];
  const result: PropertyRef[] = [];
  for (const prop of node.children) {
    const keyNode = prop.children?.[0];
    if (!keyNode || keyNode.type !== 'string') continue;
    result.push({ key: String(keyNode.value), keyNode, valueNode: prop.children?.[1], propertyNode: prop });
  }
  return result;
}

/** The last property with this exact (case-sensitive) name: JSON parsers keep the last duplicate. */
function lastProperty(props: PropertyRef[], key: string): PropertyRef | undefined {
  for (let i = props.length - 1; i >= 0; i--) if (props[i].key === key) return props[i];
  return undefined;
}

function stringItem(node: Node): StringItem {
  return { value: String(node.value), node };
}

export function valueList(property: PropertyRef): ValueList {
  const list: ValueList = { property, isArray: false, items: [], invalidItems: [] };
  const value = property.valueNode;
  if (!value) return list;
  if (value.type === 'array') {
    list.isArray = true;
    for (const child of value.children ?? []) {
      if (child.type === 'string') list.items.push(stringItem(child));
      else list.invalidItems.push(child);
    }
  } else if (value.type === 'string') {
    list.items.push(stringItem(value));
  } else {
    list.invalidItems.push(value);
  }
  return list;
}

function conditionValue(node: Node): ConditionValue | undefined {
  switch (node.type) {
    case 'string':
      return { value: String(node.value), text: String(node.value), node };
    case 'number':
    case 'boolean':
      return { value: node.value as number | boolean, text: String(node.value), node };
    default:
      return undefined;
  }
}

function conditionKeys(operatorValue: Node | undefined): ConditionKeyEntry[] {
  return propertiesOf(operatorValue).map((property) => {
    const entry: ConditionKeyEntry = {
      key: property.key,
      keyNode: property.keyNode,
      property,
      isArray: property.valueNode?.type === 'array',
      values: [],
      invalidValues: [],
    };
    const valueNodes = entry.isArray ? property.valueNode?.children ?? [] : property.valueNode ? [property.valueNode] : [];
    for (const node of valueNodes) {
      const value = conditionValue(node);
      if (value) entry.values.push(value);
      else entry.invalidValues.push(node);
    }
    return entry;
  });
}

function conditions(property: PropertyRef | undefined): ConditionOperatorEntry[] {
  return propertiesOf(property?.valueNode).map((operatorProp) => ({
    operator: operatorProp.key,
    property: operatorProp,
    keys: conditionKeys(operatorProp.valueNode),
  }));
}

function principalValues(node: Node | undefined): Pick<PrincipalEntry, 'values' | 'invalidItems'> {
  const values: StringItem[] = [];
  const invalidItems: Node[] = [];
  const nodes = node?.type === 'array' ? node.children ?? [] : node ? [node] : [];
  for (const child of nodes) {
    if (child.type === 'string') values.push(stringItem(child));
    else invalidItems.push(child);
  }
  return { values, invalidItems };
}

function principal(property: PropertyRef | undefined): PrincipalModel | undefined {
  if (!property) return undefined;
  const value = property.valueNode;
  if (value?.type === 'object') {
    const entries = propertiesOf(value).map((p) => ({ type: p.key, typeNode: p.keyNode, ...principalValues(p.valueNode) }));
    return { property, shape: 'map', entries };
  }
  if (value?.type === 'array' || value?.type === 'string') {
    return {
      property,
      shape: value.type === 'array' ? 'list' : 'string',
      entries: [{ type: undefined, typeNode: undefined, ...principalValues(value) }],
    };
  }
  return { property, shape: 'invalid', entries: [] };
}

function statement(node: Node, index: number): StatementModel {
  const properties = propertiesOf(node);
  const list = (key: string) => {
    const p = lastProperty(properties, key);
    return p ? valueList(p) : undefined;
  };
  const conditionProp = lastProperty(properties, 'Condition');
  return {
    index,
    node,
    properties,
    effect: lastProperty(properties, 'Effect'),
    sid: lastProperty(properties, 'Sid'),
    action: list('Action'),
    notAction: list('NotAction'),
    resource: list('Resource'),
    notResource: list('NotResource'),
    principal: principal(lastProperty(properties, 'Principal')),
    condition: conditionProp,
    conditions: conditions(conditionProp),
  };
}

/** Builds the policy model from a JSON tree; every part points back at its source node. */
export function buildModel(root: Node | undefined): PolicyModel {
  const properties = propertiesOf(root);
  const statementProperty = lastProperty(properties, 'Statement');
  const statementValue = statementProperty?.valueNode;
  let statements: StatementModel[] = [];
  let statementIsArray = false;
  if (statementValue?.type === 'array') {
    statementIsArray = true;
    statements = (statementValue.children ?? [])
      .map((child, i) => ({ child, i }))
      .filter(({ child }) => child.type === 'object')
      .map(({ child, i }) => statement(child, i));
  } else if (statementValue?.type === 'object') {
    statements = [statement(statementValue, 0)];
  }
  return {
    root,
    properties,
    version: lastProperty(properties, 'Version'),
    statementProperty,
    statementIsArray,
    statements,
  };
}
