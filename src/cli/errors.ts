/** An error the user can act on: printed as one line, without a stack trace, with its own exit code. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'UserError';
  }
}
