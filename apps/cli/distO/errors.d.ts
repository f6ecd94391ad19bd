/** A mistake in how the command was called (exit 2). */
export declare class UsageError extends Error {
    name: string;
}
/** Something went wrong at run time that the user must hear about (exit 1), without a stack trace. */
export declare class RuntimeError extends Error {
    name: string;
}
export declare const EXIT_OK = 0;
export declare const EXIT_RUNTIME = 1;
export declare const EXIT_USAGE = 2;
