/** Parley's tables: one per record type plus the ordered lists each record owns; accounts in auth.ts. */
export * from './auth.ts';
export * from './enums.ts';
export * from './meetings.ts';
export * from './organizations.ts';
export * from './people.ts';
export * from './places.ts';
export * from './record-counts.ts';
export * from './revisions.ts';
export * from './sources.ts';
export * from './statements.ts';
export * from './summits.ts';
export * from './topics.ts';
