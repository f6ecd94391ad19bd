/**
 * The capture file cannot be read past `offset`: framing is lost (bad magic, impossible length,
 * mismatched block trailer) or the file ends inside a record. Frames before it were delivered.
 */
export class CaptureFormatError extends Error {
  override readonly name = 'CaptureFormatError';

  constructor(
    message: string,
    /** Byte offset in the file of the record or block that is wrong. */
    readonly offset: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
