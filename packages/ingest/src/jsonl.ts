import { datasetKeys, type RecordType } from '@parley/domain';
import type { Proposal } from './propose/proposal.ts';

const order = Object.keys(datasetKeys) as RecordType[];

/**
 * The proposal as `db import` reads it: one `{"type", "record"}` per line, the source first, then the new
 * records and the new versions of recorded ones, referenced types before those referring to them.
 */
export function* proposalLines(proposal: Proposal): Generator<string> {
  const records = [...proposal.records].sort((a, b) => order.indexOf(a.type) - order.indexOf(b.type));
  for (const { type, record } of records) yield `${JSON.stringify({ type, record })}\n`;
}

/** Per proposed record, which words produced it: what `--explain` prints. */
export function* explanationLines(proposal: Proposal): Generator<string> {
  for (const { action, record, because } of proposal.records)
    yield `${action} ${record.id}\n${because.map((line) => `  ${line}\n`).join('')}`;
}
