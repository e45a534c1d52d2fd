import { type Dataset, datasetKeys } from '../records/dataset.ts';
import type { RecordType } from '../records/enums.ts';

/** A dataset as the JSON Lines `db import` reads, one `{"type": …, "record": {…}}` a line, referenced types first. */
export function* jsonlLines(dataset: Partial<Dataset>): Generator<string> {
  for (const [type, key] of Object.entries(datasetKeys) as [RecordType, keyof Dataset][]) {
    for (const record of dataset[key] ?? []) yield `${JSON.stringify({ type, record })}\n`;
  }
}
