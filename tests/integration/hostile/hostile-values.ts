import fc from 'fast-check';

/** JSON text put into a body as it is: numbers JSON.stringify cannot write (-0, 1e400), nesting too deep for it to write. */
export class RawJson {
  constructor(readonly text: string) {}
}

/** What is sent: the body's exact text (or none), and which field the generator broke, if one. */
export interface HostileBody {
  text: string | undefined;
  /** The top-level field given a value of the wrong type: a refusal must name it. */
  brokenField?: string;
  label: string;
}

const RAW = '@@raw-json@@';

/** JSON text of a value that may hold RawNumbers (their text goes in unquoted). */
export function serialize(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, item: unknown) => (item instanceof RawJson ? `${RAW}${raws.push(item.text) - 1}` : item));
  return text.replace(new RegExp(`"${RAW}(\\d+)"`, 'g'), (_match, index: string) => raws[Number(index)]!);
}

/** Longer than any text field allows (100 kB+), in one, two, three and four UTF-8 bytes per character and lone surrogates. */
const oversized = fc.constantFrom('a', 'é', '名', '🙂', '\ud800').map((char) => char.repeat(Math.ceil(100_001 / char.length)));

const BOUNDARY_NUMBERS = [-0, 1e308, -1e308, -1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER, 1.5, 0.1, 5e-324];
const boundaryNumber = fc.oneof(fc.constantFrom(...BOUNDARY_NUMBERS), fc.constantFrom('-0', '1e400', '-1e400', '1E2', '0.0000001', '123456789012345678901234567890').map((text) => new RawJson(text)));

/** Calendar days and wall-clock times that do not exist, or that a date column cannot hold. */
const IMPOSSIBLE_DAYS = ['2026-02-30', '2027-02-29', '9999-99-99', '0000-00-00', '2026-13-01', '2026-00-10', '2026-04-31', '+275760-09-13', '-0001-01-01', '99999-01-01'];
const IMPOSSIBLE_TIMES = ['2026-02-30T18:00', '9999-99-99T99:99', '2026-01-08T24:00', '2026-01-08T23:60', '0000-00-00T00:00', '2026-13-01T18:00'];
const UNICODE = ['Ω≈ç√∫˜µ≤≥÷', '\u202eevil\u202c', 'zero\u200bwidth', 'ﷺ', '𝕳𝖊𝖑𝖑𝖔', 'e\u0301\u0301\u0301', '\ufeffbom', '\ud83d', '\udfff', '\r\n\t'];

/** A value nested deeper than anything expects (or than JSON.stringify can write, hence as text). */
export function deeplyNested(depth: number, kind: 'array' | 'object'): RawJson {
  return new RawJson(kind === 'array' ? `${'['.repeat(depth)}"bottom"${']'.repeat(depth)}` : `${'{"a":'.repeat(depth)}"bottom"${'}'.repeat(depth)}`);
}

const structures = fc.constantFrom<unknown>({}, [], { $gt: '' }, { toString: 'x' }, ['a', 'b'], deeplyNested(50_000, 'object'), deeplyNested(100_000, 'array'), new Array(20_000).fill(0));

/** A value of a type the field cannot take, judged from the type of a valid value of it. Never null: nullable fields take it. */
export function wrongTypeFor(valid: unknown): fc.Arbitrary<unknown> {
  if (typeof valid === 'string') return fc.oneof(boundaryNumber, fc.boolean(), structures.filter((v) => typeof v === 'object'));
  if (typeof valid === 'number') return fc.oneof(fc.constantFrom('1', '', 'NaN', 'Infinity', '1e308', '٣', ' 7 '), fc.boolean(), structures);
  if (typeof valid === 'boolean') return fc.oneof(fc.constantFrom('true', 'false', '', 'yes'), fc.constantFrom(0, 1, -0), structures);
  if (Array.isArray(valid)) {
    const item: unknown = valid[0];
    const wrongItems = item === undefined ? fc.constant([{}]) : wrongTypeFor(item).map((wrong) => [wrong]);
    return fc.oneof(fc.constantFrom<unknown>('a', 1, true, { 0: 'a' }), wrongItems);
  }
  return fc.oneof(fc.constantFrom<unknown>('a', 1, true, []), boundaryNumber);
}

/**
 * A value of the right type that no sane rule should take (too long, a NUL byte, a day that does
 * not exist, a number out of range, too many items), or a rarer one that may be valid (unicode,
 * lone surrogates, the nil uuid) and must then be stored or refused cleanly.
 */
export function hostileOfSameType(valid: unknown): fc.Arbitrary<unknown> {
  if (typeof valid === 'string') {
    const variants: Array<fc.Arbitrary<unknown>> = [
      oversized,
      fc.constantFrom(`${valid}\u0000`, `\u0000${valid}`, `a\u0000b`),
      fc.constantFrom(...UNICODE).map((text) => `${valid}${text}`),
      fc.constantFrom('', '   ', "'; DROP TABLE board; --", '../../etc/passwd'),
    ];
    if (/^\d{4}-\d{2}-\d{2}$/.test(valid)) variants.push(fc.constantFrom(...IMPOSSIBLE_DAYS), fc.constantFrom(...IMPOSSIBLE_DAYS), fc.constantFrom(...IMPOSSIBLE_DAYS));
    if (/^\d{4}-\d{2}-\d{2}T/.test(valid)) variants.push(fc.constantFrom(...IMPOSSIBLE_TIMES), fc.constantFrom(...IMPOSSIBLE_TIMES), fc.constantFrom(...IMPOSSIBLE_TIMES));
    if (/^[0-9a-f]{8}-/.test(valid)) variants.push(fc.constantFrom('00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', `${valid}0`, valid.slice(1), `${valid.slice(0, -1)}g`));
    return fc.oneof(...variants);
  }
  if (typeof valid === 'number') return boundaryNumber;
  if (Array.isArray(valid)) {
    const item: unknown = valid[0];
    if (item === undefined) return fc.constant(new Array(20_000).fill('x'));
    return fc.oneof(
      fc.constant(new Array(20_000).fill(typeof item === 'string' && item.length > 40 ? item.slice(0, 40) : item)),
      hostileOfSameType(item).map((bad) => [...valid, bad]),
    );
  }
  if (valid && typeof valid === 'object') {
    const entries = Object.entries(valid);
    // Records (a rule's params) take any key: hide something deep or huge in a new one.
    const extra = fc.constantFrom<unknown>(deeplyNested(50_000, 'object'), deeplyNested(100_000, 'array'), new Array(20_000).fill({})).map((bad) => ({ ...valid, hidden: bad }));
    if (entries.length === 0) return extra;
    const one = fc.integer({ min: 0, max: entries.length - 1 }).chain((index) => hostileOfSameType(entries[index]![1]).map((bad) => ({ ...valid, [entries[index]![0]]: bad })));
    return fc.oneof({ weight: 4, arbitrary: one }, { weight: 1, arbitrary: extra });
  }
  // Booleans have no wrong value of their own type: the other one is valid.
  return wrongTypeFor(valid);
}

/** Keys no schema declares, some aimed at prototype pollution or at the tenant. */
const EXTRA_KEYS = ['organizationId', 'id', 'isAdmin', 'role', '__proto__', 'constructor', 'ñ名🙂', 'x'.repeat(10_000), ''];

/** Whole bodies that are not the object the route wants, and texts that are not JSON at all. */
export const notAnObject: fc.Arbitrary<HostileBody> = fc.oneof(
  fc.constantFrom<unknown>([], 'a string', 42, null, true, 0, [{}]).map((value) => ({ text: serialize(value), label: `a JSON ${Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value}` })),
  notJson(),
  fc.constant<HostileBody>({ text: `${'['.repeat(200_000)}${']'.repeat(200_000)}`, label: 'arrays nested 200 000 deep' }),
);

/** Text sent as application/json that is not JSON, or is JSON a secure parser must refuse. */
export function notJson(): fc.Arbitrary<HostileBody> {
  return fc
    .constantFrom('{', '{"a":', 'not json', '\u0000', '[1,2', '{"a":1}}', "{'a':1}", '{"a":NaN}', '{"a":undefined}', '{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"isAdmin":true}}}', '{"a":"\\ud800"', '', '   ')
    .map((text) => ({ text, label: `non-JSON text ${JSON.stringify(text.slice(0, 30))}` }));
}

/** Hostile bodies for a route whose valid body is `base`: most break exactly one field, some break the whole shape. */
export function hostileBodies(base: Record<string, unknown>, emptyIsValid: boolean): fc.Arbitrary<HostileBody> {
  const keys = Object.keys(base);
  const key = fc.constantFrom(...keys);
  const wrongType = key.chain((name) => wrongTypeFor(base[name]).map((bad) => ({ text: serialize({ ...base, [name]: bad }), brokenField: name, label: `${name} of a wrong type` })));
  const sameType = fc
    .uniqueArray(key, { minLength: 1, maxLength: Math.min(3, keys.length) })
    .chain((names) => fc.tuple(...names.map((name) => hostileOfSameType(base[name]))).map((bad) => ({ names, bad })))
    .map(({ names, bad }) => ({ text: serialize({ ...base, ...Object.fromEntries(names.map((name, i) => [name, bad[i]])) }), label: `hostile ${names.join(', ')}` }));
  const extra = fc.tuple(fc.constantFrom(...EXTRA_KEYS), fc.oneof(fc.constant<unknown>(true), boundaryNumber, oversized)).map(([name, value]) => ({
    text: serialize({ ...base, [name]: value }),
    label: `an extra field ${JSON.stringify(name.slice(0, 20))}`,
  }));
  const whole = emptyIsValid ? notAnObject : fc.oneof(notAnObject, fc.constant<HostileBody>({ text: '{}', label: 'an empty object' }));
  return fc.oneof({ weight: 4, arbitrary: wrongType }, { weight: 4, arbitrary: sameType }, { weight: 1, arbitrary: extra }, { weight: 2, arbitrary: whole });
}

/** Path parameter values that name nothing: not a uuid, 10 kB long, climbing out, unicode, bad escapes. */
export const hostilePathParam = fc.constantFrom(
  'not-a-uuid',
  'x'.repeat(10_000),
  '..',
  encodeURIComponent('../../etc/passwd'),
  encodeURIComponent('ñ名🙂'),
  '%ED%A0%80',
  '%00',
  '%zz',
  '%',
  encodeURIComponent("1' OR '1'='1"),
  '00000000-0000-0000-0000-000000000000',
  encodeURIComponent(' '),
);
