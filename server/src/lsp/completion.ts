import {
  MarkupKind,
  type CancellationToken,
  type ClientCapabilities,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
  type Range,
} from 'vscode-languageserver/node';
import { toLspCompletionItem } from './convert';
import type { PolicyWorkspace } from './workspace';

export const EMPTY_COMPLETION: CompletionList = { isIncomplete: false, items: [] };

/** Characters after which editors should ask for completions without an explicit trigger. */
export const COMPLETION_TRIGGER_CHARACTERS = ['"', ':', '/', '*'];

/** What the client lets us leave out of each item; the answer for `oss:` has hundreds of items. */
export interface CompletionSupport {
  /** `itemDefaults.editRange`: one shared range instead of one per item. */
  editRangeDefault: boolean;
  insertTextFormatDefault: boolean;
  /** Documentation fetched with completionItem/resolve for the item the user looks at. */
  resolveDocumentation: boolean;
}

export function completionSupport(capabilities: ClientCapabilities): CompletionSupport {
  const completion = capabilities.textDocument?.completion;
  const defaults = completion?.completionList?.itemDefaults ?? [];
  return {
    editRangeDefault: defaults.includes('editRange'),
    insertTextFormatDefault: defaults.includes('insertTextFormat'),
    resolveDocumentation: completion?.completionItem?.resolveSupport?.properties.includes('documentation') === true,
  };
}

/** Documentation of the last answer, kept until the next one (editors resolve items of the open list only). */
interface LastResult {
  id: number;
  documentation: Array<string | undefined>;
}

export class CompletionAdapter {
  private last: LastResult = { id: 0, documentation: [] };

  constructor(
    private readonly workspace: PolicyWorkspace,
    private readonly support: CompletionSupport,
  ) {}

  async provide(params: CompletionParams, token: CancellationToken): Promise<CompletionList> {
    const resolved = await this.workspace.resolve(params.textDocument.uri);
    if (!resolved || token.isCancellationRequested) return EMPTY_COMPLETION;
    const offset = resolved.textDocument.offsetAt(params.position);
    const result = this.workspace.service.complete(resolved.policy, offset, resolved.settings.core);
    if (token.isCancellationRequested) return EMPTY_COMPLETION;
    const items = result.items.map(toLspCompletionItem);
    if (this.support.resolveDocumentation) this.deferDocumentation(items);
    return this.withItemDefaults({ isIncomplete: result.isIncomplete, items });
  }

  resolve(item: CompletionItem): CompletionItem {
    const data = item.data as { resultId?: unknown; index?: unknown } | undefined;
    if (data?.resultId !== this.last.id || typeof data.index !== 'number') return item;
    const documentation = this.last.documentation[data.index];
    return documentation === undefined ? item : { ...item, documentation: { kind: MarkupKind.Markdown, value: documentation } };
  }

  private deferDocumentation(items: CompletionItem[]): void {
    const id = this.last.id + 1;
    const documentation = items.map((item) => {
      const value = typeof item.documentation === 'object' ? item.documentation.value : item.documentation;
      delete item.documentation;
      return value;
    });
    items.forEach((item, index) => {
      if (documentation[index] !== undefined) item.data = { resultId: id, index };
    });
    this.last = { id, documentation };
  }

  /** Moves the range and format every item shares into `itemDefaults` (LSP 3.17) when the client allows. */
  private withItemDefaults(list: CompletionList): CompletionList {
    const [first] = list.items;
    if (!first) return list;
    const defaults: NonNullable<CompletionList['itemDefaults']> = {};
    const range = first.textEdit && 'range' in first.textEdit ? first.textEdit.range : undefined;
    if (this.support.editRangeDefault && range && list.items.every((item) => hasRange(item, range))) {
      defaults.editRange = range;
      for (const item of list.items) {
        item.textEditText = item.textEdit!.newText;
        delete item.textEdit;
      }
    }
    const format = first.insertTextFormat;
    if (this.support.insertTextFormatDefault && format !== undefined && list.items.every((item) => item.insertTextFormat === format)) {
      defaults.insertTextFormat = format;
      for (const item of list.items) delete item.insertTextFormat;
    }
    return Object.keys(defaults).length > 0 ? { ...list, itemDefaults: defaults } : list;
  }
}

function hasRange(item: CompletionItem, range: Range): boolean {
  const edit = item.textEdit;
  return (
    edit !== undefined &&
    'range' in edit &&
    edit.range.start.line === range.start.line &&
    edit.range.start.character === range.start.character &&
    edit.range.end.line === range.end.line &&
    edit.range.end.character === range.end.character
  );
}
