/** The one-line summary `trawl read` prints on stderr. */
export function formatSummary(files, s, printed, seconds) {
    const mb = (s.bytes / 1e6).toFixed(1);
    const parts = [
        `${files} file${files === 1 ? '' : 's'}`,
        `${s.packets} packets`,
        `${mb} MB`,
        `${s.tcpStreams} TCP streams`,
        // UDP flows only once there are any, so TCP-only summaries read as before.
        ...(s.udpFlows > 0 ? [`${s.udpFlows} UDP flows`] : []),
        `${s.entries} entries`,
        `${s.unpairedRequests} unpaired requests`,
        `${s.unpairedResponses} unpaired responses`,
        `${s.parseErrors} parse errors`,
    ];
    if (printed !== s.entries)
        parts.push(`${printed} printed`);
    if (s.gaps > 0)
        parts.push(`${s.gaps} gaps (${s.gapBytes} bytes lost)`);
    parts.push(`${seconds.toFixed(2)} s`);
    return `trawl: ${parts.join(', ')}`;
}
//# sourceMappingURL=summary.js.map