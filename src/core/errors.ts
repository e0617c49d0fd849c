/**
 * Errors with a stable `code`. Every layer throws subclasses of AppError; exactly
 * one place per front end (the CLI's exit codes, later the HTTP status map)
 * turns codes into what the user sees.
 */

/** One problem found in an input, located by a field path such as `dataCenters[3].pools[0].units`. */
export interface Issue {
  /** Field path from the document root, e.g. `dataCenters[3].pools[0].units`. Empty for the whole document. */
  path: string;
  message: string;
  /** 1-based line and column in the source file, when known. */
  line?: number;
  column?: number;
}

export interface AppErrorOptions {
  context?: Record<string, unknown>;
  expose?: boolean;
  cause?: unknown;
}

export abstract class AppError extends Error {
  abstract readonly code: string;
  readonly context: Record<string, unknown>;
  /** Whether the context is safe and useful to show the caller (an API answer's `details`). */
  readonly expose: boolean;

  constructor(message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.context = options.context ?? {};
    this.expose = options.expose ?? false;
  }
}

/** Input that breaks the rules of its format. Carries every issue found, not just the first. */
export class ValidationError extends AppError {
  readonly code = 'validation';
  readonly issues: Issue[];
  /** Where the input came from: a file name, `request body`, `--dcs` ... */
  readonly source: string;

  constructor(source: string, issues: Issue[], options: AppErrorOptions = {}) {
    super(formatIssues(source, issues), options);
    this.source = source;
    this.issues = issues;
  }
}

/** A thing named by id that does not exist. */
export class NotFoundError extends AppError {
  readonly code = 'not_found';
}

/** A request that clashes with what exists: a duplicate id, an idempotency key reused with another body, a stale version. */
export class ConflictError extends AppError {
  readonly code = 'conflict';
}

/** No credentials, or credentials that are unknown or revoked. */
export class UnauthorizedError extends AppError {
  readonly code = 'unauthorized';
}

/** Known credentials whose role does not allow the call. */
export class ForbiddenError extends AppError {
  readonly code = 'forbidden';
}

/** Not enough money: an order or charge would take an account below its floor. The context names the account and the shortfall. */
export class PaymentRequiredError extends AppError {
  readonly code = 'payment_required';
}

/** A caller used a command or API wrongly (bad flag, missing argument). */
export class UsageError extends AppError {
  readonly code = 'usage';
}

/** Renders issues one per line: `source:line:col: path: message`. */
export function formatIssues(source: string, issues: Issue[]): string {
  if (issues.length === 0) return `${source}: invalid`;
  return issues.map((i) => formatIssue(source, i)).join('\n');
}

export function formatIssue(source: string, issue: Issue): string {
  const where = issue.line === undefined ? source : `${source}:${issue.line}${issue.column === undefined ? '' : `:${issue.column}`}`;
  return issue.path ? `${where}: ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Formats a path array (`['dataCenters', 3, 'pools', 0, 'units']`) as `dataCenters[3].pools[0].units`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}
