import type { CandidateLocation } from '@parley/domain';
import { builder } from '../builder.ts';
import { OrganizationRef, PersonRef, PlaceRef } from '../refs.ts';
import { CitationRef } from './citation.ts';

export const CandidateLocationRef = builder.objectRef<CandidateLocation>('CandidateLocation').implement({
  description: 'A place reported as a possible venue for a summit, with who reported it.',
  fields: (t) => ({
    place: t.field({ type: PlaceRef, description: 'The possible venue.', resolve: (c) => c.placeId }),
    reportedBy: t.field({
      type: PersonRef,
      nullable: true,
      description: 'The person who reported it; null when no one is named.',
      resolve: (c) => c.reportedById,
    }),
    reportedByOrganization: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The organization that reported it; null when none is named.',
      resolve: (c) => c.reportedByOrganizationId,
    }),
    citation: t.expose('citation', { type: CitationRef, description: 'Where the report comes from.' }),
  }),
});
