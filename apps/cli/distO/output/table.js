import { hostPort } from '@trawl/protocols';
import { clock } from './clock.js';
/** One human line per entry: time, protocol, method/command, status, summary, ends, latency, size. */
const WIDTHS = [12, 6, 8, 6, 40, 44, 9, 9];
const SPACES = Array.from({ length: Math.max(...WIDTHS) + 1 }, (_, n) => ' '.repeat(n));
export const TABLE_HEADER = pad(['TIME', 'PROTO', 'METHOD', 'STATUS', 'PATH', 'SRC → DST', 'LATENCY', 'SIZE']);
function pad(cols) {
    return cols.map((c, i) => (i === cols.length - 1 ? c : fit(c, WIDTHS[i]))).join(' ') + '\n';
}
/** `text` cut to `width` with an ellipsis, or padded to it (padEnd without its allocations). */
function fit(text, width) {
    return text.length > width ? text.slice(0, width - 1) + '…' : text + SPACES[width - text.length];
}
function size(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1 << 20)
        return `${(n / 1024).toFixed(1)} KB`;
    return `${(n / (1 << 20)).toFixed(1)} MB`;
}
function end(p) {
    return p.name ? `${p.name}:${p.port}` : hostPort(p.ip, p.port);
}
/**
 * The row `pad` would make of the columns, built in one expression: no column array, no join, no
 * padEnd (25k rows of bench/'s HTTP/1 file, with clock(): ~75 ms → ~20 ms of CPU). The time is
 * always 12 characters wide.
 */
export function tableRow(e) {
    const req = e.request;
    const res = e.response;
    return (clock(e.timestamp) +
        ' ' +
        fit(e.protocol.abbr, 6) +
        ' ' +
        fit(req?.method ?? '-', 8) +
        ' ' +
        fit(res?.status !== undefined ? String(res.status) : '-', 6) +
        ' ' +
        fit(req?.url ?? req?.path ?? '-', 40) +
        ' ' +
        fit(end(e.src) + ' → ' + end(e.dst), 44) +
        ' ' +
        fit(e.elapsedTime === null ? '-' : e.elapsedTime.toFixed(1) + 'ms', 9) +
        ' ' +
        size(e.requestSize + e.responseSize) +
        '\n');
}
//# sourceMappingURL=table.js.map