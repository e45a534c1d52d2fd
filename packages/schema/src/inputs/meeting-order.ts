import { builder } from '../builder.ts';
import { MeetingOrderFieldEnum } from '../enums/meeting-order-field.ts';
import { OrderDirectionEnum } from '../enums/order-direction.ts';

export const MeetingOrderInput = builder.inputType('MeetingOrder', {
  description: 'How to sort meetings.',
  fields: (t) => ({
    field: t.field({ type: MeetingOrderFieldEnum, required: true, description: 'What to sort by.' }),
    direction: t.field({
      type: OrderDirectionEnum,
      required: true,
      defaultValue: 'ASC',
      description: 'Which way to sort.',
    }),
  }),
});
