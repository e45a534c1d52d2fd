import { type FuzzyDate, FuzzyDateError, parseEdtf, slugify } from '@parley/domain';
import { STATEMENT_KINDS, SUMMIT_STATUS_LABELS } from '../labels.ts';
import { fieldName, NEW_PERSON, newPersonField } from './field-names.ts';
import type { ItemProblem, Review, ReviewItem } from './review.ts';

/** A submitted form's value by field name; null when the form has no such field. */
export type ReadField = (name: string) => string | null;

type Of<T extends ReviewItem['type']> = Extract<ReviewItem, { type: T }>;

const STATUSES = Object.keys(SUMMIT_STATUS_LABELS);

/** Reads one item's fields, noting problems and the people the editor asks to create. */
class ItemReader {
  constructor(
    private readonly item: ReviewItem,
    private readonly read: ReadField,
    private readonly problems: ItemProblem[],
    private readonly newPerson: (name: string) => string,
    private readonly recorded: ReadonlySet<string>,
  ) {}

  private problem(field: string, message: string) {
    this.problems.push({ item: this.item.key, field, message });
  }

  /** A text field: trimmed, empty as null; the current value when the form has no such field. */
  text(path: string, current: string | null): string | null {
    const value = this.read(fieldName(this.item.key, path));
    if (value === null) return current;
    return value.trim() || null;
  }

  /** A text field that must not be left empty. */
  required(path: string, current: string, what: string): string {
    const value = this.text(path, current);
    if (value === null) this.problem(fieldName(this.item.key, path), `${what} cannot be empty`);
    return value ?? current;
  }

  /** One of a list of values (a select), the current one when the form sent something else. */
  choice<T extends string>(path: string, current: T, values: readonly string[]): T {
    const value = this.read(fieldName(this.item.key, path));
    return value !== null && values.includes(value) ? (value as T) : current;
  }

  /** A date written as EDTF ("2018-06-01", "2018-06", "2018-05-24/2018-05-25"), keeping the article's words. */
  date(path: string, current: FuzzyDate | null, required: boolean): FuzzyDate | null {
    const name = fieldName(this.item.key, path);
    const value = this.read(name)?.trim();
    if (value === undefined || value === current?.edtf) return current;
    if (value === '') {
      if (required) this.problem(name, 'A date is needed, e.g. 2018-06-01');
      return required ? current : null;
    }
    try {
      return parseEdtf(value, current?.text ?? null);
    } catch (error) {
      if (!(error instanceof FuzzyDateError)) throw error;
      this.problem(
        name,
        `"${value}" is not a date Parley reads: write 2018-06-01, 2018-06 or 2018-05-24/2018-05-25`,
      );
      return current;
    }
  }

  /** A whole number of minutes, or none. */
  minutes(path: string, current: number | null): number | null {
    const name = fieldName(this.item.key, path);
    const value = this.read(name)?.trim();
    if (value === undefined) return current;
    if (value === '') return null;
    if (/^\d+$/.test(value) && Number(value) > 0) return Number(value);
    this.problem(name, `"${value}" is not a number of minutes`);
    return current;
  }

  /** A person choice: a recorded or proposed person's id, or a new person named beside it. */
  person(path: string, current: string): string {
    const name = fieldName(this.item.key, path);
    const value = this.read(name);
    if (!value) return current;
    if (value !== NEW_PERSON) return value;
    const newName = this.read(newPersonField(name))?.trim() ?? '';
    const slug = slugify(newName);
    const id = `person:${slug}`;
    if (!slug) {
      this.problem(newPersonField(name), 'Give the new person’s name, or choose a person from the list');
      return current;
    }
    if (this.recorded.has(id)) {
      this.problem(newPersonField(name), `${newName} is recorded already: choose them in the list`);
      return current;
    }
    return this.newPerson(newName);
  }
}

function readStatement(item: Of<'STATEMENT'>, f: ItemReader): Of<'STATEMENT'> {
  const r = item.record;
  return {
    ...item,
    record: {
      ...r,
      kind: f.choice('kind', r.kind, STATEMENT_KINDS),
      quote: f.text('quote', r.quote),
      paraphrase: f.text('paraphrase', r.paraphrase),
      date: f.date('date', r.date, true) ?? r.date,
      speakerId: r.speakerId === null ? null : f.person('speaker', r.speakerId),
    },
  };
}

function readMeeting(item: Of<'MEETING'>, f: ItemReader): Of<'MEETING'> {
  const r = item.record;
  return {
    ...item,
    record: {
      ...r,
      title: f.required('title', r.title, 'The title'),
      description: f.text('description', r.description),
      date: f.date('date', r.date, true) ?? r.date,
      durationMinutes: f.minutes('duration', r.durationMinutes),
      participants: r.participants.map((p, i) => ({
        ...p,
        personId: f.person(`participant.${i}`, p.personId),
      })),
    },
  };
}

function readSummit(item: Of<'SUMMIT'>, f: ItemReader, sourceId: string): Of<'SUMMIT'> {
  const r = item.record;
  const created = item.action === 'CREATE';
  return {
    ...item,
    record: {
      ...r,
      title: created ? f.required('title', r.title, 'The title') : r.title,
      status: created ? f.choice('status', r.status, STATUSES) : r.status,
      // Only the developments this article reports are the editor's to correct here.
      developments: r.developments.map((d, j) =>
        d.citation.sourceId !== sourceId
          ? d
          : {
              ...d,
              status: f.choice(`development.${j}.status`, d.status, STATUSES),
              description: f.required(`development.${j}.description`, d.description, 'The description'),
              date: f.date(`development.${j}.date`, d.date, false),
            },
      ),
    },
  };
}

/** A new person or place: only its name is the editor's to correct here. */
function renamed<T extends Of<'PERSON'> | Of<'PLACE'>>(item: T, f: ItemReader): T {
  return { ...item, record: { ...item.record, name: f.required('name', item.record.name, 'The name') } };
}

function readItem(item: ReviewItem, f: ItemReader, sourceId: string): ReviewItem {
  switch (item.type) {
    case 'STATEMENT':
      return readStatement(item, f);
    case 'MEETING':
      return readMeeting(item, f);
    case 'SUMMIT':
      return readSummit(item, f, sourceId);
    case 'PERSON':
    case 'PLACE':
      return renamed(item, f);
    default:
      return item;
  }
}

/** A record with every reference to one record id turned into another. */
function repointed<T>(value: T, from: string, to: string, key = ''): T {
  if (typeof value === 'string') return (value === from && /Ids?$/.test(key) ? to : value) as T;
  if (Array.isArray(value)) return value.map((inner) => repointed(inner, from, to, key)) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, inner]) => [k, repointed(inner, from, to, k)]),
    ) as T;
  return value;
}

/** A person the editor asked for by name: a new record, accepted. */
const newPersonItem = (key: string, name: string): Of<'PERSON'> => {
  const slug = slugify(name);
  return {
    key,
    type: 'PERSON',
    action: 'CREATE',
    record: { id: `person:${slug}`, slug, name, aliases: [], countryId: null, roles: [] },
    before: null,
    expectedRevision: 0,
    because: ['a new person the editor named'],
    accepted: true,
  };
};

/**
 * A review as the editor's form left it: which items are accepted (the source always is), the fields they
 * corrected, people they matched otherwise, created by name, or found to be a recorded person after all
 * (`<person item>.same`: every reference to the proposed new person then goes to the recorded one). Values
 * that do not read (a date, a number) keep the proposal's and are reported as problems.
 */
export function readReview(
  review: Review,
  read: ReadField,
  recorded: ReadonlySet<string>,
): { review: Review; problems: ItemProblem[] } {
  const problems: ItemProblem[] = [];
  const added: Of<'PERSON'>[] = [];
  let next = review.items.length;
  const newPerson = (name: string) => {
    const id = `person:${slugify(name)}`;
    const known = [...review.items, ...added].find((item) => item.record.id === id);
    if (!known) added.push(newPersonItem(`r${next++}`, name));
    return id;
  };
  let items = review.items.map((item) => {
    const accepted = item.type === 'SOURCE' || read(fieldName(item.key, 'accept')) !== null;
    const reader = new ItemReader(item, read, problems, newPerson, recorded);
    return readItem({ ...item, accepted }, reader, review.sourceId);
  });
  for (const person of items.filter((item) => item.type === 'PERSON' && item.action === 'CREATE')) {
    const same = read(fieldName(person.key, 'same'));
    if (!same || !recorded.has(same)) continue;
    items = items
      .filter((item) => item !== person)
      .map((item) => ({ ...item, record: repointed(item.record, person.record.id, same) }) as ReviewItem);
  }
  return { review: { ...review, items: [...items, ...added] }, problems };
}
