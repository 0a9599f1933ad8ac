/**
 * A gazetteer file that cannot be used: a GeoNames file missing, unreadable or of an unknown shape, or an
 * imported file that is not Vigil's format. The message names the file and says why, so the command line can
 * print it as is.
 */
export class GazetteerFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GazetteerFileError';
  }
}
