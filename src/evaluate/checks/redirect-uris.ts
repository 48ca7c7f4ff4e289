// Registered redirect URIs: https, no wildcards, no IP literals, a required pattern, and
// an explicit stance on loopback URIs (which native apps legitimately use, RFC 8252).
import type { RuleChecks } from '../../policy/types.ts';
import type { Check } from './context.ts';
import { q, ruleFinding } from './finding.ts';
import { judgedOnce } from './judged-once.ts';

type RedirectCheck = NonNullable<RuleChecks['redirectUris']>;

export const checkRedirectUris: Check = (rule, clients, ctx, out) => {
  const check = rule.checks.redirectUris;
  if (!check) return;
  const problemsOfUri = judgedOnce(ctx.memo, check, problemsOf);
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i]!;
    for (let k = 0; k < client.redirectUris.length; k++) {
      const uri = client.redirectUris[k]!;
      const problems = problemsOfUri(uri);
      for (let m = 0; m < problems.length; m++) out.push(ruleFinding(rule, client, uri, problems[m]!));
    }
  }
};

/** A message per problem of the URI under the check; none for most. */
function problemsOf(check: RedirectCheck, uri: string): readonly string[] {
  const problem = (what: string) => `Redirect URI ${q(uri)} ${what}.`;
  const url = parse(uri);
  if (url && isLoopback(url.hostname)) {
    return check.localhost === 'deny' ? [problem('points at this machine (loopback), which this rule does not allow')] : [];
  }
  const out: string[] = [];
  if (check.denyWildcards && uri.includes('*')) out.push(problem('contains a wildcard'));
  if (check.requireHttps && url?.protocol !== 'https:') out.push(problem(url ? `uses ${url.protocol.replace(/:$/, '')}, not https` : 'is not a valid URL'));
  else if (!url && (check.denyIpLiterals || check.mustMatch)) out.push(problem('is not a valid URL'));
  if (check.denyIpLiterals && url && isIpLiteral(url.hostname)) out.push(problem('names its host by IP address'));
  if (check.mustMatch && !check.mustMatch.test(uri)) out.push(problem(`does not match ${q(check.mustMatch.source)}`));
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
