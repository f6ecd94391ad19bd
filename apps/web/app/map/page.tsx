export default function MapPage() {
  return (
    <div className="empty">
      <h2>Service map</h2>
      <p>Not built yet (issue 6). Use the traffic view meanwhile.</p>
    </div>
  );
}
