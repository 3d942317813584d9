import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divisionContains, divisionPrefix } from '../divisions.js';
import { proposeCommittee, RoutingInputError, type CommitteeCandidate } from '../routing.js';

// 乐山市 (511100) › 市中区 (511102) › 某街道 (511102001) › 某社区 (511102001001); and a second street.
const village: CommitteeCandidate = { id: 'v1', name: '某社区人民调解委员会', divisionCode: '511102001001', kind: 'village' };
const street: CommitteeCandidate = { id: 't1', name: '某街道人民调解委员会', divisionCode: '511102001', kind: 'township' };
const otherStreet: CommitteeCandidate = { id: 't2', name: '另一街道人民调解委员会', divisionCode: '511102002', kind: 'township' };
const medical: CommitteeCandidate = { id: 'i1', name: '乐山市医疗纠纷人民调解委员会', divisionCode: '511100', kind: 'industry', disputeTypes: ['medical'] };
const traffic: CommitteeCandidate = { id: 'i2', name: '市中区交通事故人民调解委员会', divisionCode: '511102', kind: 'industry', disputeTypes: ['traffic'] };
const family: CommitteeCandidate = { id: 'p1', name: '市中区婚姻家庭纠纷人民调解委员会', divisionCode: '511102', kind: 'professional', disputeTypes: ['marriage_family'] };
const zhongshanTown: CommitteeCandidate = { id: 'z1', name: '中山某镇人民调解委员会', divisionCode: '442000100', kind: 'township' };
const all = [village, street, otherStreet, medical, traffic, family, zhongshanTown];

describe('division codes', () => {
  it('reads six-digit codes as areas and longer ones as themselves', () => {
    expect(divisionPrefix('510000')).toBe('51');
    expect(divisionPrefix('511100')).toBe('5111');
    expect(divisionPrefix('511102')).toBe('511102');
    expect(divisionContains('511100', '511102001001')).toBe(true);
    expect(divisionContains('511102001', '511102001001')).toBe(true);
    expect(divisionContains('511102001', '511102002')).toBe(false);
    // 中山市 has towns directly under the city.
    expect(divisionContains('442000', '442000100')).toBe(true);
  });
});

describe('the competent committee', () => {
  it('is the committee of the dispute field covering the place, before the place\'s own committees', () => {
    const medicalDispute = proposeCommittee(all, { divisionCode: '511102001001', disputeType: 'medical' });
    expect(medicalDispute).toMatchObject({ committee: medical, reason: 'field_committee' });
    expect(medicalDispute.alternatives).toEqual([village, street]);
    expect(proposeCommittee(all, { divisionCode: '511102002', disputeType: 'marriage_family' })).toMatchObject({ committee: family, reason: 'field_committee' });
  });

  it('is the village committee, then the town or street committee, of the place', () => {
    expect(proposeCommittee(all, { divisionCode: '511102001001', disputeType: 'neighbour' })).toMatchObject({
      committee: village,
      reason: 'village_of_place',
      alternatives: [street],
    });
    expect(proposeCommittee(all, { divisionCode: '511102001002', disputeType: 'neighbour' })).toMatchObject({ committee: street, reason: 'township_of_place' });
    expect(proposeCommittee(all, { divisionCode: '511102002', disputeType: 'neighbour' })).toMatchObject({ committee: otherStreet, reason: 'township_of_place' });
  });

  it('offers but never proposes a village committee recorded at its town\'s code (a registry without village codes)', () => {
    const unplaced: CommitteeCandidate = { id: 'v2', name: '某村人民调解委员会', divisionCode: '511102002', kind: 'village' };
    expect(proposeCommittee([...all, unplaced], { divisionCode: '511102002', disputeType: 'neighbour' })).toEqual({
      committee: otherStreet,
      reason: 'township_of_place',
      alternatives: [unplaced],
    });
    // Without a town committee it is still there to choose, not proposed.
    expect(proposeCommittee([unplaced], { divisionCode: '511102002', disputeType: 'neighbour' })).toEqual({ committee: null, reason: 'place_too_broad', alternatives: [unplaced] });
  });

  it('never proposes nor offers a committee of another field', () => {
    const proposal = proposeCommittee(all, { divisionCode: '511102001', disputeType: 'neighbour' });
    expect([proposal.committee, ...proposal.alternatives]).not.toContain(traffic);
    expect([proposal.committee, ...proposal.alternatives]).not.toContain(medical);
  });

  it('offers the committees inside a place given too broadly, towns first', () => {
    const proposal = proposeCommittee(all, { divisionCode: '511102', disputeType: 'neighbour' });
    expect(proposal).toMatchObject({ committee: null, reason: 'place_too_broad' });
    expect(proposal.alternatives).toEqual([street, otherStreet, village]);
  });

  it('says when no committee serves the place', () => {
    expect(proposeCommittee(all, { divisionCode: '110101001', disputeType: 'neighbour' })).toEqual({ committee: null, reason: 'none_covering', alternatives: [] });
    expect(proposeCommittee([], { divisionCode: '511102001', disputeType: 'medical' })).toMatchObject({ reason: 'none_covering' });
  });

  it('rejects a malformed place or a blank type, naming the field', () => {
    expect(() => proposeCommittee(all, { divisionCode: '5111', disputeType: 'medical' })).toThrow(RoutingInputError);
    expect(() => proposeCommittee(all, { divisionCode: '511102', disputeType: ' ' })).toThrowError(expect.objectContaining({ field: 'disputeType' }));
  });

  it('property: a proposed committee covers the place and takes the dispute type; the answer does not depend on input order', () => {
    const places = ['511102001001', '511102001002', '511102001', '511102002', '511102', '511100', '442000100', '110101'];
    const types = ['medical', 'traffic', 'marriage_family', 'neighbour', 'labour'];
    fc.assert(
      fc.property(fc.shuffledSubarray(all), fc.constantFrom(...places), fc.constantFrom(...types), (committees, divisionCode, disputeType) => {
        const proposal = proposeCommittee(committees, { divisionCode, disputeType });
        const reversed = proposeCommittee([...committees].reverse(), { divisionCode, disputeType });
        expect(reversed).toEqual(proposal);
        if (proposal.committee) {
          expect(divisionContains(proposal.committee.divisionCode, divisionCode)).toBe(true);
          const c = proposal.committee;
          expect(c.kind === 'village' || c.kind === 'township' || c.disputeTypes?.includes(disputeType)).toBe(true);
        }
      }),
    );
  });
});
