import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';

/** Says when a process has finished its shutdown hooks, so operators can tell a clean stop from a crash. */
@Injectable()
export class ShutdownLogger implements OnApplicationShutdown {
  private readonly logger = new Logger('Shutdown');

  onApplicationShutdown(signal?: string): void {
    this.logger.log(`Stopped cleanly${signal ? ` after ${signal}` : ''}.`);
  }
}
