// Untrusted text (client names, descriptions, API messages) made safe for one line of a
// log or message: no control characters, no bidi overrides, bounded length.

// C0/C1 controls (newlines included), bidi embeddings/overrides/isolates, zero-width joiners.
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200b\u200c\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

export function sanitizeText(text: string, maxLength = 200): string {
  const clean = text
    .replace(/\r\n?/g, '\n')
    .replace(UNSAFE, (ch) => (ch === '\n' || ch === '\r' || ch === '\t' ? ' ' : ''))
    .trim();
  return truncate(clean, maxLength);
}

export function truncate(text: string, maxLength: number): string {
  const chars = Array.from(text);
  return chars.length <= maxLength ? text : `${chars.slice(0, Math.max(1, maxLength - 1)).join('')}…`;
}
