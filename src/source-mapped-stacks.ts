// Stack traces that name src/ files and lines instead of offsets in the bundle, at no cost
// until a stack is read. Node's own support (process.setSourceMapsEnabled) parses every
// chunk's map as the chunk loads: about 30 ms of CPU on each cold start, for maps that only a
// bug ever needs. Here a map is read the first time a stack goes through its file.
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const maps = new Map<string, { map: SourceMap; url: URL } | undefined>();

/** Formats every stack with its bundle frames mapped through the bundle's `.map` files. */
export function installSourceMappedStacks(): void {
  Error.prepareStackTrace = (error: unknown, frames: NodeJS.CallSite[]) => [header(error), ...frames.map((f) => `    at ${mappedFrame(f)}`)].join('\n');
}

function header(error: unknown): string {
  try {
    return String(error);
  } catch {
    return 'Error';
  }
}

/** `fn (file:line:column)` with the location in the source, when the file has a map. */
export function mappedFrame(frame: NodeJS.CallSite): string {
  const text = frame.toString();
  const file = frame.getFileName();
  const line = frame.getLineNumber();
  const column = frame.getColumnNumber();
  if (!file || !line || !column) return text;
  const source = mapOf(file);
  const entry = source?.map.findEntry(line - 1, column - 1);
  if (!source || !entry || !('originalSource' in entry) || !entry.originalSource) return text;
  const original = new URL(entry.originalSource, source.url);
  const where = `${original.protocol === 'file:' ? fileURLToPath(original) : original.href}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  return text.replace(`${file}:${line}:${column}`, where);
}

function mapOf(file: string): { map: SourceMap; url: URL } | undefined {
  if (!maps.has(file)) {
    let found: { map: SourceMap; url: URL } | undefined;
    try {
      const mapFile = `${file.startsWith('file:') ? fileURLToPath(file) : file}.map`;
      found = { map: new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8'))), url: pathToFileURL(mapFile) };
    } catch {
      found = undefined; // no map (node: internals, sources run directly): the frame stays as it is
    }
    maps.set(file, found);
  }
  return maps.get(file);
}
