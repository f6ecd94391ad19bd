import type { EngineStats } from '@trawl/protocols';
/** The one-line summary `trawl read` prints on stderr. */
export declare function formatSummary(files: number, s: EngineStats, printed: number, seconds: number): string;
