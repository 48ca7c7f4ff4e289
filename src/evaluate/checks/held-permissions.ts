// A client's permission grants grouped by permission, in the divisions a rule looks at.
// Every permission rule asks this of every client-credentials client, so each client is
// grouped once per division filter for all rules, in the evaluation's memo. A client holds
// a few role grants, each in one division: when the filter keeps all of them or none, its
// grouping for every division is copied as is, or nothing is; only a mixed client is regrouped.
import type { ClientRecord, PermissionGrant } from '../../inventory/types.ts';
import type { DivisionFilter } from '../../policy/types.ts';
import type { EvaluationMemo } from './context.ts';
import { divisionPhrase, divisionTest } from './divisions.ts';
import { q } from './finding.ts';

/**
 * Every client's permissions in one filter's divisions, grouped by permission: one flat run
 * per client, the runs one after another (a client's `segment`), by position. Flat arrays,
 * not an object per permission: a large org's clients hold hundreds of thousands, each kept
 * for the whole evaluation, and a rule reads them client after client.
 */
export class Groupings {
  /** Positions filled; the arrays below are made larger ahead (by the grants of the clients to group), not grown a push at a time. */
  private size = 0;
  /** Each permission's number in the org (`memo.permissions`), by which rules' verdicts are looked up. */
  ids = new Uint32Array(0);
  /** The grant each first comes through: most permissions come through one role. */
  grants: PermissionGrant[] = [];
  /** The further grants of the few held through several roles or divisions, by position. */
  more: Map<number, PermissionGrant[]> | undefined;
  /**
   * "through role …" by position: worded as the grant is grouped, while it is at hand (a
   * finding would fetch it again, and several rules may name one permission); for the few
   * held through several grants, when a finding first names it.
   */
  vias: Array<string | undefined> = [];
  /** Segment `s` is positions `starts[s]` to `starts[s + 1]`. */
  readonly starts: number[] = [0];
  private readonly segmentOf = new Map<ClientRecord, number>();
  /** Segments by a list of clients (rules that select alike share one list, see rule-clients.ts). */
  private readonly segmentsOf = new Map<readonly ClientRecord[], Uint32Array>();
  private readonly memo: EvaluationMemo;
  private readonly inFilter: (g: { divisionId: string; divisionName: string }) => boolean;
  /** The groupings in every division (none when this is it): a client's grants are numbered there once, and regrouped from it. */
  private readonly everywhere: Groupings | undefined;

  constructor(memo: EvaluationMemo, filter: DivisionFilter, everywhere: Groupings | undefined) {
    this.memo = memo;
    this.inFilter = divisionTest(filter);
    this.everywhere = everywhere;
  }

  /** Each client's segment, by the client's index in `clients`. */
  segments(clients: readonly ClientRecord[]): Uint32Array {
    let segments = this.segmentsOf.get(clients);
    if (!segments) {
      // Room for every grant of the clients not grouped yet: most rules select every
      // client-credentials client. A filter keeps few of them: it grows as it goes.
      if (!this.everywhere) {
        let grants = 0;
        for (let c = 0; c < clients.length; c++) if (!this.segmentOf.has(clients[c]!)) grants += clients[c]!.permissions.length;
        this.reserve(grants);
      }
      segments = new Uint32Array(clients.length);
      for (let c = 0; c < clients.length; c++) segments[c] = this.segment(clients[c]!);
      this.segmentsOf.set(clients, segments);
    }
    return segments;
  }

  private segment(client: ClientRecord): number {
    let segment = this.segmentOf.get(client);
    if (segment === undefined) {
      if (this.everywhere) this.regroup(client, this.everywhere);
      else this.group(client.permissions);
      this.starts.push(this.size);
      this.segmentOf.set(client, (segment = this.starts.length - 2));
    }
    return segment;
  }

  /** Room for `more` positions (a client has at most as many as it has grants). */
  private reserve(more: number): void {
    if (this.size + more <= this.ids.length) return;
    const capacity = Math.max(this.size + more, 2 * this.ids.length);
    const ids = new Uint32Array(capacity);
    ids.set(this.ids.subarray(0, this.size));
    this.ids = ids;
    this.grants = resized(this.grants, this.size, capacity);
    this.vias = resized(this.vias, this.size, capacity);
  }

  /**
   * The grants by permission, in the order each permission first comes. `memo.slots` (by
   * permission number: its position, plus one) stands in for a map per client, and is
   * cleared again before returning.
   */
  private group(grants: readonly PermissionGrant[]): void {
    const { memo } = this;
    const from = this.size;
    for (let i = 0; i < grants.length; i++) {
      const g = grants[i]!;
      const id = permissionNumber(memo, g.permission);
      const slot = memo.slots[id]!;
      if (slot) this.addFurther(slot - 1, g);
      else memo.slots[id] = this.add(id, g) + 1;
    }
    for (let i = from; i < this.size; i++) memo.slots[this.ids[i]!] = 0;
  }

  /** The client's grouping in every division, kept to the grants in this filter's divisions (all of them, or none, for most). */
  private regroup(client: ClientRecord, everywhere: Groupings): void {
    const segment = everywhere.segment(client);
    let kept = 0;
    for (let i = 0; i < client.roleGrants.length; i++) if (this.inFilter(client.roleGrants[i]!)) kept++;
    const all = kept === client.roleGrants.length;
    if (!all && kept === 0) return;
    for (let p = everywhere.starts[segment]!; p < everywhere.starts[segment + 1]!; p++) {
      const id = everywhere.ids[p]!;
      let position = this.keep(-1, id, everywhere.grants[p]!, all);
      const further = everywhere.more?.get(p);
      if (further) for (let i = 0; i < further.length; i++) position = this.keep(position, id, further[i]!, all);
    }
  }

  /** The grant, when in this filter (or `all` are): at a new position (returned) unless its permission has one. */
  private keep(position: number, id: number, grant: PermissionGrant, all: boolean): number {
    if (!all && !this.inFilter(grant)) return position;
    if (position < 0) return this.add(id, grant);
    this.addFurther(position, grant);
    return position;
  }

  /** A permission at the next position; returns the position. */
  private add(id: number, grant: PermissionGrant): number {
    // A client grouped on its own (to be regrouped for another filter) was not reserved for.
    if (this.size === this.ids.length) this.reserve(1);
    const position = this.size++;
    this.ids[position] = id;
    this.grants[position] = grant;
    this.vias[position] = throughOne(this.memo, grant);
    return position;
  }

  private addFurther(position: number, grant: PermissionGrant): void {
    this.vias[position] = undefined;
    const further = (this.more ??= new Map()).get(position);
    if (further) further.push(grant);
    else this.more.set(position, [grant]);
  }
}

/** `items`' first `size` in a new array of `capacity` (holes past them, filled in order). */
function resized<T>(items: readonly T[], size: number, capacity: number): T[] {
  const copy = new Array<T>(capacity);
  for (let i = 0; i < size; i++) copy[i] = items[i]!;
  return copy;
}

/** The groupings under the filter, made once per evaluation for every rule with an equal filter. */
export function groupings(memo: EvaluationMemo, filter: DivisionFilter): Groupings {
  const key = filterKey(memo, filter);
  let held = memo.held.get(key);
  if (!held) {
    const everywhere = filter.kind === 'any' ? undefined : groupings(memo, { kind: 'any' });
    memo.held.set(key, (held = new Groupings(memo, filter, everywhere)));
  }
  return held;
}

/** "through role X (all divisions)" / "through roles X (Home), Y (Sales)": how the permission at `position` is held. */
export function via(held: Groupings, position: number): string {
  return (held.vias[position] ??= `through ${roles([held.grants[position]!, ...held.more!.get(position)!])}`);
}

/**
 * "through role X (Home)": clients hold many permissions through one role, worded once.
 * A client's permissions come role by role, so the wording asked for last is tried first.
 */
function throughOne(memo: EvaluationMemo, grant: PermissionGrant): string {
  const phrase = divisionPhrase(grant);
  const last = memo.lastThrough;
  if (last.roleName === grant.roleName && last.phrase === phrase) return last.text;
  let byPhrase = memo.throughRole.get(grant.roleName);
  if (!byPhrase) memo.throughRole.set(grant.roleName, (byPhrase = new Map()));
  let text = byPhrase.get(phrase);
  if (text === undefined) byPhrase.set(phrase, (text = `through role ${roleIn(grant)}`));
  last.roleName = grant.roleName;
  last.phrase = phrase;
  last.text = text;
  return text;
}

function roles(grants: readonly PermissionGrant[]): string {
  const parts = [...new Set(grants.map(roleIn))];
  return `${parts.length > 1 ? 'roles' : 'role'} ${parts.join(', ')}`;
}

function roleIn(grant: PermissionGrant): string {
  return `${q(grant.roleName)} (${divisionPhrase(grant)})`;
}

/** The permission's number in the org, numbered when first held (and its slot made). */
function permissionNumber(memo: EvaluationMemo, permission: string): number {
  let id = memo.permissionIds.get(permission);
  if (id === undefined) {
    memo.permissionIds.set(permission, (id = memo.permissions.length));
    memo.permissions.push(permission);
    if (id >= memo.slots.length) {
      const slots = new Uint32Array(2 * memo.slots.length + 64);
      slots.set(memo.slots);
      memo.slots = slots;
    }
  }
  return id;
}

/** Equal filters of different rules share one grouping. */
function filterKey(memo: EvaluationMemo, filter: DivisionFilter): string {
  if (filter.kind !== 'named') return filter.kind;
  let key = memo.filterKeys.get(filter);
  if (key === undefined) memo.filterKeys.set(filter, (key = `named:${filter.globs.map((g) => g.source).join('\u0000')}`));
  return key;
}
