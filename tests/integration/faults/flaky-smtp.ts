import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { freePort } from '@cabinet/tooling/local-services';

/**
 * - forward: passes the conversation through to the real SMTP catcher (the server is healthy);
 * - stall: greets, then never answers again, as an overloaded or wedged server does (the mailer's
 *   socket timeout must end the attempt: without it a worker slot waits for minutes);
 * - temp-fail: greets with "421 try again later", as a server shedding load does.
 */
export type SmtpBehaviour = 'forward' | 'stall' | 'temp-fail';

export interface FlakySmtp {
  url: string;
  behaviour: SmtpBehaviour;
  /** Connections being stalled right now. */
  readonly stalled: number;
  /** Stalled connections the client (the mailer) gave up on and closed: its timeout worked. */
  readonly abandoned: number;
  /** Back to healthy: stalled connections are cut, new ones are forwarded. */
  recover(): void;
  stop(): Promise<void>;
}

/** An SMTP server in front of the shared mail catcher that misbehaves on demand. */
export async function startFlakySmtp(upstreamUrl: string): Promise<FlakySmtp> {
  const upstream = new URL(upstreamUrl);
  const port = await freePort();
  const stalled = new Set<Socket>();
  const open = new Set<Socket>();
  const cut = new WeakSet<Socket>();
  let abandoned = 0;

  const server: Server = createServer((socket) => {
    open.add(socket);
    socket.once('close', () => open.delete(socket));
    socket.on('error', () => undefined);
    if (smtp.behaviour === 'stall') {
      stalled.add(socket);
      socket.write('220 flaky.example.org ESMTP\r\n');
      // Reads and ignores the client's commands (unread, its hang-up would never be noticed).
      socket.resume();
      socket.once('close', () => {
        stalled.delete(socket);
        if (!cut.has(socket)) abandoned++;
      });
    } else if (smtp.behaviour === 'temp-fail') {
      socket.end('421 4.3.2 Service not available, try again later\r\n');
    } else {
      const to = createConnection({ host: upstream.hostname, port: Number(upstream.port) });
      to.on('error', () => socket.destroy());
      socket.pipe(to).pipe(socket);
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));

  const smtp: FlakySmtp = {
    url: `smtp://127.0.0.1:${port}`,
    behaviour: 'forward',
    get stalled() {
      return stalled.size;
    },
    get abandoned() {
      return abandoned;
    },
    recover() {
      smtp.behaviour = 'forward';
      for (const socket of stalled) {
        cut.add(socket);
        socket.destroy();
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of open) {
          cut.add(socket);
          socket.destroy();
        }
        server.close(() => resolve());
      }),
  };
  return smtp;
}
