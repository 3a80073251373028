import { z } from 'zod';
import { MAX_ACK_DAYS, MAX_DECLINE_REASON_LENGTH, MAX_INPUT_LENGTH, PEER_INPUT_KINDS, PEER_INPUT_STATUSES } from './peer-input';

const text = (max: number) =>
  z.string({ error: 'is required' }).trim().min(1, 'is required').max(max, `must be at most ${max} characters`);
const kind = z.enum(PEER_INPUT_KINDS, { error: 'must be idea, concern, complaint or question' });

/** A member's input; anonymous input is stored without any link to them. */
export const submitInputSchema = z.strictObject({
  kind,
  body: text(MAX_INPUT_LENGTH),
  anonymous: z.boolean({ error: 'must be true or false' }).default(false),
});
export type SubmitInputInput = z.infer<typeof submitInputSchema>;

/** Input through the public link. `website` is a honeypot field people never see: it must stay empty. */
export const publicInputSchema = z.strictObject({
  kind,
  body: text(MAX_INPUT_LENGTH),
  website: z.string().max(200).optional().default(''),
  kiosk: z.boolean({ error: 'must be true or false' }).optional().default(false),
});
export type PublicInputInput = z.infer<typeof publicInputSchema>;

export const listInputQuerySchema = z.strictObject({
  status: z.enum(PEER_INPUT_STATUSES, { error: 'must be a status of input' }).optional(),
});
export type ListInputQuery = z.infer<typeof listInputQuerySchema>;

/** Putting input on an agenda: an item of this board's meetings that says what will be discussed. */
export const inputOnAgendaSchema = z.strictObject({
  agendaItemId: z.uuid('must be an agenda item of this board'),
});
export type InputOnAgendaInput = z.infer<typeof inputOnAgendaSchema>;

export const answerInputSchema = z.strictObject({ answer: text(MAX_INPUT_LENGTH) });
export type AnswerInputInput = z.infer<typeof answerInputSchema>;

export const declineInputSchema = z.strictObject({
  reason: z.string({ error: 'is required: tell the person why' }).trim().min(1, 'is required: tell the person why').max(MAX_DECLINE_REASON_LENGTH, `must be at most ${MAX_DECLINE_REASON_LENGTH} characters`),
});
export type DeclineInputInput = z.infer<typeof declineInputSchema>;

/** A board's input settings. Kiosk mode runs on the public link, so it needs the link switched on. */
export const inputChannelSchema = z
  .strictObject({
    publicEnabled: z.boolean({ error: 'must be true or false' }),
    kioskEnabled: z.boolean({ error: 'must be true or false' }),
    ackDays: z.number({ error: 'must be a number' }).int('must be whole days').min(1, 'must be at least 1 day').max(MAX_ACK_DAYS, `must be at most ${MAX_ACK_DAYS} days`),
  })
  .refine((value) => value.publicEnabled || !value.kioskEnabled, { path: ['kioskEnabled'], message: 'needs the public link switched on' });
export type InputChannelInput = z.infer<typeof inputChannelSchema>;

/** A claim code as typed: any case, with or without spaces and dashes. */
export const claimSchema = z.strictObject({
  code: z.string({ error: 'is required' }).trim().min(1, 'is required').max(40, 'is not a claim code'),
});
export type ClaimInput = z.infer<typeof claimSchema>;
