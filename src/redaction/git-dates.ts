/**
 * "Date modified" for every file under content/, read from git history in one batched call
 * (never one call per page). Deterministic: the same commits give the same dates.
 */
import { execFileSync } from 'node:child_process';

/** Keys are paths relative to `dir`, e.g. `forums/igc.yaml`. */
export function gitModifiedDates(dir: string): Map<string, string> {
  const dates = new Map<string, string>();
  let log: string;
  try {
    log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--relative', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return dates; // Not a git checkout (a tarball, a test fixture): pages fall back to the binder's as-of date.
  }
  let current = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('\0')) current = line.slice(1);
    else if (line && current && !dates.has(line)) dates.set(line, current); // Newest commit comes first.
  }
  return dates;
}
