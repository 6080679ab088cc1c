import type { Catalog } from '../catalog/types';
import type { PolicyDocument } from '../document';
import type { HoverResult } from '../features';

export function hover(_doc: PolicyDocument, _offset: number, _catalog: Catalog): HoverResult | undefined {
  return undefined;
}
