// The `exceptions:` section → accepted findings. Each names a rule that exists (or a
// desired-state finding), one client (exactly: no wildcards), a reason, an owner and an
// expiry; whether it has expired, or which client it means, is decided at evaluation,
// which knows the date and the org.
import { clientRefKey, clientRefLabel, compileClientRef, exactRefProblem } from './client-ref.ts';
import type { ExceptionSpec } from './policy-file.ts';
import { compileGlob, globProblem } from './glob.ts';
import type { Problems } from './problems.ts';
import { CLIENT_REF_IDS, DESIRED_STATE_IDS } from './reserved-ids.ts';
import { didYouMean } from './suggest.ts';
import { DATE_MESSAGE } from './validate.ts';
import type { PolicyException, Rule } from './types.ts';
import { locate, type YamlSource } from './yaml-source.ts';

/** YYYY-MM-DD naming a day that exists (the schema checks only the shape). */
function isRealDay(value: string): boolean {
  const t = Date.parse(`${value}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === value;
}

export interface ExceptionContext {
  rules: readonly Rule[];
  /** Built-in rules turned off. */
  disabled: readonly string[];
  hasDesiredState: boolean;
}

export function compileExceptions(source: YamlSource, specs: readonly ExceptionSpec[], ctx: ExceptionContext, problems: Problems): PolicyException[] {
  const desiredIds: string[] = Object.values(DESIRED_STATE_IDS);
  const ruleIds = new Set([...ctx.rules.map((r) => r.id), ...(ctx.hasDesiredState ? desiredIds : [])]);
  const seen = new Map<string, number>();
  return specs.map((spec, i) => {
    const path = ['exceptions', i];
    const at = (key: string) => locate(source, [...path, key]);
    if (ctx.disabled.includes(spec.rule)) {
      problems.warning(at('rule'), `Rule \`${spec.rule}\` is turned off in \`overrides\`, so this exception never applies.`);
    } else if ((Object.values(CLIENT_REF_IDS) as string[]).includes(spec.rule)) {
      problems.error(
        at('rule'),
        `\`${spec.rule}\` findings say that a policy entry does not name one client; fix the entry (pin the client's id and name) instead of accepting them.`,
      );
    } else if (desiredIds.includes(spec.rule) && !ctx.hasDesiredState) {
      problems.error(at('rule'), `\`${spec.rule}\` findings come from the \`clients\` list, which this policy does not have.`);
    } else if (!ruleIds.has(spec.rule)) {
      problems.error(at('rule'), `Exception names rule \`${spec.rule}\`, which this policy does not have${didYouMean(spec.rule, ruleIds)}.`);
    }
    const clientRef = compileClientRef(spec.client);
    const refProblem = exactRefProblem(clientRef);
    if (refProblem) problems.error(at('client'), refProblem);
    const key = `${spec.rule}\u0000${clientRefKey(clientRef)}\u0000${spec.subject ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.error(locate(source, path), `The same exception is already at line ${locate(source, ['exceptions', first]).line}; keep one.`);
    } else seen.set(key, i);
    if (!isRealDay(spec.expires)) problems.error(at('expires'), DATE_MESSAGE(`\`exceptions.${i}.expires\``));
    const subjectProblem = spec.subject === undefined ? undefined : globProblem(spec.subject);
    if (subjectProblem) problems.error(at('subject'), `Pattern ${subjectProblem}.`);
    return {
      ruleId: spec.rule,
      client: clientRefLabel(clientRef),
      clientRef,
      subject: spec.subject === undefined ? undefined : compileGlob(spec.subject),
      reason: spec.reason,
      owner: spec.owner,
      expires: spec.expires,
      location: locate(source, path),
    };
  });
}
