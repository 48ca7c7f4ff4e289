// The built-in rule packs a policy can `extends`, by name.
import type { PackName } from '../policy-file.ts';
import { RECOMMENDED, type PackRule } from './recommended.ts';

export type { PackRule };

export const PACKS: Readonly<Record<PackName, readonly PackRule[]>> = {
  recommended: RECOMMENDED,
};

/** Whether a rule's origin (or an `extends` entry) is a built-in pack, not the policy or a pack file. */
export function isBuiltInPack(name: string): name is PackName {
  return Object.hasOwn(PACKS, name);
}
