import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { HydrateLater } from './hydrate-later.tsx';

describe('HydrateLater', () => {
  it('renders its content in full inside the boundary React hydrates on its own', () => {
    const html = renderToString(
      createElement('main', null, createElement(HydrateLater, null, createElement('p', null, 'Sources'))),
    );
    // <!--$--> … <!--/$--> is a completed Suspense boundary: the browser shows it, React hydrates it in a pass of its own.
    expect(html).toBe('<main><!--$--><p>Sources</p><!--/$--></main>');
  });
});
