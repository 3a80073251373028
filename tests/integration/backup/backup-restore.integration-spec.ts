import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import type { ChainVerification } from '@cabinet/api/audit';
import { eventually, signUpOrganization, startTestApi, TestClient, testConfig, testServiceUrls, type TestOrganization, useTestStack } from '@cabinet/api/testing';
import type { MinutesView, RecommendationDetail, SessionView } from '@cabinet/shared/contracts';
import {
  type BackupManifest,
  BackupRefused,
  createBackup,
  fingerprintDatabase,
  GZIP_LEVEL,
  prepareTargetDatabase,
  restoreBackup,
  type RestoreTarget,
  withDatabase,
} from '@cabinet/tooling/backup';
import { addMember, createBoard, seatId, signedInPeer } from '../boards/board-helpers';
import { join, type Joined } from '../organizations/organization-helpers';
import { expectOk, meetingWithMotions, recommendationAt } from '../recommendations/recommendation-helpers';

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n', 'latin1'), Buffer.from([0, 1, 2, 255, 254, 10, 13]), Buffer.from('\n%%EOF\n')]);
/** Tables the scenario below must fill: a restore that loaded nothing would still "match" an empty backup. */
const FILLED = ['organization', 'app_user', 'membership', 'board', 'board_member', 'meeting', 'meeting_attendance', 'motion', 'minutes', 'minutes_version', 'recommendation', 'progress_update', 'evidence_file', 'audit_entry', 'audit_chain_head', 'compliance_pack'];

describe('backup and restore', () => {
  const work = mkdtempSync(joinPath(tmpdir(), 'cabinet-backup-'));
  const created: string[] = [];
  let restoredApi: NestFastifyApplication | undefined;
  let host: TestOrganization;
  let other: TestOrganization;
  let lee: Joined;
  let evidenceUrl: string;
  let file: string;
  let manifest: BackupManifest;
  let unfinishedId: string;

  // Registered before the stack, so they run before its teardown.
  afterAll(async () => {
    await restoredApi?.close();
    const admin = new Client({ connectionString: testServiceUrls().adminUrl });
    await admin.connect();
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
    rmSync(work, { recursive: true, force: true });
  });

  const stack = useTestStack();
  const sourceAdminUrl = () => withDatabase(testServiceUrls().adminUrl, stack.database.name);
  const urlsOf = (database: { ownerUrl: string; appUrl: string }): RestoreTarget => ({ adminUrl: testServiceUrls().adminUrl, ownerUrl: database.ownerUrl, appUrl: database.appUrl });
  async function freshDatabase(): Promise<RestoreTarget> {
    const name = `cabinet_restore_${randomBytes(4).toString('hex')}`;
    created.push(name);
    return prepareTargetDatabase(urlsOf(stack.database), name);
  }
  /** Reads as the superuser, which row-level security does not filter. */
  async function rowsOf<T>(url: string, sql: string): Promise<T[]> {
    const admin = new Client({ connectionString: url });
    await admin.connect();
    try {
      return (await admin.query(sql)).rows as T[];
    } finally {
      await admin.end();
    }
  }
  async function countRows(url: string, tables: string[], where = 'true'): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = Number((await rowsOf<{ n: string }>(url, `SELECT count(*) AS n FROM "${table}" WHERE ${where}`))[0]!.n);
    return counts;
  }
  const tableNames = async (url: string) => (await rowsOf<{ relname: string }>(url, `SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`)).map((r) => r.relname);
  const timelineSequence = (url: string) => rowsOf(url, `SELECT last_value, is_called FROM recommendation_event_seq_seq`);

  beforeAll(async () => {
    // Two organisations, so two audit chains; one with a board, members, a meeting with
    // attendance and a motion, minutes, a recommendation with progress and an evidence file.
    host = await signUpOrganization(stack.api, { name: 'Harbour Services' });
    other = await signUpOrganization(stack.api, { name: 'Quay Housing' });
    const board = await createBoard(host, { name: 'Harbour Peer Board', onboardingGatesVoting: false });
    lee = await join(stack.api, host, 'agency_liaison', 'Lee');
    const robin = await signedInPeer(stack.api, host, 'Robin');
    await addMember(host, board.id, { userId: robin.userId, seatTypeId: seatId(board, 'peer') });
    const held = await meetingWithMotions(stack.database.ownerUrl, host, board, ['carried']);
    const minutesUrl = `/api/boards/${board.id}/meetings/${held.meetingId}/minutes`;
    expect((await host.client.post<MinutesView>(minutesUrl)).status).toBe(201);
    expect((await host.client.patch<MinutesView>(minutesUrl, { body: '# Minutes\n\n## Opening hours\nThe board recommends Saturdays.', version: 1 })).status).toBe(200);
    const parties = { boardId: board.id, organizer: host.client, liaison: lee.client, addressedOrganizationId: host.organizationId, liaisonUserId: lee.userId, motionId: held.motionIds[0]!, meetingId: held.meetingId };
    const accepted = await recommendationAt(parties, 'responded', 'Open on Saturdays');
    const base = `/api/boards/${board.id}/recommendations/${accepted.id}`;
    const progressed = expectOk(await lee.client.post(`${base}/progress`, { text: 'Weekend worker hired', percentComplete: 40 }), 201);
    const updateId = progressed.progress.at(-1)!.id;
    const attached = expectOk(await lee.client.upload<RecommendationDetail>(`${base}/progress/${updateId}/evidence?name=rota.pdf`, PDF, 'application/pdf'), 201);
    evidenceUrl = `${base}/evidence/${attached.progress.at(-1)!.files[0]!.id}`;
    // A meeting still ahead: its reminders are delayed jobs in Redis, which no database backup holds.
    const ahead = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    expectOk(await host.client.post(`/api/boards/${board.id}/meetings`, { title: 'Next meeting', startsAt: `${ahead}T18:30`, timeZone: 'Europe/Lisbon', durationMinutes: 60, format: 'online', onlineUrl: 'https://meet.example.org/harbour' }), 201);

    // The worker keeps updating the outbox as it sends: let it finish, so the source holds still
    // and can be compared with the restored copy afterwards.
    await eventually(async () => expect(await countRows(sourceAdminUrl(), ['outbox_message'], 'processed_at IS NULL')).toEqual({ outbox_message: 0 }), 20_000);
    // One message as a backup taken mid-delivery finds it: handed to Redis, not done yet.
    [{ id: unfinishedId }] = await rowsOf<{ id: string }>(sourceAdminUrl(), `UPDATE outbox_message SET processed_at = NULL
      WHERE id = (SELECT id FROM outbox_message WHERE kind = 'email' ORDER BY created_at LIMIT 1) RETURNING id`) as [{ id: string }];
    file = joinPath(work, 'cabinet.backup');
    manifest = await createBackup({ url: sourceAdminUrl(), out: file });
  });

  it('writes one file, readable by its owner only, whose manifest describes the source exactly', async () => {
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const source = await fingerprintDatabase(sourceAdminUrl());
    const counts = await countRows(sourceAdminUrl(), FILLED);
    for (const table of FILLED) expect([table, counts[table]! > 0]).toEqual([table, true]);
    expect(Object.fromEntries(manifest.tables.map((t) => [t.name, { rows: t.rows, sha256: t.sha256 }]))).toEqual(source);
    expect(Object.keys(source).sort()).toEqual((await tableNames(sourceAdminUrl())).filter((name) => name !== 'typeorm_migrations').sort());
    expect(manifest.tables.find((t) => t.name === 'audit_entry')!.rows).toBe(counts['audit_entry']);
    expect(manifest.auditHeads.map((h) => h.organizationId).sort()).toEqual([host.organizationId, other.organizationId].sort());
    expect(manifest.migrations.length).toBeGreaterThan(20);
    // Parents come before the tables that refer to them.
    const order = manifest.tables.map((t) => t.name);
    expect(order.indexOf('organization')).toBeLessThan(order.indexOf('board'));
    expect(order.indexOf('progress_update')).toBeLessThan(order.indexOf('evidence_file'));
  });

  it('restores into a fresh database: same counts, same fingerprints, audit chains verified', async () => {
    const target = await freshDatabase();
    const report = await restoreBackup({ file, target, auditKey: stack.config.AUDIT_HMAC_KEY });
    expect(report.problems).toEqual([]);
    expect(report.restored).toBe(true);
    expect(report.migrationsRun).toEqual(manifest.migrations);
    expect(report.chains).toEqual(expect.arrayContaining([expect.objectContaining({ organizationId: host.organizationId, ok: true })]));

    // Checked again here, independently of the restore's own checks. The outbox differs only by
    // the work handed back to the jobs, which lived in the old Redis.
    const { outbox_message: sourceOutbox, ...source } = await fingerprintDatabase(sourceAdminUrl());
    const { outbox_message: targetOutbox, ...restored } = await fingerprintDatabase(target.adminUrl);
    expect(restored).toEqual(source);
    const [{ n: ahead }] = (await rowsOf<{ n: number }>(sourceAdminUrl(), `SELECT count(*)::int AS n FROM meeting WHERE status = 'scheduled' AND starts_at > now()`)) as [{ n: number }];
    expect(ahead).toBeGreaterThan(0);
    // The message left unfinished, and any other the worker had in hand when the backup was taken.
    expect(report.resumed).toEqual({ requeued: expect.any(Number), replanned: ahead });
    expect(report.resumed!.requeued).toBeGreaterThanOrEqual(1);
    expect(targetOutbox!.rows).toBe(sourceOutbox!.rows + ahead);
    expect(await rowsOf(target.adminUrl, `SELECT enqueued_at, processed_at FROM outbox_message WHERE id = '${unfinishedId}'`)).toEqual([{ enqueued_at: null, processed_at: null }]);
    expect(await countRows(target.adminUrl, ['outbox_message'], 'processed_at IS NULL AND enqueued_at IS NOT NULL')).toEqual({ outbox_message: 0 });
    expect(await countRows(target.adminUrl, ['outbox_message'], `kind = 'meeting-reminders' AND enqueued_at IS NULL`)).toEqual({ outbox_message: ahead });
    expect(await countRows(target.adminUrl, FILLED)).toEqual(await countRows(sourceAdminUrl(), FILLED));
    // The timeline's identity sequence goes on where it stood, so new steps keep their order.
    expect(Number(manifest.sequences.find((q) => q.name === 'recommendation_event_seq_seq')!.lastValue)).toBeGreaterThan(1);
    expect(await timelineSequence(target.adminUrl)).toEqual(await timelineSequence(sourceAdminUrl()));

    // The API, pointed at the restored database: sign-in, the audit chain, the evidence bytes.
    restoredApi = await startTestApi(testConfig({ appUrl: target.appUrl }, { AUDIT_HMAC_KEY: stack.config.AUDIT_HMAC_KEY }));
    const admin = new TestClient(restoredApi);
    const signedIn = await admin.post<SessionView>('/api/auth/sign-in', { identifier: host.email, password: host.password });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.activeOrganization?.id).toBe(host.organizationId);
    const verified = await admin.get<ChainVerification>('/api/audit/verify');
    expect(verified.status).toBe(200);
    const head = manifest.auditHeads.find((h) => h.organizationId === host.organizationId)!;
    // The chain as backed up, plus the sign-in just made on the restored database.
    expect(verified.body).toMatchObject({ valid: true, firstBrokenSeq: null, entriesChecked: Number(head.seq) + 1 });
    const liaison = new TestClient(restoredApi);
    expect((await liaison.post('/api/auth/sign-in', { identifier: lee.email, password: lee.password })).status).toBe(200);
    const download = await admin.get(evidenceUrl);
    expect([download.status, download.raw.equals(PDF)]).toEqual([200, true]);
  });

  it('refuses to restore over a database that has data, and changes nothing there', async () => {
    const before = await fingerprintDatabase(sourceAdminUrl());
    await expect(restoreBackup({ file, target: { ...urlsOf(stack.database), adminUrl: sourceAdminUrl() }, auditKey: stack.config.AUDIT_HMAC_KEY })).rejects.toThrow(/has data/);
    expect(await fingerprintDatabase(sourceAdminUrl())).toEqual(before);
  });

  it('refuses a backup with one byte changed, anywhere, before touching the target', async () => {
    const bytes = readFileSync(file);
    for (const position of [4, 9, Math.floor(bytes.length / 2), bytes.length - 3]) {
      const tampered = Buffer.from(bytes);
      tampered[position] = tampered[position]! ^ 0x01;
      const copy = joinPath(work, `tampered-${position}.backup`);
      writeFileSync(copy, tampered);
      const target = await freshDatabase();
      await expect(restoreBackup({ file: copy, target, auditKey: stack.config.AUDIT_HMAC_KEY })).rejects.toBeInstanceOf(BackupRefused);
      expect(await tableNames(target.adminUrl)).toEqual([]);
    }
  });

  it('refuses a backup whose content was edited and recompressed, and one signed with another audit key', async () => {
    const edited = gunzipSync(readFileSync(file)).toString('utf8').replace('"Harbour Services"', '"Harbour Servicez"');
    const copy = joinPath(work, 'edited.backup');
    writeFileSync(copy, gzipSync(Buffer.from(edited), { level: GZIP_LEVEL }));
    await expect(restoreBackup({ file: copy, target: await freshDatabase(), auditKey: stack.config.AUDIT_HMAC_KEY })).rejects.toThrow(/does not match its manifest: .*fingerprint differs/);

    // Another key: the chains do not verify, so nothing is kept.
    const target = await freshDatabase();
    const report = await restoreBackup({ file, target, auditKey: randomBytes(32).toString('hex') });
    expect(report.restored).toBe(false);
    expect(report.problems.join('\n')).toMatch(/audit chain of organisation .* does not verify/);
    expect(await countRows(target.adminUrl, ['organization', 'audit_entry'])).toEqual({ organization: 0, audit_entry: 0 });
  });

  it('refuses to back up as the schema owner, whom row-level security would filter, and leaves no file', async () => {
    const out = joinPath(work, 'as-owner.backup');
    await expect(createBackup({ url: stack.database.ownerUrl, out })).rejects.toThrow(/row-level security/);
    expect(() => statSync(out)).toThrow();
    expect(() => statSync(`${out}.partial`)).toThrow();
  });

  it('fails, rather than waits, when its file cannot be written, and leaves another run’s partial file alone', async () => {
    const out = joinPath(work, 'busy.backup');
    // What a run still writing (or one killed mid-way) leaves: this run must not write into it, nor remove it.
    writeFileSync(`${out}.partial`, 'another run');
    await expect(createBackup({ url: sourceAdminUrl(), out })).rejects.toThrow(/EEXIST|exists/);
    expect(readFileSync(`${out}.partial`, 'utf8')).toBe('another run');
    expect(() => statSync(out)).toThrow();
  });
});
