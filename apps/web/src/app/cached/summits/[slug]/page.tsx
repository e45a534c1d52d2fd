import { forReaders } from '../../../../lib/page-cache/cached-twin.ts';
import Page, { generateMetadata as metadata } from '../../../summits/[slug]/page.tsx';

// The summits page as readers get it, kept in the page cache (apps/web/README.md, "Caching"). Next reads these
// two settings from each route's own file, as literals, so every cached twin states them.
export const dynamic = 'force-static';
export const revalidate = 30;
export { generateStaticParams } from '../../../../lib/page-cache/cached-twin.ts';
export const generateMetadata = forReaders(metadata);
export default forReaders(Page);
