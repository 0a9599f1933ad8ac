/** Input that is not a report Vigil can read (empty, binary, too large, malformed): the message says why. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
