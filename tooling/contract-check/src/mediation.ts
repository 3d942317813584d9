/**
 * Checks of people's mediation (人民调解): routing is public; a citizen files a dispute with the proposed
 * committee, reads and lists it, asks for an agreement that does not exist yet (409) and withdraws; a bureau
 * admin reads the statistics. Staff-only actions are checked as refusals for the applicant (403).
 */
import type { Runner } from './runner.js';
import type { HttpSession } from './session.js';

/**
 * A committee the directory lists with the region it belongs to, and the routing proposal for its place. The
 * best-staffed township committee: routing proposes only committees with an active mediator, so the first
 * by name may have no proposal for its place.
 */
export async function checkMediationRouting(run: Runner, anon: HttpSession): Promise<{ regionId: string; divisionCode: string; committeeId: string } | undefined> {
  const listed = await run.check(anon, 'list township mediation committees', 'listOrganizations', {
    method: 'GET', path: '/organizations', query: { type: 'mediation_committee', mediationKind: 'township', sort: '-practitionerCount', pageSize: 1 },
  }, [200]);
  const committee = (listed?.body as { items?: { regionId: string; divisionCode: string }[] } | undefined)?.items?.[0];
  await run.check(anon, 'routing of an unknown region is 400', 'proposeMediationCommittee', {
    method: 'GET', path: '/mediation/routing', query: { regionId: 'no-such-region', divisionCode: '110101', disputeType: 'neighbour' },
  }, [400]);
  if (!committee) {
    run.skip('propose a committee for a place', 'proposeMediationCommittee', 'no mediation committee listed');
    return undefined;
  }
  const routing = await run.check(anon, 'propose a committee for a place', 'proposeMediationCommittee', {
    method: 'GET', path: '/mediation/routing', query: { regionId: committee.regionId, divisionCode: committee.divisionCode, disputeType: 'neighbour' },
  }, [200]);
  const proposed = (routing?.body as { committee?: { id: string } } | undefined)?.committee;
  return proposed && { regionId: committee.regionId, divisionCode: committee.divisionCode, committeeId: proposed.id };
}

/** A registered citizen files, reads, lists and withdraws a dispute, and meets the refusals on the way. */
export async function checkMediationCase(run: Runner, citizen: HttpSession, place: { regionId: string; divisionCode: string; committeeId: string } | undefined, key: string): Promise<void> {
  await run.check(citizen, 'own mediation cases', 'listMediationCases', { method: 'GET', path: '/mediation/cases' }, [200]);
  await run.check(citizen, 'filing without parties is 400', 'createMediationCase', { method: 'POST', path: '/mediation/cases', json: { regionId: place?.regionId ?? 'national' } }, [400]);
  if (!place) {
    run.skip('file a dispute', 'createMediationCase', 'routing proposed no committee');
    return;
  }
  const filing = {
    regionId: place.regionId,
    disputeType: 'neighbour',
    place: { divisionCode: place.divisionCode },
    summary: '合约检查提交的测试纠纷：邻居噪音扰民，请忽略。',
    parties: [
      { role: 'applicant', name: '合约检查' },
      { role: 'respondent', name: '测试邻居' },
    ],
    committeeId: place.committeeId,
  };
  const created = await run.check(citizen, 'file a dispute', 'createMediationCase', { method: 'POST', path: '/mediation/cases', json: filing, headers: { 'idempotency-key': key } }, [201]);
  const caseId = (created?.body as { id?: string } | undefined)?.id;
  if (!caseId) {
    run.skip('read the mediation case', 'getMediationCase', 'filing failed');
    return;
  }
  await run.check(citizen, 'read the mediation case', 'getMediationCase', { method: 'GET', path: `/mediation/cases/${caseId}` }, [200]);
  await run.check(citizen, 'no agreement before one is recorded (409)', 'getMediationAgreement', { method: 'GET', path: `/mediation/cases/${caseId}/agreement` }, [409]);
  const transitions = `/mediation/cases/${caseId}/transitions`;
  await run.check(citizen, 'the applicant cannot accept (403)', 'transitionMediationCase', { method: 'POST', path: transitions, json: { action: 'accept', version: 1 } }, [403]);
  await run.check(citizen, 'a stale version is 409', 'transitionMediationCase', { method: 'POST', path: transitions, json: { action: 'withdraw', version: 7 } }, [409]);
  await run.check(citizen, 'withdraw the dispute', 'transitionMediationCase', { method: 'POST', path: transitions, json: { action: 'withdraw', version: 1, reason: '合约检查' } }, [200]);
}

/** A citizen may not read mediation statistics; a bureau admin reads those of their region. */
export async function checkMediationStatistics(run: Runner, session: HttpSession, regionId: string, expected: number): Promise<void> {
  await run.check(session, expected === 200 ? 'mediation statistics of the own region' : 'citizens cannot read mediation statistics', 'getMediationStatistics', {
    method: 'GET', path: '/mediation/statistics', query: { regionId },
  }, [expected]);
}
