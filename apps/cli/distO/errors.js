/** A mistake in how the command was called (exit 2). */
export class UsageError extends Error {
    name = 'UsageError';
}
/** Something went wrong at run time that the user must hear about (exit 1), without a stack trace. */
export class RuntimeError extends Error {
    name = 'RuntimeError';
}
export const EXIT_OK = 0;
export const EXIT_RUNTIME = 1;
export const EXIT_USAGE = 2;
//# sourceMappingURL=errors.js.map