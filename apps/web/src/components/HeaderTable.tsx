'use client';

/** Header names and values as a table (values of any JSON type shown as text). */
export function HeaderTable({ headers, label }: { headers: Record<string, unknown>; label: string }) {
  const rows = Object.entries(headers);
  if (rows.length === 0) return <p className="muted">No headers.</p>;
  return (
    <table className="headers kv" aria-label={label}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Value</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <th scope="row">{k}</th>
            <td>{Array.isArray(v) ? v.join(', ') : typeof v === 'string' ? v : JSON.stringify(v)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
