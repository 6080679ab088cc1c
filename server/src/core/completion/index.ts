import type { Catalog } from '../catalog/types';
import type { PolicyDocument } from '../document';
import type { CompletionResult } from '../features';
import type { CoreSettings } from '../settings';

export function complete(_doc: PolicyDocument, _offset: number, _catalog: Catalog, _settings: CoreSettings): CompletionResult {
  return { items: [], isIncomplete: false };
}
