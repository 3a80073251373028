import type { Db } from '@cabinet/api/database';
import type { OutboxClaims } from '@cabinet/api/outbox';
import type { ComplianceExport } from '../entities/compliance-export.entity';
import { MakeExportUseCase } from './make-export.use-case';

const MESSAGE = { id: 'o1', organizationId: 'org-1', payload: { exportId: 'e1' } };

/** The use case over a manager that finds `row` (or throws `error`) and records updates; the database itself is the integration spec's. */
function makeExport(found: { row?: Partial<ComplianceExport> | null; error?: Error }) {
  const updates: unknown[] = [];
  const manager = {
    findOne: jest.fn(async () => {
      if (found.error) throw found.error;
      return found.row ?? null;
    }),
    update: jest.fn(async (_entity: unknown, _where: unknown, values: unknown) => updates.push(values)),
  };
  const db = { transaction: jest.fn((_context: unknown, work: (m: typeof manager) => Promise<unknown>) => work(manager)) };
  const claims = { claim: jest.fn(async () => ({ state: 'claimed', message: MESSAGE })), complete: jest.fn(async () => undefined), release: jest.fn(async () => undefined) };
  const useCase = new MakeExportUseCase(db as unknown as Db, claims as unknown as OutboxClaims);
  return { useCase, claims, updates };
}

describe('MakeExportUseCase', () => {
  it('does not make an export again once it is ready, and closes the message', async () => {
    const { useCase, claims, updates } = makeExport({ row: { id: 'e1', status: 'ready', kind: 'evidence_pdf' } });
    await expect(useCase.execute('o1', false)).resolves.toEqual({ state: 'already-made' });
    expect(updates).toEqual([]);
    expect(claims.complete).toHaveBeenCalledWith('o1');
  });

  it('closes a message whose export is gone', async () => {
    const { useCase, claims } = makeExport({ row: null });
    await expect(useCase.execute('o1', false)).resolves.toEqual({ state: 'missing' });
    expect(claims.complete).toHaveBeenCalledWith('o1');
  });

  it('gives a failed attempt back for a retry while attempts remain', async () => {
    const { useCase, claims, updates } = makeExport({ error: new Error('database went away') });
    await expect(useCase.execute('o1', false)).rejects.toThrow('database went away');
    expect(claims.release).toHaveBeenCalledWith('o1', expect.any(Error));
    expect(claims.complete).not.toHaveBeenCalled();
    expect(updates).toEqual([]);
  });

  it('records the failure on the export after the last attempt, so the screen stops waiting', async () => {
    const { useCase, claims, updates } = makeExport({ error: new Error('database went away') });
    await expect(useCase.execute('o1', true)).resolves.toEqual({ state: 'failed' });
    expect(updates).toEqual([expect.objectContaining({ status: 'failed', error: expect.stringMatching(/could not be made/) })]);
    expect(claims.complete).toHaveBeenCalledWith('o1');
    expect(claims.release).not.toHaveBeenCalled();
  });
});
