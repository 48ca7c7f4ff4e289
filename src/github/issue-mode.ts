// The `issue` input's values, apart from the tracking issue's code so that reading the inputs
// does not load the GitHub client.
export type IssueMode = 'on-failure' | 'always' | 'off';
export const ISSUE_MODES: readonly IssueMode[] = ['on-failure', 'always', 'off'];
