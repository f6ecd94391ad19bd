// /api/recordings: named, kept sets of entries, and the report of a replay (apps/hub/README.md).

/** `copying` a query's past entries; `recording` new entries as they are stored (live, until stopped). */
export type RecordingState = 'copying' | 'recording' | 'ready' | 'failed';

export interface Recording {
  id: string;
  name: string;
  /** The KFL query it was made with ('' = every entry). */
  query: string;
  /** The time range it was made with, ms since the epoch ([from, to); null = open). */
  from: number | null;
  to: number | null;
  createdAt: number;
  state: RecordingState;
  /** Entries copied so far (all of them once `ready`). */
  entries: number;
  /** Bytes of entry JSON kept. */
  bytes: number;
  /** It stopped at its limit with more entries matching. */
  limited: boolean;
  /** Its limit: the most entries it keeps. */
  limit: number;
  /** Recording new entries as they are stored, until stopped (or its limit). */
  live: boolean;
  error: string | null;
}

export interface RecordingListResponse {
  recordings: Recording[];
}

export interface RecordingResponse {
  recording: Recording;
}

export interface ReplayPercentiles {
  p50: number;
  p95: number;
}

export interface ReplayReport {
  target: string;
  entries: number;
  sent: number;
  sameStatus: number;
  differentStatus: number;
  failed: number;
  /** Entries not sent, by reason. */
  skipped: Record<string, number>;
  redacted: { headersDropped: number; queryValuesSent: number; bodiesWithRedactedFields: number };
  latencyMs: { recorded: ReplayPercentiles | null; replayed: ReplayPercentiles | null };
  /** The first 100 of each. */
  differences: { id: string; method: string; url: string; recorded: number | null; replayed: number }[];
  failures: { id: string; method: string; url: string; error: string }[];
  durationMs: number;
}

export interface ReplayResponse {
  recording: string;
  report: ReplayReport;
}
