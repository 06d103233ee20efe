import { createServer } from 'node:net';
import { ConfigurationError } from '@yrd/shared/process/configurationError';
import { gatewayPort, servicePortVariable, subgraphNames, subgraphPort } from '@yrd/shared/process/serviceEnvironment';

/** Each process's port setting and its value (0: any free port, chosen when it starts). */
export function portSettings(env: NodeJS.ProcessEnv): readonly (readonly [variable: string, port: number])[] {
  return [[servicePortVariable('gateway'), gatewayPort(env)], ...subgraphNames().map((name) => [servicePortVariable(name), subgraphPort(name, env)] as const)];
}

/** Two processes given the same port: refused naming both variables (the second would fail to listen). */
export function checkPortsDistinct(env: NodeJS.ProcessEnv): void {
  const byPort = new Map<number, string>();
  for (const [variable, port] of portSettings(env)) {
    if (port === 0) continue;
    const other = byPort.get(port);
    if (other) throw new ConfigurationError(`${other} and ${variable} are both ${port}: each process needs a port of its own (0 picks a free one)`);
    byPort.set(port, variable);
  }
}

/**
 * The ports the processes would listen on, tried on loopback before anything starts: one another
 * process holds is refused naming its variable, rather than after the others have started and
 * seeded. (It may still be taken in the moment between: then that process says so itself.)
 */
export async function checkPortsFree(env: NodeJS.ProcessEnv): Promise<void> {
  for (const [variable, port] of portSettings(env)) {
    if (port === 0) continue;
    const problem = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      const probe = createServer();
      probe.once('error', (error: NodeJS.ErrnoException) => resolve(error));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(undefined)));
    });
    if (problem?.code === 'EADDRINUSE') {
      throw new ConfigurationError(`${variable}=${port}: 127.0.0.1:${port} is already in use by another process — stop it, or choose another port (0 picks a free one)`);
    }
    if (problem) throw new ConfigurationError(`${variable}=${port}: cannot listen on 127.0.0.1:${port} (${problem.code ?? problem.message})`);
  }
}
