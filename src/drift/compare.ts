// What changed since the last scheduled run: findings that are new, findings that are
// gone, clients that appeared, clients whose access changed. Pure: two states in, one
// drift out. Without a usable baseline every finding counts as new (fail closed).
import type { Finding } from '../evaluate/findings.ts';
import type { ClientRecord } from '../inventory/types.ts';
import { clientDigest, findingFingerprint, stateClient, unpackClient, type RunState, type StateFinding } from './state.ts';

export type Baseline = { kind: 'none'; reason: string } | { kind: 'ignored'; reason: string } | { kind: 'ok'; state: RunState };

export interface AccessChange {
  id: string;
  name: string;
  itemsBefore: number;
  itemsAfter: number;
  /** More access items than before (a wider grant), as opposed to a swap or a cut. */
  grew: boolean;
}

export interface Drift {
  baseline: Baseline;
  /** Current findings the baseline does not hold (all of them without a baseline). */
  newFindings: Finding[];
  /** Baseline findings the current run no longer reports. */
  resolved: StateFinding[];
  unchanged: number;
  /** Undefined when the baseline holds no client list (first run, or a large org). */
  newClients?: Array<{ id: string; name: string }>;
  accessChanged?: AccessChange[];
  /** The baseline was cut to fit: "new" may include findings that were only left out. */
  approximate: boolean;
}

export function compareRuns(baseline: Baseline, findings: readonly Finding[], clients: readonly ClientRecord[]): Drift {
  if (baseline.kind !== 'ok')
    return {
      baseline,
      newFindings: [...findings],
      resolved: [],
      unchanged: 0,
      approximate: false,
    };
  const before = new Map(baseline.state.findings.map((f) => [f.fp, f]));
  const now = new Set<string>();
  const newFindings: Finding[] = [];
  let unchanged = 0;
  for (const f of findings) {
    const fp = findingFingerprint(f);
    if (now.has(fp)) continue;
    now.add(fp);
    if (before.has(fp)) unchanged++;
    else newFindings.push(f);
  }
  const resolved = [...before.values()].filter((f) => !now.has(f.fp));
  return {
    baseline,
    newFindings,
    resolved,
    unchanged,
    approximate: baseline.state.partial === true,
    ...clientChanges(baseline.state, clients),
  };
}

function clientChanges(state: RunState, clients: readonly ClientRecord[]): Pick<Drift, 'newClients' | 'accessChanged'> {
  if (!state.clients) return {};
  const before = new Map(
    state.clients.map((packed) => {
      const c = unpackClient(packed);
      return [c.idDigest, c];
    }),
  );
  const newClients: Array<{ id: string; name: string }> = [];
  const accessChanged: AccessChange[] = [];
  for (const client of clients) {
    const old = before.get(clientDigest(client.id));
    if (!old) {
      newClients.push({ id: client.id, name: client.name });
      continue;
    }
    const current = unpackClient(stateClient(client));
    if (current.access !== old.access) {
      accessChanged.push({
        id: client.id,
        name: client.name,
        itemsBefore: old.items,
        itemsAfter: current.items,
        grew: current.items > old.items,
      });
    }
  }
  return { newClients, accessChanged };
}

/** `fail-on-new`: the findings that decide the verdict are the new ones only. */
export function findingsThatCount(drift: Drift, failOnNew: boolean, findings: readonly Finding[]): readonly Finding[] {
  return failOnNew ? drift.newFindings : findings;
}
