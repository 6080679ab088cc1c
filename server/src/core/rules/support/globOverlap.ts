/**
 * Whether two wildcard patterns (`*` any run, `?` one character) can match a common string.
 * Used to ask "can this policy ARN ever name a resource of this template?" — a match test is
 * not enough because both sides carry wildcards. Dynamic programming over (i, j), O(|a|·|b|);
 * inputs longer than MAX_LENGTH are assumed to overlap (we never warn on what we cannot check).
 */
const MAX_LENGTH = 512;

export function globsOverlap(a: string, b: string, caseInsensitive = true): boolean {
  if (a.length > MAX_LENGTH || b.length > MAX_LENGTH) return true;
  const x = caseInsensitive ? a.toLowerCase() : a;
  const y = caseInsensitive ? b.toLowerCase() : b;
  const n = x.length;
  const m = y.length;
  // reachable[i][j]: prefixes x[0..i) and y[0..j) can generate a common string.
  const reachable: Uint8Array[] = Array.from({ length: n + 1 }, () => new Uint8Array(m + 1));
  reachable[0][0] = 1;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (!reachable[i][j]) continue;
      const p = i < n ? x[i] : undefined;
      const q = j < m ? y[j] : undefined;
      if (p === '*') {
        reachable[i + 1][j] = 1; // star matches the empty run
        if (q !== undefined && q !== '*') reachable[i][j + 1] = 1; // star absorbs one character of y
      }
      if (q === '*') {
        reachable[i][j + 1] = 1;
        if (p !== undefined && p !== '*') reachable[i + 1][j] = 1;
      }
      if (p !== undefined && q !== undefined && p !== '*' && q !== '*' && (p === q || p === '?' || q === '?')) {
        reachable[i + 1][j + 1] = 1;
      }
    }
  }
  return reachable[n][m] === 1;
}

/** Turns a catalog ARN template into a wildcard pattern: `{#regionId}`, `{name}`, `[region]`, `<id>`, `$x`, `${x}` become `*`. */
export function templateToPattern(template: string): string {
  let out = '';
  for (let i = 0; i < template.length; i++) {
    const ch = template[i];
    const closer = ch === '{' || (ch === '$' && template[i + 1] === '{') ? '}' : ch === '[' ? ']' : ch === '<' ? '>' : undefined;
    if (closer) {
      const close = template.indexOf(closer, i);
      if (close < 0) {
        out += '*';
        break;
      }
      out += '*';
      i = close;
    } else if (ch === '$' && /[A-Za-z_]/.test(template[i + 1] ?? '')) {
      let j = i + 1;
      while (j < template.length && /[A-Za-z0-9_]/.test(template[j])) j++;
      out += '*';
      i = j - 1;
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * Whether a policy ARN pattern and an ARN template can name the same resource. Segments are compared
 * one by one: a `*` in the region should not be read as spanning into the account or relative id.
 */
export function arnsOverlap(policyArn: string, templatePattern: string): boolean {
  const a = policyArn.split(':');
  const b = templatePattern.split(':');
  if (a.length < 5 || b.length < 5) return globsOverlap(policyArn, templatePattern);
  const head = (parts: string[]) => parts.slice(0, 4);
  const relative = (parts: string[]) => parts.slice(4).join(':');
  return head(a).every((segment, i) => globsOverlap(segment, head(b)[i])) && globsOverlap(relative(a), relative(b));
}
