// Response text to a JSON value that is safe to keep: no deeper than any model nests (so no
// recursion over it later, the shape check's or a JSON.stringify's, can overflow the stack),
// and without any `secret` field. JSON.parse itself is iterative in Node 24 and takes any
// depth, so depth is checked on the parsed value: a walk of its containers costs a fraction
// of a scan of the text, and both refuse exactly the same valid bodies.

/** Deeper than any Genesys Cloud model nests; a body past it is refused. */
export const MAX_JSON_DEPTH = 256;

export type Parsed<T> = { ok: true; value: T } | { ok: false; tooDeep: boolean };

/**
 * The body as JSON, with every `secret` field dropped (`found` gets each value, to mask it
 * should it show up elsewhere), or why not: too deep, or not JSON.
 */
export function parseBody<T>(text: string, found: (secret: string) => void): Parsed<T> {
  let value: T;
  try {
    value = JSON.parse(text) as T;
  } catch (err) {
    // Text that is not JSON and also nests past the limit is refused as too deep (no retry).
    return { ok: false, tooDeep: err instanceof RangeError || nestsDeeperThan(text, MAX_JSON_DEPTH) };
  }
  if (containersDeeperThan(value, MAX_JSON_DEPTH)) return { ok: false, tooDeep: true };
  // The API no longer sends client secrets, so the walk that drops them runs only when the
  // text could hold a `secret` key: spelled out, or with a \u escape (the only JSON escape
  // that can make a letter).
  if (text.includes('secret') || text.includes('\\u')) dropSecrets(value, found);
  return { ok: true, value };
}

/**
 * Whether objects and arrays nest deeper than `limit` (the root is depth 1): depth first on a
 * stack of its own, no recursion. Each container is visited once, with its depth beside it
 * (no array per level: a large org's usage answers are a million containers).
 */
export function containersDeeperThan(root: unknown, limit: number): boolean {
  if (!isContainer(root)) return false;
  const stack: object[] = [root];
  const depths: number[] = [1];
  while (stack.length) {
    const container = stack.pop() as object;
    const depth = depths.pop() as number;
    if (depth > limit) return true;
    if (Array.isArray(container)) {
      for (let i = 0; i < container.length; i++) {
        const item: unknown = container[i];
        if (isContainer(item)) {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
    } else {
      const o = container as Record<string, unknown>;
      for (const key in o) {
        const item = o[key];
        if (isContainer(item)) {
          stack.push(item);
          depths.push(depth + 1);
        }
      }
    }
  }
  return false;
}

function isContainer(v: unknown): v is object {
  return typeof v === 'object' && v !== null;
}

/** Removes every `secret` key in place and reports string values; iterative, so depth cannot overflow. */
function dropSecrets(root: unknown, found: (secret: string) => void): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
      continue;
    }
    const o = v as Record<string, unknown>;
    if ('secret' in o) {
      if (typeof o.secret === 'string') found(o.secret);
      delete o.secret;
    }
    for (const key in o) stack.push(o[key]);
  }
}

/** Whether brackets outside strings nest deeper than `limit`: one pass over the text, no recursion. */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // Most of a body is strings: jump over each at once.
      i = closingQuote(text, i + 1);
      if (i < 0) return false; // unterminated: not JSON, which the parse says
    } else if (c === 123 || c === 91) {
      if (++depth > limit) return true;
    } else if (c === 125 || c === 93) depth--;
  }
  return false;
}

/** The index of the quote that ends the string whose text starts at `from`, or -1. */
function closingQuote(text: string, from: number): number {
  for (let at = from; ;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) return -1;
    let backslashes = 0;
    while (quote - backslashes - 1 >= from && text.charCodeAt(quote - backslashes - 1) === 92) backslashes++;
    if (backslashes % 2 === 0) return quote;
    at = quote + 1;
  }
}
