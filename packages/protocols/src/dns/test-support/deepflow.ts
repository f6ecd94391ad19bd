// deepflow's own decode of its DNS captures (`<capture>.result`, one L7 record per line) as a
// second oracle: per message id, type, name, rcode, bytes and response time.
import { existsSync, readFileSync } from 'node:fs';

export interface DeepflowDns {
  id: number;
  kind: 'Request' | 'Response';
  type: string;
  name: string;
  rcode?: number;
  bytes: number;
  /** Response time in µs (responses only). */
  rrt: number;
}

export function deepflowResult(file: string): DeepflowDns[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => {
      const j = JSON.parse(l.slice(0, l.lastIndexOf('}') + 1)) as Record<string, string | number>;
      const kind = j.msg_type as 'Request' | 'Response';
      return {
        id: Number(j.request_id),
        kind,
        type: String(j.request_type),
        name: String(j.request_resource),
        ...(j.response_code !== undefined ? { rcode: Number(j.response_code) } : {}),
        bytes: Number(kind === 'Request' ? j.captured_request_byte : j.captured_response_byte),
        rrt: Number(j.rrt),
      };
    });
}
