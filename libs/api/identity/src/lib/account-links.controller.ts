import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { confirmEmailChangeSchema, requestPasswordResetSchema, resetPasswordSchema } from '@cabinet/shared/contracts';
import { ClientIp, Public, RequestId } from './auth/decorators';
import { ConfirmEmailChangeUseCase } from './confirm-email-change/confirm-email-change.use-case';
import { RequestPasswordResetUseCase } from './request-password-reset/request-password-reset.use-case';
import { ResetPasswordUseCase } from './reset-password/reset-password.use-case';

class RequestPasswordResetDto extends createZodDto(requestPasswordResetSchema) {}
class ResetPasswordDto extends createZodDto(resetPasswordSchema) {}
class ConfirmEmailChangeDto extends createZodDto(confirmEmailChangeSchema) {}

/** The public side of account self-service: asking for a reset link, and what the emailed links do. */
@ApiTags('auth')
@Controller('auth')
export class AccountLinksController {
  constructor(
    private readonly requestPasswordReset: RequestPasswordResetUseCase,
    private readonly resetPassword: ResetPasswordUseCase,
    private readonly confirmEmailChange: ConfirmEmailChangeUseCase,
  ) {}

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  async requestPasswordResetRoute(@Body() body: RequestPasswordResetDto, @ClientIp() ip: string): Promise<{ status: 'check_email' }> {
    await this.requestPasswordReset.execute(body, ip);
    return { status: 'check_email' };
  }

  @Public()
  @Post('password-reset/complete')
  @HttpCode(204)
  completePasswordResetRoute(@Body() body: ResetPasswordDto, @RequestId() requestId: string): Promise<void> {
    return this.resetPassword.execute(body, requestId);
  }

  @Public()
  @Post('confirm-email-change')
  @HttpCode(204)
  confirmEmailChangeRoute(@Body() body: ConfirmEmailChangeDto, @RequestId() requestId: string): Promise<void> {
    return this.confirmEmailChange.execute(body.token, requestId);
  }
}
