// Ids of the findings that come from the policy's structure rather than from a rule:
// the approved-client list, the exceptions, and entries whose client reference does not
// name one client. Rules may not use them; exceptions may name the desired-state ones
// (to accept, say, a client not yet listed), never the others.
export const DESIRED_STATE_IDS = {
  unknown: 'unknown-client',
  missing: 'missing-client',
  drift: 'client-drift',
} as const;

export const EXCEPTION_IDS = {
  expired: 'expired-exception',
  stale: 'stale-exception',
  tooLong: 'exception-too-long',
} as const;

/** A policy entry naming a client that several clients match, or a pinned id whose name changed. */
export const CLIENT_REF_IDS = {
  ambiguous: 'ambiguous-client',
  renamed: 'renamed-client',
} as const;

export const RESERVED_IDS: ReadonlySet<string> = new Set([
  ...Object.values(DESIRED_STATE_IDS),
  ...Object.values(EXCEPTION_IDS),
  ...Object.values(CLIENT_REF_IDS),
]);
