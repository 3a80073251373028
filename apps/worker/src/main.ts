import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { ConfigError, loadAppConfig } from '@cabinet/api/core';
import { WorkerModule } from '@cabinet/api/jobs';

async function main(): Promise<void> {
  const config = loadAppConfig();
  // An application context: processors and the outbox relay, no HTTP listener.
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  await app.init();
  app.get(Logger).log('Cabinet worker is running.');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : `Cabinet worker could not start: ${(error as Error).message}`);
  process.exit(1);
});
