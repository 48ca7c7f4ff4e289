// A small seeded PRNG (mulberry32), so that a scenario's org and the fault decisions are the
// same on every run with the same seed. Each use gets its own named stream (`fork`), so that
// adding a client to a scenario does not shift which requests fail.

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order (all of them when count ≥ length). */
  sample<T>(items: readonly T[], count: number): T[];
  /** A version-4-shaped UUID, like every Genesys Cloud id. */
  uuid(): string;
  /** URL-safe random text, like a client secret. */
  token(length: number): string;
  /** An independent stream derived from this one's seed and a label. */
  fork(label: string): Rng;
}

const TOKEN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
// Held locally: a global lookup per draw is slow inside a vm context (Jest's).
const imul = Math.imul;
const floor = Math.floor;

export function createRng(seed: number | string): Rng {
  const base = hashSeed(String(seed));
  let state = base;
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = imul(t ^ (t >>> 15), t | 1);
    t ^= t + imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + floor(next() * (max - min + 1));
  const rng: Rng = {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    sample: (items, count) => partialShuffle([...items], Math.min(items.length, Math.max(0, count)), int),
    uuid: () => uuidFrom(next),
    token: (length) => {
      let text = '';
      for (let i = 0; i < length; i++) text += TOKEN_ALPHABET[int(0, TOKEN_ALPHABET.length - 1)];
      return text;
    },
    fork: (label) => createRng(`${base}:${label}`),
  };
  return rng;
}

/** FNV-1a: a string seed to 32 bits. */
function hashSeed(text: string): number {
  return fnv1a(text, FNV_OFFSET);
}

/** FNV-1a's start state: `fnv1a(text, FNV_OFFSET)` is the hash of `text`. */
export const FNV_OFFSET = 0x811c9dc5;

/**
 * FNV-1a over `text` from state `h`: the hash of a prefix goes on over what follows, so
 * `fnv1a(b, fnv1a(a, FNV_OFFSET)) === fnv1a(a + b, FNV_OFFSET)` and keys sharing a prefix
 * hash it once.
 */
export function fnv1a(text: string, h: number): number {
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The first `count` places of a Fisher-Yates shuffle: a uniform sample, in random order. */
function partialShuffle<T>(items: T[], count: number, int: (min: number, max: number) => number): T[] {
  for (let i = 0; i < count; i++) {
    const j = int(i, items.length - 1);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items.slice(0, count);
}

function uuidFrom(next: () => number): string {
  let hex = '';
  for (let i = 0; i < 32; i++) {
    if (i === 12) hex += '4';
    else if (i === 16) hex += '89ab'[floor(next() * 4)];
    else hex += floor(next() * 16).toString(16);
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A stable number in [0, 1) for a key, for values computed on demand (usage counts). */
export function hashUnit(key: string): number {
  return unitOf(hashSeed(key));
}

/** A 32-bit hash as a number in [0, 1). */
export function unitOf(hash: number): number {
  return hash / 4294967296;
}
