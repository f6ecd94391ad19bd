// The program behind `trawl` (src/main.ts starts it, bundled or not): one function per command.
import { EXIT_USAGE, UsageError } from './errors.js';
import { runCommand } from './run.js';
import { readCommand } from './commands/read.js';

const USAGE = `usage: trawl <command> [options]

  start               run trawl on this machine: nats-server, hub, worker; prints the URL
  clean [--purge]     stop what start left running; --purge also removes the stored data
  tap                 run trawl in the current Kubernetes context; prints the URL
  clean --kube        remove what tap put in the cluster
  read FILE...        entries from pcap/pcapng files (NDJSON on stdout, summary on stderr)
  kfl check 'QUERY'   check a KFL query
  endpoints export|clear|list|openapi
                      the hub's endpoint inventory (captured-endpoints.json, OpenAPI)
  help                this text

Exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad query.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'read':
      return readCommand(rest);
    case 'kfl':
      // Loaded on demand: the KFL parser is slow to build and `read` rarely needs it.
      return (await import('./commands/kfl.js')).kflCommand(rest);
    case 'start':
      return (await import('./commands/start.js')).startCommand(rest);
    case 'endpoints':
      return (await import('./commands/endpoints.js')).endpointsCommand(rest);
    case 'tap':
      return (await import('./commands/tap.js')).tapCommand(rest);
    case 'clean':
      return (await import('./commands/clean.js')).cleanCommand(rest);
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE + '\n');
      return 0;
    case undefined:
      process.stderr.write(USAGE + '\n');
      return EXIT_USAGE;
    default:
      throw new UsageError(`unknown command "${command}"\n${USAGE}`);
  }
}

process.exitCode = await runCommand(() => main(process.argv.slice(2)));
