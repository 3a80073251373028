import { z } from 'zod';
import { AGENDA_ITEM_KINDS, MAX_AGENDA_ITEM_MINUTES } from './agenda';

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .nullable()
    .transform((value) => value || null);

const itemFields = {
  kind: z.enum(AGENDA_ITEM_KINDS, { error: 'must be information, discussion or decision' }),
  title: z.string({ error: 'is required' }).trim().min(1, 'is required').max(200, 'must be at most 200 characters'),
  details: optionalText(2000).default(null),
  presenter: optionalText(120).default(null),
  durationMinutes: z
    .number({ error: 'must be a number' })
    .int('must be whole minutes')
    .min(1, 'must be at least 1 minute')
    .max(MAX_AGENDA_ITEM_MINUTES, `must be at most ${MAX_AGENDA_ITEM_MINUTES} minutes`),
};

/** An item a member proposes, or an organiser adds straight into the agenda. */
export const agendaItemSchema = z.strictObject(itemFields);
export type AgendaItemInput = z.infer<typeof agendaItemSchema>;

/** Changing an item: only what changes. */
export const changeAgendaItemSchema = z.strictObject({
  kind: itemFields.kind.optional(),
  title: itemFields.title.optional(),
  details: optionalText(2000).optional(),
  presenter: optionalText(120).optional(),
  durationMinutes: itemFields.durationMinutes.optional(),
});
export type ChangeAgendaItemInput = z.infer<typeof changeAgendaItemSchema>;

/** Accepting a proposal into the agenda, or declining it with a reason the proposer sees. */
export const decideAgendaItemSchema = z
  .strictObject({
    outcome: z.enum(['accepted', 'declined'], { error: 'must be accepted or declined' }),
    reason: optionalText(500).default(null),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === 'declined' && !value.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'is required: tell the member why' });
  });
export type DecideAgendaItemInput = z.infer<typeof decideAgendaItemSchema>;

/** The running order: every accepted item's id, first to last. */
export const orderAgendaSchema = z.strictObject({
  order: z.array(z.uuid('must list agenda items'), { error: 'must list the agenda items' }).max(200, 'is too long'),
});
export type OrderAgendaInput = z.infer<typeof orderAgendaSchema>;
