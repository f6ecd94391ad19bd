import { Suspense } from 'react';
import { WebhookSettings } from '@/components/WebhookSettings';

export default function SettingsPage() {
  return (
    <Suspense fallback={<div className="empty">Loading…</div>}>
      <WebhookSettings />
    </Suspense>
  );
}
