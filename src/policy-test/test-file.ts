// A policy test file: a small org described in YAML and the findings the policy must
// produce for it, as conftest's `verify` does for Rego. Read with positions, so every
// problem and every failed expectation points at its line.
import type { SourceLocation } from '../policy/types.ts';

/** A role grant of a test client: `Role name` (home division) or `{ role, division }`. */
export type TestRoleGrant = string | { role: string; division: string };

export interface TestClientSpec {
  name: string;
  id?: string;
  'grant-type': 'client-credentials' | 'code' | 'implicit' | 'saml2-bearer' | 'password';
  state?: 'active' | 'disabled' | 'inactive';
  description?: string;
  scopes?: string[];
  roles?: TestRoleGrant[];
  'token-lifetime'?: number;
  'redirect-uris'?: string[];
  created?: string;
  modified?: string;
  /** Last UTC day with API requests (YYYY-MM-DD), or `never` within the usage window. */
  'last-used'?: string;
}

export interface ExpectedFindingSpec {
  rule: string;
  /** Name or id of the test client. */
  client?: string;
  severity?: 'error' | 'warning' | 'notice';
  subject?: string;
}

export interface TestCaseSpec {
  name: string;
  clients: TestClientSpec[];
  /** Compare only the findings of these rules; default: every rule. */
  rules?: string[];
  /** Days of usage the org reports; set it to test `unused` rules. */
  'usage-days'?: number;
  expect: 'none' | ExpectedFindingSpec[];
}

export interface PolicyTestFileSpec {
  /** The policy under test, relative to this file; default: the policy the CLI was given. */
  policy?: string;
  /** The day the tests are evaluated on (YYYY-MM-DD); default: today. */
  now?: string;
  /** Role name → permissions (`domain:entity:action`); shared by every test. */
  roles?: Record<string, string[]>;
  tests: TestCaseSpec[];
}

/** Where each part of a test was written, for messages. */
export interface LocatedTest {
  spec: TestCaseSpec;
  location: SourceLocation;
  /** The line of each expectation, in order. */
  expectLocations: SourceLocation[];
}
