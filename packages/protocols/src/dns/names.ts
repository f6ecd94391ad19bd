// Mnemonics for the numbers on the wire (IANA "Domain Name System (DNS) Parameters").

const TYPES: Record<number, string> = {
  1: 'A', 2: 'NS', 5: 'CNAME', 6: 'SOA', 11: 'WKS', 12: 'PTR', 13: 'HINFO', 15: 'MX', 16: 'TXT', 17: 'RP',
  18: 'AFSDB', 24: 'SIG', 25: 'KEY', 28: 'AAAA', 29: 'LOC', 33: 'SRV', 35: 'NAPTR', 36: 'KX', 37: 'CERT',
  39: 'DNAME', 41: 'OPT', 42: 'APL', 43: 'DS', 44: 'SSHFP', 45: 'IPSECKEY', 46: 'RRSIG', 47: 'NSEC',
  48: 'DNSKEY', 49: 'DHCID', 50: 'NSEC3', 51: 'NSEC3PARAM', 52: 'TLSA', 53: 'SMIMEA', 55: 'HIP',
  59: 'CDS', 60: 'CDNSKEY', 61: 'OPENPGPKEY', 62: 'CSYNC', 63: 'ZONEMD', 64: 'SVCB', 65: 'HTTPS', 99: 'SPF',
  108: 'EUI48', 109: 'EUI64', 249: 'TKEY', 250: 'TSIG', 251: 'IXFR', 252: 'AXFR', 253: 'MAILB', 254: 'MAILA',
  255: 'ANY', 256: 'URI', 257: 'CAA',
};

const CLASSES: Record<number, string> = { 1: 'IN', 3: 'CH', 4: 'HS', 254: 'NONE', 255: 'ANY' };

const RCODES: Record<number, string> = {
  0: 'NOERROR', 1: 'FORMERR', 2: 'SERVFAIL', 3: 'NXDOMAIN', 4: 'NOTIMP', 5: 'REFUSED', 6: 'YXDOMAIN',
  7: 'YXRRSET', 8: 'NXRRSET', 9: 'NOTAUTH', 10: 'NOTZONE', 11: 'DSOTYPENI', 16: 'BADVERS', 17: 'BADKEY',
  18: 'BADTIME', 19: 'BADMODE', 20: 'BADNAME', 21: 'BADALG', 22: 'BADTRUNC', 23: 'BADCOOKIE',
};

const OPCODES: Record<number, string> = { 0: 'QUERY', 1: 'IQUERY', 2: 'STATUS', 4: 'NOTIFY', 5: 'UPDATE', 6: 'DSO' };

/** EDNS option codes (RFC 6891 registry). */
const EDNS_OPTIONS: Record<number, string> = {
  3: 'NSID', 5: 'DAU', 6: 'DHU', 7: 'N3U', 8: 'ECS', 9: 'EXPIRE', 10: 'COOKIE', 11: 'TCP-KEEPALIVE',
  12: 'PADDING', 13: 'CHAIN', 14: 'KEY-TAG', 15: 'EDE', 18: 'REPORT-CHANNEL', 19: 'ZONEVERSION',
};

/** RFC 3597 spelling for numbers without a mnemonic: `TYPE65280`, `CLASS42`. */
export const typeName = (t: number): string => TYPES[t] ?? `TYPE${t}`;
export const className = (c: number): string => CLASSES[c] ?? `CLASS${c}`;
export const rcodeName = (r: number): string => RCODES[r] ?? `RCODE${r}`;
export const opcodeName = (o: number): string => OPCODES[o] ?? `OPCODE${o}`;
export const ednsOptionName = (o: number): string => EDNS_OPTIONS[o] ?? `OPT${o}`;
export const isKnownOpcode = (o: number): boolean => o in OPCODES;
export const isKnownClass = (c: number): boolean => c in CLASSES;

export const TYPE = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, OPT: 41, SVCB: 64, HTTPS: 65 } as const;
