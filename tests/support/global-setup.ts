import { startTestServices, type RunningTestServices } from '@cabinet/api/testing';

declare global {
  var __cabinetTestServices: RunningTestServices | undefined;
}

/** Starts Postgres, Redis and the SMTP catcher once for the whole run. */
export default async function globalSetup(): Promise<void> {
  globalThis.__cabinetTestServices = await startTestServices();
}
