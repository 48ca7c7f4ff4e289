// A hit as the fold makes it (see groups.ts). Its holders follow from its items and its
// client's role grants, so they are worked out when first read: the job summary reads them
// for the few thousand rows it shows, not for every hit of the org.
import type { Finding } from '../evaluate/findings.ts';
import type { Severity, SourceLocation } from '../policy/types.ts';
import type { Holdings } from './holders.ts';
import type { ClientRef, RuleHit, RuleRef } from './model.ts';

const NO_HOLDERS: readonly string[] = [];

/**
 * Its fields are declared, not class fields, so that a construction only assigns them (in
 * one order, one shape): class fields would each be defined first, by a call per hit, cold.
 */
export class Hit implements RuleHit {
  declare client: ClientRef | undefined;
  declare rule: RuleRef;
  declare severity: Severity;
  declare items: readonly string[];
  declare message: string;
  declare location: SourceLocation;
  declare findings: Finding[];
  /** The client's role grants (undefined: none, or the findings name no client). */
  declare private readonly holdings: Holdings | undefined;
  declare private held: readonly string[] | undefined;

  constructor(
    client: ClientRef | undefined,
    rule: RuleRef,
    severity: Severity,
    items: readonly string[],
    message: string,
    location: SourceLocation,
    findings: Finding[],
    holdings: Holdings | undefined,
  ) {
    this.client = client;
    this.rule = rule;
    this.severity = severity;
    this.items = items;
    this.message = message;
    this.location = location;
    this.findings = findings;
    this.holdings = holdings;
    this.held = undefined;
  }

  /** The roles through which the client holds the items, distinct, in the items' order: read once the fold is done. */
  get holders(): readonly string[] {
    return (this.held ??= this.holdings && this.items.length ? this.holdings.holdersOf(this.items) : NO_HOLDERS);
  }
}
