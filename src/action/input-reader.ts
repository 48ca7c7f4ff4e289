// The runner hands each input to the action as INPUT_<NAME> (upper case, spaces as `_`),
// which is all @actions/core's getInput reads. Read here directly, so that the first request
// need not wait for the toolkit, and the HTTP client it bundles, to load.
import type { InputReader } from './inputs.ts';

export function inputReader(env: Record<string, string | undefined>): InputReader {
  return (name) => (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
