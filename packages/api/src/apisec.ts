/** `GET /api/apisec`, `POST /api/apisec/push` (apps/hub/src/apisec/pusher.ts `status`). */

export type ApisecState = 'ok' | 'pending' | 'unmapped' | 'bad_key' | 'not_found' | 'retrying' | 'onboarding_failed';

export interface ApisecService {
  service: string;
  mapping: { appId: string; instanceId: string } | null;
  /** Mapped by the hub's auto-onboarding rather than the config file. */
  onboarded: boolean;
  endpoints: number;
  state: ApisecState;
  pushed: number;
  lastPushAt: number | null;
  lastError: string | null;
  /** When a `retrying` service is tried again; null otherwise. */
  nextAttemptAt: number | null;
}

export interface ApisecOn {
  enabled: true;
  configPath: string;
  loadedAt: number | null;
  configError: string | null;
  devApiUrl: string | null;
  autoOnboardNewServices: boolean;
  mappedServices: string[];
  services: ApisecService[];
}

export interface ApisecOff {
  enabled: false;
  /** How to turn the push on. */
  message: string;
}

export type ApisecStatus = ApisecOn | ApisecOff;
