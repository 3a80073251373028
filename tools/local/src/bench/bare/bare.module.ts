import { Controller, Get, Module } from '@nestjs/common';

/** The one route of the ceiling app: a small JSON answer, no guard, no database, no logging. */
@Controller('bare')
export class BareController {
  @Get()
  answer(): { ok: true; name: string } {
    return { ok: true, name: 'bare' };
  }
}

@Module({ controllers: [BareController] })
export class BareModule {}
