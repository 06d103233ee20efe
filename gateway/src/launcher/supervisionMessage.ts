import type { SupervisionEvent } from './superviseServices.ts';

/**
 * What `npm start` prints when a process crashes, comes back or is given up on: the person at
 * the terminal sees it happen, and where the process listens again (the same URL as before).
 */
export function supervisionMessage(event: SupervisionEvent): string {
  const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
  switch (event.type) {
    case 'exited':
      return `${event.name} exited unexpectedly (${event.how}); restarting it in ${seconds(event.restartInMs)} (attempt ${event.attempt} of ${event.maxAttempts}) …`;
    case 'restart-failed':
      return `${event.name} did not come back (${event.reason.replace(/:$/, '')}); restarting it in ${seconds(event.restartInMs)} (attempt ${event.attempt} of ${event.maxAttempts}) …`;
    case 'restarted':
      return `${event.name} is back:\n  ${event.name.padEnd(9)} ${event.url}`;
    case 'gave-up':
      return `${event.name} keeps exiting (${event.reason.replace(/:$/, '')}) after ${event.attempts} restarts; stopping the federation.`;
  }
}
