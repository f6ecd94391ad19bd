export declare function clock(ms: number): string;
