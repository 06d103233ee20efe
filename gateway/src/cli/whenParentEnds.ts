/**
 * Calls `ended` (once) when the process that started this one ends. npm passes a SIGTERM on to
 * nobody: `npm start` (npm → sh → this process) killed by a process manager leaves this process
 * behind, re-parented — its parent's pid changes, which is checked twice a second. The check
 * keeps no process alive. Returns what stops watching (a step whose work is done).
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
