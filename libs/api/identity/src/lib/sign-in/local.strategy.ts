import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { Strategy } from 'passport-local';
import { signInSchema } from '@cabinet/shared/contracts';
import type { AppUser } from '../entities/app-user.entity';
import { CheckCredentialsUseCase } from './check-credentials.use-case';

interface SignInRequest {
  body: unknown;
  ip: string;
  id: string;
}

/** passport-local, reading "identifier" (an email or a username) and "password". */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly credentials: CheckCredentialsUseCase) {
    super({ usernameField: 'identifier', passwordField: 'password', passReqToCallback: true });
  }

  validate(request: SignInRequest): Promise<AppUser> {
    // The guard has validated the body already; parse again for the normalised values (lower-case identifier).
    return this.credentials.execute(signInSchema.parse(request.body), request.ip, String(request.id));
  }
}
