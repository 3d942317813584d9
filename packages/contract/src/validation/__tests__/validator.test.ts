import { describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from '../../index.js';
import { ContractValidator } from '../index.js';

const contract = new ContractValidator(loadOpenApiDocument());
const op = (id: string) => {
  const found = contract.operation(id);
  if (!found) throw new Error(`no operation ${id}`);
  return found;
};

describe('ContractValidator', () => {
  it('compiles every operation with its route path', () => {
    expect(contract.operationIds()).toContain('createLegalAidApplication');
    expect(op('getLegalAidApplication').routePath).toBe('/legal-aid/applications/:id');
    expect(op('getHealth').requiresSession).toBe(false);
    expect(op('listAuditLog').requiresSession).toBe(true);
  });

  it('names the failing body fields with their location', () => {
    const errors = op('createLegalAidApplication').body!({ regionId: 'leshan', applicant: { name: 'x' }, extra: 1 });
    const fields = errors.map((e) => `${e.field}:${e.code}`);
    expect(fields).toContain('body.matterType:required');
    expect(fields).toContain('body.applicant.idNumber:required');
    expect(fields).toContain('body.extra:unknown_field');
  });

  it('coerces and bounds query parameters, rejecting unknown ones', () => {
    const query = op('listPractitioners').query;
    const ok = { page: '2', pageSize: '50' };
    expect(query(ok)).toEqual([]);
    expect(ok).toMatchObject({ page: 2, pageSize: 50 });
    expect(query({ pageSize: '1000' }).map((e) => e.field)).toEqual(['query.pageSize']);
    expect(query({ colour: 'red' })).toEqual([{ field: 'query.colour', code: 'unknown_field', message: 'is not a known field' }]);
  });

  it('checks answers: declared status, schema, problem+json for errors', () => {
    expect(contract.checkResponse('getHealth', 200, 'application/json', { status: 'ok' })).toEqual([]);
    expect(contract.checkResponse('getHealth', 200, 'application/json', { status: 'ok', extra: true })).not.toEqual([]);
    const problem = { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' };
    expect(contract.checkResponse('getPractitioner', 404, 'application/problem+json', problem)).toEqual([]);
    expect(contract.checkResponse('getPractitioner', 404, 'application/json', problem)).toEqual([
      'error content type is application/json, expected application/problem+json',
    ]);
    expect(contract.checkResponse('logout', 204, '', '')).toEqual([]);
    expect(contract.checkResponse('noSuchOperation', 200, '', {})).toEqual(['operation noSuchOperation is not in the contract']);
  });
});
