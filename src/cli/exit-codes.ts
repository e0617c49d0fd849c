/** Exit codes of the `suanli` command, documented in README.md and `suanli --help`. */
export const EXIT = {
  ok: 0,
  /** Something went wrong inside Suanli: a bug. The message says so. */
  internal: 1,
  /** Bad input: an invalid file, an unknown id, a wrong flag or argument. Nothing was written. */
  badInput: 2,
  /** `suanli verify` found violations in a schedule. */
  violations: 3,
} as const;

/** Ends a command with this exit code and no further message (what it had to say is printed): `verify` and `audit verify` with violations. */
export class ExitWith extends Error {
  constructor(readonly exitCode: number) {
    super(`exit ${exitCode}`);
  }
}
