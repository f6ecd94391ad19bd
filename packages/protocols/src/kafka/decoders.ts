// The body decoders by API key. Fetch and Metadata share a connection's topic id → name map
// (Fetch v13+ names topics by id; Metadata v10+ responses tell the names).
import { API } from './apis.js';
import type { BodyDecoder } from './body.js';
import { fetchRequest, fetchResponse } from './fetch.js';
import { findCoordinatorRequest, findCoordinatorResponse, heartbeatRequest, heartbeatResponse, joinGroupRequest, joinGroupResponse, leaveGroupRequest, leaveGroupResponse, syncGroupRequest, syncGroupResponse } from './group.js';
import { KAFKA_LIMITS } from './limits.js';
import { listOffsetsRequest, listOffsetsResponse } from './list-offsets.js';
import { apiVersionsRequest, apiVersionsResponse, metadataRequest, metadataResponse } from './metadata.js';
import { offsetCommitRequest, offsetCommitResponse, offsetFetchRequest, offsetFetchResponse } from './offsets.js';
import { produceRequest, produceResponse } from './produce.js';

export interface BodyDecoders {
  request: ReadonlyMap<number, BodyDecoder>;
  response: ReadonlyMap<number, BodyDecoder>;
}

/** Topic ids learnt on one connection, bounded (oldest forgotten first). */
export class TopicIds {
  private readonly names = new Map<string, string>();

  constructor(private readonly count: (event: string) => void = () => {}) {}

  learn(id: string, name: string): void {
    if (this.names.has(id)) return;
    if (this.names.size >= KAFKA_LIMITS.maxTopicIds) {
      this.count('kafka.limit.maxTopicIds');
      this.names.delete(this.names.keys().next().value!);
    }
    this.names.set(id, name);
  }

  name(id: string): string | undefined {
    return this.names.get(id);
  }
}

export function bodyDecoders(ids: TopicIds = new TopicIds()): BodyDecoders {
  const names = (id: string) => ids.name(id);
  return {
    request: new Map<number, BodyDecoder>([
      [API.Produce, produceRequest],
      [API.Fetch, fetchRequest(names)],
      [API.ListOffsets, listOffsetsRequest],
      [API.Metadata, metadataRequest],
      [API.OffsetCommit, offsetCommitRequest],
      [API.OffsetFetch, offsetFetchRequest],
      [API.FindCoordinator, findCoordinatorRequest],
      [API.JoinGroup, joinGroupRequest],
      [API.Heartbeat, heartbeatRequest],
      [API.LeaveGroup, leaveGroupRequest],
      [API.SyncGroup, syncGroupRequest],
      [API.ApiVersions, apiVersionsRequest],
    ]),
    response: new Map<number, BodyDecoder>([
      [API.Produce, produceResponse],
      [API.Fetch, fetchResponse(names)],
      [API.ListOffsets, listOffsetsResponse],
      [API.Metadata, metadataResponse((id, name) => ids.learn(id, name))],
      [API.OffsetCommit, offsetCommitResponse],
      [API.OffsetFetch, offsetFetchResponse],
      [API.FindCoordinator, findCoordinatorResponse],
      [API.JoinGroup, joinGroupResponse],
      [API.Heartbeat, heartbeatResponse],
      [API.LeaveGroup, leaveGroupResponse],
      [API.SyncGroup, syncGroupResponse],
      [API.ApiVersions, apiVersionsResponse],
    ]),
  };
}
