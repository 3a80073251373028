import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { BareModule } from './bare.module';

/**
 * The benchmark's ceiling: NestJS on the same Fastify adapter as Cabinet's API, answering one GET
 * with a small JSON. Whatever Cabinet does per request (session, permissions, SQL, logging) is the
 * distance between a path's figures and this app's. Started like the API (PORT, HOST, api-cluster).
 */
async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(BareModule, new FastifyAdapter(), { logger: ['warn', 'error'] });
  app.setGlobalPrefix('api');
  app.enableShutdownHooks();
  await app.listen({ port: Number(process.env['PORT'] ?? 3000), host: process.env['HOST'] ?? '0.0.0.0' });
}

main().catch((error: unknown) => {
  console.error(`The bare benchmark app could not start: ${(error as Error).message}`);
  process.exit(1);
});
