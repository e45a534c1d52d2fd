import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '../components/site-footer.tsx';
import { SiteHeader } from '../components/site-header.tsx';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Parley — a sourced record of diplomacy', template: '%s · Parley' },
  description: 'Summits, meetings and statements: who said what, when and where, and which article says so.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

/** Every page: a skip link, the header with navigation and search, the page's main content, the footer. */
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
