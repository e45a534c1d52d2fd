import type { Step } from './closed-loop.ts';

export const updateStatement = `mutation MixEdit($input: UpdateStatementInput!) {
  updateStatement(input: $input) { statement { id revision paraphrase } userErrors { field message code } }
}`;

/** What the bench last wrote to a statement (or read, before its first edit). */
export interface Known {
  revision: number;
  paraphrase: string | null;
}

/** The statements the bench edits by global id, each with the revision it last read or wrote. */
export type Revisions = Map<string, Known>;

type EditAnswer = {
  data?: {
    updateStatement?: {
      statement: { id: string; revision: number; paraphrase: string | null } | null;
      userErrors: { field: string[] | null; message: string; code: string }[];
    };
  };
  errors?: { message: string }[];
};

/** The edits of one run: how many were written and how many met a CONFLICT (counted apart from errors). */
export interface EditStream {
  /** The next edit, of the next record in turn with no edit of it in flight. */
  next(): Step;
  /** An edit of one given record. */
  of(id: string): Step;
  readonly tally: { written: number; conflicts: number };
}

let edits = 0;

/**
 * Edits as an editor makes them: `updateStatement` of one statement, naming the revision last read or written
 * (kept in `revisions`, so the bench's own edits never conflict), with a new paraphrase and a reason. A right
 * answer has no `errors` or `userErrors`, and the statement at exactly the next revision with the new text; a
 * CONFLICT is counted and the record left alone from then on.
 */
export function editStream(revisions: Revisions, token: string): EditStream {
  const headers = { authorization: `Bearer ${token}` };
  const tally = { written: 0, conflicts: 0 };
  // An edit that got no 200 answer stays here: its revision is unknown, so the record is not edited again.
  const inFlight = new Set<string>();
  let turn = 0;

  const of = (id: string): Step => {
    const known = revisions.get(id);
    if (!known) throw new Error(`no revision known for ${id}`);
    const paraphrase = `Edited by the read/write mix benchmark (edit ${++edits}).`;
    const input = {
      id,
      expectedRevision: known.revision,
      paraphrase,
      reason: 'read/write mix benchmark',
    };
    inFlight.add(id);
    return {
      kind: 'edit',
      body: JSON.stringify({ query: updateStatement, variables: { input } }),
      headers,
      keepBody: true,
      check(answer) {
        inFlight.delete(id);
        let json: EditAnswer;
        try {
          json = JSON.parse(String(answer.body)) as EditAnswer;
        } catch {
          return `edit: not JSON: ${answer.head.slice(0, 80)}`;
        }
        if (json.errors?.length) return `edit: ${json.errors[0]?.message}`;
        const result = json.data?.updateStatement;
        const [error] = result?.userErrors ?? [];
        if (error?.code === 'CONFLICT') {
          tally.conflicts++;
          revisions.delete(id);
          return null;
        }
        if (error) return `edit: ${error.code} ${error.field?.join('.')}: ${error.message}`;
        const written = result?.statement;
        if (written?.revision !== known.revision + 1 || written.paraphrase !== paraphrase)
          return `edit of revision ${known.revision} answered revision ${written?.revision}, paraphrase ${JSON.stringify(written?.paraphrase)}`;
        revisions.set(id, { revision: written.revision, paraphrase });
        tally.written++;
        return null;
      },
    };
  };

  return {
    next() {
      const ids = [...revisions.keys()];
      for (let tried = 0; tried < ids.length; tried++) {
        const id = ids[turn++ % ids.length] as string;
        if (!inFlight.has(id)) return of(id);
      }
      throw new Error('every statement to edit has an edit in flight, or met a conflict');
    },
    of,
    tally,
  };
}
