/**
 * The part of VS Code / LSP snippet syntax the snippet table uses: `$n`, `${n}`,
 * `${n:default}`, `${n|one,two|}` and the escapes `\$`, `\}`, `\\`.
 */

/** Escapes text so a snippet inserts it literally. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (ch) => `\\${ch}`);
}

/**
 * The text a user gets by accepting every placeholder's default (a choice takes
 * its first option). A mirror `$n` takes the default given elsewhere for n.
 */
export function fillSnippetDefaults(body: string): string {
  const defaults = new Map<string, string>();
  collectDefaults(body, defaults);
  return render(body, defaults);
}

interface Placeholder {
  index: string;
  /** Default text (raw snippet syntax), undefined for `$n` / `${n}`. */
  inner?: string;
  choice?: string[];
  end: number;
}

/** Reads a placeholder starting at `start` (a `$`), or undefined when it is a plain `$`. */
function readPlaceholder(body: string, start: number): Placeholder | undefined {
  let i = start + 1;
  if (/[0-9]/.test(body[i] ?? '')) {
    let index = '';
    while (/[0-9]/.test(body[i] ?? '')) index += body[i++];
    return { index, end: i };
  }
  if (body[i] !== '{') return undefined;
  i++;
  let index = '';
  while (/[0-9]/.test(body[i] ?? '')) index += body[i++];
  if (index === '') return undefined;
  if (body[i] === '}') return { index, end: i + 1 };
  if (body[i] === '|') {
    const close = body.indexOf('|}', i + 1);
    if (close < 0) return undefined;
    return { index, choice: body.slice(i + 1, close).split(','), end: close + 2 };
  }
  if (body[i] !== ':') return undefined;
  // The default runs to the matching `}`, skipping escapes and nested placeholders.
  let depth = 1;
  const innerStart = ++i;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === '$' && body[i + 1] === '{') {
      depth++;
      i += 2;
      continue;
    }
    if (ch === '}' && --depth === 0) return { index, inner: body.slice(innerStart, i), end: i + 1 };
    i++;
  }
  return undefined;
}

function collectDefaults(body: string, defaults: Map<string, string>): void {
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') {
      i++;
      continue;
    }
    if (body[i] !== '$') continue;
    const placeholder = readPlaceholder(body, i);
    if (!placeholder) continue;
    if (placeholder.choice && !defaults.has(placeholder.index)) defaults.set(placeholder.index, placeholder.choice[0]);
    if (placeholder.inner !== undefined) {
      collectDefaults(placeholder.inner, defaults);
      if (!defaults.has(placeholder.index)) defaults.set(placeholder.index, placeholder.inner);
    }
    i = placeholder.end - 1;
  }
}

function render(body: string, defaults: Map<string, string>, seen: ReadonlySet<string> = new Set()): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === '\\' && i + 1 < body.length && '\\$}'.includes(body[i + 1])) {
      out += body[++i];
      continue;
    }
    if (ch !== '$') {
      out += ch;
      continue;
    }
    const placeholder = readPlaceholder(body, i);
    if (!placeholder) {
      out += ch;
      continue;
    }
    const raw = placeholder.inner ?? defaults.get(placeholder.index) ?? '';
    // A default that refers back to its own index would loop; render it once.
    if (!seen.has(placeholder.index)) out += render(raw, defaults, new Set([...seen, placeholder.index]));
    i = placeholder.end - 1;
  }
  return out;
}
