import openapiTS, { astToString } from 'openapi-typescript';

const HEADER = '// The types of the API, generated from schemas/openapi.json by `npm run api`. Do not edit.\n';

/** TypeScript types of every operation of an OpenAPI document. */
export async function clientTypes(doc: Record<string, unknown>): Promise<string> {
  const ast = await openapiTS(doc as unknown as Parameters<typeof openapiTS>[0], { rootTypes: false });
  return `${HEADER}${astToString(ast)}`;
}
