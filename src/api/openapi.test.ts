import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openapiDocument } from '../server/routes/document.js';
import { clientTypes } from './types.js';

const root = join(import.meta.dirname, '../..');

describe('the committed API contract', () => {
  it('is the document the server serves, and the client types are made from it (run `npm run api` after changing a route)', async () => {
    const doc = await openapiDocument();
    const committed = JSON.parse(readFileSync(join(root, 'schemas/openapi.json'), 'utf8')) as unknown;
    expect(committed).toEqual(JSON.parse(JSON.stringify(doc)));
    expect(readFileSync(join(root, 'src/api/openapi.ts'), 'utf8')).toBe(await clientTypes(doc));
  });
});
