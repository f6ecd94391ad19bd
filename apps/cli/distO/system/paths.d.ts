export declare const REPO_ROOT: string;
export declare const HUB_MAIN: string;
export declare const WORKER_MAIN: string;
export declare const WEB_OUT: string;
/** State of a local run: `<data>/nats`, `<data>/hub`, and `<data>/run/*.pid` for `trawl clean`. */
export declare function defaultDataDir(): string;
export declare const runDir: (data: string) => string;
