// Regular expressions from a policy run on RE2 (re2js), whose matching time is linear in
// the input: a pattern such as `^(a+)+$` cannot hang the run on a hostile client name.
// RE2 has no lookaround and no backreferences; a pattern that needs them is rejected at
// load time with where it fails.
import { RE2JS, RE2JSSyntaxException } from 're2js';

/** A compiled policy regex: `source` as written, `test` unanchored like RegExp#test. */
export interface PolicyRegex {
  readonly source: string;
  test(text: string): boolean;
}

export type CompiledRegex = { ok: true; regex: PolicyRegex } | { ok: false; reason: string };

export function compileLinearRegex(source: string): CompiledRegex {
  try {
    return { ok: true, regex: new Re2Regex(source, RE2JS.compile(source)) };
  } catch (err) {
    if (!(err instanceof RE2JSSyntaxException)) return { ok: false, reason: (err as Error).message };
    const fragment = err.getPattern() ?? '';
    const index = fragment && fragment !== source ? source.indexOf(fragment) : -1;
    const where = index >= 0 ? ` at character ${index + 1} (\`${fragment}\`)` : '';
    return { ok: false, reason: `${err.getDescription()}${where}${hint(err.getDescription())}` };
  }
}

function hint(description: string): string {
  if (/Perl syntax|named capture/.test(description)) return '; lookahead, lookbehind and other non-linear constructs are not supported';
  if (/escape sequence/.test(description)) return '; backreferences are not supported, and a code point is written \\x{00e9}';
  return '';
}

/** Plain data (no closure), so that two compilations of one pattern compare equal. */
class Re2Regex implements PolicyRegex {
  readonly source: string;
  private readonly re: RE2JS;
  constructor(source: string, re: RE2JS) {
    this.source = source;
    this.re = re;
  }
  test(text: string): boolean {
    return this.re.test(text);
  }
}
