// Which role grants a role or permission check looks at. A grant in all divisions (`*`)
// reaches every named division too, so it counts for any division filter.
import { ALL_DIVISIONS } from '../../inventory/types.ts';
import { matchesAny } from '../../policy/glob.ts';
import type { DivisionFilter } from '../../policy/types.ts';

export function inDivisions(filter: DivisionFilter, grant: { divisionId: string; divisionName: string }): boolean {
  if (filter.kind === 'any') return true;
  if (grant.divisionId === ALL_DIVISIONS) return true;
  if (filter.kind === 'all') return false;
  return matchesAny(filter.globs, grant.divisionName) !== undefined;
}

/** "in all divisions", "in Sales" — how a grant's division reads in a message. */
export function divisionPhrase(grant: { divisionId: string; divisionName: string }): string {
  return grant.divisionId === ALL_DIVISIONS ? 'all divisions' : grant.divisionName;
}

/**
 * Whether a grant is in the filter's divisions. A named filter matches globs, so it decides
 * once per division name; a grant in all divisions is left to inDivisions (it is in every filter).
 */
export function divisionTest(filter: DivisionFilter): (g: { divisionId: string; divisionName: string }) => boolean {
  if (filter.kind !== 'named') return (g) => inDivisions(filter, g);
  const byName = new Map<string, boolean>();
  return (g) => {
    if (g.divisionId === ALL_DIVISIONS) return inDivisions(filter, g);
    let inside = byName.get(g.divisionName);
    if (inside === undefined) byName.set(g.divisionName, (inside = inDivisions(filter, g)));
    return inside;
  };
}
