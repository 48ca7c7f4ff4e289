// Through which roles (and divisions) a client holds a permission: a hit's holders. A client
// holds a few role grants (one to three), whose permissions its record lists together, so
// the holders of any of its permissions are some of its few role labels, in the record's
// order. A permission therefore maps to a set of them (a bit mask), and each set's list is
// made once per client and shared by every hit that names it. The masks live in one table
// for the whole report, keyed by permission and written for one client at a time (the one
// being looked up), so that a client costs no map, and a permission no list, of its own.
import { divisionPhrase } from '../evaluate/checks/divisions.ts';
import type { PermissionGrant } from '../inventory/types.ts';

/** A permission's entry: the client whose grants wrote it last, and its labels' mask there. */
interface Slot {
  owner: number;
  mask: number;
}

/** Past this many role labels a client's masks would not stay small: it is indexed apart. */
const MAX_LABELS = 8;

const NO_HOLDERS: readonly string[] = [];

/** The permissions' masks, shared by every client of a report. */
export class HolderTable {
  private readonly slots = new Map<string, Slot>();
  /** The client whose masks the slots hold (0: none yet). */
  private loaded = 0;
  private clients = 0;

  /** A client's holdings, to look its permissions up in. */
  holdings(grants: readonly PermissionGrant[]): Holdings {
    return new Holdings(this, ++this.clients, grants);
  }

  /** The slots, holding the client's masks (a slot another client wrote is not the client's: mask 0). */
  slotsFor(h: Holdings): ReadonlyMap<string, Slot> {
    if (this.loaded !== h.serial) this.load(h);
    return this.slots;
  }

  /** Writes the client's masks over the slots: once per client and stretch of its findings (a view reads a client's hits together). */
  private load(h: Holdings): void {
    this.loaded = h.serial;
    const { grants, runEnds } = h;
    for (let label = 0, i = 0; label < runEnds.length; label++) {
      for (const end = runEnds[label] as number; i < end; i++) {
        let slot = this.slots.get((grants[i] as PermissionGrant).permission);
        if (slot === undefined) this.slots.set((grants[i] as PermissionGrant).permission, (slot = { owner: h.serial, mask: 0 }));
        else if (slot.owner !== h.serial) {
          slot.owner = h.serial;
          slot.mask = 0;
        }
        slot.mask |= 1 << label;
      }
    }
  }
}

/** One client's role labels, and the holder lists made of them. */
export class Holdings {
  readonly grants: readonly PermissionGrant[];
  readonly serial: number;
  private readonly table: HolderTable;
  /** Its role labels in the record's order, one per run of grants; undefined until first asked. */
  private labels: string[] | undefined = undefined;
  /** Where each label's run of grants ends. */
  readonly runEnds: number[] = [];
  /** The list of each mask, made when first asked. */
  private readonly lists: (readonly string[] | undefined)[] = [];
  /** For a client the masks cannot serve (a label on two runs of grants, or too many labels): lists by permission. */
  private exact: Map<string, readonly string[]> | undefined = undefined;

  constructor(table: HolderTable, serial: number, grants: readonly PermissionGrant[]) {
    this.table = table;
    this.serial = serial;
    this.grants = grants;
  }

  /** The labels through which the client holds `permission`, distinct, in the record's order: shared, never to grow. */
  of(permission: string): readonly string[] {
    return this.holdersOf([permission]);
  }

  /**
   * The holders of a hit's items: each item's labels, distinct, in the items' and then the
   * record's order. Most hits' items are held through the same roles (one mask): then that
   * mask's list, shared.
   */
  holdersOf(items: readonly string[]): readonly string[] {
    this.labels ??= this.labelRuns();
    if (this.exact) return unionOf(items, this.exact);
    const slots = this.table.slotsFor(this);
    // Indexed, no calls per item: once per item of the hits a view reads, cold.
    let mask = -1;
    let mixed = false;
    for (let i = 0; i < items.length && !mixed; i++) {
      const slot = slots.get(items[i] as string);
      const m = slot !== undefined && slot.owner === this.serial ? slot.mask : 0;
      mixed = mask !== -1 && m !== mask;
      mask = m;
    }
    if (!mixed) return mask <= 0 ? NO_HOLDERS : this.listOf(mask);
    // Each item's labels not listed yet, in the record's order: the bits not seen yet.
    const labels = this.labels;
    const union: string[] = [];
    let seen = 0;
    for (let i = 0; i < items.length; i++) {
      const slot = slots.get(items[i] as string);
      const fresh = (slot !== undefined && slot.owner === this.serial ? slot.mask : 0) & ~seen;
      seen |= fresh;
      for (let bit = 0; fresh !== 0 && bit < labels.length; bit++) if (fresh & (1 << bit)) union.push(labels[bit] as string);
    }
    return union;
  }

  private listOf(mask: number): readonly string[] {
    return (this.lists[mask] ??= this.labelsIn(mask));
  }

  /** A label per run of grants of one role and division, and where it ends; when a label comes back, or too many come, the exact index. */
  private labelRuns(): string[] {
    const labels: string[] = [];
    for (let i = 0; i < this.grants.length; i++) {
      const g = this.grants[i] as PermissionGrant;
      if (i > 0 && !newRole(this.grants[i - 1] as PermissionGrant, g)) continue;
      const label = holderLabel(g);
      if (labels.length === MAX_LABELS || labels.includes(label)) {
        this.exact = exactIndex(this.grants);
        break;
      }
      if (i > 0) this.runEnds.push(i);
      labels.push(label);
    }
    this.runEnds.push(this.grants.length);
    return labels;
  }

  private labelsIn(mask: number): readonly string[] {
    const labels = this.labels ?? [];
    const list: string[] = [];
    for (let i = 0; i < labels.length; i++) if (mask & (1 << i)) list.push(labels[i] as string);
    return list;
  }
}

/** Each item's labels in `byItem`, distinct, in the items' order. */
function unionOf(items: readonly string[], byItem: ReadonlyMap<string, readonly string[]>): readonly string[] {
  if (items.length === 1) return byItem.get(items[0] as string) ?? NO_HOLDERS;
  const union: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    const labels = byItem.get(items[i] as string) ?? NO_HOLDERS;
    for (let j = 0; j < labels.length; j++) {
      const label = labels[j] as string;
      if (seen.has(label)) continue;
      seen.add(label);
      union.push(label);
    }
  }
  return union;
}

/** Whether `g` starts another role grant's permissions than `prev`'s. */
function newRole(prev: PermissionGrant, g: PermissionGrant): boolean {
  return g.roleName !== prev.roleName || g.divisionId !== prev.divisionId || g.divisionName !== prev.divisionName;
}

/** A role and its division: "Master Admin (all divisions)" (of a role grant, or of a permission held through one). */
export function holderLabel(p: Pick<PermissionGrant, 'roleName' | 'divisionId' | 'divisionName'>): string {
  return `${p.roleName} (${divisionPhrase(p)})`;
}

/** Each permission's labels, distinct, in the record's order, by a map: for the few clients the masks cannot serve. */
function exactIndex(grants: readonly PermissionGrant[]): Map<string, readonly string[]> {
  const index = new Map<string, string[]>();
  const seen = new Map<string, Set<string>>();
  for (let i = 0; i < grants.length; i++) {
    const g = grants[i] as PermissionGrant;
    const label = holderLabel(g);
    const labels = index.get(g.permission);
    if (!labels) {
      index.set(g.permission, [label]);
      continue;
    }
    // A set per permission answers once its list is long, so that a hostile record stays linear.
    let set = seen.get(g.permission);
    if (!set && labels.length > 8) seen.set(g.permission, (set = new Set(labels)));
    if (set ? set.has(label) : labels.includes(label)) continue;
    set?.add(label);
    labels.push(label);
  }
  return index;
}
