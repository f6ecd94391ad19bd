'use client';
import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';

const PAGES = [
  { href: '/', label: 'Traffic' },
  { href: '/map/', label: 'Service map' },
  { href: '/dashboard/', label: 'Dashboard' },
];

/** The pages, each keeping the current filter (`q` follows you from page to page). */
export function Nav() {
  const path = usePathname();
  const q = useSearchParams().get('q') ?? '';
  return (
    <nav className="nav" aria-label="Pages">
      {PAGES.map((p) => {
        const current = p.href === '/' ? path === '/' : path.startsWith(p.href.replace(/\/$/, ''));
        return (
          <Link key={p.href} href={q ? `${p.href}?q=${encodeURIComponent(q)}` : p.href} aria-current={current ? 'page' : undefined} className={current ? 'current' : undefined}>
            {p.label}
          </Link>
        );
      })}
    </nav>
  );
}
