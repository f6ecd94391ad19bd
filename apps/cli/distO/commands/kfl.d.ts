import { KflError } from '@trawl/kfl';
export declare const KFL_USAGE = "usage: trawl kfl check 'QUERY'\n\nChecks a KFL query: prints it normalised and exits 0, or prints where it is wrong and exits 2.";
/** A KFL error as the user sees it: the message, the query, and a caret under the bad span. */
export declare function kflMessage(query: string, e: KflError): string;
export declare function kflCommand(argv: string[]): number;
