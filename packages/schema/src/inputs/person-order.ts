import { builder } from '../builder.ts';
import { OrderDirectionEnum } from '../enums/order-direction.ts';
import { PersonOrderFieldEnum } from '../enums/person-order-field.ts';

export const PersonOrderInput = builder.inputType('PersonOrder', {
  description: 'How to sort people.',
  fields: (t) => ({
    field: t.field({ type: PersonOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({
      type: OrderDirectionEnum,
      required: true,
      defaultValue: 'ASC',
      description: 'Which way to sort.',
    }),
  }),
});
