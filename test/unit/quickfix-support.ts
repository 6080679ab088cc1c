/** Test helpers shared by the snippet and quick-fix tests: apply edits the way an editor does. */
import type { PolicyDocument } from '../../server/src/core/document';
import type { TextEdit } from '../../server/src/core/features';

/** Applies non-overlapping edits to the document text (last first, so offsets stay valid). */
export function applyEdits(doc: PolicyDocument, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((edit) => ({ start: doc.lines.offsetAt(edit.range.start), end: doc.lines.offsetAt(edit.range.end), text: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let text = doc.text;
  for (let i = 0; i < spans.length; i++) {
    if (i > 0 && spans[i].end > spans[i - 1].start) throw new Error('overlapping edits');
    text = text.slice(0, spans[i].start) + spans[i].text + text.slice(spans[i].end);
  }
  return text;
}
