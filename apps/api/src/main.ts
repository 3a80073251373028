import 'reflect-metadata';
import { ConfigError, loadAppConfig } from '@cabinet/api/core';
import { createApiApp } from '@cabinet/api/http';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const app = await createApiApp(config);
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${config.PORT} is already in use. Stop the program using it, or set PORT to another port.`);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  // Before the logger exists, or when start-up fails: one clear line and a non-zero exit.
  console.error(error instanceof ConfigError ? error.message : `Cabinet API could not start: ${(error as Error).message}`);
  process.exit(1);
});
