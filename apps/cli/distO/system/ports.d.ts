/** True when nothing listens on host:port (we could bind it). */
export declare function portIsFree(port: number, host?: string): Promise<boolean>;
/** `preferred` when free, else a free port the OS picks. */
export declare function choosePort(preferred: number, host?: string): Promise<number>;
