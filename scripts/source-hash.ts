// One hash of everything dist/ is built from: every file under src/, the locked dependency
// versions, the TypeScript settings ncc compiles with, and the build script itself. `npm run build` writes it to dist/source-hash.txt; a test recomputes
// it, so a dist/ older than its sources fails `npm test` (and CI) instead of shipping.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const SOURCE_HASH_FILE = 'dist/source-hash.txt';

export function sourceHash(root: string): string {
  const files = [...listFiles(root, 'src'), 'package-lock.json', 'tsconfig.json', 'scripts/build.ts'].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    // Line endings normalised: a Windows checkout builds the same bundle.
    hash.update(`${file}\0${readFileSync(path.join(root, file), 'utf8').replace(/\r\n/g, '\n')}\0`);
  }
  return hash.digest('hex');
}

function listFiles(root: string, dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    return entry.isDirectory() ? listFiles(root, rel) : [rel];
  });
}
