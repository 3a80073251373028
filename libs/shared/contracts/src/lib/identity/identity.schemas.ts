import { z } from 'zod';
import { LOCALES } from '../locales';
import { ORGANIZATION_KINDS, ORGANIZATION_ROLES } from './roles';

const email = z.string().trim().toLowerCase().max(254, 'is too long').email('must be an email address such as name@example.org');
/** Long passphrases beat complex rules (NIST SP 800-63B): a minimum length, a generous maximum. */
const password = z.string().min(12, 'must be at least 12 characters').max(200, 'must be at most 200 characters');
const displayName = z.string().trim().min(1, 'is required').max(80, 'must be at most 80 characters');
const token = z.string().trim().min(20, 'is not a valid link').max(200, 'is not a valid link');

export const signUpSchema = z.strictObject({
  organizationName: z.string().trim().min(2, 'must be at least 2 characters').max(120, 'must be at most 120 characters'),
  organizationKind: z.enum(ORGANIZATION_KINDS, { error: 'must be service, funder or community' }),
  displayName,
  email,
  password,
  locale: z.enum(LOCALES).default('en'),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.strictObject({
  /** An email address, or the username a manager gave a peer without email. */
  identifier: z.string().trim().toLowerCase().min(1, 'is required').max(254, 'is too long'),
  password: z.string().min(1, 'is required').max(200, 'is too long'),
  /** Six digits from an authenticator app, when the account uses a second factor. */
  code: z.string().trim().regex(/^\d{6}$/, 'must be the 6 digits from your authenticator app').optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const verifyEmailSchema = z.strictObject({ token });
export type VerifyEmailInput = z.infer<typeof verifyEmailSchema>;

export const switchOrganizationSchema = z.strictObject({ organizationId: z.uuid('must be an organisation id') });
export type SwitchOrganizationInput = z.infer<typeof switchOrganizationSchema>;

export const inviteSchema = z.strictObject({ email, role: z.enum(ORGANIZATION_ROLES, { error: 'is not a role Cabinet knows' }) });
export type InviteInput = z.infer<typeof inviteSchema>;

export const acceptInvitationSchema = z.strictObject({ token, displayName, password, locale: z.enum(LOCALES).default('en') });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const requestPasswordResetSchema = z.strictObject({ email });
export type RequestPasswordResetInput = z.infer<typeof requestPasswordResetSchema>;

export const resetPasswordSchema = z.strictObject({ token, password });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const changePasswordSchema = z.strictObject({ currentPassword: z.string().min(1, 'is required').max(200), newPassword: password });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const changeEmailSchema = z.strictObject({ currentPassword: z.string().min(1, 'is required').max(200), newEmail: email });
export type ChangeEmailInput = z.infer<typeof changeEmailSchema>;

export const createPeerSchema = z.strictObject({
  username: z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, 'must be 3 to 40 letters, digits, dots, dashes or underscores'),
  displayName,
});
export type CreatePeerInput = z.infer<typeof createPeerSchema>;

export const redeemSetupCodeSchema = z.strictObject({
  username: createPeerSchema.shape.username,
  setupCode: z.string().trim().toUpperCase().regex(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/, 'must be the 8-character code your manager gave you'),
  password,
});
export type RedeemSetupCodeInput = z.infer<typeof redeemSetupCodeSchema>;

export const changeRoleSchema = z.strictObject({ role: z.enum(ORGANIZATION_ROLES, { error: 'is not a role Cabinet knows' }) });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const confirmEmailChangeSchema = z.strictObject({ token });
export type ConfirmEmailChangeInput = z.infer<typeof confirmEmailChangeSchema>;

const currentPassword = z.string().min(1, 'is required').max(200, 'is too long');
const totpCode = z.string().trim().regex(/^\d{6}$/, 'must be the 6 digits from your authenticator app');

export const eraseAccountSchema = z.strictObject({ currentPassword });
export type EraseAccountInput = z.infer<typeof eraseAccountSchema>;

export const twoFactorConfirmSchema = z.strictObject({ code: totpCode });
export type TwoFactorConfirmInput = z.infer<typeof twoFactorConfirmSchema>;

export const twoFactorDisableSchema = z.strictObject({ currentPassword, code: totpCode });
export type TwoFactorDisableInput = z.infer<typeof twoFactorDisableSchema>;

export const organizationSettingsSchema = z.strictObject({ requireTwoFactor: z.boolean({ error: 'must be true or false' }) });
export type OrganizationSettingsInput = z.infer<typeof organizationSettingsSchema>;
