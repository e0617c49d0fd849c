import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * Running README.md's shell blocks as written. Each block runs in bash
 * (`set -euo pipefail`) in a fresh folder where `bin` and `data` are the
 * repository's, with only these changes, which a reader makes too:
 * - ports (8080, 8090, 8091, a --base-port, and the default port) become free ones, and /tmp/fed and
 *   /var/lib/suanli-agent become folders of the run;
 * - a platform, agent or federation demo the README starts in the foreground
 *   runs in the background, and the block goes on once it is ready (its
 *   banner, "agent running", or the federation's table); every process a
 *   block starts is stopped by its PID;
 * - the tokens the prose says to set (ADMIN_TOKEN, TENANT_TOKEN) are taken
 *   from the banner of the platform the block started, or from the first
 *   row of the federation's table.
 */

export const ROOT = join(import.meta.dirname, '..');

export interface Block { index: number; heading: string; text: string }

/** Every ```sh block of a Markdown text, with the heading it sits under. */
export function shellBlocks(markdown: string): Block[] {
  const out: Block[] = [];
  let heading = '';
  let inBlock = false;
  let lines: string[] = [];
  for (const line of markdown.split('\n')) {
    if (!inBlock && /^#{1,6} /.test(line)) heading = line.replace(/^#+ /, '');
    if (!inBlock && line.trim() === '```sh') {
      inBlock = true;
      lines = [];
    } else if (inBlock && line.trim() === '```') {
      inBlock = false;
      out.push({ index: out.length + 1, heading, text: lines.join('\n') });
    } else if (inBlock) lines.push(line);
  }
  return out;
}

/** A first port with `n` free ports from it on loopback (a federation demo takes consecutive ports). */
export async function freePortRun(n: number): Promise<number> {
  const free = (port: number) => new Promise<boolean>((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
  for (;;) {
    const base = 20_000 + Math.floor(Math.random() * 30_000);
    let ok = true;
    for (let i = 0; i < n && ok; i++) ok = await free(base + i);
    if (ok) return base;
  }
}

/** A free TCP port on loopback. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface Run {
  dir: string;
  /** README port -> the free port used instead. */
  ports: Record<number, number>;
  /** The port of a platform the README starts without --port (SUANLI_PORT for the run). */
  defaultPort: number;
  databaseUrl?: string | undefined;
}

/** A block as it runs: the substitutions above, and long-running commands sent to the background with a wait. */
let backgrounds = 0;

export function runnable(text: string, run: Run): string {
  let t = text.replace(/\\\n\s*/g, ' ');
  for (const [from, to] of Object.entries(run.ports)) t = t.replaceAll(`127.0.0.1:${from}`, `127.0.0.1:${to}`).replaceAll(`--port ${from}`, `--port ${to}`).replaceAll(`--base-port ${from}`, `--base-port ${to}`);
  t = t.replaceAll('/tmp/fed', `${run.dir}/fed`).replaceAll('/var/lib/suanli-agent', `${run.dir}/agent`);
  return t.split('\n').map((line) => {
    if (/^DATABASE_URL=postgres:\/\/\S+ /.test(line)) {
      if (!run.databaseUrl) return ': # no PostgreSQL for this run: the line is skipped';
      line = line.replace(/^DATABASE_URL=\S+/, `DATABASE_URL='${run.databaseUrl}'`);
    }
    const long = /^(?:[A-Z_]+=\S+ )*\.\/bin\/suanli\.js (serve|agent|demo federation)\b/.exec(line);
    if (!long || line.includes('--help')) return line;
    // A comment at the end of the line would swallow what is appended to it.
    line = line.replace(/\s+#\s[^'"]*$/, '');
    if (/&\s*$/.test(line)) return `${line} readme_track $!`;
    backgrounds += 1;
    const log = `${run.dir}/background-${backgrounds}.log`;
    return `${line} > "${log}" 2>&1 & readme_wait $! "${log}" ${long[1]!.replace(' ', '-')}`;
  }).join('\n');
}

/** What every block's script starts with: strict bash, the helpers, and the stop of what it started. */
export function prelude(run: Run): string {
  return `set -euo pipefail
cd "${run.dir}"
: > "${run.dir}/pids"
readme_track() { echo "$1" >> "${run.dir}/pids"; }
# Waits for a platform's banner or an agent's start; takes the tokens the prose says to set from a platform's banner.
readme_wait() {
  readme_track "$1"
  for _ in $(seq 1 900); do
    if grep -qE '^  API +http|agent running|^  Look at:' "$2" 2>/dev/null; then
      if [ "$3" = serve ]; then
        : "\${ADMIN_TOKEN:=$(grep -oE 'Token +sl_[A-Za-z0-9_-]+ +\\(platform-admin' "$2" | head -1 | grep -oE 'sl_[A-Za-z0-9_-]+' || true)}"
        : "\${TENANT_TOKEN:=$(grep -oE 'Token +sl_[A-Za-z0-9_-]+ +\\(tenant-member' "$2" | head -1 | grep -oE 'sl_[A-Za-z0-9_-]+' || true)}"
        export ADMIN_TOKEN TENANT_TOKEN
      fi
      # A federation's table: the first row is the platform at the top.
      if [ "$3" = demo-federation ]; then
        : "\${ADMIN_TOKEN:=$(grep -oE 'sl_[A-Za-z0-9_-]+' "$2" | head -1)}"
        export ADMIN_TOKEN
      fi
      return 0
    fi
    kill -0 "$1" 2>/dev/null || { echo "--- it stopped:"; cat "$2"; return 1; }
    sleep 0.1
  done
  echo "--- not ready after 90 s:"; cat "$2"; return 1
}
trap 'for p in $(cat "${run.dir}/pids" 2>/dev/null); do kill "$p" 2>/dev/null || true; done' EXIT
`;
}

/** A fresh folder for a run, with the repository's bin and data in it. */
export function runFolder(parent: string, name: string): string {
  const dir = join(parent, name);
  mkdirSync(dir, { recursive: true });
  // An agent run as root hands job directories to job users, who must pass through the folders above them.
  chmodSync(parent, 0o711);
  chmodSync(dir, 0o711);
  symlinkSync(join(ROOT, 'bin'), join(dir, 'bin'));
  symlinkSync(join(ROOT, 'data'), join(dir, 'data'));
  return dir;
}

/** Runs blocks one after another in one bash, as a reader runs them in one terminal; returns its exit code and output. */
export function runBlocks(blocks: readonly Block[], run: Run, env: Record<string, string> = {}, timeoutMs = 300_000): { code: number | null; output: string; script: string } {
  const script = `${prelude(run)}\n${blocks.map((b) => `# --- README block ${b.index} (${b.heading})\n${runnable(b.text, run)}`).join('\n')}\n`;
  const file = join(run.dir, 'readme-run.sh');
  writeFileSync(file, script);
  const r = spawnSync('bash', [file], { cwd: run.dir, env: { ...process.env, SUANLI_PORT: String(run.defaultPort), ...env }, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}`, script };
}

export const readme = (): string => readFileSync(join(ROOT, 'README.md'), 'utf8');
