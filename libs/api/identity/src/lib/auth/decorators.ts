import { createParamDecorator, ExecutionContext, SetMetadata, UnauthorizedException } from '@nestjs/common';
import type { Permission } from '@cabinet/shared/contracts';
import type { AuthContext, AuthenticatedRequest } from './auth-context';

export const PUBLIC_ROUTE = 'cabinet:public';
export const REQUIRED_PERMISSION = 'cabinet:permission';
export const ALLOWED_DURING_TWO_FACTOR_SETUP = 'cabinet:allowed-during-two-factor-setup';

/** Opens a route to people who are not signed in. Everything else is closed by default. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The permission a signed-in person needs for this route; a route without one is refused. */
export const RequirePermission = (permission: Permission) => SetMetadata(REQUIRED_PERMISSION, permission);

/**
 * Keeps a route open to someone whose organisation requires an authenticator app they have not
 * set up yet (reading the session, signing out, setting the app up); every other route waits.
 */
export const AllowDuringTwoFactorSetup = () => SetMetadata(ALLOWED_DURING_TWO_FACTOR_SETUP, true);

/** The signed-in person (on routes that require one). */
export const Auth = createParamDecorator((_: unknown, context: ExecutionContext): AuthContext => {
  const auth = context.switchToHttp().getRequest<AuthenticatedRequest>().auth;
  if (!auth) throw new UnauthorizedException('Please sign in.');
  return auth;
});

/** The request id, for audit entries written by public routes. */
export const RequestId = createParamDecorator((_: unknown, context: ExecutionContext): string => context.switchToHttp().getRequest<AuthenticatedRequest>().id);

/** The client address (behind the proxy), for throttling only: never logged or stored. */
export const ClientIp = createParamDecorator((_: unknown, context: ExecutionContext): string => context.switchToHttp().getRequest<AuthenticatedRequest>().ip);
