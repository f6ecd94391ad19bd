/**
 * Subjects (DESIGN.md §5). `<node>` is the worker's name with characters NATS gives meaning to
 * (`.`, `*`, `>`, whitespace) replaced by `_`: see `subjectToken`.
 */
export const SUBJECTS = {
  entries: (node: string) => `trawl.entries.${subjectToken(node)}`,
  flows: (node: string) => `trawl.flows.${subjectToken(node)}`,
  hello: (node: string) => `trawl.workers.${subjectToken(node)}.hello`,
  allEntries: 'trawl.entries.>',
  allFlows: 'trawl.flows.>',
  allHellos: 'trawl.workers.*.hello',
  /** Capture jobs: request/reply on `trawl.jobs.<node>.<op>` (jobs.ts). */
  job: (node: string, op: string) => `trawl.jobs.${subjectToken(node)}.${op}`,
  jobs: (node: string) => `trawl.jobs.${subjectToken(node)}.*`,
} as const;

export function subjectToken(name: string): string {
  const t = name.replace(/[.*>\s]/g, '_');
  return t.length > 0 ? t : '_';
}
