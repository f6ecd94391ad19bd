import { Suspense } from 'react';
import { JobsView } from '@/components/JobsView';

export default function JobsPage() {
  return (
    <Suspense fallback={<div className="empty">Loading…</div>}>
      <JobsView />
    </Suspense>
  );
}
