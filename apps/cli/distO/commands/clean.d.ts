export declare const CLEAN_USAGE = "usage: trawl clean [--data DIR] [--purge]\n\nStops what a `trawl start` left running (from its pid files) and removes its run state.\nThe stored traffic is kept unless --purge is given.";
export declare function cleanCommand(argv: string[]): Promise<number>;
