/**
 * What tcpdump 4.99 says on stderr, as events; trawl-pcap (native/trawl-pcap.c) says the same
 * things in the same words, prefixed `trawl-pcap: `. Three kinds of line matter:
 *
 * - `tcpdump: listening on lo, link-type EN10MB (Ethernet), snapshot length 262144 bytes`: the
 *   capture is open (printed after the ring, the filter and the signal handlers are set up).
 * - statistics, from `info()`: on SIGUSR1 one line
 *   `tcpdump: 5 packets captured, 6 packets received by filter, 0 packets dropped by kernel`
 *   (`, N packets dropped by interface` when that is not 0), and at exit the same figures one per
 *   line without the prefix. "captured" = written to our pipe; "received by filter" = put in
 *   the ring, including packets of a block the kernel has not handed over yet and the dropped
 *   ones; "dropped by kernel" = the ring was full (pcap_stats' ps_drop); "dropped by interface"
 *   = the interface's own rx drops (/proc/net/dev), not capture loss.
 * - anything else: errors (`tcpdump: nosuch0: No such device exists`,
 *   `tcpdump: pcap_loop: The interface disappeared`) and warnings.
 */
export interface TcpdumpStats {
  captured: number;
  received: number;
  droppedKernel: number;
  droppedInterface: number;
}

export interface TcpdumpStderrSink {
  listening(linkType: string): void;
  stats(stats: TcpdumpStats): void;
  message(line: string): void;
}

const LISTENING = /^(?:tcpdump|trawl-pcap): listening on \S+, link-type (\S+)/;
const FIGURE = /(\d+) packets? (captured|received by filter|dropped by kernel|dropped by interface)/g;
/** A partial line longer than this is not tcpdump talking: cut it rather than grow. */
const MAX_LINE = 4096;

export class TcpdumpStderr {
  private partial = '';
  private current: TcpdumpStats = { captured: 0, received: 0, droppedKernel: 0, droppedInterface: 0 };
  /** The last message that was not statistics: the reason when tcpdump exits. */
  lastMessage = '';

  constructor(private readonly sink: TcpdumpStderrSink) {}

  push(chunk: string): void {
    const text = this.partial + chunk;
    const lines = text.split('\n');
    this.partial = lines.pop()!.slice(-MAX_LINE);
    for (const line of lines) this.line(line);
  }

  /** End of stream: a last line without its newline still counts. */
  end(): void {
    if (this.partial) this.line(this.partial);
    this.partial = '';
  }

  private line(raw: string): void {
    const line = raw.trim();
    if (line === '') return;
    const listening = LISTENING.exec(line);
    if (listening) {
      this.sink.listening(listening[1]);
      return;
    }
    let any = false;
    for (const m of line.matchAll(FIGURE)) {
      any = true;
      const n = Number(m[1]);
      const what = m[2];
      if (what === 'captured') this.current = { captured: n, received: 0, droppedKernel: 0, droppedInterface: 0 };
      else if (what === 'received by filter') this.current.received = n;
      else if (what === 'dropped by kernel') this.current.droppedKernel = n;
      else this.current.droppedInterface = n;
      // "dropped by kernel" ends a report unless an interface figure follows; report at both.
      if (what === 'dropped by kernel' || what === 'dropped by interface') this.sink.stats({ ...this.current });
    }
    if (!any) {
      // `tcpdump: nosuch0: No such device exists` is followed by `(No such device exists)`.
      if (!(line.startsWith('(') && this.lastMessage)) this.lastMessage = line;
      this.sink.message(line);
    }
  }
}
