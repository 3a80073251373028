import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OutboxClaims } from './claim/outbox-claims';
import { OutboxMessage } from './outbox-message.entity';

@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessage])],
  providers: [{ provide: OutboxClaims, inject: [DataSource], useFactory: (dataSource: DataSource) => new OutboxClaims(dataSource) }],
  exports: [TypeOrmModule, OutboxClaims],
})
export class OutboxModule {}
