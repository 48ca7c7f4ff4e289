// An org with nothing but the auditing clients, the default roles and the home division.
import { createRng } from '../random.ts';
import type { Org } from '../org.ts';
import { addAuditors, addStandardRoles } from './base.ts';
import { OrgBuilder } from './builder.ts';

export interface EmptyParams {
  seed?: number | string;
  now?: number;
}

export function emptyScenario(params: EmptyParams = {}): Org {
  const b = new OrgBuilder(createRng(params.seed ?? 'empty'), params.now ?? Date.now(), 'Empty Org');
  addStandardRoles(b);
  addAuditors(b);
  return b.build();
}
