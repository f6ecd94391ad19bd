import { Suspense } from 'react';
import { ServiceMap } from '@/components/ServiceMap';

export default function MapPage() {
  return (
    <Suspense fallback={<div className="empty">Loading…</div>}>
      <ServiceMap />
    </Suspense>
  );
}
