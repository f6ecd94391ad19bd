import { Suspense } from 'react';
import { TrafficView } from '@/components/TrafficView';

// The filter lives in the URL (`/?q=…&entry=…`); useSearchParams needs a Suspense boundary in a static export.
export default function TrafficPage() {
  return (
    <Suspense fallback={<div className="empty">Loading…</div>}>
      <TrafficView />
    </Suspense>
  );
}
