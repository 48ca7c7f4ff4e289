// Untrusted text (client names, descriptions, scopes, API messages) rendered into markdown,
// HTML or a terminal cannot change the structure around it: no table breaks, no links,
// no mentions, no HTML, no formatting, no control or bidi characters.
import { sanitizeText } from '../text.ts';

const MARKDOWN_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  '(': '&#40;',
  ')': '&#41;',
  '\\': '&#92;',
  '#': '&#35;',
  '!': '&#33;',
  '@': '&#64;',
  ':': '&#58;',
  '$': '&#36;',
};

/** Text for a markdown table cell or paragraph (one line, at most `maxLength` characters). */
export function md(text: string, maxLength = 200): string {
  return sanitizeText(text, maxLength).replace(/[&<>"'|`*_~[\]()\\#!@:$]/g, (ch) => MARKDOWN_ENTITIES[ch] ?? ch);
}

/** Text for one terminal line: control characters and escapes removed. */
export function plain(text: string, maxLength = 200): string {
  return sanitizeText(text, maxLength);
}

/** A client as readers see it: its name, or its id when the name is empty or only spaces. */
export function clientLabel(client: { name: string; id: string }): string {
  return sanitizeText(client.name, 10) ? client.name : `(unnamed client ${client.id})`;
}
