import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { CSRF_HEADER, ErrorCode, Permission, SESSION_COOKIE } from '@cabinet/shared/contracts';
import { SessionService } from '../sessions/session.service';
import { abilityFor, splitPermission } from './ability';
import type { AuthenticatedRequest } from './auth-context';
import { ALLOWED_DURING_TWO_FACTOR_SETUP, PUBLIC_ROUTE, REQUIRED_PERMISSION } from './decorators';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Deny by default, for every route: a route is either marked @Public() or declares the permission
 * it needs, and the signed-in person's role must grant it. Changes made with a session must carry
 * the session's CSRF token in a header, which another site cannot read or send. Someone whose
 * organisation requires an authenticator app they lack reaches only the routes that let them set one up.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets) ?? false;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(REQUIRED_PERMISSION, targets);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();

    const token = request.cookies?.[SESSION_COOKIE];
    const auth = token ? await this.sessions.resolve(token, String(request.id)) : null;
    if (auth) request.auth = auth;

    if (auth && !SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== auth.csrfToken) {
      throw new ForbiddenException('This request is missing its security token. Reload the page and try again.');
    }
    if (isPublic) return true;
    if (!auth) throw new UnauthorizedException('Please sign in.');
    if (!permission) throw new ForbiddenException('This action is not available.');
    if (!abilityFor(auth.role).can(...splitPermission(permission))) {
      throw new ForbiddenException('Your role does not allow this.');
    }
    if (auth.twoFactorSetupRequired && !this.reflector.getAllAndOverride<boolean>(ALLOWED_DURING_TWO_FACTOR_SETUP, targets)) {
      throw new ForbiddenException({ code: ErrorCode.SecondFactorSetupRequired, message: 'Your organisation asks you to set up an authenticator app before you continue.' });
    }
    return true;
  }
}
