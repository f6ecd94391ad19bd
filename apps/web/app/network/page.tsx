import { Suspense } from 'react';
import { NetworkView } from '@/components/NetworkView';

export default function NetworkPage() {
  return (
    <Suspense fallback={<div className="empty">Loading…</div>}>
      <NetworkView />
    </Suspense>
  );
}
