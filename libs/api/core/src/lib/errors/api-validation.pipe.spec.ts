import { z } from 'zod';
import { createZodDto } from 'nestjs-zod';
import { ApiValidationPipe, unstorableTextFields } from './api-validation.pipe';
import { DomainError } from './domain-error';

class ItemDto extends createZodDto(z.strictObject({ title: z.string(), tags: z.array(z.string()).default([]) })) {}

describe('ApiValidationPipe', () => {
  const pipe = new ApiValidationPipe();

  it('names each field whose text holds a NUL character, as zod names fields', () => {
    const fields = (value: unknown) => unstorableTextFields(value).map((error) => error.field);
    expect(fields({ title: 'a\u0000b', tags: ['ok', 'x\u0000'], nested: { note: '\u0000' }, count: 3 })).toEqual(['title', 'tags.1', 'nested.note']);
    expect(fields('plain')).toEqual([]);
  });

  it('names each field whose text holds half a surrogate pair, and takes whole pairs', () => {
    expect(unstorableTextFields({ reason: 'Storm \ud83d', tags: ['\udfff x'], ok: 'Storm 🌩' })).toEqual([
      { field: 'reason', message: 'must not contain a lone surrogate (text that is not valid Unicode)' },
      { field: 'tags.0', message: 'must not contain a lone surrogate (text that is not valid Unicode)' },
    ]);
  });

  it('walks a value nested deeper than the call stack', () => {
    let deep: unknown = 'a\u0000';
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(unstorableTextFields({ params: deep })).toEqual([{ field: `params${'.0'.repeat(200_000)}`, message: 'must not contain a NUL character' }]);
  });

  it('refuses such a body with a 422 naming the field, after the schema has passed', () => {
    const refuse = () => pipe.transform({ title: 'Budget\u0000' }, { type: 'body', metatype: ItemDto });
    expect(refuse).toThrow(DomainError);
    expect(refuse).toThrow(expect.objectContaining({ status: 422, fieldErrors: [{ field: 'title', message: 'must not contain a NUL character' }] }));
    expect(pipe.transform({ title: 'Budget' }, { type: 'body', metatype: ItemDto })).toEqual({ title: 'Budget', tags: [] });
  });

  it('names a single query value by its name', () => {
    expect(() => pipe.transform('en\u0000', { type: 'query', data: 'lang' })).toThrow(expect.objectContaining({ fieldErrors: [{ field: 'lang', message: 'must not contain a NUL character' }] }));
  });
});
