/**
 * One delivery: POST the JSON payload, retrying with exponential backoff (base × 2^attempt, with
 * jitter) on network errors, timeouts, 429 and 5xx; any other 4xx is final (the receiver said
 * no; retrying will not change its mind). A 429's Retry-After is honoured up to the max delay.
 */
export interface SendOptions {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  timeoutMs: number;
}

export const DEFAULT_SEND: SendOptions = { attempts: 5, baseDelayMs: 1_000, maxDelayMs: 60_000, timeoutMs: 10_000 };

export interface SendResult {
  ok: boolean;
  attempts: number;
  status: number | null;
  error: string | null;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(t), resolve()), { once: true });
  });

export async function send(url: string, headers: Record<string, string>, payload: unknown, o: SendOptions, stop: AbortSignal): Promise<SendResult> {
  const body = JSON.stringify(payload);
  let last: SendResult = { ok: false, attempts: 0, status: null, error: 'not sent' };
  for (let attempt = 1; attempt <= o.attempts; attempt++) {
    if (stop.aborted) return { ...last, error: 'hub stopping' };
    let retryAfterMs: number | undefined;
    try {
      const r = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'trawl-webhook/1', ...headers },
        body,
        signal: AbortSignal.any([stop, AbortSignal.timeout(o.timeoutMs)]),
        redirect: 'manual',
      });
      await r.arrayBuffer().catch(() => undefined);
      if (r.ok) return { ok: true, attempts: attempt, status: r.status, error: null };
      last = { ok: false, attempts: attempt, status: r.status, error: `HTTP ${r.status}` };
      if (r.status !== 429 && r.status < 500) return last;
      const ra = Number(r.headers.get('retry-after'));
      if (r.status === 429 && Number.isFinite(ra) && ra >= 0) retryAfterMs = ra * 1000;
    } catch (e) {
      const err = e as Error & { cause?: { code?: string } };
      last = { ok: false, attempts: attempt, status: null, error: err.name === 'TimeoutError' ? `timed out after ${o.timeoutMs} ms` : (err.cause?.code ?? err.message) };
    }
    if (attempt < o.attempts) {
      const backoff = o.baseDelayMs * 2 ** (attempt - 1) * (0.8 + Math.random() * 0.4);
      await sleep(Math.min(o.maxDelayMs, retryAfterMs ?? backoff), stop);
    }
  }
  return last;
}
