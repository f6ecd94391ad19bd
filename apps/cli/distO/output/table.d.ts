import { type Entry } from '@trawl/protocols';
export declare const TABLE_HEADER: string;
/**
 * The row `pad` would make of the columns, built in one expression: no column array, no join, no
 * padEnd (25k rows of bench/'s HTTP/1 file, with clock(): ~75 ms → ~20 ms of CPU). The time is
 * always 12 characters wide.
 */
export declare function tableRow(e: Entry): string;
