export * from './lib/worker.module';
export * from './lib/queues.module';
export * from './lib/relay-outbox/relay-outbox.service';
