import type { ChildProcess } from 'node:child_process';

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export default async function globalTeardown(): Promise<void> {
  const e2e = globalThis.__cabinetE2e;
  if (!e2e) return;
  await Promise.all(e2e.processes.map(stop));
  await e2e.database.drop();
  await e2e.services.stop();
}
