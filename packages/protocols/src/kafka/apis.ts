// Every Kafka API key by name, with the highest version we consider plausible (detection) and
// the first flexible version (request header v2 / response header v1, compact encodings and
// tagged fields). Source: the `validVersions`/`flexibleVersions` of Apache Kafka's message specs
// (clients/src/main/resources/common/message/*Request.json), up to Kafka 4.1.

export interface ApiInfo {
  name: string;
  /** Highest version a client may send (a little above the newest known, for newer clients). */
  maxVersion: number;
  /** First flexible version; Infinity when the API never became flexible. */
  flexible: number;
}

const NEVER = Infinity;
/** [key, name, newest known version, first flexible version]. */
const TABLE: readonly (readonly [number, string, number, number])[] = [
  [0, 'Produce', 12, 9],
  [1, 'Fetch', 17, 12],
  [2, 'ListOffsets', 10, 6],
  [3, 'Metadata', 13, 9],
  [4, 'LeaderAndIsr', 7, 4],
  [5, 'StopReplica', 4, 2],
  [6, 'UpdateMetadata', 8, 6],
  [7, 'ControlledShutdown', 3, 3],
  [8, 'OffsetCommit', 9, 8],
  [9, 'OffsetFetch', 9, 6],
  [10, 'FindCoordinator', 6, 3],
  [11, 'JoinGroup', 9, 6],
  [12, 'Heartbeat', 4, 4],
  [13, 'LeaveGroup', 5, 4],
  [14, 'SyncGroup', 5, 4],
  [15, 'DescribeGroups', 6, 5],
  [16, 'ListGroups', 5, 3],
  [17, 'SaslHandshake', 1, NEVER],
  [18, 'ApiVersions', 4, 3],
  [19, 'CreateTopics', 7, 5],
  [20, 'DeleteTopics', 6, 4],
  [21, 'DeleteRecords', 2, 2],
  [22, 'InitProducerId', 5, 2],
  [23, 'OffsetForLeaderEpoch', 4, 4],
  [24, 'AddPartitionsToTxn', 5, 3],
  [25, 'AddOffsetsToTxn', 4, 3],
  [26, 'EndTxn', 5, 3],
  [27, 'WriteTxnMarkers', 1, 1],
  [28, 'TxnOffsetCommit', 5, 3],
  [29, 'DescribeAcls', 3, 2],
  [30, 'CreateAcls', 3, 2],
  [31, 'DeleteAcls', 3, 2],
  [32, 'DescribeConfigs', 4, 4],
  [33, 'AlterConfigs', 2, 2],
  [34, 'AlterReplicaLogDirs', 2, 2],
  [35, 'DescribeLogDirs', 4, 2],
  [36, 'SaslAuthenticate', 2, 2],
  [37, 'CreatePartitions', 3, 2],
  [38, 'CreateDelegationToken', 3, 2],
  [39, 'RenewDelegationToken', 2, 2],
  [40, 'ExpireDelegationToken', 2, 2],
  [41, 'DescribeDelegationToken', 3, 2],
  [42, 'DeleteGroups', 2, 2],
  [43, 'ElectLeaders', 2, 2],
  [44, 'IncrementalAlterConfigs', 1, 1],
  [45, 'AlterPartitionReassignments', 0, 0],
  [46, 'ListPartitionReassignments', 0, 0],
  [47, 'OffsetDelete', 0, NEVER],
  [48, 'DescribeClientQuotas', 1, 1],
  [49, 'AlterClientQuotas', 1, 1],
  [50, 'DescribeUserScramCredentials', 0, 0],
  [51, 'AlterUserScramCredentials', 0, 0],
  [52, 'Vote', 1, 0],
  [53, 'BeginQuorumEpoch', 1, 1],
  [54, 'EndQuorumEpoch', 1, 1],
  [55, 'DescribeQuorum', 2, 0],
  [56, 'AlterPartition', 3, 0],
  [57, 'UpdateFeatures', 1, 0],
  [58, 'Envelope', 0, 0],
  [59, 'FetchSnapshot', 1, 0],
  [60, 'DescribeCluster', 1, 0],
  [61, 'DescribeProducers', 0, 0],
  [62, 'BrokerRegistration', 4, 0],
  [63, 'BrokerHeartbeat', 1, 0],
  [64, 'UnregisterBroker', 0, 0],
  [65, 'DescribeTransactions', 0, 0],
  [66, 'ListTransactions', 1, 0],
  [67, 'AllocateProducerIds', 0, 0],
  [68, 'ConsumerGroupHeartbeat', 1, 0],
  [69, 'ConsumerGroupDescribe', 1, 0],
  [70, 'ControllerRegistration', 0, 0],
  [71, 'GetTelemetrySubscriptions', 0, 0],
  [72, 'PushTelemetry', 0, 0],
  [73, 'AssignReplicasToDirs', 0, 0],
  [74, 'ListClientMetricsResources', 0, 0],
  [75, 'DescribeTopicPartitions', 0, 0],
  [76, 'ShareGroupHeartbeat', 1, 0],
  [77, 'ShareGroupDescribe', 1, 0],
  [78, 'ShareFetch', 1, 0],
  [79, 'ShareAcknowledge', 1, 0],
  [80, 'AddRaftVoter', 0, 0],
  [81, 'RemoveRaftVoter', 0, 0],
  [82, 'UpdateRaftVoter', 0, 0],
  [83, 'InitializeShareGroupState', 0, 0],
  [84, 'ReadShareGroupState', 0, 0],
  [85, 'WriteShareGroupState', 0, 0],
  [86, 'DeleteShareGroupState', 0, 0],
  [87, 'ReadShareGroupStateSummary', 0, 0],
  [88, 'StreamsGroupHeartbeat', 0, 0],
  [89, 'StreamsGroupDescribe', 0, 0],
  [90, 'DescribeShareGroupOffsets', 0, 0],
  [91, 'AlterShareGroupOffsets', 0, 0],
  [92, 'DeleteShareGroupOffsets', 0, 0],
];

/** Versions above the newest known that we still accept (a newer client than this table). */
const VERSION_SLACK = 3;

export const API_KEYS: readonly ApiInfo[] = TABLE.map(([, name, max, flexible]) => ({ name, maxVersion: max + VERSION_SLACK, flexible }));
export const MAX_API_KEY = API_KEYS.length - 1;

export const API = {
  Produce: 0,
  Fetch: 1,
  ListOffsets: 2,
  Metadata: 3,
  ControlledShutdown: 7,
  OffsetCommit: 8,
  OffsetFetch: 9,
  FindCoordinator: 10,
  JoinGroup: 11,
  Heartbeat: 12,
  LeaveGroup: 13,
  SyncGroup: 14,
  ApiVersions: 18,
} as const;

export function apiInfo(key: number): ApiInfo | undefined {
  return key >= 0 && key <= MAX_API_KEY ? API_KEYS[key] : undefined;
}

export function apiName(key: number): string {
  return apiInfo(key)?.name ?? `Unknown(${key})`;
}

/** Is this version's body flexible (compact encodings, tagged fields)? */
export function isFlexible(key: number, version: number): boolean {
  const info = apiInfo(key);
  return info !== undefined && version >= info.flexible;
}

/** Request header version: 2 when flexible, 1 otherwise; 0 for ControlledShutdown v0 (no client id). */
export function requestHeaderVersion(key: number, version: number): 0 | 1 | 2 {
  if (key === API.ControlledShutdown && version === 0) return 0;
  return isFlexible(key, version) ? 2 : 1;
}

/**
 * Response header version: 1 (tagged fields after the correlation id) when flexible, except
 * ApiVersions, whose response header stays v0 so that a client can read it before it knows
 * which versions the broker speaks (KIP-511).
 */
export function responseHeaderVersion(key: number, version: number): 0 | 1 {
  if (key === API.ApiVersions) return 0;
  return isFlexible(key, version) ? 1 : 0;
}
