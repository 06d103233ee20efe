import { createServer } from 'node:net';

/**
 * A loopback port free right now, chosen by the system, for a listener that must be named
 * before it starts (the gateway's ops port). Released before it is returned: used at once.
 */
export async function freeLoopbackPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
