/**
 * Whether a process with this pid exists (signal 0 checks without sending anything). For the
 * local run's pid files (`trawl clean`) and the tests that stop its parts.
 */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
