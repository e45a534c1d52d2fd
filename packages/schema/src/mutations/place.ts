import { PlaceKindEnum } from '../enums/place-kind.ts';
import { CoordinatesInput } from '../inputs/coordinates-input.ts';
import { PlaceRef } from '../refs.ts';
import { recordMutations } from './record-mutations.ts';

recordMutations({
  type: 'place',
  ref: PlaceRef,
  noun: 'a place',
  update: true,
  fields: (t, create) => ({
    name: t.string({ required: create, description: 'The name the place is known by.' }),
    kind: t.field({ type: PlaceKindEnum, required: create, description: 'What sort of place it is.' }),
    aliases: t.stringList({ description: 'Other names sources use.' }),
    withinId: t.id({ description: 'The global id of the place containing it.' }),
    coordinates: t.field({
      type: CoordinatesInput,
      description: 'Where it is (null: not known), e.g. a city’s centre or a country’s representative point.',
    }),
  }),
});
