import { describe, expect, it } from 'vitest';
import { canAccess } from '../access.js';

const REVIEW = ['legal_aid_officer', 'bureau_admin'] as const;
const leshan = { id: 'leshan', parent: 'sichuan' };
/** 峨边 (a county under 乐山): the host passes its whole lineage. */
const ebian = { id: 'ebian', parent: 'leshan', lineage: ['ebian', 'leshan', 'sichuan', 'national'] };

describe('canAccess', () => {
  it('denies a signed-out visitor', () => {
    expect(canAccess(null, REVIEW, leshan)).toBe(false);
    expect(canAccess(undefined, REVIEW, leshan)).toBe(false);
  });

  it('denies a role the view does not list, even in the right region', () => {
    expect(canAccess({ role: 'citizen', regionId: 'leshan' }, REVIEW, leshan)).toBe(false);
    expect(canAccess({ role: 'lawyer', regionId: 'national' }, REVIEW, leshan)).toBe(false);
  });

  it('allows staff of the region itself and of the region above it', () => {
    expect(canAccess({ role: 'legal_aid_officer', regionId: 'leshan' }, REVIEW, leshan)).toBe(true);
    expect(canAccess({ role: 'bureau_admin', regionId: 'sichuan' }, REVIEW, leshan)).toBe(true);
  });

  it('allows national staff everywhere', () => {
    expect(canAccess({ role: 'legal_aid_officer', regionId: 'national' }, REVIEW, leshan)).toBe(true);
  });

  it('denies staff of a region below or beside it', () => {
    expect(canAccess({ role: 'legal_aid_officer', regionId: 'leshan' }, REVIEW, { id: 'sichuan', parent: 'national' })).toBe(false);
    expect(canAccess({ role: 'legal_aid_officer', regionId: 'beijing' }, REVIEW, leshan)).toBe(false);
  });

  it('follows the whole lineage when the host gives it', () => {
    expect(canAccess({ role: 'legal_aid_officer', regionId: 'sichuan' }, REVIEW, ebian)).toBe(true);
    expect(canAccess({ role: 'legal_aid_officer', regionId: 'zhongshan' }, REVIEW, ebian)).toBe(false);
  });
});
