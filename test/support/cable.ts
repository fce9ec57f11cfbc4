/**
 * The network between a browser and a server, as a cable that a test can cut and mend: a TCP relay
 * on a port of its own that passes bytes to the server. Cut, it stops listening and drops every
 * connection, so that the page's requests fail as they do with no network (connection refused, a
 * `TypeError` from `fetch`) in every engine alike, with no engine's own offline switch (CDP's
 * `setOfflineMode` has no WebDriver counterpart). Mended, it listens again on the same port, so
 * the page's origin, its storage and its outbox stay what they were.
 */
import { connect, createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface Cable {
  /** The origin the browser opens, e.g. `http://127.0.0.1:41234`. */
  readonly base: string;
  readonly connected: boolean;
  /** Cuts the network: refuses new connections and drops the open ones. */
  cut(): Promise<void>;
  /** Brings the network back, on the same port. */
  mend(): Promise<void>;
  close(): Promise<void>;
}

/** A cable from a port of its own to the server at `target` (an origin). */
export async function cable(target: string): Promise<Cable> {
  const { hostname, port } = new URL(target);
  const open = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      open.delete(client);
      open.delete(upstream);
    };
    open.add(client).add(upstream);
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  });
  const listen = (at: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(at, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  await listen(0);
  const own = (server.address() as AddressInfo).port;
  let connected = true;
  const unplug = async () => {
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of open) socket.destroy();
    open.clear();
    await closed;
  };
  return {
    base: `http://127.0.0.1:${own}`,
    get connected() {
      return connected;
    },
    async cut() {
      if (!connected) return;
      connected = false;
      await unplug();
    },
    async mend() {
      if (connected) return;
      await listen(own);
      connected = true;
    },
    async close() {
      if (connected) await unplug();
      connected = false;
    },
  };
}
