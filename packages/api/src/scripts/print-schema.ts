// Writes packages/api/schema.graphql from the code; a unit test fails when the two differ.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { printApiSchema } from '../schema/build.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../../schema.graphql', import.meta.url));

await writeFile(SCHEMA_FILE, await printApiSchema(), 'utf8');
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
