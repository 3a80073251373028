import { createServer } from 'node:net';

/** True when nothing listens on the port (on any interface). */
export function portIsFree(port: number, host = '0.0.0.0'): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => server.close(() => resolve(true)))
      .listen(port, host);
  });
}

/** A port the operating system says is free right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No free port'))));
      });
  });
}

export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupError';
  }
}

export async function requirePortFree(port: number, what: string, variable: string): Promise<void> {
  if (!(await portIsFree(port))) {
    throw new StartupError(`Port ${port} (${what}) is already in use. Stop the program using it, or set ${variable} to another port.`);
  }
}
