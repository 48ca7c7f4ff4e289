// The benchmark's only door into the emulator's code: everything else in scripts/bench/
// talks to the emulator as a separate process over HTTP (and to its host over IPC). When the
// emulator moves, fix the path here and nowhere else.
import { startEmulator, type EmulatorHandle, type Knobs, type Org } from '../../src/emulator/index.ts';
import type { OrgFacts } from './minimum.ts';

export { createRateLimiter } from '../../src/emulator/rate-limit.ts';
export { startEmulator, type EmulatorHandle, type Knobs };

/** What the minimum and the floors need to know about an org, counted from the org itself. */
export function orgFacts(org: Org): OrgFacts {
  const roles = new Set<string>();
  const divisions = new Set<string>();
  let clientsWithRoles = 0;
  let roleLookups = 0;
  for (const { client } of org.clients) {
    const held = new Set([...(client.roleDivisions ?? []).map((rd) => rd.roleId ?? ''), ...(client.roleIds ?? [])].filter(Boolean));
    for (const rd of client.roleDivisions ?? []) if (rd.divisionId && rd.divisionId !== '*') divisions.add(rd.divisionId);
    for (const id of held) roles.add(id);
    if (held.size) clientsWithRoles++;
    roleLookups += held.size;
  }
  return { clients: org.clients.length, distinctRoles: roles.size, distinctDivisions: divisions.size, clientsWithRoles, roleLookups };
}
