/** Completion entry point: finds the cursor's place in the policy and asks the matching provider. */
import type { Catalog } from '../catalog/types';
import type { PolicyDocument } from '../document';
import type { CompletionItem, CompletionResult } from '../features';
import type { CoreSettings } from '../settings';
import { actionCompletions } from './actions';
import { arnCompletions } from './arns';
import { conditionKeyCompletions, conditionValueCompletions, operatorCompletions } from './conditions';
import { cursorContext } from './context';
import { principalKeys, statementKeys, topLevelKeys } from './keys';
import { effectValues, principalValues, versionValues } from './values';
import { snippetCompletions } from '../snippets/index';

const complete_ = (items: CompletionItem[]): CompletionResult => ({ items, isIncomplete: false });

/** `now` is a parameter so date snippets are testable; the facade passes the current time. */
export function completeAt(doc: PolicyDocument, offset: number, catalog: Catalog, settings: CoreSettings, now: Date): CompletionResult {
  const ctx = cursorContext(doc, offset);
  const place = ctx.place;
  switch (place.type) {
    case 'topKey':
      return complete_(topLevelKeys(doc, ctx));
    case 'statementKey':
      return complete_(statementKeys(doc, ctx));
    case 'principalKey':
      return complete_(principalKeys(doc, ctx));
    case 'operatorKey':
      return complete_(operatorCompletions(doc, ctx));
    case 'conditionKeyKey':
      return complete_(conditionKeyCompletions(doc, ctx, catalog, place.operator, now));
    case 'versionValue':
      return complete_(versionValues(doc, ctx));
    case 'effectValue':
      return complete_(effectValues(doc, ctx));
    case 'actionValue':
      return actionCompletions(doc, ctx, catalog);
    case 'resourceValue':
      return { items: arnCompletions(doc, ctx, catalog, settings), isIncomplete: true };
    case 'principalValue':
      return complete_(principalValues(doc, ctx, catalog, settings, place.principalType));
    case 'conditionValue':
      return complete_(conditionValueCompletions(doc, ctx, catalog, place.key, now));
    case 'statementSlot':
    case 'documentSlot':
      // Whole policies in an empty document, statements between the Statement array's items.
      return complete_(snippetCompletions(doc, offset));
    case 'none':
      return complete_([]);
  }
}

export function complete(doc: PolicyDocument, offset: number, catalog: Catalog, settings: CoreSettings): CompletionResult {
  return completeAt(doc, offset, catalog, settings, new Date());
}
