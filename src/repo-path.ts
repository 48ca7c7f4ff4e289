// How annotations, findings and messages name a file: relative to the repository root, with
// forward slashes; a file outside it keeps its absolute path.
import path from 'node:path';

export function toRepoPath(root: string, file: string): string {
  const rel = path.relative(root, path.resolve(root, file));
  return rel.startsWith('..') || path.isAbsolute(rel) ? path.resolve(root, file) : rel.split(path.sep).join('/');
}
