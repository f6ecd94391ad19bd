/** `trawl read ARGS…`: the exit code. */
export declare function startRead(argv: string[]): Promise<number>;
