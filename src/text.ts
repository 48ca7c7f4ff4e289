// Untrusted text (client names, descriptions, API messages) made safe for one line of a
// log or message: no control characters, no bidi overrides, bounded length.

// C0/C1 controls (newlines included), bidi embeddings/overrides/isolates, zero-width joiners.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
// The same class without the global flag: a test that keeps no state between calls.
const HAS_UNSAFE = new RegExp(UNSAFE.source);
// A UTF-16 unit that is half of a character (or a lone half, which counts as one).
const SURROGATE = /[\ud800-\udfff]/;

export function sanitizeText(text: string, maxLength = 200): string {
  // Most text has nothing to remove (`\r` and `\n` are among UNSAFE): one scan, no copies.
  const clean = (
    HAS_UNSAFE.test(text) ? text.replace(/\r\n?/g, '\n').replace(UNSAFE, (ch) => (ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : '')) : text
  ).trim();
  return truncate(clean, maxLength);
}

/** Characters as a reader counts them (a surrogate pair is one); a plain length for most text. */
export function charCount(text: string): number {
  return SURROGATE.test(text) ? Array.from(text).length : text.length;
}

export function truncate(text: string, maxLength: number): string {
  // No more UTF-16 units than allowed characters: it fits, whatever it holds (no count needed).
  if (text.length <= maxLength) return text;
  // Without surrogates every unit is a character: cut by index, no array of characters.
  if (!SURROGATE.test(text)) return `${text.slice(0, Math.max(1, maxLength - 1))}…`;
  const chars = Array.from(text);
  return chars.length <= maxLength ? text : `${chars.slice(0, Math.max(1, maxLength - 1)).join('')}…`;
}
