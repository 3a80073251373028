import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { PinoLogger } from 'nestjs-pino';

/** Says when a process has finished its shutdown hooks, so operators can tell a clean stop from a crash. */
@Injectable()
export class ShutdownLogger implements OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.logger.log(`Stopped cleanly${signal ? ` after ${signal}` : ''}.`);
    // pino writes to stdout asynchronously, and Nest re-raises the signal as soon as this hook ends:
    // without the flush the process can die before its last lines (this one included) are out.
    const root = PinoLogger.root as PinoLogger['logger'] | undefined;
    // At most a second: a stdout that cannot be written must not hold the process up.
    if (root) await new Promise<void>((resolve) => {
      setTimeout(resolve, 1_000).unref();
      root.flush(() => resolve());
    });
  }
}
