import { describe, expect, it } from 'vitest';
import { byReport } from './candidates.ts';

const brennan = { slug: 'margaret-brennan' };
const cbs = { name: 'CBS News' };
const report = (excerpt: string, sourceId = 'source:cbs') => ({ excerpt, source: { id: sourceId } });
const options = report('Brennan has reported the most likely options are Vietnam or Thailand.');
const candidate = (place: string, citation = options, reportedBy: { slug: string } | null = brennan) => ({
  place,
  reportedBy,
  reportedByOrganization: cbs,
  citation,
});
const places = (groups: { place: string }[][]) => groups.map((g) => g.map((c) => c.place));

describe('byReport', () => {
  it('puts the places one excerpt reports together, so the excerpt is shown once', () => {
    const groups = byReport([candidate('Vietnam'), candidate('Thailand')], (c) => c.citation);
    expect(places(groups)).toEqual([['Vietnam', 'Thailand']]);
  });

  it('keeps apart what another excerpt, source or reporter says, in order of first mention', () => {
    const groups = byReport(
      [
        candidate('Vietnam'),
        candidate('Hawaii', report('Hawaii was also discussed.')),
        candidate('Thailand'),
        candidate('Mongolia', report(options.excerpt, 'source:other')),
        candidate('Singapore', options, null),
      ],
      (c) => c.citation,
    );
    expect(places(groups)).toEqual([['Vietnam', 'Thailand'], ['Hawaii'], ['Mongolia'], ['Singapore']]);
  });

  it('has no groups for no candidates', () => {
    expect(byReport([], () => options)).toEqual([]);
  });
});
