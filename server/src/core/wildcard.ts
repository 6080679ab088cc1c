/**
 * Glob matching for RAM wildcards: `*` is any run of characters (empty too),
 * `?` exactly one. No regular expressions are built from user text.
 *
 * Time: the pattern splits on `*` into segments; the first must match at the
 * start, the last at the end, and each middle one is found at its leftmost
 * position after the previous one (greedy leftmost is optimal for star-only
 * globs). Each search is a bit-parallel Shift-And scan, so a match costs
 * O(n · ⌈k/32⌉) for text length n and segment length k, with no backtracking:
 * `*a*a*a*…` against a 1 KB string is one pass over the string.
 */
export interface WildcardMatcher {
  readonly pattern: string;
  readonly hasWildcard: boolean;
  matches(text: string): boolean;
}

export interface WildcardOptions {
  /** Actions are case-insensitive in RAM; resources and StringLike values are not. */
  caseInsensitive?: boolean;
}

export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}

/** A segment between stars, compiled for Shift-And search; `?` matches any character. */
class Segment {
  readonly length: number;
  private readonly words: number;
  /** Character masks: a flat table for ASCII (the common case), a map for the rest. */
  private readonly asciiMasks: Uint32Array;
  private readonly otherMasks = new Map<number, Uint32Array>();
  private readonly anyMask: Uint32Array;
  private readonly state: Uint32Array;

  constructor(readonly text: string) {
    this.length = text.length;
    this.words = Math.max(1, Math.ceil(text.length / 32));
    this.asciiMasks = new Uint32Array(128 * this.words);
    this.anyMask = new Uint32Array(this.words);
    this.state = new Uint32Array(this.words);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const word = i >>> 5;
      const bit = 1 << (i & 31);
      if (code === 63 /* ? */) {
        this.anyMask[word] |= bit;
      } else if (code < 128) {
        this.asciiMasks[code * this.words + word] |= bit;
      } else {
        let mask = this.otherMasks.get(code);
        if (!mask) this.otherMasks.set(code, (mask = new Uint32Array(this.words)));
        mask[word] |= bit;
      }
    }
  }

  private maskWord(code: number, word: number): number {
    if (code < 128) return this.asciiMasks[code * this.words + word] | this.anyMask[word];
    const mask = this.otherMasks.get(code);
    return (mask ? mask[word] : 0) | this.anyMask[word];
  }

  /** True if the segment matches `subject` exactly at `at`. */
  matchesAt(subject: string, at: number): boolean {
    if (at < 0 || at + this.length > subject.length) return false;
    for (let i = 0; i < this.length; i++) {
      const p = this.text.charCodeAt(i);
      if (p !== 63 && p !== subject.charCodeAt(at + i)) return false;
    }
    return true;
  }

  /** Leftmost start index ≥ from where the segment ends at or before `limit`; -1 if none. */
  find(subject: string, from: number, limit: number): number {
    if (this.length === 0) return from <= limit ? from : -1;
    const acceptBit = 1 << ((this.length - 1) & 31);
    if (this.words === 1) {
      let state = 0;
      for (let i = from; i < limit; i++) {
        state = ((state << 1) | 1) & this.maskWord(subject.charCodeAt(i), 0);
        if (state & acceptBit) return i - this.length + 1;
      }
      return -1;
    }
    const state = this.state;
    state.fill(0);
    const lastWord = this.words - 1;
    for (let i = from; i < limit; i++) {
      const code = subject.charCodeAt(i);
      let carry = 1;
      for (let w = 0; w <= lastWord; w++) {
        const shifted = ((state[w] << 1) | carry) >>> 0;
        carry = state[w] >>> 31;
        state[w] = (shifted & this.maskWord(code, w)) >>> 0;
      }
      if (state[lastWord] & acceptBit) return i - this.length + 1;
    }
    return -1;
  }
}

class GlobMatcher implements WildcardMatcher {
  readonly hasWildcard = true;
  private readonly first: Segment;
  private readonly middle: Segment[];
  private readonly last: Segment | undefined;
  private readonly minLength: number;

  constructor(readonly pattern: string, private readonly caseInsensitive: boolean) {
    const source = caseInsensitive ? pattern.toLowerCase() : pattern;
    const parts = source.split('*');
    const segments = parts.map((p) => new Segment(p));
    this.first = segments[0];
    this.last = segments.length > 1 ? segments[segments.length - 1] : undefined;
    this.middle = segments.slice(1, -1).filter((s) => s.length > 0);
    this.minLength = segments.reduce((sum, s) => sum + s.length, 0);
  }

  matches(input: string): boolean {
    const text = this.caseInsensitive ? input.toLowerCase() : input;
    if (text.length < this.minLength) return false;
    if (!this.last) return this.first.length === text.length && this.first.matchesAt(text, 0);
    if (!this.first.matchesAt(text, 0)) return false;
    const suffixStart = text.length - this.last.length;
    if (!this.last.matchesAt(text, suffixStart)) return false;
    let position = this.first.length;
    for (const segment of this.middle) {
      const found = segment.find(text, position, suffixStart);
      if (found < 0) return false;
      position = found + segment.length;
    }
    return position <= suffixStart;
  }
}

class QuestionOnlyMatcher implements WildcardMatcher {
  readonly hasWildcard = true;
  private readonly segment: Segment;
  constructor(readonly pattern: string, private readonly caseInsensitive: boolean) {
    this.segment = new Segment(caseInsensitive ? pattern.toLowerCase() : pattern);
  }
  matches(input: string): boolean {
    const text = this.caseInsensitive ? input.toLowerCase() : input;
    return text.length === this.segment.length && this.segment.matchesAt(text, 0);
  }
}

class ExactMatcher implements WildcardMatcher {
  readonly hasWildcard = false;
  private readonly expected: string;
  constructor(readonly pattern: string, private readonly caseInsensitive: boolean) {
    this.expected = caseInsensitive ? pattern.toLowerCase() : pattern;
  }
  matches(input: string): boolean {
    return (this.caseInsensitive ? input.toLowerCase() : input) === this.expected;
  }
}

const MATCH_ALL: WildcardMatcher = { pattern: '*', hasWildcard: true, matches: () => true };

export function compileWildcard(pattern: string, options: WildcardOptions = {}): WildcardMatcher {
  const caseInsensitive = options.caseInsensitive ?? false;
  if (pattern === '*') return MATCH_ALL;
  if (pattern.includes('*')) return new GlobMatcher(pattern, caseInsensitive);
  if (pattern.includes('?')) return new QuestionOnlyMatcher(pattern, caseInsensitive);
  return new ExactMatcher(pattern, caseInsensitive);
}

/** One-off match; compile once with compileWildcard on hot paths. */
export function wildcardMatch(pattern: string, text: string, options: WildcardOptions = {}): boolean {
  return compileWildcard(pattern, options).matches(text);
}
