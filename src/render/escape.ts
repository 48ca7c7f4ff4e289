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
  $: '&#36;',
};

// GitHub decodes entities before it finds mentions, issue references and autolinks (`&#64;`
// still mentions, `x&#64;y.com` still links), so those need a real break: a zero-width space
// after `@` and `#`, and inside `www.`.
const ZWSP = '\u200b';

/** Each character's replacement, the break after `@` and `#` included: one lookup per character replaced. */
const MARKDOWN_REPLACEMENTS: Readonly<Record<string, string>> = {
  ...MARKDOWN_ENTITIES,
  '@': `${MARKDOWN_ENTITIES['@']}${ZWSP}`,
  '#': `${MARKDOWN_ENTITIES['#']}${ZWSP}`,
};

/** Whether md has anything to replace: one test instead of two replacements for most names and ids. */
const MD_SPECIAL = /[&<>"'|`*_~[\]()\\#!@:$]|www\./i;

/** Text for a markdown table cell or paragraph (one line, at most `maxLength` characters). */
export function md(text: string, maxLength = 200): string {
  const clean = sanitizeText(text, maxLength);
  if (!MD_SPECIAL.test(clean)) return clean;
  return clean.replace(/(w)(ww\.)/gi, `$1${ZWSP}$2`).replace(/[&<>"'|`*_~[\]()\\#!@:$]/g, (ch) => MARKDOWN_REPLACEMENTS[ch] ?? ch);
}

/**
 * A line for a log or terminal that no runner reads as a workflow command: GitHub's runner
 * acts on lines starting (after blanks) with `::` or the legacy `##[`. The line keeps its
 * width: the last blank before the command, or its first character, becomes a visible `›`
 * (zero-width characters would hide text in a log).
 */
export function noCommand(line: string): string {
  const m = /^(\s*)(?=::|##\[)/.exec(line);
  if (!m) return line;
  const blanks = m[1] ?? '';
  return blanks ? `${blanks.slice(0, -1)}›${line.slice(blanks.length)}` : `›${line.slice(1)}`;
}

/** Every line of a text block through `noCommand`. */
export function noCommands(text: string): string {
  return text.split('\n').map(noCommand).join('\n');
}

/**
 * Plain text GitHub shows outside markdown (annotations, SARIF messages): one line, and no
 * mention, e-mail or web autolink can form. The breaks are visible look-alikes (＠, ․, ∕):
 * annotations are log lines too, where an invisible character would hide text.
 */
export function inert(text: string, maxLength = 400): string {
  return sanitizeText(text, maxLength)
    .replace(/@/g, '\uff20')
    .replace(/(www)\./gi, '$1\u2024')
    .replace(/:\/\//g, ':\u2215\u2215');
}

/** Text for one terminal line: control characters and escapes removed. */
export function plain(text: string, maxLength = 200): string {
  return sanitizeText(text, maxLength);
}

/** A client as readers see it: its name, or its id when the name is empty or only spaces. */
export function clientLabel(client: { name: string; id: string }): string {
  return sanitizeText(client.name, 10) ? client.name : `(unnamed client ${client.id})`;
}
