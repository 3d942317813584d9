/**
 * fast-check arbitraries for the contract's parameters and bodies: values shaped by each schema (enum
 * members, formats, patterns, bounds) whose leaves are often replaced by hostile ones (control
 * characters, unpaired surrogates, numbers out of range, wrong types, very long text, injection strings).
 * A shaped value gets past the first checks and reaches the handlers; a hostile leaf tests what they do.
 */
import fc from 'fast-check';

type Schema = Record<string, any>;

const HOSTILE_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u001b[2J',
  '\u007f',
  '\ud800',
  'x\udfff',
  '\u202e',
  '%00',
  '%',
  '../../etc/passwd',
  "' OR 1=1 --",
  '<script>alert(1)</script>',
  '${7*7}',
  '__proto__',
  'constructor',
  'null',
  'NaN',
  'Infinity',
  '1e309',
  '-1',
  '9'.repeat(400),
  '😀'.repeat(3),
];

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.string({ unit: anyCodeUnit, maxLength: 40 }),
  fc.string({ maxLength: 20 }).map((s) => s.repeat(200)),
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(-1, 0, 0.5, 1e20, -1e20, 2 ** 31, -(2 ** 31) - 1, Number.MAX_SAFE_INTEGER + 2, 1e308, -1e308),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Follows `#/…` references within the document. */
export function resolver(document: Schema) {
  return function resolve(schema: Schema | undefined): Schema {
    let current = schema ?? {};
    for (let depth = 0; depth < 10 && typeof current.$ref === 'string'; depth++) {
      current = (current.$ref as string)
        .slice(2)
        .split('/')
        .reduce<any>((node, key) => node?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
    }
    return current ?? {};
  };
}

function validString(schema: Schema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, Math.max(minLength, 40));
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date') return fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  if (schema.format === 'date-time') return fc.date({ min: new Date('2000-01-01'), max: new Date('2040-01-01'), noInvalidDate: true }).map((d) => d.toISOString());
  if (typeof schema.pattern === 'string') {
    try {
      return fc.stringMatching(new RegExp(schema.pattern, 'u')).filter((s) => s.length >= minLength && s.length <= (schema.maxLength ?? Infinity));
    } catch {
      // A pattern fast-check cannot generate from: plain text of the right length.
    }
  }
  return fc.string({ minLength, maxLength });
}

/**
 * A value for `schema`, well-shaped but for hostile leaves: one leaf in `1 + validWeight` is hostile
 * (a low weight tests the first checks, a high one gets past them to the handlers).
 */
export function arbitraryFor(document: Schema, schema: Schema | undefined, validWeight = 2, depth = 0): fc.Arbitrary<unknown> {
  const resolve = resolver(document);
  const s = resolve(schema);
  if (depth > 5) return fc.constant(null);
  const hostile = (valid: fc.Arbitrary<unknown>) => fc.oneof({ weight: validWeight, arbitrary: valid }, { weight: 1, arbitrary: hostileValue });
  const inner = (sub: Schema | undefined) => arbitraryFor(document, sub, validWeight, depth + 1);
  if (Array.isArray(s.oneOf) || Array.isArray(s.anyOf)) {
    return fc.oneof(...(s.oneOf ?? s.anyOf).map((option: Schema) => inner(option)));
  }
  if (Array.isArray(s.allOf)) {
    const merged = s.allOf.map(resolve).reduce(
      (all: Schema, part: Schema) => ({
        ...all,
        ...part,
        properties: { ...all.properties, ...part.properties },
        required: [...(all.required ?? []), ...(part.required ?? [])],
      }),
      { type: 'object' },
    );
    return inner(merged);
  }
  if (Array.isArray(s.enum)) return hostile(fc.constantFrom(...s.enum));
  if (s.const !== undefined) return hostile(fc.constant(s.const));
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== 'null') : s.type;
  switch (type) {
    case 'string':
      return hostile(validString(s));
    case 'integer':
      return hostile(fc.integer({ min: s.minimum ?? -1_000_000, max: s.maximum ?? 1_000_000 }));
    case 'number':
      return hostile(fc.double({ min: s.minimum ?? -1e9, max: s.maximum ?? 1e9, noNaN: true, noDefaultInfinity: true }));
    case 'boolean':
      return hostile(fc.boolean());
    case 'array':
      return hostile(fc.array(inner(s.items), { maxLength: Math.min(s.maxItems ?? 4, 4) }));
    case 'object':
    default: {
      const properties = Object.entries((s.properties ?? {}) as Record<string, Schema>);
      if (properties.length === 0) return type === 'object' ? hostile(fc.constant({})) : hostileValue;
      const shape = Object.fromEntries(properties.map(([name, property]) => [name, inner(property)]));
      const required = ((s.required ?? []) as string[]).filter((name) => name in shape);
      return hostile(fc.record(shape, { requiredKeys: required }));
    }
  }
}

/** Path segments and query values as a client could send them, lone surrogates included. */
export function encodeSegment(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? '';
  try {
    return encodeURIComponent(text);
  } catch {
    // An unpaired surrogate has no UTF-8 form: send the bytes a careless client would (WTF-8).
    return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80';
  }
}
