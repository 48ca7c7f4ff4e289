// Disabled or inactive clients kept too long. The API has no "disabled since" date, so the
// age is measured from the last modification (disabling a client modifies it): a lower
// bound of how long it has been in this state.
import type { Check } from './context.ts';
import { daysAgo } from './context.ts';
import { NONE, ruleFinding } from './finding.ts';

export const checkStateAge: Check = (rule, client, ctx) => {
  const check = rule.checks.stateAge;
  if (!check) return NONE;
  const limit = client.state === 'disabled' ? check.disabledMaxDays : client.state === 'inactive' ? check.inactiveMaxDays : undefined;
  const since = client.dateModified ?? client.dateCreated;
  if (limit === undefined || !since) return NONE;
  const age = daysAgo(ctx, since);
  if (age === undefined || age <= limit) return NONE;
  const deletion = client.state === 'inactive' && client.dateToDelete ? ` (the platform deletes it on ${client.dateToDelete.slice(0, 10)})` : '';
  return [
    ruleFinding(
      rule,
      client,
      client.state,
      `Has been ${client.state} for at least ${age} days (unchanged since ${since.slice(0, 10)})${deletion}; this rule allows ${limit}.`,
    ),
  ];
};
