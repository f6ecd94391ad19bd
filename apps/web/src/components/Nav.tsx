'use client';
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';

const PAGES = [
  { href: '/', label: 'Traffic' },
  { href: '/map/', label: 'Service map' },
  { href: '/dashboard/', label: 'Dashboard' },
  { href: '/network/', label: 'Network' },
  { href: '/endpoints/', label: 'Endpoints' },
  { href: '/recordings/', label: 'Recordings' },
  { href: '/jobs/', label: 'Capture jobs' },
  { href: '/settings/', label: 'Settings' },
];

/** The pages, each keeping the current filter (`q`, the time range and a token follow you from page to page). */
export function Nav() {
  const path = usePathname();
  const params = useSearchParams();
  const keep = new URLSearchParams();
  for (const k of ['q', 'range', 'from', 'to', 'token']) {
    const v = params.get(k);
    if (v) keep.set(k, v);
  }
  const qs = keep.toString();
  return (
    <nav className="nav" aria-label="Pages">
      {PAGES.map((p) => {
        const current = p.href === '/' ? path === '/' : path.startsWith(p.href.replace(/\/$/, ''));
        return (
          <Link key={p.href} href={qs ? `${p.href}?${qs}` : p.href} aria-current={current ? 'page' : undefined} className={current ? 'current' : undefined}>
            {p.label}
          </Link>
        );
      })}
    </nav>
  );
}
