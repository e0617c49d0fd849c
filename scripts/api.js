#!/usr/bin/env node
// Writes the API contract and the client types made from it:
//   schemas/openapi.json   the OpenAPI document, as /openapi.json serves it
//   src/api/openapi.ts     TypeScript types of every operation (openapi-typescript)
// Run after changing a route: `npm run api`. A test fails while either is out of date.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openapiDocument } from '../dist/server/routes/document.js';
import { clientTypes } from '../dist/api/types.js';

const root = join(import.meta.dirname, '..');
const doc = await openapiDocument();
writeFileSync(join(root, 'schemas/openapi.json'), `${JSON.stringify(doc, null, 2)}\n`);
writeFileSync(join(root, 'src/api/openapi.ts'), await clientTypes(doc));
console.log('wrote schemas/openapi.json and src/api/openapi.ts');
