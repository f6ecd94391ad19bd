// Public API of @trawl/api: the hub API's contract (a route's response type lives here; the hub
// and the web import it) and the webhook template renderer both of them run.
export type { EntriesPage, EntryCountResponse, StreamEvents } from './entries.js';
export type { LatencyPercentiles, TimeBucket, TimeSeriesResponse, TopBy, TopEndpoint, TopResponse } from './stats.js';
export type { MapEdge, MapNode, ServiceMapResponse } from './servicemap.js';
export type {
  EndpointExample,
  EndpointLatency,
  EndpointServicesResponse,
  EndpointsClearedResponse,
  EndpointsResponse,
  EndpointSummary,
  InventoryCounters,
} from './endpoints.js';
export {
  REDACTED_VALUE,
  type WebhookCounters,
  type WebhookDeletedResponse,
  type WebhookDelivery,
  type WebhookListResponse,
  type WebhookRule,
  type WebhookRuleStatus,
  type WebhookTestResponse,
} from './webhooks.js';
export type { CaptureJob, CaptureJobFile, CaptureJobListResponse, CaptureJobResponse, CaptureJobSpec, CaptureJobState, CaptureJobStatus, CaptureJobWorker } from './jobs.js';
export type { Recording, RecordingListResponse, RecordingResponse, RecordingState, ReplayPercentiles, ReplayReport, ReplayResponse } from './recordings.js';
export type { TrafficCounts, TrafficEnd, TrafficFlowResponse, TrafficFlowRow, TrafficOverviewResponse, TrafficOverviewRow, TrafficTotalResponse } from './traffic.js';
export type { ApisecOff, ApisecOn, ApisecService, ApisecState, ApisecStatus } from './apisec.js';
export type { Health, HubStats, IngestStatus, NatsState, NatsStatus, RetentionCounters, RetentionPolicy, WorkerStatus } from './status.js';
export type { ApiErrorBody, Completion, KflCompleteResponse, KflPosition, KflValidateResponse } from './kfl.js';
export { checkTemplate, DEFAULT_TEMPLATE, renderTemplate, TemplateError, templateProblem } from './template.js';
