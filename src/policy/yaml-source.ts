// YAML parsed with positions, so that any value of the document can be traced back to its
// line and column.
import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import type { SourceLocation } from './types.ts';
import type { PolicyProblem } from './errors.ts';

export interface YamlSource {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

export function parseYaml(file: string, text: string): { source: YamlSource; problems: PolicyProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, strict: true });
  const source = { file, doc, lines };
  const problems = doc.errors.map((e) => ({
    location: at(source, e.pos[0]),
    message: yamlMessage(e.code, e.message),
  }));
  return { source, problems };
}

/** Aliases one policy may expand: real policies need few; an alias bomb needs millions. */
export const MAX_ALIAS_COUNT = 100;

/** The document as plain data, or the problem at the alias that could not be expanded. */
export function toData(source: YamlSource): { data: unknown } | { problem: PolicyProblem } {
  try {
    return { data: source.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (err) {
    if (!(err instanceof ReferenceError)) throw err;
    const unresolved = /^Unresolved alias[^:]*: (.*)$/.exec(err.message)?.[1];
    const alias = firstAlias(source, unresolved);
    const message = unresolved
      ? `Invalid YAML: the alias *${unresolved} names no anchor defined before it.`
      : `Invalid YAML: its aliases expand to more than ${MAX_ALIAS_COUNT} copies (an alias bomb); write the values out instead.`;
    return { problem: { location: alias?.range ? at(source, alias.range[0]) : { file: source.file, line: 1, column: 1 }, message } };
  }
}

function firstAlias(source: YamlSource, name: string | undefined): Node | undefined {
  let found: Node | undefined;
  visit(source.doc, {
    Alias(_key, node) {
      if (name !== undefined && node.source !== name) return undefined;
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/** Location of the node at `path`; for a missing node, the nearest existing parent. */
export function locate(source: YamlSource, path: ReadonlyArray<string | number>, key = false): SourceLocation {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = nodeAt(source, path.slice(0, depth), key && depth === path.length);
    if (node?.range) return at(source, node.range[0]);
  }
  return { file: source.file, line: 1, column: 1 };
}

function nodeAt(source: YamlSource, path: ReadonlyArray<string | number>, key: boolean): Node | undefined {
  if (path.length === 0) return (source.doc.contents as Node | null) ?? undefined;
  if (key) {
    const parent = source.doc.getIn(path.slice(0, -1), true);
    if (isMap(parent)) {
      const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === path[path.length - 1]);
      if (pair && isScalar(pair.key)) return pair.key;
    }
  }
  const node = source.doc.getIn(path, true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

export function at(source: YamlSource, offset: number): SourceLocation {
  const { line, col } = source.lines.linePos(offset);
  return { file: source.file, line, column: col };
}

function yamlMessage(code: string, message: string): string {
  // The yaml library's messages are good but carry a trailing position; keep one sentence.
  const first = message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? message;
  if (code === 'DUPLICATE_KEY') return 'This key appears twice in the same mapping; keep one.';
  return `Invalid YAML: ${first.replace(/\.$/, '')}.`;
}
