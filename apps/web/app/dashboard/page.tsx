export default function DashboardPage() {
  return (
    <div className="empty">
      <h2>Dashboard</h2>
      <p>Not built yet (issue 6). Use the traffic view meanwhile.</p>
    </div>
  );
}
