import type { Metadata } from 'next';
import { Suspense, type ReactNode } from 'react';
import { Providers } from './providers';
import { Nav } from '@/components/Nav';
import { StatusBar } from '@/components/StatusBar';
import './globals.css';

export const metadata: Metadata = {
  title: 'trawl',
  description: 'API traffic, captured passively: search, watch, map.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <div className="app">
            <header className="topbar">
              <a className="brand" href="/" aria-label="trawl home">
                trawl
              </a>
              <Suspense fallback={<nav className="nav" aria-label="Pages" />}>
                <Nav />
              </Suspense>
            </header>
            <main className="main">{children}</main>
            <StatusBar />
          </div>
        </Providers>
      </body>
    </html>
  );
}
