import { createServer, type AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { checkPortsDistinct, checkPortsFree } from './portsCheck.ts';

/** Every process on a free port (0), but for what a test sets. */
const ports = (extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  PORT: '0',
  YRD_CATALOG_PORT: '0',
  YRD_SHANGHAI_PORT: '0',
  YRD_JIANGSU_PORT: '0',
  YRD_ZHEJIANG_PORT: '0',
  YRD_ANHUI_PORT: '0',
  ...extra,
});

describe('the ports a start would listen on', () => {
  it('refuses two processes on one port, naming both variables; any number of them on 0', () => {
    expect(() => checkPortsDistinct(ports({ YRD_CATALOG_PORT: '42001', YRD_ANHUI_PORT: '42001' }))).toThrow(
      'YRD_CATALOG_PORT and YRD_ANHUI_PORT are both 42001: each process needs a port of its own (0 picks a free one)',
    );
    expect(() => checkPortsDistinct(ports({ PORT: '42000', YRD_JIANGSU_PORT: '42000' }))).toThrow('PORT and YRD_JIANGSU_PORT are both 42000');
    expect(() => checkPortsDistinct(ports({}))).not.toThrow();
  });

  it('refuses a port another process listens on, naming its variable, before anything starts', async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as AddressInfo;
    try {
      await expect(checkPortsFree(ports({ YRD_ZHEJIANG_PORT: String(port) }))).rejects.toThrow(
        `YRD_ZHEJIANG_PORT=${port}: 127.0.0.1:${port} is already in use by another process — stop it, or choose another port (0 picks a free one)`,
      );
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
    // Free again: taken by nobody, and left free by the check.
    await expect(checkPortsFree(ports({ YRD_ZHEJIANG_PORT: String(port) }))).resolves.toBeUndefined();
    await expect(checkPortsFree(ports({ YRD_ZHEJIANG_PORT: String(port) }))).resolves.toBeUndefined();
  });
});
