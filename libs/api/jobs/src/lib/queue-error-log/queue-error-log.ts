import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { WorkerHost } from '@nestjs/bullmq';
import { Queue, type Worker } from 'bullmq';

/** One line a minute is enough to tell an outage is still going on. */
const QUIET_MS = 60_000;

/**
 * BullMQ prints the connection errors of every queue and worker that has no 'error' listener
 * straight to stderr: several raw stack dumps a second while Redis is down, outside the structured
 * log (found by the Redis outage fault test). This listens on all of them and logs one warning a
 * minute instead; the relay already says messages are waiting in the outbox, readiness says Redis is down.
 */
@Injectable()
export class QueueErrorLog implements OnApplicationBootstrap {
  private readonly logger = new Logger('Queues');
  private lastWarnedAt = 0;
  private readonly listening = new WeakSet<object>();

  constructor(private readonly discovery: DiscoveryService) {}

  /**
   * After init, as @nestjs/bullmq creates the workers in onModuleInit. Every module that injects a
   * queue registers its own instance of it, so all providers are searched, not one token per name.
   */
  onApplicationBootstrap(): void {
    for (const { instance } of this.discovery.getProviders()) {
      if (instance instanceof Queue) this.listen(`queue ${instance.name}`, instance);
      else if (instance instanceof WorkerHost) this.listen(`worker ${(instance.worker as Worker).name}`, instance.worker as Worker);
    }
  }

  private listen(component: string, emitter: { on(event: 'error', listener: (error: Error) => void): unknown }): void {
    if (this.listening.has(emitter)) return;
    this.listening.add(emitter);
    emitter.on('error', (error: Error) => {
      const now = Date.now();
      if (now - this.lastWarnedAt < QUIET_MS) return;
      this.lastWarnedAt = now;
      this.logger.warn(`Redis is unreachable (${component}: ${error.message}); jobs resume when it is back.`);
    });
  }
}
