import { describe, expect, it } from 'vitest';
import { actorLabel } from './actor.ts';
import { auditRecord } from './audit-record.ts';
import { recordLabel } from './record-label.ts';
import { utcDateTime } from './when.ts';

describe('a revision in words', () => {
  it('says when in UTC, whatever the server’s zone', () => {
    expect(utcDateTime('2026-11-29T23:05:51.334Z')).toBe('29 November 2026, 23:05 UTC');
    expect(utcDateTime('not a time')).toBe('not a time');
  });

  it('says who by email, "import" for imported data, else by account id', () => {
    expect(actorLabel({ actorId: 'abc', actorEmail: 'admin@h.example' })).toBe('admin@h.example');
    expect(actorLabel({ actorId: 'import', actorEmail: null })).toBe('import');
    expect(actorLabel({ actorId: 'abc' })).toBe('account abc');
  });

  it('names a record by its title or name, else by its words cut short', () => {
    expect(recordLabel({ title: 'Hanoi summit', slug: 'hanoi' })).toBe('Hanoi summit');
    expect(recordLabel({ quote: null, paraphrase: 'x'.repeat(100) })).toBe(`“${'x'.repeat(79)}…”`);
    expect(recordLabel({ quote: 'We met.', slug: 's' })).toBe('“We met.”');
    expect(recordLabel(null)).toBe('a record');
  });

  it('links an audited record to its pages by its slug then, or its id when it has no slug', () => {
    expect(auditRecord('PERSON', { id: 'person:donald-trump', slug: 'trump', name: 'Donald Trump' })).toEqual(
      {
        label: 'Donald Trump',
        page: '/people/trump',
        history: '/desk/people/trump/history',
      },
    );
    expect(auditRecord('MEETING', { id: 'meeting:a-b' })).toMatchObject({ page: '/meetings/a-b' });
    expect(auditRecord('PLACE', { id: 'place:hanoi', slug: 'hanoi', name: 'Hanoi' })).toEqual({
      label: 'Hanoi',
      page: null,
      history: null,
    });
  });
});
