import { builder } from '../builder.ts';
import { OrderDirectionEnum } from '../enums/order-direction.ts';
import { SummitOrderFieldEnum } from '../enums/summit-order-field.ts';

export const SummitOrderInput = builder.inputType('SummitOrder', {
  description: 'How to sort summits.',
  fields: (t) => ({
    field: t.field({ type: SummitOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({
      type: OrderDirectionEnum,
      required: true,
      defaultValue: 'ASC',
      description: 'Which way to sort.',
    }),
  }),
});
