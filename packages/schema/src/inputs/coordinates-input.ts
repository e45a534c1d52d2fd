import { builder } from '../builder.ts';

// The ranges are the domain's to check (CoordinatesSchema), so an out-of-range value is a userError on its field.
export const CoordinatesInput = builder.inputType('CoordinatesInput', {
  description: 'Where a place is on the globe, in WGS 84 degrees.',
  fields: (t) => ({
    latitude: t.float({
      required: true,
      description: 'Degrees north of the equator (negative: south), from -90 to 90.',
    }),
    longitude: t.float({
      required: true,
      description: 'Degrees east of Greenwich (negative: west), from -180 to 180.',
    }),
  }),
});
