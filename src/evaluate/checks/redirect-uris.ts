// Registered redirect URIs: https, no wildcards, no IP literals, a required pattern, and
// an explicit stance on loopback URIs (which native apps legitimately use, RFC 8252).
import type { ClientRecord } from '../../inventory/types.ts';
import type { Rule } from '../../policy/types.ts';
import type { Finding } from '../findings.ts';
import type { Check } from './context.ts';
import { q, ruleFinding } from './finding.ts';

export const checkRedirectUris: Check = (rule, client) => {
  if (!rule.checks.redirectUris) return [];
  return client.redirectUris.flatMap((uri) => problemsOf(rule, client, uri));
};

function problemsOf(rule: Rule, client: ClientRecord, uri: string): Finding[] {
  const check = rule.checks.redirectUris!;
  const problem = (what: string) => [ruleFinding(rule, client, uri, `Redirect URI ${q(uri)} ${what}.`)];
  const url = parse(uri);
  if (url && isLoopback(url.hostname)) {
    return check.localhost === 'deny' ? problem('points at this machine (loopback), which this rule does not allow') : [];
  }
  const out: Finding[] = [];
  if (check.denyWildcards && uri.includes('*')) out.push(...problem('contains a wildcard'));
  if (check.requireHttps && url?.protocol !== 'https:') out.push(...problem(url ? `uses ${url.protocol.replace(/:$/, '')}, not https` : 'is not a valid URL'));
  else if (!url && (check.denyIpLiterals || check.mustMatch)) out.push(...problem('is not a valid URL'));
  if (check.denyIpLiterals && url && isIpLiteral(url.hostname)) out.push(...problem('names its host by IP address'));
  if (check.mustMatch && !check.mustMatch.test(uri)) out.push(...problem(`does not match ${q(check.mustMatch.source)}`));
  return out;
}

function parse(uri: string): URL | undefined {
  try {
    return new URL(uri);
  } catch {
    return undefined;
  }
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}

function isIpLiteral(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}
