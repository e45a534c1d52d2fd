import { builder } from '../builder.ts';
import { OrderDirectionEnum } from '../enums/order-direction.ts';
import { StatementOrderFieldEnum } from '../enums/statement-order-field.ts';

export const StatementOrderInput = builder.inputType('StatementOrder', {
  description: 'How to sort statements.',
  fields: (t) => ({
    field: t.field({ type: StatementOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({
      type: OrderDirectionEnum,
      required: true,
      defaultValue: 'ASC',
      description: 'Which way to sort.',
    }),
  }),
});
