import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditChainHead } from './audit-chain-head.entity';
import { AuditEntry } from './audit-entry.entity';
import { AuditTrail } from './record/audit-trail';

@Module({
  imports: [TypeOrmModule.forFeature([AuditEntry, AuditChainHead])],
  providers: [AuditTrail],
  exports: [AuditTrail],
})
export class AuditModule {}
