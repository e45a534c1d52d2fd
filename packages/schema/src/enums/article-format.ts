import { builder } from '../builder.ts';

export const ArticleFormatEnum = builder.enumType('ArticleFormat', {
  description: 'How an article is written down.',
  values: {
    HTML: { value: 'html', description: 'A web page: only its article body is read.' },
    TEXT: {
      value: 'text',
      description: 'Plain text: captions, credits and notices are recognised and left out.',
    },
  } as const,
});
