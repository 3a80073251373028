import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { createZodDto } from 'nestjs-zod';
import { DomainError } from '@cabinet/api/core';
import { Public } from '@cabinet/api/identity';
import { rsvpByLinkSchema, type RsvpLinkView } from '@cabinet/shared/contracts';
import { AnswerByLinkUseCase } from './rsvp-links/answer-by-link.use-case';

class RsvpByLinkDto extends createZodDto(rsvpByLinkSchema) {}

/** Anything but a token's shape names no link: the same 404 as an unknown one. */
const tokenParam = { transform: (value: string): string => {
  if (!/^[A-Za-z0-9_-]{20,200}$/.test(value)) throw DomainError.notFound('This link');
  return value;
} };

/**
 * The answer links in meeting emails, for people who are not signed in. Reading changes nothing
 * (mail scanners open links); answering is a POST from the page, after the person confirms.
 */
@ApiTags('meetings')
@Controller()
export class RsvpLinksController {
  constructor(private readonly answerByLink: AnswerByLinkUseCase) {}

  @Public()
  @Get('rsvp/:token')
  view(@Param('token', tokenParam) token: string): Promise<RsvpLinkView> {
    return this.answerByLink.view(token);
  }

  @Public()
  @Post('rsvp/:token')
  @HttpCode(200)
  answer(@Param('token', tokenParam) token: string, @Body() body: RsvpByLinkDto): Promise<RsvpLinkView> {
    return this.answerByLink.answer(token, body);
  }
}
