import { Suspense } from 'react';
import { RecordingsView } from '@/components/RecordingsView';

export default function RecordingsPage() {
  return (
    <Suspense fallback={<div className="empty">Loading…</div>}>
      <RecordingsView />
    </Suspense>
  );
}
