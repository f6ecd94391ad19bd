/**
 * `service_config.json`, the file APISec monitor users already have (reference 001):
 * `{ apiKey, autoOnboardNewServices, devApiUrl, serviceMappings: { <service>: { appId, instanceId } } }`.
 * Service names match trawl's service names exactly (case-sensitive), as users expect.
 * Two optional keys are trawl's own: `pushPath` (the endpoint path template on devApiUrl) and
 * `onboardPath` (where new services are announced when autoOnboardNewServices is on).
 */
export interface ServiceMapping {
  appId: string;
  instanceId: string;
}

export interface ApisecConfig {
  apiKey: string;
  autoOnboardNewServices: boolean;
  devApiUrl: string;
  serviceMappings: Record<string, ServiceMapping>;
  pushPath: string;
  onboardPath: string;
}

/** Where endpoints of one application instance are posted (placeholders filled per mapping). */
export const DEFAULT_PUSH_PATH = '/v1/applications/{appId}/instances/{instanceId}/endpoints';
export const DEFAULT_ONBOARD_PATH = '/v1/applications/onboard';

export class ApisecConfigError extends Error {
  override readonly name = 'ApisecConfigError';
}

export function parseApisecConfig(text: string, source: string): ApisecConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ApisecConfigError(`${source} is not valid JSON: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ApisecConfigError(`${source} must hold a JSON object`);
  const r = raw as Record<string, unknown>;
  if (typeof r.apiKey !== 'string' || r.apiKey.trim() === '') throw new ApisecConfigError(`${source}: apiKey is missing or empty (the bearer token from your APISec account)`);
  const devApiUrl = r.devApiUrl ?? 'https://api.dev.apisecapps.com';
  if (typeof devApiUrl !== 'string' || !/^https?:\/\/[^\s/]+/.test(devApiUrl)) throw new ApisecConfigError(`${source}: devApiUrl must be an http(s) URL, not ${JSON.stringify(devApiUrl)}`);
  const auto = r.autoOnboardNewServices ?? false;
  if (typeof auto !== 'boolean') throw new ApisecConfigError(`${source}: autoOnboardNewServices must be true or false`);
  const maps = r.serviceMappings ?? {};
  if (typeof maps !== 'object' || maps === null || Array.isArray(maps)) throw new ApisecConfigError(`${source}: serviceMappings must be an object of service → {appId, instanceId}`);
  const serviceMappings: Record<string, ServiceMapping> = {};
  for (const [service, m] of Object.entries(maps)) {
    const mm = m as Record<string, unknown> | null;
    if (!mm || typeof mm.appId !== 'string' || mm.appId === '' || typeof mm.instanceId !== 'string' || mm.instanceId === '') {
      throw new ApisecConfigError(`${source}: serviceMappings.${service} needs a non-empty appId and instanceId (from https://…/application/<appId>/instance/<instanceId>)`);
    }
    serviceMappings[service] = { appId: mm.appId, instanceId: mm.instanceId };
  }
  const path = (k: string, fallback: string) => {
    const v = r[k] ?? fallback;
    if (typeof v !== 'string' || !v.startsWith('/')) throw new ApisecConfigError(`${source}: ${k} must be a path starting with /`);
    return v;
  };
  return { apiKey: r.apiKey, autoOnboardNewServices: auto, devApiUrl: devApiUrl.replace(/\/+$/, ''), serviceMappings, pushPath: path('pushPath', DEFAULT_PUSH_PATH), onboardPath: path('onboardPath', DEFAULT_ONBOARD_PATH) };
}
