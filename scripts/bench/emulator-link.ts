// The benchmark's only door into the emulator's code (and its test's). The measured runs
// talk to the emulator as a separate process (server.ts) over HTTP; evaluation.ts starts one
// in process only to read an inventory to evaluate; the floors' test replays schedules on
// the emulator's own limiter. When the emulator moves, fix the paths here and nowhere else.
import { startEmulator, type EmulatorHandle, type Knobs, type Org } from '../../emulator/index.ts';
import type { OrgFacts } from './minimum.ts';

export { createRateLimiter } from '../../emulator/rate-limit.ts';
export { startEmulator, type EmulatorHandle, type Knobs };

/** What the minimum and the floors need to know about an org, counted from the org itself. */
export function orgFacts(org: Org): OrgFacts {
  const roles = new Set<string>();
  const divisions = new Set<string>();
  for (const { client } of org.clients) {
    for (const id of [...(client.roleDivisions ?? []).map((rd) => rd.roleId), ...(client.roleIds ?? [])]) if (id) roles.add(id);
    for (const rd of client.roleDivisions ?? []) if (rd.divisionId && rd.divisionId !== '*') divisions.add(rd.divisionId);
  }
  return { clients: org.clients.length, distinctRoles: roles.size, distinctDivisions: divisions.size };
}
