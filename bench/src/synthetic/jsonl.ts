import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { type Dataset, datasetKeys, type RecordType } from '@parley/domain';

/** Writes a dataset as the JSON Lines that `db import` reads: `{"type": …, "record": {…}}`, sources first. */
export async function writeJsonl(dataset: Dataset, path: string): Promise<number> {
  const out = createWriteStream(path);
  let lines = 0;
  for (const [type, key] of Object.entries(datasetKeys) as [RecordType, keyof Dataset][]) {
    for (const record of dataset[key]) {
      if (!out.write(`${JSON.stringify({ type, record })}\n`)) await once(out, 'drain');
      lines++;
    }
  }
  out.end();
  await once(out, 'finish');
  return lines;
}
