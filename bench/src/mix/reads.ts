import type { Referenced } from '../sections/api.ts';
import type { Step } from './closed-loop.ts';

/** One read in every this many is parsed and its data checked; the others are checked for status and `errors`. */
const SAMPLE_EVERY = 10;

/** The workloads' requests interleaved (summit, statements page, search, person, summit, …), each with its reference. */
const interleave = (referenced: Referenced[]) => {
  const longest = Math.max(...referenced.map((r) => r.requests.length));
  return Array.from({ length: longest }, (_, i) => referenced.flatMap((r) => r.requests[i] ?? []));
};

/**
 * Anonymous reads cycling through every workload's requests. Every answer must be HTTP 200 without `errors`;
 * every SAMPLE_EVERY-th is parsed: with `exact`, its data must be the reference computed in process (nothing
 * was edited yet); without, it must pass the operation's own check (edits change the statements' text).
 */
export function readStream(referenced: Referenced[], exact: boolean): () => Step {
  const requests = interleave(referenced)
    .flat()
    .map(({ operation, reference }) => ({
      operation,
      reference,
      body: JSON.stringify({ query: operation.query, variables: operation.variables }),
    }));
  let sent = 0;
  return () => {
    const { operation, reference, body } = requests[sent % requests.length] as (typeof requests)[number];
    const keepBody = sent++ % SAMPLE_EVERY === 0;
    return {
      kind: 'read',
      body,
      keepBody,
      check(answer) {
        if (answer.hasErrors) return `${operation.name}: errors in the answer`;
        if (!keepBody) return null;
        try {
          const { data } = JSON.parse(String(answer.body)) as { data?: unknown };
          if (!exact) operation.check(data);
          else if (JSON.stringify(data) !== reference) return `${operation.name}: not the reference data`;
          return null;
        } catch (error) {
          return `${operation.name}: ${(error as Error).message.slice(0, 120)}`;
        }
      },
    };
  };
}
