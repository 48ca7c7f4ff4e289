// The built-in rule packs a policy can `extends`, by name.
import type { PackName } from '../policy-file.ts';
import { RECOMMENDED, type PackRule } from './recommended.ts';

export type { PackRule };

export const PACKS: Readonly<Record<PackName, readonly PackRule[]>> = {
  recommended: RECOMMENDED,
};
