// Shared by the generators: write a generated file, or with --check fail when the
// committed one differs from what the generator would write now.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export function writeOrCheck(file: string, text: string, regenerate: string): void {
  const shown = path.relative(root, file);
  if (process.argv.includes('--check')) {
    if (readFileSync(file, 'utf8') !== text) {
      console.error(`${shown} is stale: run \`${regenerate}\``);
      process.exit(1);
    }
    console.log(`${shown} is up to date`);
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${shown}`);
  }
}
