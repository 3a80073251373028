import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@cabinet/api/database';
import { queueEmail } from '@cabinet/api/notifications';
import { OutboxMessage } from '@cabinet/api/outbox';

/** Fixed ids make the seed idempotent: running `npm start` again adds nothing twice. */
const WELCOME_EMAIL_ID = '00000000-0000-4000-8000-00000000c0de';

export const DEMO_INBOX_ADDRESS = 'manager@demo.cabinet.local';

/** Demo data for the local run, written through the same code the product uses. */
export async function seedDemoData(appDatabaseUrl: string, appUrl: string): Promise<void> {
  const dataSource = new DataSource({ ...dataSourceOptions({ url: appDatabaseUrl, poolSize: 1, applicationName: 'cabinet-seed' }), entities: [OutboxMessage] });
  await dataSource.initialize();
  try {
    await dataSource.transaction((manager) =>
      queueEmail(manager, {
        id: WELCOME_EMAIL_ID,
        to: DEMO_INBOX_ADDRESS,
        template: 'welcome',
        locale: 'en',
        data: { displayName: 'Demo manager', signInUrl: appUrl },
      }),
    );
  } finally {
    await dataSource.destroy();
  }
}
