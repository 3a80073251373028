import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { Permission, twoFactorConfirmSchema, twoFactorDisableSchema, type TwoFactorSetup } from '@cabinet/shared/contracts';
import type { AuthContext } from './auth/auth-context';
import { AllowDuringTwoFactorSetup, Auth, ClientIp, RequirePermission } from './auth/decorators';
import { ConfirmTwoFactorUseCase } from './two-factor/confirm-two-factor.use-case';
import { DisableTwoFactorUseCase } from './two-factor/disable-two-factor.use-case';
import { SetUpTwoFactorUseCase } from './two-factor/set-up-two-factor.use-case';

class TwoFactorConfirmDto extends createZodDto(twoFactorConfirmSchema) {}
class TwoFactorDisableDto extends createZodDto(twoFactorDisableSchema) {}

/** The person's authenticator app: reachable even while their organisation waits for them to set one up. */
@ApiTags('account')
@AllowDuringTwoFactorSetup()
@Controller('account/two-factor')
export class TwoFactorController {
  constructor(
    private readonly setUp: SetUpTwoFactorUseCase,
    private readonly confirm: ConfirmTwoFactorUseCase,
    private readonly disable: DisableTwoFactorUseCase,
  ) {}

  @RequirePermission(Permission.AccountManage)
  @Post('setup')
  @HttpCode(200)
  setUpRoute(@Auth() auth: AuthContext): Promise<TwoFactorSetup> {
    return this.setUp.execute(auth);
  }

  @RequirePermission(Permission.AccountManage)
  @Post('confirm')
  @HttpCode(204)
  confirmRoute(@Auth() auth: AuthContext, @Body() body: TwoFactorConfirmDto): Promise<void> {
    return this.confirm.execute(auth, body);
  }

  @RequirePermission(Permission.AccountManage)
  @Post('disable')
  @HttpCode(204)
  disableRoute(@Auth() auth: AuthContext, @Body() body: TwoFactorDisableDto, @ClientIp() ip: string): Promise<void> {
    return this.disable.execute(auth, body, ip);
  }
}
