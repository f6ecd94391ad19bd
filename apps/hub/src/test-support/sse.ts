/** A minimal SSE client over fetch for tests: collects events until closed. */
export interface SseEvent {
  event: string;
  data: string;
}

export interface SseClient {
  events: SseEvent[];
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  close(): void;
  waitFor(pred: (events: SseEvent[]) => boolean, ms?: number): Promise<void>;
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
  const ac = new AbortController();
  const res = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: ac.signal });
  if (res.status !== 200 || !res.body) throw new Error(`SSE ${url}: ${res.status} ${await res.text()}`);
  const events: SseEvent[] = [];
  const listeners = new Set<() => void>();
  const ended = (async () => {
    const decoder = new TextDecoder();
    let buf = '';
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buf += decoder.decode(chunk, { stream: true });
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith('event:')) event = line.slice(6).trim();
            else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
          }
          if (data.length) events.push({ event, data: data.join('\n') });
          for (const l of listeners) l();
        }
      }
    } catch {
      // Aborted by close().
    }
    for (const l of listeners) l();
  })();
  return {
    events,
    ended,
    close: () => ac.abort(),
    waitFor(pred, ms = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (pred(events)) {
            listeners.delete(check);
            clearTimeout(t);
            resolve();
          }
        };
        const t = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`SSE: timed out; got ${events.length} events: ${events.map((e) => e.event).join(',').slice(0, 300)}`));
        }, ms);
        listeners.add(check);
        check();
      });
    },
  };
}
