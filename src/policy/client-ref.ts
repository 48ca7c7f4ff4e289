// How policy entries name clients, compiled once for exceptions, approved clients and
// `where.client`: `{ id, name }` pins a client; a bare string is an exact name or id that
// must match one client (src/evaluate/client-refs.ts decides what it matches).
import type { ClientIdRef, ClientSelector as ClientSelectorSpec } from './policy-file.ts';
import { compileGlob } from './glob.ts';
import type { ClientRef, ClientSelector, SourceLocation } from './types.ts';

export function compileClientRef(spec: string | ClientIdRef): ClientRef {
  if (typeof spec === 'string') return { kind: 'text', text: spec };
  return spec.name === undefined ? { kind: 'id', id: spec.id } : { kind: 'id', id: spec.id, name: spec.name };
}

/** A `where.client` item: a string with `*` or `?` is a glob; any other string names one client. */
export function compileClientSelector(spec: ClientSelectorSpec, location: SourceLocation): ClientSelector {
  if (typeof spec === 'string' && /[*?]/.test(spec)) return { kind: 'glob', glob: compileGlob(spec), location };
  return { ...compileClientRef(spec), location };
}

/** How messages name a reference: the text as written, or `name (id …)`. */
export function clientRefLabel(ref: ClientRef): string {
  if (ref.kind === 'text') return ref.text;
  return ref.name === undefined ? `id ${ref.id}` : `${ref.name} (id ${ref.id})`;
}

/** Equal keys mean the same reference (a pinned id and a bare string never share one). */
export function clientRefKey(ref: ClientRef): string {
  return ref.kind === 'text' ? `text\u0000${ref.text}` : `id\u0000${ref.id}\u0000${ref.name ?? ''}`;
}

/** Why a bare string cannot name one client exactly, or undefined. */
export function exactRefProblem(ref: ClientRef): string | undefined {
  if (ref.kind !== 'text' || !/[*?]/.test(ref.text)) return undefined;
  return `An exception names one client exactly, so \`*\` and \`?\` in "${ref.text}" are not wildcards: pin the client by id with \`client: { id: <id>, name: <name> }\`.`;
}

type Selecting = ClientRef | Pick<Extract<ClientSelector, { kind: 'glob' }>, 'kind' | 'glob'>;

/**
 * Whether every client `narrow` can ever match, `wide` matches too, in any org (false when
 * that cannot be decided, e.g. two different globs). For the pull-request gate: an exception
 * or approval whose head reference is not within its base one reaches new clients (loosens);
 * a `where.client` whose base selection is not within the head's checks fewer (loosens).
 * A name given with a pinned id only labels it, so it never widens or narrows anything.
 */
export function refWithin(narrow: Selecting, wide: Selecting): boolean {
  if (wide.kind === 'glob') {
    if (narrow.kind === 'glob') return narrow.glob.source === wide.glob.source;
    return wide.glob.regex.test(narrow.kind === 'id' ? narrow.id : narrow.text);
  }
  if (narrow.kind === 'glob') return false;
  if (wide.kind === 'text') return (narrow.kind === 'id' ? narrow.id : narrow.text) === wide.text;
  return narrow.kind === 'id' && narrow.id === wide.id;
}
