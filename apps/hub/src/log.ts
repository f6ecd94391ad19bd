/**
 * One line per notable event (start, connect, disconnect, worker joined/gone, retention drops,
 * malformed messages — the last throttled), on stderr so stdout keeps only the "ready" line.
 */
export type Logger = (message: string) => void;

export const stderrLogger: Logger = (message) => {
  process.stderr.write(`${new Date().toISOString()} hub: ${message}\n`);
};

export const silentLogger: Logger = () => {};

/** A logger that says at most one line per `intervalMs` for a repeating event, with the count. */
export function throttled(log: Logger, intervalMs = 10_000): (message: string) => void {
  let last = 0;
  let suppressed = 0;
  return (message) => {
    const now = Date.now();
    if (now - last < intervalMs) {
      suppressed++;
      return;
    }
    log(suppressed > 0 ? `${message} (+${suppressed} more since the last report)` : message);
    last = now;
    suppressed = 0;
  };
}
