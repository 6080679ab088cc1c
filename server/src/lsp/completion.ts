import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CancellationToken,
  type ClientCapabilities,
  type CompletionItem,
  type CompletionList,
  type CompletionParams,
} from 'vscode-languageserver/node';
import type { CompletionItem as PolicyCompletionItem, CompletionKind, CompletionResult } from '../core/features';
import type { Range } from '../core/text/position';
import type { PolicyWorkspace } from './workspace';

export const EMPTY_COMPLETION: CompletionList = { isIncomplete: false, items: [] };

/** Characters after which editors should ask for completions without an explicit trigger. */
export const COMPLETION_TRIGGER_CHARACTERS = ['"', ':', '/', '*'];

/** What the client lets us leave out of each item; the answer for `ecs:` has hundreds of items. */
export interface CompletionSupport {
  /** `itemDefaults.editRange`: one shared range instead of one per item. */
  editRangeDefault: boolean;
  insertTextFormatDefault: boolean;
  /** `itemDefaults.data`: one `{ resultId }` for the list; resolve finds the item by its label. */
  dataDefault: boolean;
  /** Documentation fetched with completionItem/resolve for the item the user looks at. */
  resolveDocumentation: boolean;
  /** Detail fetched the same way (VS Code shows it for the focused item only). */
  resolveDetail: boolean;
}

export function completionSupport(capabilities: ClientCapabilities): CompletionSupport {
  const completion = capabilities.textDocument?.completion;
  const defaults = completion?.completionList?.itemDefaults ?? [];
  return {
    editRangeDefault: defaults.includes('editRange'),
    insertTextFormatDefault: defaults.includes('insertTextFormat'),
    dataDefault: defaults.includes('data'),
    resolveDocumentation: completion?.completionItem?.resolveSupport?.properties.includes('documentation') === true,
    resolveDetail: completion?.completionItem?.resolveSupport?.properties.includes('detail') === true,
  };
}

const COMPLETION_KINDS: Record<CompletionKind, CompletionItemKind> = {
  property: CompletionItemKind.Property,
  value: CompletionItemKind.Value,
  service: CompletionItemKind.Module,
  action: CompletionItemKind.Function,
  operator: CompletionItemKind.Operator,
  conditionKey: CompletionItemKind.Variable,
  resource: CompletionItemKind.Reference,
  region: CompletionItemKind.EnumMember,
  snippet: CompletionItemKind.Snippet,
  keyword: CompletionItemKind.Keyword,
};

/** VS Code's own command to reopen the suggestion list (e.g. actions after `oss:`); other editors ignore it. */
const RETRIGGER = { title: 'Suggest', command: 'editor.action.triggerSuggest' };

/**
 * Documentation of the last answer, kept until the next one (editors resolve items of the open
 * list only): by index when each item carries its own `data`, by label when the list shares one.
 */
interface LastResult {
  id: number;
  byIndex?: ReadonlyArray<Deferred | undefined>;
  byLabel?: ReadonlyMap<string, Deferred>;
}

/** What an item leaves for completionItem/resolve. */
interface Deferred {
  documentation?: string;
  detail?: string;
}

interface ItemData {
  resultId?: unknown;
  index?: unknown;
}

/** How one answer is put on the wire, decided once for the whole list. */
interface ListShape {
  sharedRange?: Range;
  sharedFormat?: InsertTextFormat;
  /** Sort keys `<prefix><label>` with this prefix are left out (the label sorts the same). */
  droppedSortPrefix?: string;
  /** Set when documentation (and detail, if the client allows) waits for completionItem/resolve. */
  resultId?: number;
  deferDetail: boolean;
  /** Per-item `data` (the client cannot share one, or labels repeat). */
  dataPerItem: boolean;
}

export class CompletionAdapter {
  private last: LastResult = { id: 0 };

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
    return this.toList(result);
  }

  resolve(item: CompletionItem): CompletionItem {
    const data = item.data as ItemData | undefined;
    if (data?.resultId !== this.last.id) return item;
    const deferred = typeof data.index === 'number' ? this.last.byIndex?.[data.index] : this.last.byLabel?.get(item.label);
    if (!deferred) return item;
    const resolved = { ...item };
    if (deferred.detail !== undefined) resolved.detail = deferred.detail;
    if (deferred.documentation !== undefined) resolved.documentation = { kind: MarkupKind.Markdown, value: deferred.documentation };
    return resolved;
  }

  /** One pass over the items: every wire item is built once, with only the fields it needs. */
  toList(result: CompletionResult): CompletionList {
    const { items } = result;
    if (items.length === 0) return { isIncomplete: result.isIncomplete, items: [] };
    const shape = this.shapeOf(items);
    const wire = new Array<CompletionItem>(items.length);
    for (let i = 0; i < items.length; i++) wire[i] = wireItem(items[i], i, shape);
    const defaults: NonNullable<CompletionList['itemDefaults']> = {};
    if (shape.sharedRange) defaults.editRange = shape.sharedRange;
    if (shape.sharedFormat !== undefined) defaults.insertTextFormat = shape.sharedFormat;
    if (shape.resultId !== undefined && !shape.dataPerItem) defaults.data = { resultId: shape.resultId };
    return Object.keys(defaults).length > 0
      ? { isIncomplete: result.isIncomplete, itemDefaults: defaults, items: wire }
      : { isIncomplete: result.isIncomplete, items: wire };
  }

  private shapeOf(items: readonly PolicyCompletionItem[]): ListShape {
    const range = items[0].textEdit.range;
    const format = formatOf(items[0]);
    const shape: ListShape = {
      sharedRange: this.support.editRangeDefault && items.every((item) => sameRange(item.textEdit.range, range)) ? range : undefined,
      sharedFormat: this.support.insertTextFormatDefault && items.every((item) => formatOf(item) === format) ? format : undefined,
      droppedSortPrefix: redundantSortPrefix(items),
      dataPerItem: false,
      deferDetail: false,
    };
    if (this.support.resolveDocumentation) this.keepDocumentation(items, shape);
    return shape;
  }

  /** Keeps documentation (and detail) for completionItem/resolve; the items go out without them. */
  private keepDocumentation(items: readonly PolicyCompletionItem[], shape: ListShape): void {
    const id = this.last.id + 1;
    shape.deferDetail = this.support.resolveDetail;
    const deferredOf = (item: PolicyCompletionItem): Deferred | undefined =>
      item.documentation === undefined && (!shape.deferDetail || item.detail === undefined)
        ? undefined
        : { documentation: item.documentation, detail: shape.deferDetail ? item.detail : undefined };
    const byLabel = this.support.dataDefault ? labelIndex(items, deferredOf) : undefined;
    if (byLabel) {
      this.last = { id, byLabel };
      if (byLabel.size > 0) shape.resultId = id;
      else shape.deferDetail = false;
      return;
    }
    this.last = { id, byIndex: items.map(deferredOf) };
    shape.resultId = id;
    shape.dataPerItem = true;
  }
}

function wireItem(item: PolicyCompletionItem, index: number, shape: ListShape): CompletionItem {
  const deferred = shape.resultId !== undefined;
  return {
    label: item.label,
    kind: COMPLETION_KINDS[item.kind] ?? CompletionItemKind.Text,
    detail: deferred && shape.deferDetail ? undefined : item.detail,
    documentation: !deferred && item.documentation !== undefined ? { kind: MarkupKind.Markdown, value: item.documentation } : undefined,
    filterText: item.filterText,
    sortText: shape.droppedSortPrefix !== undefined && item.sortText === shape.droppedSortPrefix + item.label ? undefined : item.sortText,
    command: item.retrigger ? RETRIGGER : undefined,
    textEdit: shape.sharedRange ? undefined : item.textEdit,
    textEditText: shape.sharedRange ? item.textEdit.newText : undefined,
    insertTextFormat: shape.sharedFormat === undefined ? formatOf(item) : undefined,
    data: shape.dataPerItem && (item.documentation !== undefined || (shape.deferDetail && item.detail !== undefined)) ? { resultId: shape.resultId, index } : undefined,
  };
}

function formatOf(item: PolicyCompletionItem): InsertTextFormat {
  return item.isSnippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText;
}

function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Label → what resolve adds, or undefined when two items share a label (resolve could not tell them apart). */
function labelIndex(
  items: readonly PolicyCompletionItem[],
  deferredOf: (item: PolicyCompletionItem) => Deferred | undefined,
): Map<string, Deferred> | undefined {
  const labels = new Set<string>();
  const byLabel = new Map<string, Deferred>();
  for (const item of items) {
    if (labels.has(item.label)) return undefined;
    labels.add(item.label);
    const deferred = deferredOf(item);
    if (deferred) byLabel.set(item.label, deferred);
  }
  return byLabel;
}

interface Sortable {
  label: string;
  sortText?: string;
}

/**
 * The prefix of the largest group of sort keys `<prefix><label>` that can be left out with the
 * order unchanged (clients sort by sortText, else by label; VS Code compares them lower-cased).
 * The 370 `ecs:` actions then carry no sort key at all.
 */
export function redundantSortPrefix(items: readonly Sortable[]): string | undefined {
  const prefixCounts = new Map<string, number>();
  for (const item of items) {
    if (item.sortText === undefined) return undefined;
    if (!item.sortText.endsWith(item.label)) continue;
    const prefix = item.sortText.slice(0, item.sortText.length - item.label.length);
    if (prefix !== '') prefixCounts.set(prefix, (prefixCounts.get(prefix) ?? 0) + 1);
  }
  const candidates = [...prefixCounts].sort((a, b) => b[1] - a[1]);
  for (const [prefix] of candidates) {
    const group: Sortable[] = [];
    const others: Sortable[] = [];
    for (const item of items) (item.sortText === prefix + item.label ? group : others).push(item);
    if (keepsOrder(prefix, group, others)) return prefix;
  }
  return undefined;
}

const FOLDS = [(t: string) => t, (t: string) => t.toLowerCase()];

/**
 * Whether every other item keeps its place relative to the group when the group sorts by label
 * instead of `<prefix><label>` (plain and lower-cased). A key that does not start with the prefix
 * is on one side of the whole group; it must stay on that side of the labels' minimum or maximum.
 */
function keepsOrder(prefix: string, group: readonly Sortable[], others: readonly Sortable[]): boolean {
  for (const fold of FOLDS) {
    const foldedPrefix = fold(prefix);
    let min = fold(group[0].label);
    let max = min;
    for (const item of group) {
      const label = fold(item.label);
      if (label < min) min = label;
      if (label > max) max = label;
    }
    for (const other of others) {
      const key = fold(other.sortText!);
      if (key.startsWith(foldedPrefix)) {
        for (const item of group) {
          if (Math.sign(compare(key, fold(item.label))) !== Math.sign(compare(key, fold(item.sortText!)))) return false;
        }
      } else if (key < foldedPrefix ? !(key < min) : !(key > max)) {
        return false;
      }
    }
  }
  return true;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
