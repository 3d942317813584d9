/**
 * Compiles the bundled OpenAPI document into validators, per operation, for path, query and header
 * parameters, the JSON body and every response. The reference server validates what it accepts and
 * returns with them, and the contract checker judges any backend's answers with the same code — nobody
 * hand-copies a schema.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type Json = Record<string, unknown>;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export interface FieldError {
  field: string;
  message: string;
  code: string;
}

export type Validator = (value: unknown) => FieldError[];

/**
 * The contract's rule for all text it accepts: no C0 control character but tab, line feed and carriage
 * return, no DEL, and no unpaired surrogate (which could not be stored as UTF-8). PostgreSQL refuses a
 * NUL inside text, so without this rule a NUL would surface as a database failure instead of a 400.
 */
const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function textProblem(value: string): 'control_character' | 'unpaired_surrogate' | null {
  if (FORBIDDEN_CHARACTER.test(value)) return 'control_character';
  if (UNPAIRED_SURROGATE.test(value)) return 'unpaired_surrogate';
  return null;
}

/** A parameter's raw text that reads as a number but not a finite one (`1e309`, `-Infinity`). */
function isInfinite(raw: unknown): boolean {
  const values = Array.isArray(raw) ? raw : [raw];
  return values.some((v) => typeof v === 'string' && /^\s*[-+]?(\d|\.\d|Infinity)/.test(v) && !Number.isFinite(Number(v)));
}

/** Every string (and property name) in a value that breaks the text rule, as field errors. */
function textErrors(location: string, value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (typeof node === 'string') {
      const problem = textProblem(node);
      if (problem) {
        errors.push({
          field: [location, ...path].join('.'),
          code: problem,
          message: problem === 'control_character' ? 'must not contain control characters' : 'must be well-formed Unicode text',
        });
      }
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, String(index)]));
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) {
        if (textProblem(key)) errors.push({ field: [location, ...path].join('.') || location, code: 'control_character', message: 'has a property name with control characters' });
        else visit(item, [...path, key]);
      }
    }
  };
  visit(value, []);
  return errors;
}

export interface CompiledOperation {
  operationId: string;
  method: HttpMethod;
  /** Path as written in the contract, e.g. `/legal-aid/applications/{id}`. */
  path: string;
  /** The same path in Fastify's syntax, e.g. `/legal-aid/applications/:id`. */
  routePath: string;
  requiresSession: boolean;
  params: Validator;
  query: Validator;
  headers: Validator;
  /** Undefined when the operation takes no JSON body. */
  body?: Validator;
  /** The operation takes raw bytes (`application/octet-stream`, an upload) rather than JSON. */
  binaryBody: boolean;
  bodyRequired: boolean;
  /** Validators keyed by status code ('200', '201', 'default'). */
  responses: Map<string, Validator | null>;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `/applicant/idNumber` + missing `phone` → `body.applicant.idNumber` / `body.phone`. */
function toFieldErrors(location: string, errors: ErrorObject[] | null | undefined): FieldError[] {
  if (!errors) return [];
  const seen = new Set<string>();
  const result: FieldError[] = [];
  for (const error of errors) {
    // `if`/`then` and composition keywords only repeat a more specific error reported alongside.
    if (error.keyword === 'if' || error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    const parts = error.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    let code = error.keyword;
    let message = error.message ?? 'is invalid';
    if (error.keyword === 'required') {
      parts.push(String((error.params as { missingProperty: string }).missingProperty));
      code = 'required';
      message = 'is required';
    } else if (error.keyword === 'additionalProperties') {
      parts.push(String((error.params as { additionalProperty: string }).additionalProperty));
      code = 'unknown_field';
      message = 'is not a known field';
    } else if (error.keyword === 'unevaluatedProperties') {
      // A schema composed with allOf (a case module's on its base) closes the object this way.
      parts.push(String((error.params as { unevaluatedProperty: string }).unevaluatedProperty));
      code = 'unknown_field';
      message = 'is not a known field';
    }
    const field = [location, ...parts].join('.');
    const key = `${field}|${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ field, message, code });
  }
  return result;
}

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

export class ContractValidator {
  readonly operations: CompiledOperation[];
  private readonly byId: Map<string, CompiledOperation>;
  private readonly strict: Ajv2020;
  private readonly coercing: Ajv2020;

  constructor(readonly document: Json) {
    // Bodies and responses are validated as sent: a number where a string belongs is an error.
    this.strict = this.makeAjv(false);
    // Path, query and header values arrive as strings and are coerced to the declared types.
    this.coercing = this.makeAjv('array');
    this.operations = this.compileOperations();
    this.byId = new Map(this.operations.map((op) => [op.operationId, op]));
  }

  operation(operationId: string): CompiledOperation | undefined {
    return this.byId.get(operationId);
  }

  operationIds(): string[] {
    return this.operations.map((op) => op.operationId);
  }

  /**
   * Judges one answer of an operation: the status must be declared (or covered by `default`), its body
   * must match the declared schema, and an error must be problem+json. Returns what is wrong, if anything.
   */
  checkResponse(operationId: string, status: number, contentType: string, body: unknown): string[] {
    const op = this.byId.get(operationId);
    if (!op) return [`operation ${operationId} is not in the contract`];
    const key = op.responses.has(String(status)) ? String(status) : op.responses.has('default') ? 'default' : undefined;
    if (!key) return [`status ${status} is not declared for ${operationId}`];
    const problems: string[] = [];
    if (status >= 400 && !contentType.startsWith('application/problem+json')) {
      problems.push(`error content type is ${contentType || 'missing'}, expected application/problem+json`);
    }
    const validate = op.responses.get(key);
    if (validate) {
      for (const e of validate(body)) problems.push(`${e.field} ${e.message}`);
    } else if (status !== 204 && body !== '' && body !== undefined) {
      problems.push(`status ${status} declares no body but one was sent`);
    }
    return problems;
  }

  private makeAjv(coerceTypes: false | 'array'): Ajv2020 {
    const ajv = new Ajv2020({
      strict: false,
      // Infinity and NaN (`page=1e309`) are not numbers of the contract.
      strictNumbers: true,
      allErrors: true,
      coerceTypes,
      useDefaults: coerceTypes !== false,
      validateFormats: true,
    });
    addFormats(ajv);
    ajv.addSchema(this.document, 'contract');
    return ajv;
  }

  private resolve<T>(value: T): T {
    let current: unknown = value;
    for (let depth = 0; depth < 10; depth++) {
      const ref = (current as { $ref?: string } | undefined)?.$ref;
      if (!ref?.startsWith('#/')) return current as T;
      current = ref
        .slice(2)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .reduce<unknown>((node, key) => (node as Json)[key], this.document);
    }
    throw new Error(`Reference chain too deep at ${JSON.stringify(value)}`);
  }

  private byPointer(ajv: Ajv2020, pointer: string): ValidateFunction {
    return ajv.compile({ $ref: `contract#${pointer}` });
  }

  private parameterValidator(parameters: Parameter[], where: Parameter['in'], location: string): Validator {
    const own = parameters.filter((p) => p.in === where);
    const schema = {
      type: 'object',
      properties: Object.fromEntries(own.map((p) => [where === 'header' ? p.name.toLowerCase() : p.name, p.schema ?? {}])),
      required: own.filter((p) => p.required).map((p) => (where === 'header' ? p.name.toLowerCase() : p.name)),
      // Unknown query parameters are rejected so that typos do not silently widen a search.
      additionalProperties: where === 'query' ? false : true,
    };
    const validate = this.coercing.compile(schema);
    const names = Object.keys(schema.properties);
    // ajv's coercion turns `1e309` into Infinity and lets it through: numbers are vetted before it.
    const numeric = names.filter((name) => ['integer', 'number'].includes(String((schema.properties[name] as Json).type)));
    return (value) => {
      // Text is checked before coercion changes it; a broken value is reported once, by the text rule.
      // Of the headers, only the contract's own are its business (Node's parser vets the rest).
      const checked = where === 'header' && value && typeof value === 'object'
        ? Object.fromEntries(names.map((name) => [name, (value as Json)[name]]))
        : value;
      const text = textErrors(location, checked);
      if (text.length) return text;
      const infinite = numeric.filter((name) => isInfinite((value as Json | undefined)?.[name]));
      if (infinite.length) {
        return infinite.map((name) => ({ field: `${location}.${name}`, code: 'type', message: 'must be a finite number' }));
      }
      return validate(value) ? [] : toFieldErrors(location, validate.errors);
    };
  }

  private compileOperations(): CompiledOperation[] {
    const paths = (this.document.paths ?? {}) as Record<string, Json>;
    const operations: CompiledOperation[] = [];
    const globalSecurity = this.document.security as unknown[] | undefined;
    for (const [path, rawItem] of Object.entries(paths)) {
      const item = this.resolve(rawItem);
      const shared = ((item.parameters as unknown[]) ?? []).map((p) => this.resolve(p) as Parameter);
      for (const method of HTTP_METHODS) {
        const op = item[method] as Json | undefined;
        if (!op) continue;
        const operationId = String(op.operationId);
        const own = ((op.parameters as unknown[]) ?? []).map((p) => this.resolve(p) as Parameter);
        const parameters = [...shared.filter((s) => !own.some((o) => o.name === s.name && o.in === s.in)), ...own];
        const opPointer = `/paths/${escapePointer(path)}/${method}`;
        const requestBody = op.requestBody ? this.resolve(op.requestBody as Json) : undefined;
        const jsonBody = (requestBody?.content as Json | undefined)?.['application/json'] as Json | undefined;
        let body: Validator | undefined;
        if (jsonBody?.schema) {
          const pointer = (op.requestBody as Json).$ref
            ? `${String((op.requestBody as Json).$ref).slice(1)}/content/application~1json/schema`
            : `${opPointer}/requestBody/content/application~1json/schema`;
          const validate = this.byPointer(this.strict, pointer);
          body = (value) => {
            const text = textErrors('body', value);
            return validate(value) ? text : [...text, ...toFieldErrors('body', validate.errors)];
          };
        }
        const responses = new Map<string, Validator | null>();
        for (const [status, rawResponse] of Object.entries((op.responses ?? {}) as Record<string, Json>)) {
          const response = this.resolve(rawResponse);
          const content = response.content as Record<string, Json> | undefined;
          const mediaType = content && (content['application/json'] ? 'application/json' : Object.keys(content)[0]);
          if (!content || !mediaType || !content[mediaType]?.schema) {
            responses.set(status, null);
            continue;
          }
          const base = rawResponse.$ref ? String(rawResponse.$ref).slice(1) : `${opPointer}/responses/${status}`;
          const validate = this.byPointer(this.strict, `${base}/content/${escapePointer(mediaType)}/schema`);
          responses.set(status, (value) => (validate(value) ? [] : toFieldErrors('response', validate.errors)));
        }
        const security = (op.security as unknown[] | undefined) ?? globalSecurity ?? [];
        operations.push({
          operationId,
          method,
          path,
          routePath: path.replace(/\{([^}]+)\}/g, ':$1'),
          // `security: [{}]` (an empty requirement) marks optional authentication.
          requiresSession: security.length > 0 && !security.some((s) => Object.keys(s as Json).length === 0),
          params: this.parameterValidator(parameters, 'path', 'path'),
          query: this.parameterValidator(parameters, 'query', 'query'),
          headers: this.parameterValidator(parameters, 'header', 'header'),
          ...(body ? { body } : {}),
          binaryBody: Boolean((requestBody?.content as Json | undefined)?.['application/octet-stream']),
          bodyRequired: Boolean(requestBody?.required),
          responses,
        });
      }
    }
    return operations;
  }
}
