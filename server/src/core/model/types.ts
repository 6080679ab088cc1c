import type { Node } from 'jsonc-parser';

/** A JSON property as written, duplicates included. */
export interface PropertyRef {
  key: string;
  keyNode: Node;
  valueNode: Node | undefined;
  propertyNode: Node;
}

/** One string of a multi-value element (Action, Resource, a Principal list, …). */
export interface StringItem {
  value: string;
  /** The string node, quotes included. */
  node: Node;
}

/** An element that accepts a string or an array of strings. */
export interface ValueList {
  property: PropertyRef;
  isArray: boolean;
  items: StringItem[];
  /** Items that are not strings (numbers, objects, …): each is a grammar error. */
  invalidItems: Node[];
}

/** A condition value keeps its JSON type: RAM documents strings, people write bare numbers and booleans. */
export interface ConditionValue {
  value: string | number | boolean | null;
  text: string;
  node: Node;
}

export interface ConditionKeyEntry {
  key: string;
  keyNode: Node;
  property: PropertyRef;
  isArray: boolean;
  values: ConditionValue[];
  invalidValues: Node[];
}

export interface ConditionOperatorEntry {
  operator: string;
  property: PropertyRef;
  keys: ConditionKeyEntry[];
}

export interface PrincipalEntry {
  /** `RAM`, `Service`, `Federated`, … for a map; undefined for a list or a bare string. */
  type: string | undefined;
  typeNode: Node | undefined;
  values: StringItem[];
  invalidItems: Node[];
}

export interface PrincipalModel {
  property: PropertyRef;
  shape: 'map' | 'list' | 'string' | 'invalid';
  entries: PrincipalEntry[];
}

export interface StatementModel {
  index: number;
  node: Node;
  /** Every property in source order, duplicates included. */
  properties: PropertyRef[];
  effect?: PropertyRef;
  sid?: PropertyRef;
  action?: ValueList;
  notAction?: ValueList;
  resource?: ValueList;
  notResource?: ValueList;
  principal?: PrincipalModel;
  condition?: PropertyRef;
  conditions: ConditionOperatorEntry[];
}

export interface PolicyModel {
  root: Node | undefined;
  /** Top-level properties in source order, duplicates included. */
  properties: PropertyRef[];
  version?: PropertyRef;
  statementProperty?: PropertyRef;
  /** True when `Statement` is an array; a single object is tolerated and flagged. */
  statementIsArray: boolean;
  statements: StatementModel[];
}
