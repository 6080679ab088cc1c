import { parseText, type ParsedText } from './document/parse';
import { buildModel } from './model/build';
import type { PolicyModel } from './model/types';
import { inferKind, type KindInference, type PolicyKind } from './kinds';

/** Everything the features need about one policy text; built once per text version. */
export interface PolicyDocument extends ParsedText {
  uri: string;
  model: PolicyModel;
  kind: KindInference;
}

export interface DocumentOptions {
  uri?: string;
  /** A kind forced by the user (setting or CLI flag). */
  kind?: PolicyKind;
}

export function createPolicyDocument(text: string, options: DocumentOptions = {}): PolicyDocument {
  const parsed = parseText(text);
  const model = buildModel(parsed.root);
  const uri = options.uri ?? 'untitled:policy.json';
  return { ...parsed, uri, model, kind: inferKind(model, { override: options.kind, fileName: uri }) };
}

/** Cheap test used to claim a plain .json file: is its top level a RAM policy? */
export function looksLikePolicy(doc: Pick<PolicyDocument, 'model'>): boolean {
  return doc.model.version !== undefined && doc.model.statementProperty !== undefined;
}
