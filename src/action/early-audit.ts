// A scheduled audit, started as soon as the inputs are read. Its policy is parsed while the
// token exchange is in flight and its reads leave when the token comes back; the rest of the
// action (the runner's toolkit, whose own HTTP client alone takes ~25 ms to load, the
// renderers, the reports) loads once the audit only waits for answers (the usage query's,
// usually), instead of before its first read.
import type { AuditResult } from '../audit.ts';
import type { GenesysClient } from '../genesys/client.ts';
import type { Credentials } from '../genesys/token.ts';
import type { Redactor } from '../redactor.ts';
import type { ActionInputs } from './inputs.ts';

/**
 * Resolves once the audit only waits for the org's answers, or once it has ended before, with
 * the audit's outcome. The outcome's failure is the caller's to report: it is held here, not
 * left unhandled.
 */
export async function startAudit(
  inputs: ActionInputs,
  credentials: Credentials,
  org: GenesysClient,
  redactor: Redactor,
): Promise<{ result: Promise<AuditResult> }> {
  const { runAudit } = await import('../audit.ts');
  let waiting: () => void = () => undefined;
  const idle = new Promise<void>((resolve) => (waiting = resolve));
  const result = runAudit({ ...inputs.audit, credentials }, { redactor, api: org }, waiting);
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([idle, settled]);
  return { result };
}
