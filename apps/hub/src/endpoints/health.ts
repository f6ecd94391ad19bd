/**
 * Health and probe endpoints are skipped from the inventory by default: they are not part of a
 * service's API and they dominate request counts. The list is configurable (`--health-paths`).
 */
export const DEFAULT_HEALTH_PATHS: readonly string[] = [
  '/health',
  '/healthz',
  '/health/live',
  '/health/ready',
  '/livez',
  '/readyz',
  '/ready',
  '/readiness',
  '/liveness',
  '/ping',
  '/status',
  '/metrics',
  '/actuator/health',
  '/actuator/prometheus',
  '/favicon.ico',
];

export function isHealthCheck(path: string, healthPaths: ReadonlySet<string>): boolean {
  const p = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return healthPaths.has(p.toLowerCase());
}
