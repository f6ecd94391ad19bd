/**
 * One line per notable event on stderr: `<ISO time> <level> <event> key=value …`. Values with
 * spaces are JSON-quoted so a line stays machine-splittable.
 */
export type LogFields = Record<string, string | number | boolean | undefined | null>;

export interface Logger {
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

function format(level: string, event: string, fields?: LogFields): string {
  let line = `${new Date().toISOString()} ${level} ${event}`;
  if (fields) {
    for (const [k, v] of Object.entries(fields)) {
      if (v === undefined) continue;
      const s = String(v);
      line += ` ${k}=${/[\s"=]/.test(s) || s === '' ? JSON.stringify(s) : s}`;
    }
  }
  return line + '\n';
}

export function stderrLogger(write: (line: string) => void = (l) => process.stderr.write(l)): Logger {
  return {
    info: (e, f) => write(format('info', e, f)),
    warn: (e, f) => write(format('warn', e, f)),
    error: (e, f) => write(format('error', e, f)),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
