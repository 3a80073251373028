import { Injectable, Logger } from '@nestjs/common';
import { GENESIS_HASH } from '@cabinet/api/audit';
import { Db } from '@cabinet/api/database';
import { Organization } from '@cabinet/api/identity';
import { OutboxClaims } from '@cabinet/api/outbox';
import { type ComplianceExportOutboxPayload, DEFAULT_LOCALE, isLocale } from '@cabinet/shared/contracts';
import { ComplianceExport } from '../entities/compliance-export.entity';
import { type ExportResults, funderResults, hostResults } from './export-content';
import { annualReportFile } from './annual-report-file';
import { type ExportFile, exportFile } from './export-file';

/** Long enough to render a year's evidence packet; a crashed attempt's claim expires after it. */
const CLAIM_LEASE_MS = 120_000;

const FAILED = 'The export could not be made. Ask for it again; if it fails again, tell Cabinet’s support.';
const CLOSED = 'This board’s results are no longer open to your organisation.';

export type ExportOutcome = { state: 'ready' | 'failed' } | { state: 'already-made' } | { state: 'missing' };

/**
 * Makes the file a "compliance-export" outbox message asks for, from the board's STORED results
 * for the year (what the screens showed, not a fresh evaluation): read in the asking
 * organisation's context, so it gets exactly what its row-level security lets it read (a host or
 * partner: every pack, evidence as stored; a funder: its grants' packs, as its drill-down shows
 * them). The annual report is made from the board's facts for its year instead, in its host's
 * context (annual-report-file.ts). An export already made is not made again, so a repeated job
 * changes nothing.
 */
@Injectable()
export class MakeExportUseCase {
  private readonly logger = new Logger(MakeExportUseCase.name);

  constructor(
    private readonly db: Db,
    private readonly claims: OutboxClaims,
  ) {}

  /** On the last attempt a failure is recorded on the export (the screen shows it) instead of thrown for a retry. */
  async execute(outboxId: string, lastAttempt: boolean, now = new Date()): Promise<ExportOutcome> {
    const claim = await this.claims.claim(outboxId, CLAIM_LEASE_MS);
    if (claim.state === 'missing') return { state: 'missing' };
    if (claim.state === 'already-processed') return { state: 'already-made' };
    const { exportId } = claim.message.payload as unknown as ComplianceExportOutboxPayload;
    const organizationId = claim.message.organizationId;
    try {
      const outcome = organizationId ? await this.make(organizationId, exportId, now) : ({ state: 'missing' } as const);
      await this.claims.complete(outboxId);
      return outcome;
    } catch (error) {
      if (!lastAttempt || !organizationId) {
        await this.claims.release(outboxId, error);
        throw error;
      }
      // Ids only in the log: the error may quote the data it failed on.
      this.logger.warn(`Compliance export ${exportId} failed on its last attempt (${(error as Error).name}).`);
      return this.giveUp(outboxId, organizationId, exportId, now);
    }
  }

  /** Records the failure on the export so the screen stops waiting, and closes the message. */
  private async giveUp(outboxId: string, organizationId: string, exportId: string, now: Date): Promise<ExportOutcome> {
    try {
      await this.fail(organizationId, exportId, FAILED, now);
      await this.claims.complete(outboxId);
      return { state: 'failed' };
    } catch (error) {
      await this.claims.release(outboxId, error);
      throw error;
    }
  }

  private async make(organizationId: string, exportId: string, now: Date): Promise<ExportOutcome> {
    const { row, results } = await this.db.transaction({ organizationId }, async (m) => {
      const row = await m.findOne(ComplianceExport, { where: { id: exportId } });
      if (!row || row.status !== 'queued' || row.kind === 'annual_report_pdf') return { row, results: null };
      // A board the organisation hosts or partners is visible to it; a funder reaches it through its grant.
      const results: ExportResults | null = (await hostResults(m, row.boardId, row.periodFrom)) ?? (await funderResults(m, organizationId, row.boardId, row.periodFrom));
      return { row, results };
    });
    if (!row) return { state: 'missing' };
    if (row.status !== 'queued') return { state: 'already-made' };
    if (row.kind === 'annual_report_pdf') {
      const annual = await annualReportFile(this.db, organizationId, row, now);
      return annual ? this.ready(organizationId, exportId, annual.file, annual.auditHeadHash, now) : this.fail(organizationId, exportId, CLOSED, now);
    }
    if (!results) return this.fail(organizationId, exportId, CLOSED, now);

    const host = await this.hostRecord(results.hostOrganizationId);
    const content = { ...results, organizationName: host.name, periodFrom: row.periodFrom, periodTo: row.periodTo, locale: isLocale(row.locale) ? row.locale : DEFAULT_LOCALE, auditHeadHash: host.auditHeadHash, generatedAt: now };
    return this.ready(organizationId, exportId, await exportFile(row.kind, content), host.auditHeadHash, now);
  }

  private async ready(organizationId: string, exportId: string, file: ExportFile, auditHeadHash: string, now: Date): Promise<ExportOutcome> {
    await this.db.transaction({ organizationId }, (m) =>
      m.update(
        ComplianceExport,
        { id: exportId, status: 'queued' },
        { status: 'ready', content: file.content, contentType: file.contentType, sizeBytes: file.content.length, fileName: file.fileName, auditHeadHash, finishedAt: now, error: null },
      ),
    );
    return { state: 'ready' };
  }

  /**
   * The board's organisation's name and the head of its audit chain, read in that organisation's
   * own context: the asking organisation (a partner, a funder) cannot read them, and should not
   * in general. The worker is trusted to read just these two values here, because the packet
   * must cite the chain of the organisation whose records it reports, so that anyone holding the
   * packet can later ask that organisation to prove its log still leads to this hash. An
   * organisation that never recorded anything is at the chain's genesis.
   */
  private hostRecord(hostOrganizationId: string): Promise<{ name: string; auditHeadHash: string }> {
    return this.db.transaction({ organizationId: hostOrganizationId }, async (m) => {
      const organization = await m.findOne(Organization, { where: { id: hostOrganizationId }, select: { id: true, name: true } });
      const [head] = (await m.query(`SELECT hash FROM audit_chain_head WHERE organization_id = $1`, [hostOrganizationId])) as Array<{ hash: string }>;
      return { name: organization?.name ?? '', auditHeadHash: head?.hash ?? GENESIS_HASH };
    });
  }

  private async fail(organizationId: string, exportId: string, error: string, now: Date): Promise<ExportOutcome> {
    await this.db.transaction({ organizationId }, (m) => m.update(ComplianceExport, { id: exportId, status: 'queued' }, { status: 'failed', error, finishedAt: now }));
    return { state: 'failed' };
  }
}
