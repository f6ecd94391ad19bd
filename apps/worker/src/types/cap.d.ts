// The parts of `cap` 0.2 (mscdex/cap, a CommonJS native addon without types) that the worker uses.
declare module 'cap' {
  import type { EventEmitter } from 'node:events';

  interface CapDevice {
    name: string;
    description?: string;
    addresses: Array<{ addr: string; netmask?: string; broadaddr?: string }>;
    flags?: string;
  }

  class Cap extends EventEmitter {
    /**
     * Opens `device` with a BPF `filter`; `bufSize` is libpcap's kernel ring, `buffer` receives
     * each packet (overwritten by the next one). Returns the link type as a string: `ETHERNET`,
     * `NULL`, `RAW`, `LINKTYPE_LINUX_SLL`, `IEEE802_11_RADIO` or `Unknown linktype N`.
     */
    open(device: string, filter: string, bufSize: number, buffer: Buffer): string;
    close(): void;
    on(event: 'packet', listener: (nbytes: number, truncated: boolean) => void): this;
    static deviceList(): CapDevice[];
    static findDevice(ip?: string): string | undefined;
  }

  const cap: { Cap: typeof Cap };
  export default cap;
  export type { CapDevice };
}
