/** The compiled validators' boundary rules that no single schema spells out: text and finite numbers. */
import { describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from '../index.js';
import { ContractValidator, textProblem } from '../validation/index.js';

const contract = new ContractValidator(loadOpenApiDocument());
const practitioners = contract.operation('listPractitioners')!;
const register = contract.operation('registerCitizen')!;

describe('text', () => {
  it('allows tab, line breaks and any well-formed Unicode', () => {
    expect(textProblem('第一行\n第二行\r\n\t缩进 😀')).toBeNull();
  });

  it('refuses NUL, other C0 controls, DEL and unpaired surrogates', () => {
    expect(textProblem('a\u0000b')).toBe('control_character');
    expect(textProblem('\u001b[31m')).toBe('control_character');
    expect(textProblem('\u007f')).toBe('control_character');
    expect(textProblem('\ud800x')).toBe('unpaired_surrogate');
    expect(textProblem('x\udc00')).toBe('unpaired_surrogate');
  });

  it('names the query field that carries a control character', () => {
    expect(practitioners.query({ q: '张\u0000' })).toEqual([
      { field: 'query.q', code: 'control_character', message: 'must not contain control characters' },
    ]);
  });

  it('names the nested body field, and still reports the schema errors', () => {
    const errors = register.body!({ username: 'zhang\u0000san', password: 'x', displayName: '张三' });
    expect(errors).toContainEqual({ field: 'body.username', code: 'control_character', message: 'must not contain control characters' });
  });
});

describe('numbers', () => {
  it('refuses a page that is not finite or beyond the last page the contract allows', () => {
    for (const page of ['1e309', '-1e309', 'NaN', '100001', '0', '1.5']) {
      expect(practitioners.query({ page }).map((e) => e.field)).toEqual(['query.page']);
    }
    expect(practitioners.query({ page: '100000' })).toEqual([]);
  });
});
