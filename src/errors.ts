// Errors a user can act on, as opposed to bugs. Each carries one plain sentence and the
// exit code the CLI uses for its class; anything else reaching the top is a bug and is
// printed with its stack.

/**
 * CLI exit codes, so that a scheduler can tell what to do: 0 pass; 1 findings at or above
 * fail-on (fix the org or the policy); 2 bad usage or policy (fix the command or the file);
 * 3 API or network failure (retry later); 4 credentials or permission (fix the secret or
 * the auditing client's role: retrying will not help).
 */
export const ExitCode = {
  Pass: 0,
  Findings: 1,
  Usage: 2,
  Api: 3,
  Access: 4,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

export class UserError extends Error {
  readonly exitCode: ExitCode;
  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = new.target.name;
    this.exitCode = exitCode;
  }
}

/** Bad inputs, flags or environment. */
export class ConfigError extends UserError {
  constructor(message: string) {
    super(message, ExitCode.Usage);
  }
}
