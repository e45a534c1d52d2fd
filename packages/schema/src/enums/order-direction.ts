import type { Direction } from '@parley/domain';
import { builder } from '../builder.ts';

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Sort direction of a list.',
  values: {
    ASC: { description: 'Smallest first: earliest date, A before Z.' },
    DESC: { description: 'Largest first: latest date, Z before A.' },
  } satisfies Record<Direction, { description: string }>,
});
