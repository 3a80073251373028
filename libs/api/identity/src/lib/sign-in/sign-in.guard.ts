import { ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ZodValidationException } from 'nestjs-zod';
import { refuseUnstorableText } from '@cabinet/api/core';
import { signInSchema } from '@cabinet/shared/contracts';

/**
 * Runs passport-local for the sign-in route, after checking the body's shape so a missing or
 * malformed field is a 422 naming it rather than passport's bare "Missing credentials". Guards run
 * before pipes, so the validation pipe's storable-text rule is applied here too: a NUL in the
 * identifier would otherwise reach the account lookup and fail there as a 500.
 */
@Injectable()
export class SignInGuard extends AuthGuard('local') {
  override canActivate(context: ExecutionContext) {
    const parsed = signInSchema.safeParse(context.switchToHttp().getRequest<{ body: unknown }>().body ?? {});
    if (!parsed.success) throw new ZodValidationException(parsed.error);
    refuseUnstorableText(parsed.data);
    return super.canActivate(context);
  }
}
