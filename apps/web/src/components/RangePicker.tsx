'use client';
import { PRESETS, describeRange, type RangeSpec } from '@/lib/range';

/** Preset time ranges as a labelled radio group; an absolute range from the URL is shown as text. */
export function RangePicker({ value, onChange }: { value: RangeSpec; onChange: (r: RangeSpec) => void }) {
  return (
    <div className="range" role="radiogroup" aria-label="Time range">
      <span className="muted small">Time range:</span>
      {PRESETS.map((p) => (
        <button
          key={p.id}
          type="button"
          role="radio"
          aria-checked={value.preset === p.id}
          className={`btn small${value.preset === p.id ? ' on' : ''}`}
          onClick={() => onChange({ preset: p.id, from: null, to: null })}
        >
          {p.id === 'all' ? 'All' : p.id}
        </button>
      ))}
      {value.preset === null && <span className="small" title="from/to in the URL">{describeRange(value)}</span>}
    </div>
  );
}
