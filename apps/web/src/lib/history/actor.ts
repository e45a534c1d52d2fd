/** Who made a revision, as the API answers it to a signed-in editor. */
export interface RevisionActor {
  actorId: string;
  actorEmail?: string | null;
}

/** The actor of imported data and of the seed. */
const IMPORT_ACTOR = 'import';

/** Who made a revision: the account's email; "import" for imported data; an account id the API no longer names. */
export function actorLabel({ actorId, actorEmail }: RevisionActor): string {
  if (actorEmail) return actorEmail;
  return actorId === IMPORT_ACTOR ? 'import' : `account ${actorId}`;
}
