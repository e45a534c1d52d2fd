import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Dataset } from '@parley/domain';
import { jsonlLines } from '@parley/domain/testing';

/** Writes a dataset to a file as the JSON Lines that `db import` reads; returns how many lines. */
export async function writeJsonl(dataset: Dataset, path: string): Promise<number> {
  const out = createWriteStream(path);
  let lines = 0;
  for (const line of jsonlLines(dataset)) {
    if (!out.write(line)) await once(out, 'drain');
    lines++;
  }
  out.end();
  await once(out, 'finish');
  return lines;
}
