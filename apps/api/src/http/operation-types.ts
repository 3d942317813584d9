/**
 * Types that tie a handler to its operation in the generated contract types, so a handler can only
 * return a status and body the contract declares for that operation.
 */
import type { operations } from '@fawang/contract';

export type OperationId = keyof operations;
type Op<K extends OperationId> = operations[K];

/** The declared parameters of one location; optional (`query?:`) and absent (`path?: never`) both handled. */
type Part<K extends OperationId, P extends 'path' | 'query' | 'header'> = Op<K> extends { parameters: infer Ps }
  ? P extends keyof Ps
    ? [NonNullable<Ps[P]>] extends [never]
      ? Record<string, never>
      : NonNullable<Ps[P]>
    : Record<string, never>
  : Record<string, never>;

export type PathParams<K extends OperationId> = Part<K, 'path'>;
export type QueryParams<K extends OperationId> = Part<K, 'query'>;

/** A JSON body as its schema's type; an upload (`application/octet-stream`) as the raw bytes. */
export type RequestBody<K extends OperationId> = Op<K> extends { requestBody?: infer B }
  ? NonNullable<B> extends { content: { 'application/json': infer J } }
    ? J
    : NonNullable<B> extends { content: { 'application/octet-stream': unknown } }
      ? Buffer
      : undefined
  : undefined;

type Responses<K extends OperationId> = Op<K>['responses'];
type SuccessStatus<K extends OperationId> = Extract<keyof Responses<K>, 200 | 201 | 202 | 204>;
/** JSON as its schema's type; any other declared content (a file, CSV) as bytes or text sent unchanged. */
type ResponseBody<K extends OperationId, S extends keyof Responses<K>> = Responses<K>[S] extends { content: infer C }
  ? C extends { 'application/json': infer J }
    ? J
    : Buffer | string
  : undefined;

export type OperationReply<K extends OperationId> = {
  [S in SuccessStatus<K>]: ResponseBody<K, S> extends undefined
    ? { status: S; body?: undefined; headers?: Record<string, string> }
    : { status: S; body: ResponseBody<K, S>; headers?: Record<string, string> };
}[SuccessStatus<K>];
