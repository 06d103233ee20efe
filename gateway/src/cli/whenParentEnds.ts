/**
 * Calls `ended` (once) when the process that started this one ends. npm killed by a process
 * manager (SIGTERM, which npm may pass on to nobody, or SIGKILL, which it cannot) leaves this
 * process behind, re-parented — its parent's pid changes, which is checked twice a second. The
 * npm scripts `exec` their command, so that no shell stands between npm and this process (a
 * shell would outlive npm and keep this one's parent alive). The check keeps no process alive.
 * Returns what stops watching (a step whose work is done).
 */
export function whenParentEnds(ended: (parentPid: number) => void): () => void {
  const parentPid = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parentPid) return;
    clearInterval(watch);
    ended(parentPid);
  }, 500);
  watch.unref();
  return () => clearInterval(watch);
}
