import { Suspense } from 'react';
import { EndpointsView } from '@/components/EndpointsView';

export default function EndpointsPage() {
  return (
    <Suspense fallback={<div className="empty">Loading…</div>}>
      <EndpointsView />
    </Suspense>
  );
}
