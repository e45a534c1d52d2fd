import { writeFileSync } from 'node:fs';
import { printSchemaFile } from './sdl.ts';

/** Writes schema.graphql next to package.json: the contract the site and other clients type against. */
writeFileSync(new URL('../schema.graphql', import.meta.url), printSchemaFile());
