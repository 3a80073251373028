import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '@cabinet/api/identity';
import { LivenessReport, ReadinessReport } from '@cabinet/shared/contracts';
import { ReadinessService } from './readiness.service';

@ApiTags('health')
// Load balancers and orchestrators probe these without signing in.
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('live')
  @ApiOperation({ summary: 'The process is running (does not check dependencies).' })
  live(): LivenessReport {
    return { status: 'live' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'Postgres and Redis answer; 503 otherwise, within a second.' })
  async ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessReport> {
    const report = await this.readiness.check();
    void reply.status(report.status === 'ready' ? 200 : 503);
    return report;
  }
}
