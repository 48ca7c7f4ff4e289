// Disabled or inactive clients kept too long. The API has no "disabled since" date, so the
// age is measured from the last modification (disabling a client modifies it): a lower
// bound of how long it has been in this state.
import type { Check } from './context.ts';
import { daysAgo } from './context.ts';
import { ruleFinding } from './finding.ts';

export const checkStateAge: Check = (rule, clients, ctx, out) => {
  const check = rule.checks.stateAge;
  if (!check) return;
  for (let i = 0; i < clients.length; i++) {
    const client = clients[i]!;
    const limit = client.state === 'disabled' ? check.disabledMaxDays : client.state === 'inactive' ? check.inactiveMaxDays : undefined;
    const since = client.dateModified ?? client.dateCreated;
    if (limit === undefined || !since) continue;
    const age = daysAgo(ctx, since);
    if (age === undefined || age <= limit) continue;
    const deletion = client.state === 'inactive' && client.dateToDelete ? ` (the platform deletes it on ${client.dateToDelete.slice(0, 10)})` : '';
    out.push(
      ruleFinding(
        rule,
        client,
        client.state,
        `Has been ${client.state} for at least ${age} days (unchanged since ${since.slice(0, 10)})${deletion}; this rule allows ${limit}.`,
      ),
    );
  }
};
