import { KflError, normalize, parse } from '@trawl/kfl';
import { EXIT_OK, UsageError } from '../errors.js';
export const KFL_USAGE = `usage: trawl kfl check 'QUERY'

Checks a KFL query: prints it normalised and exits 0, or prints where it is wrong and exits 2.`;
/** A KFL error as the user sees it: the message, the query, and a caret under the bad span. */
export function kflMessage(query, e) {
    const { line, column, length } = e.position;
    const text = query.split('\n')[line - 1] ?? '';
    const caret = ' '.repeat(Math.max(0, column - 1)) + '^'.repeat(Math.max(1, length));
    return `invalid KFL: ${e.message}\n  ${text}\n  ${caret}`;
}
export function kflCommand(argv) {
    const [verb, ...rest] = argv;
    if (verb === '--help' || verb === '-h' || verb === undefined) {
        process.stdout.write(KFL_USAGE + '\n');
        return verb === undefined ? 2 : EXIT_OK;
    }
    if (verb !== 'check')
        throw new UsageError(`unknown kfl command "${verb}"\n${KFL_USAGE}`);
    if (rest.length !== 1)
        throw new UsageError(`trawl kfl check takes one query (quote it)\n${KFL_USAGE}`);
    const query = rest[0];
    try {
        process.stdout.write(normalize(parse(query)) + '\n');
        return EXIT_OK;
    }
    catch (e) {
        if (e instanceof KflError)
            throw new UsageError(kflMessage(query, e));
        throw e;
    }
}
//# sourceMappingURL=kfl.js.map