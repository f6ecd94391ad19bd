'use client';
/**
 * What to do with the inventory: download it (`captured-endpoints.json`, the current service and
 * health-check choice), download one service's OpenAPI 3.1 document, or clear it (asked twice).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiUrl } from '@/lib/api';
import { sendJson } from '@/lib/outputs-api';
import { ConfirmButton } from './ConfirmButton';

export function InventoryActions({ service, openapiService, health, total }: { service: string; openapiService: string; health: boolean; total: number }) {
  const qc = useQueryClient();
  const clear = useMutation({
    mutationFn: () => sendJson<{ cleared: number }>('DELETE', '/api/endpoints'),
    onSettled: () => qc.invalidateQueries({ queryKey: ['endpoints'] }),
  });
  return (
    <div className="actions" role="group" aria-label="Inventory actions">
      <a className="btn" href={apiUrl('/api/endpoints/export', { service, includeHealthChecks: health ? 'true' : undefined })} download="captured-endpoints.json">
        Download captured-endpoints.json
      </a>
      {openapiService ? (
        <a className="btn" href={apiUrl(`/api/openapi/${encodeURIComponent(openapiService)}`)} download={`${openapiService.replace(/[^\w.-]/g, '_')}.openapi.json`}>
          Download OpenAPI for {openapiService}
        </a>
      ) : (
        <button type="button" className="btn" disabled title="Choose a service (or open an endpoint) first">
          Download OpenAPI (choose a service)
        </button>
      )}
      <ConfirmButton
        label="Clear inventory"
        question={`Forget all ${total} endpoints? Traffic from now on builds it again.`}
        confirmLabel="Yes, clear"
        busy={clear.isPending}
        disabled={total === 0}
        onConfirm={() => clear.mutate()}
      />
      <span aria-live="polite" className="small">
        {clear.isSuccess && !clear.isPending && <span className="muted">Cleared {clear.data.cleared} endpoints.</span>}
        {clear.error && <span className="kfl-error">Could not clear: {clear.error.message}</span>}
      </span>
    </div>
  );
}
