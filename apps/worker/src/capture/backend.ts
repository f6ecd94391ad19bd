import type { Logger } from '../log.js';
import type { CaptureBackend, WorkerOptions } from '../options.js';
import type { CaptureProgram } from './program.js';
import { tcpdumpProgram } from './tcpdump-process.js';
import { TRAWL_PCAP_BUILD_HINT, TRAWL_PCAP_PATH, trawlPcapAvailable, trawlPcapProgram } from './trawl-pcap-process.js';

export interface ResolvedBackend {
  /** The backend actually used: trawl-pcap falls back to tcpdump when its binary is missing. */
  name: CaptureBackend;
  /** The capture program for trawl-pcap and tcpdump; null for cap. */
  program: CaptureProgram | null;
}

/**
 * The capture backend the options ask for. trawl-pcap is built from C by the build
 * (native/build.sh), which only warns when cc or libpcap's headers are missing: then the worker
 * captures with tcpdump, as before trawl-pcap existed (1 s block timeout), and says so.
 */
export function resolveBackend(o: Pick<WorkerOptions, 'captureBackend' | 'trawlPcapPath' | 'blockTimeoutMs' | 'tcpdumpPath' | 'tcpdumpMode'>, log: Logger): ResolvedBackend {
  if (o.captureBackend === 'cap') return { name: 'cap', program: null };
  if (o.captureBackend === 'trawl-pcap') {
    const path = o.trawlPcapPath ?? TRAWL_PCAP_PATH;
    if (trawlPcapAvailable(path)) return { name: 'trawl-pcap', program: trawlPcapProgram(path, o.blockTimeoutMs) };
    log.warn('capture.trawl_pcap_missing', { path, fallback: 'tcpdump', hint: TRAWL_PCAP_BUILD_HINT });
  }
  return { name: 'tcpdump', program: tcpdumpProgram(o.tcpdumpPath, o.tcpdumpMode) };
}
