import type { INestApplication } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { ZodType } from 'zod';

/** A route's key ("POST /api/boards/:boardId/members") and the zod schema its body is validated with, if it reads one. */
export interface RouteBody {
  key: string;
  method: string;
  path: string;
  /** Null when the handler takes no @Body(): whatever is sent is ignored. */
  schema: ZodType | null;
}

const join = (...parts: string[]) => `/${parts.flatMap((p) => p.split('/')).filter(Boolean).join('/')}`;

/**
 * Which body each route validates, read from the metadata Nest's pipes read (the @Body() argument's
 * nestjs-zod DTO carries its schema), so a new route or a changed schema is seen here without a list to keep.
 */
export function routeBodies(app: INestApplication): RouteBody[] {
  const found: RouteBody[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const type = wrapper.metatype as (new (...args: never[]) => unknown) | null;
      if (!type) continue;
      const base = (Reflect.getMetadata(PATH_METADATA, type) as string | undefined) ?? '';
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const handler = (type.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
        const path = join('api', base, Reflect.getMetadata(PATH_METADATA, handler) as string);
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, type, name) ?? {}) as Record<string, { index: number; data?: unknown }>;
        const types = (Reflect.getMetadata('design:paramtypes', type.prototype, name) ?? []) as Array<{ schema?: ZodType } | undefined>;
        const body = Object.entries(args).find(([key, arg]) => key.startsWith(`${RouteParamtypes.BODY}:`) && arg.data === undefined);
        found.push({ key: `${method} ${path}`, method, path, schema: body ? (types[body[1].index]?.schema ?? null) : null });
      }
    }
  }
  return found.sort((a, b) => a.key.localeCompare(b.key));
}
