// The consumer-group coordination calls: FindCoordinator (10), JoinGroup (11), Heartbeat (12),
// LeaveGroup (13), SyncGroup (14), old and flexible versions. Member metadata and assignments
// are opaque bytes here: only their sizes are kept.
import { errorItem, tags, type BodyDecoder } from './body.js';
import { readArray } from './reader.js';

const KEY_TYPES = ['group', 'transaction', 'share'];

export const findCoordinatorRequest: BodyDecoder = (r, v, out, c) => {
  if (v <= 3) out.set('key', r.string(c));
  if (v >= 1) {
    const t = r.int8();
    out.set('keyType', KEY_TYPES[t] ?? t);
  }
  if (v >= 4) out.set('keys', out.listed(readArray(r, c, () => r.string(c))));
  if (out.fields.keyType === 'group' || v === 0) {
    const key = (out.fields.key ?? (out.fields.keys as string[] | undefined)?.[0]) as string | undefined;
    if (key !== undefined) out.set('groupId', key);
  }
  tags(r, c);
};

export const findCoordinatorResponse: BodyDecoder = (r, v, out, c) => {
  if (v >= 1) out.set('throttleTimeMs', r.int32());
  if (v <= 3) {
    out.set('errorCode', out.error(r.int16()));
    if (v >= 1) out.set('errorMessage', r.nullableString(c));
    out.set('coordinator', { nodeId: r.int32(), host: r.string(c), port: r.int32() });
  } else {
    const list = readArray(r, c, () => {
      const item = { key: r.string(c), nodeId: r.int32(), host: r.string(c), port: r.int32(), ...errorItem(out.error(r.int16())), errorMessage: r.nullableString(c) };
      tags(r, c);
      return item;
    });
    out.set('coordinators', out.listed(list));
  }
  tags(r, c);
};

export const joinGroupRequest: BodyDecoder = (r, v, out, c) => {
  out.set('groupId', r.string(c));
  out.set('sessionTimeoutMs', r.int32());
  if (v >= 1) out.set('rebalanceTimeoutMs', r.int32());
  out.set('memberId', r.string(c));
  if (v >= 5) out.set('groupInstanceId', r.nullableString(c));
  out.set('protocolType', r.string(c));
  const protocols = readArray(r, c, () => {
    const name = r.string(c);
    r.bytes(c);
    tags(r, c);
    return name;
  });
  out.set('protocols', out.listed(protocols));
  if (v >= 8) out.set('reason', r.nullableString(c));
  tags(r, c);
};

export const joinGroupResponse: BodyDecoder = (r, v, out, c) => {
  if (v >= 2) out.set('throttleTimeMs', r.int32());
  out.set('errorCode', out.error(r.int16()));
  out.set('generationId', r.int32());
  if (v >= 7) out.set('protocolType', r.nullableString(c));
  out.set('protocolName', v >= 7 ? r.nullableString(c) : r.string(c));
  out.set('leader', r.string(c));
  if (v >= 9) out.set('skipAssignment', r.bool());
  out.set('memberId', r.string(c));
  const members = readArray(r, c, () => {
    const id = r.string(c);
    if (v >= 5) r.nullableString(c);
    r.bytes(c);
    tags(r, c);
    return id;
  });
  out.set('members', out.listed(members));
  out.set('memberCount', members?.count ?? 0);
  tags(r, c);
};

export const syncGroupRequest: BodyDecoder = (r, v, out, c) => {
  out.set('groupId', r.string(c));
  out.set('generationId', r.int32());
  out.set('memberId', r.string(c));
  if (v >= 3) out.set('groupInstanceId', r.nullableString(c));
  if (v >= 5) {
    out.set('protocolType', r.nullableString(c));
    out.set('protocolName', r.nullableString(c));
  }
  const assignments = readArray(r, c, () => {
    r.string(c);
    r.bytes(c);
    tags(r, c);
  }, 0);
  out.set('assignments', assignments?.count ?? 0);
  tags(r, c);
};

export const syncGroupResponse: BodyDecoder = (r, v, out, c) => {
  if (v >= 1) out.set('throttleTimeMs', r.int32());
  out.set('errorCode', out.error(r.int16()));
  if (v >= 5) {
    out.set('protocolType', r.nullableString(c));
    out.set('protocolName', r.nullableString(c));
  }
  out.set('assignmentBytes', r.bytes(c)?.length ?? 0);
  tags(r, c);
};

export const heartbeatRequest: BodyDecoder = (r, v, out, c) => {
  out.set('groupId', r.string(c));
  out.set('generationId', r.int32());
  out.set('memberId', r.string(c));
  if (v >= 3) out.set('groupInstanceId', r.nullableString(c));
  tags(r, c);
};

export const heartbeatResponse: BodyDecoder = (r, v, out, c) => {
  if (v >= 1) out.set('throttleTimeMs', r.int32());
  out.set('errorCode', out.error(r.int16()));
  tags(r, c);
};

export const leaveGroupRequest: BodyDecoder = (r, v, out, c) => {
  out.set('groupId', r.string(c));
  if (v <= 2) out.set('memberId', r.string(c));
  else {
    const members = readArray(r, c, () => {
      const m: Record<string, unknown> = { memberId: r.string(c), groupInstanceId: r.nullableString(c) };
      if (v >= 5) m.reason = r.nullableString(c);
      tags(r, c);
      return m;
    });
    out.set('members', out.listed(members));
  }
  tags(r, c);
};

export const leaveGroupResponse: BodyDecoder = (r, v, out, c) => {
  if (v >= 1) out.set('throttleTimeMs', r.int32());
  out.set('errorCode', out.error(r.int16()));
  if (v >= 3) {
    const members = readArray(r, c, () => {
      const m = { memberId: r.string(c), groupInstanceId: r.nullableString(c), ...errorItem(out.error(r.int16())) };
      tags(r, c);
      return m;
    });
    out.set('members', out.listed(members));
  }
  tags(r, c);
};
