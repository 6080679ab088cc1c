import { format, type FormattingOptions as JsonFormattingOptions } from 'jsonc-parser';
import type { DocumentFormattingParams, DocumentRangeFormattingParams, TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Format Document / Format Selection for `ram-policy` documents. VS Code's JSON formatter serves only
 * the json/jsonc languages, so without this a policy switched to `ram-policy` could not be formatted.
 * Plain JSON layout by jsonc-parser; nothing policy-specific.
 */
export function formatDocument(
  document: TextDocument,
  params: DocumentFormattingParams | DocumentRangeFormattingParams,
): TextEdit[] {
  const text = document.getText();
  const range =
    'range' in params
      ? { offset: document.offsetAt(params.range.start), length: document.offsetAt(params.range.end) - document.offsetAt(params.range.start) }
      : undefined;
  const options: JsonFormattingOptions = {
    tabSize: params.options.tabSize,
    insertSpaces: params.options.insertSpaces,
    insertFinalNewline: params.options.insertFinalNewline === true,
    eol: text.includes('\r\n') ? '\r\n' : '\n',
  };
  return format(text, range, options).map((edit) => ({
    range: { start: document.positionAt(edit.offset), end: document.positionAt(edit.offset + edit.length) },
    newText: edit.content,
  }));
}
