// The Node.js version check both entry points run before they load anything else: on an older
// Node the bundle dies in some dependency with a TypeError stack, which tells a user nothing.
// No imports, and syntax every Node still in use parses, because it runs on whatever Node that is.

/** The oldest Node.js major the bundle runs on: package.json's engines and action.yml's `node24`. */
export const MIN_NODE_MAJOR = 24;

/** One sentence saying what is needed when `version` (process.versions.node) is too old, else undefined. */
export function nodeVersionProblem(version: string, who: string): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (Number.isInteger(major) && major >= MIN_NODE_MAJOR) return undefined;
  return `${who} needs Node.js ${MIN_NODE_MAJOR} or later, and this is Node.js ${version}.`;
}
