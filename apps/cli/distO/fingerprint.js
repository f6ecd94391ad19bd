import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
/**
 * A short, stable id for a capture file (FNV-1a of its size and first 64 KiB), so reading the same
 * file twice gives the same entry ids: re-importing a capture never duplicates entries.
 */
export function fingerprint(file) {
    // FNV-1a inlined in each loop: a closure called 64k times was optimised (on-stack replacement)
    // in every `trawl read`, compile time a start-up does not need.
    let hash = 0x811c9dc5;
    try {
        const fd = openSync(file, 'r');
        try {
            const size = String(fstatSync(fd).size);
            for (let i = 0; i < size.length; i++)
                hash = Math.imul(hash ^ size.charCodeAt(i), 0x01000193) >>> 0;
            const buf = Buffer.alloc(65536);
            const n = readSync(fd, buf, 0, buf.length, 0);
            for (let i = 0; i < n; i++)
                hash = Math.imul(hash ^ buf[i], 0x01000193) >>> 0;
        }
        finally {
            closeSync(fd);
        }
    }
    catch {
        for (let i = 0; i < file.length; i++)
            hash = Math.imul(hash ^ file.charCodeAt(i), 0x01000193) >>> 0;
    }
    return hash.toString(36);
}
//# sourceMappingURL=fingerprint.js.map