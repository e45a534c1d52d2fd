import {
  type ReadScope,
  RecordType,
  type SearchableType,
  type Store,
  type TimelineType,
} from '@parley/domain';

/** What a response read from the store: records by id, the types it listed or counted, and searched by words. */
export interface Reads {
  ids: Set<string>;
  types: Set<RecordType>;
  searched: Set<RecordType>;
}

export const noReads = (): Reads => ({ ids: new Set(), types: new Set(), searched: new Set() });

/**
 * One call's reads: ids it loaded, types of which a record created or moved in lists may change its answer,
 * and types whose words it searched (a change of a quote alone changes only those).
 */
interface Read {
  ids?: Iterable<string>;
  types?: Iterable<RecordType>;
  searched?: Iterable<RecordType>;
}

// Calls that read nothing a response shows (writes are never cached; mutations bypass the cache).
const unreadCalls = ['commit', 'writeDataset', 'onChange', 'ping', 'close'] as const;
const unread = new Set<PropertyKey>(unreadCalls);

type ReadCall = Exclude<keyof Store, (typeof unreadCalls)[number]>;
type Method<K extends ReadCall> = Store[K] extends (...args: infer A) => Promise<infer R> ? [A, R] : never;

const everyType: Read = { types: RecordType.options };
const searchable: SearchableType[] = ['summit', 'meeting', 'statement', 'person'];
const timelined: TimelineType[] = ['summit', 'meeting', 'statement'];

/** A list's type, and as of a day also sources: their publication dates decide what it shows. */
const listed = (type: RecordType, { asOf }: ReadScope): Read => ({
  types: asOf ? [type, 'source'] : [type],
});
const listedAll = (types: readonly RecordType[], { asOf }: ReadScope): Read => ({
  types: asOf ? [...types, 'source'] : types,
});

/**
 * What each call reads, from its arguments and answer. A list, search, timeline or count can change with any
 * write of its types, a load only with a write of the ids it asked; a call not named here reads every type.
 */
const reads: { [K in ReadCall]?: (args: Method<K>[0], answer: Method<K>[1]) => Read } = {
  load: ([, ids]) => ({ ids }),
  revisions: ([ids]) => ({ ids }),
  history: ([id]) => ({ ids: [id] }),
  // A slug nobody holds may be taken by any write of the type.
  loadBySlug: ([type], found) => ({
    ids: found.flatMap((record) => (record ? [record.id] : [])),
    types: found.includes(null) ? [type] : [],
  }),
  listSummits: ([args]) => listed('summit', args),
  listMeetings: ([args]) => listed('meeting', args),
  listStatements: ([args]) => ({
    ...listed('statement', args),
    searched: args.filter?.text?.trim() ? ['statement'] : [],
  }),
  listPeople: ([args]) => listed('person', args),
  listTopics: () => ({ types: ['topic'] }),
  listAll: ([type]) => ({ types: [type] }),
  // A chain changes with a write to any place in it (a place moved elsewhere is itself written).
  enclosingPlaces: ([ids], chains) => ({ ids: [...ids, ...chains.flat().map((place) => place.id)] }),
  // Incoming relations come from any statement.
  loadRelations: () => ({ types: ['statement'] }),
  search: ([args]) => {
    const types = args.types?.length ? args.types : searchable;
    return { ...listedAll(types, args), searched: types };
  },
  timeline: ([args]) => listedAll(args.types?.length ? args.types : timelined, args),
  stats: () => everyType,
  changes: () => everyType,
  referrers: () => everyType,
};

function add(into: Reads, read: Read) {
  for (const id of read.ids ?? []) into.ids.add(id);
  for (const type of read.types ?? []) into.types.add(type);
  for (const type of read.searched ?? []) into.searched.add(type);
}

/**
 * The store as one request sees it, noting in `into` what each call read, so that the response cached from it
 * is dropped when a write touches any of that. A call that fails is taken to have read every type.
 */
export function recordReads(store: Store, into: Reads): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || unread.has(key)) return value;
      const readOf = reads[key as ReadCall] as ((args: unknown[], answer: unknown) => Read) | undefined;
      return async (...args: unknown[]) => {
        try {
          const answer = await value.apply(target, args);
          add(into, readOf ? readOf(args, answer) : everyType);
          return answer;
        } catch (error) {
          add(into, everyType);
          throw error;
        }
      };
    },
  });
}
