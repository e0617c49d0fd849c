/** What the OpenAPI document must say of every operation, as a list of what is missing (empty when complete). */

interface Media {
  schema?: Record<string, unknown>;
  example?: unknown;
  examples?: unknown;
}

const hasExample = (m: Media | undefined): boolean => m !== undefined && (m.example !== undefined || m.examples !== undefined || Array.isArray(m.schema?.examples));

interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; description?: string }[];
  requestBody?: { content?: Record<string, Media> };
  responses?: Record<string, { description?: string; content?: Record<string, Media> }>;
  security?: unknown[];
}

/** POST operations that act on something that exists rather than create: they answer 200. */
export const ACTIONS = new Set(['cancelJob', 'reportJob', 'putJobOutput', 'cancelOrder', 'approveJoin', 'rejectJoin', 'joinParent', 'deliverMessages', 'setPolicies', 'quoteOrder']);

const METHODS = ['get', 'post', 'patch', 'put', 'delete'];

export function contractGaps(doc: { paths: Record<string, Record<string, Operation>> }): string[] {
  const gaps: string[] = [];
  const ids = new Set<string>();
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const name = `${method.toUpperCase()} ${path}`;
      const gap = (what: string) => gaps.push(`${name}: ${what}`);
      if (!op.operationId) gap('no operationId');
      else if (ids.has(op.operationId)) gap(`operationId ${op.operationId} is used twice`);
      else ids.add(op.operationId);
      if (!op.summary) gap('no summary');
      if (!op.description || op.description.length < 20) gap('no description of what it does');
      for (const p of op.parameters ?? []) if (!p.description) gap(`parameter ${p.in} ${p.name} is not described`);
      if (op.requestBody) {
        const media = op.requestBody.content?.['application/json'];
        if (!media?.schema) gap('request body without a schema');
        else if (!hasExample(media)) gap('request body without an example');
      }
      const responses = op.responses ?? {};
      const success = Object.keys(responses).filter((s) => s.startsWith('2'));
      if (success.length === 0) gap('no success response');
      for (const s of success) {
        const media = Object.values(responses[s]!.content ?? {})[0];
        const schema = media?.schema;
        if (!schema || Object.keys(schema).filter((k) => k !== 'description').length === 0) gap(`response ${s} has no schema`);
        else if (!hasExample(media) && !(responses[s]!.description ?? '').startsWith('A replay')) gap(`response ${s} has no example`);
      }
      if (method === 'post' && !ACTIONS.has(op.operationId ?? '') && !success.some((s) => s === '201' || s === '202')) gap('a create that does not answer 201');
      // The probes outside /v1 take no input and no token, and are not rate limited.
      const needed = !path.startsWith('/v1/') ? [] : ['400', '413', '415', '429', ...(op.security?.length === 0 ? [] : ['401'])];
      for (const s of needed) if (!responses[s]) gap(`error ${s} is not listed`);
      for (const [s, r] of Object.entries(responses)) {
        if (!s.startsWith('4')) continue;
        const schema = r.content?.['application/json']?.schema as { properties?: Record<string, unknown> } | undefined;
        if (!schema?.properties?.error) gap(`error ${s} does not use the error schema`);
      }
    }
  }
  return gaps;
}
