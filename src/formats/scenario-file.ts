import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { Document } from 'yaml';
import { ValidationError } from '../core/errors.js';
import type { Issue } from '../core/errors.js';
import { buildScenario } from '../core/network/scenario.js';
import type { BuiltScenario } from '../core/network/scenario.js';
import { Network } from '../core/network/network.js';

const EMPTY = 'is empty: expected a scenario (version, name, hubs, origins, dataCenters)';

/** A scenario loaded from a file, with its network indexes. */
export interface LoadedScenario extends BuiltScenario {
  network: Network;
  file: string;
}

/**
 * Parses scenario text, YAML or JSON, into a plain document, turning syntax
 * errors into a ValidationError with their position. Nothing is validated.
 */
function parseScenarioDocument(text: string, source: string): unknown {
  if (looksLikeJson(source, text)) {
    try {
      return JSON.parse(text);
    } catch (e) {
      throw new ValidationError(source, [{ path: '', message: `malformed JSON: ${(e as Error).message}` }]);
    }
  }
  // js-yaml reads large files about 7x faster than the yaml package (bench/RESULTS.md); the
  // yaml package's source positions are only needed to point at errors, so it runs only then.
  try {
    return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: source });
  } catch (e) {
    if (e instanceof jsYaml.YAMLException) return throwYamlSyntax(text, source, e);
    throw e;
  }
}

/**
 * Parses scenario text, YAML or JSON, and builds the model. Errors carry the
 * field path and, for YAML, the line and column of the offending value.
 */
export function parseScenarioText(text: string, source: string): BuiltScenario {
  return buildParsed(text, parseScenarioDocument(text, source), source);
}

/** Builds the model of a document parsed from `text`, locating errors in the text. */
function buildParsed(text: string, data: unknown, source: string): BuiltScenario {
  if (looksLikeJson(source, text)) return buildScenario(data, source);
  if (data === undefined || data === null) {
    throw new ValidationError(source, [{ path: '', message: EMPTY }]);
  }
  try {
    return buildScenario(data, source);
  } catch (e) {
    if (e instanceof ValidationError) {
      const { doc, lineCounter } = yamlDocument(text);
      throw new ValidationError(source, e.issues.map((i) => locate(i, doc, lineCounter)));
    }
    throw e;
  }
}

function yamlDocument(text: string): { doc: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { doc: parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
}

/** Reports a YAML syntax error at its line and column. */
function throwYamlSyntax(text: string, source: string, e: jsYaml.YAMLException): never {
  const { doc, lineCounter } = yamlDocument(text);
  const first = doc.errors[0];
  if (first) {
    const pos = lineCounter.linePos(first.pos[0]);
    throw new ValidationError(source, [{ path: '', message: `malformed YAML: ${first.message.split('\n')[0]}`, line: pos.line, column: pos.col }]);
  }
  const mark = e.mark;
  throw new ValidationError(source, [{ path: '', message: `malformed YAML: ${e.reason}`, ...(mark && { line: mark.line + 1, column: mark.column + 1 }) }]);
}

/**
 * Issues of a YAML or JSON text (a what-if file, say) with the line and
 * column of each path in YAML; JSON text keeps the paths alone.
 */
export function locateIssues(text: string, source: string, issues: readonly Issue[]): Issue[] {
  if (looksLikeJson(source, text)) return [...issues];
  const { doc, lineCounter } = yamlDocument(text);
  return issues.map((i) => locate(i, doc, lineCounter));
}

/** Parses YAML or JSON text into a plain document; a syntax error is a ValidationError at its line. */
export function parseDocumentText(text: string, source: string): unknown {
  return parseScenarioDocument(text, source);
}

/** Reads a scenario file as a plain document (YAML or JSON), without validating it. */
export function readScenarioDocument(file: string): unknown {
  return parseScenarioDocument(readTextFile(file), file);
}

/** Reads and builds a scenario file. Throws ValidationError for an unreadable or invalid file. */
export function loadScenarioFile(file: string): LoadedScenario {
  const built = parseScenarioText(readTextFile(file), file);
  return { ...built, network: new Network(built.scenario), file };
}

/** loadScenarioFile(), with the plain document it was built from (read and parsed once), for those that edit it. */
export function loadScenarioFileWithDocument(file: string): LoadedScenario & { document: unknown } {
  const text = readTextFile(file);
  const document = parseScenarioDocument(text, file);
  const built = buildParsed(text, document, file);
  return { ...built, network: new Network(built.scenario), file, document };
}

/** Reads a UTF-8 text file, turning a missing or unreadable file into a ValidationError. */
export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    throw new ValidationError(file, [{ path: '', message: `cannot read: ${reason}` }], { cause: e });
  }
}

function looksLikeJson(source: string, text: string): boolean {
  if (/\.json$/i.test(source)) return true;
  if (/\.ya?ml$/i.test(source)) return false;
  return text.trimStart().startsWith('{');
}

/** `dataCenters[3].pools[0].units` -> ['dataCenters', 3, 'pools', 0, 'units']. */
export function parsePath(path: string): (string | number)[] {
  const parts: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (m[2] !== undefined) parts.push(Number(m[2]));
    else if (m[1] !== undefined) parts.push(m[1]);
  }
  return parts;
}

/** Adds the line and column of the issue's path (or its nearest existing parent) in a YAML document. */
function locate(issue: Issue, doc: Document, lc: LineCounter): Issue {
  const parts = parsePath(issue.path);
  for (let n = parts.length; n >= 0; n--) {
    const node: unknown = n === 0 ? doc.contents : doc.getIn(parts.slice(0, n), true);
    if (isNode(node) && node.range) {
      const pos = lc.linePos(node.range[0]);
      return { ...issue, line: pos.line, column: pos.col };
    }
  }
  return issue;
}
