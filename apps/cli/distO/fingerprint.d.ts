/**
 * A short, stable id for a capture file (FNV-1a of its size and first 64 KiB), so reading the same
 * file twice gives the same entry ids: re-importing a capture never duplicates entries.
 */
export declare function fingerprint(file: string): string;
