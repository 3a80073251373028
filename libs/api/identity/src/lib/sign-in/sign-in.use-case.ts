import { Injectable } from '@nestjs/common';
import { Db } from '@cabinet/api/database';
import type { AppUser } from '../entities/app-user.entity';
import { OpenedSession, OpenSession } from '../sessions/open-session';

/** After passport-local has checked the credentials: start the session. */
@Injectable()
export class SignInUseCase {
  constructor(
    private readonly db: Db,
    private readonly openSession: OpenSession,
  ) {}

  execute(user: AppUser, request: { requestId: string; device: string | null }): Promise<OpenedSession> {
    return this.db.transaction({ userId: user.id }, (m) => this.openSession.open(m, user.id, request));
  }
}
