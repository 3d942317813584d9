/**
 * Checks of a declared case module (ADR 0016) on the kernel's paths: an unknown module is 404, lists need a
 * session; with writes, a citizen files a case with the module's sample fields and an organization of its
 * type in the region, reads and lists it, meets the refusals (empty fields 400, a staff action 403, a stale
 * version 409) and withdraws it. The modules checked are those the region lists that this build declares.
 */
import { DECLARED_CASE_MODULES } from '@fawang/workflow/declared-modules';
import { fieldMaxLength, type AnyDeclaredCaseDefinition } from '@fawang/workflow';
import type { Runner } from './runner.js';
import type { HttpSession } from './session.js';

export interface OfferedModule {
  definition: AnyDeclaredCaseDefinition;
  /** The regions that offer it. */
  regionIds: string[];
}

/** The first declared module some region offers, with the regions offering it. */
export function declaredModuleOffered(regions: readonly { id: string; enabledModules?: string[] }[]): OfferedModule | undefined {
  for (const definition of DECLARED_CASE_MODULES) {
    const regionIds = regions.filter((region) => region.enabledModules?.includes(definition.id)).map((region) => region.id);
    if (regionIds.length) return { definition, regionIds };
  }
  return undefined;
}

export async function checkModuleCasesAnonymous(run: Runner, anon: HttpSession, moduleId: string): Promise<void> {
  await run.check(anon, 'module cases need a session', 'listModuleCases', { method: 'GET', path: `/modules/${moduleId}/cases` }, [401]);
}

/** The action the applicant may take on a submitted case (withdraw), and one only staff take there. */
function actionsOnSubmitted(definition: AnyDeclaredCaseDefinition): { applicant?: string; staff?: string } {
  const entries = Object.entries(definition.workflow.spec.actions).filter(([, action]) => action.from.includes('submitted'));
  return {
    applicant: entries.find(([, action]) => action.actors.includes('applicant'))?.[0],
    staff: entries.find(([, action]) => !action.actors.includes('applicant'))?.[0],
  };
}

export async function checkModuleCase(run: Runner, anon: HttpSession, citizen: HttpSession, offered: OfferedModule, key: string): Promise<void> {
  const { definition, regionIds } = offered;
  const base = `/modules/${definition.id}/cases`;
  await run.check(citizen, 'own cases of a declared module', 'listModuleCases', { method: 'GET', path: base }, [200]);
  await run.check(citizen, 'an unknown case module is 404', 'listModuleCases', { method: 'GET', path: '/modules/no-such-module/cases' }, [404]);
  // An organization of the module's type in a region that offers it: the case is filed there.
  const listed = await run.check(anon, 'organizations of the module’s type', 'listOrganizations', {
    method: 'GET', path: '/organizations', query: { type: definition.organizationType, pageSize: 100 },
  }, [200]);
  const organization = (listed?.body as { items?: { id: string; regionId: string }[] } | undefined)?.items?.find((o) => regionIds.includes(o.regionId));
  const organizationId = organization?.id;
  const regionId = organization?.regionId ?? regionIds[0]!;
  await run.check(citizen, 'filing without the declared fields is 400', 'createModuleCase', {
    method: 'POST', path: base, json: { regionId, organizationId: organizationId ?? '00000000-0000-4000-8000-000000000000', fields: {} },
  }, [400]);
  if (!organizationId) {
    run.skip('file a case with a declared module', 'createModuleCase', `no ${definition.organizationType} in a region offering ${definition.id}`);
    return;
  }
  const fields = Object.fromEntries(definition.fields.map((field) => [field.key, field.kind === 'longtext' || field.kind === 'text' ? `合约检查：${field.sample}`.slice(0, fieldMaxLength(field)) : field.sample]));
  const created = await run.check(citizen, 'file a case with a declared module', 'createModuleCase', {
    method: 'POST', path: base, json: { regionId, organizationId, fields }, headers: { 'idempotency-key': key },
  }, [201]);
  const caseId = (created?.body as { id?: string } | undefined)?.id;
  if (!caseId) {
    run.skip('read the declared module’s case', 'getModuleCase', 'filing failed');
    return;
  }
  await run.check(citizen, 'read the declared module’s case', 'getModuleCase', { method: 'GET', path: `${base}/${caseId}` }, [200]);
  const { applicant, staff } = actionsOnSubmitted(definition);
  const transitions = `${base}/${caseId}/transitions`;
  if (staff) await run.check(citizen, `the applicant cannot ${staff} (403)`, 'transitionModuleCase', { method: 'POST', path: transitions, json: { action: staff, version: 1 } }, [403]);
  if (applicant) {
    await run.check(citizen, 'a stale version is 409', 'transitionModuleCase', { method: 'POST', path: transitions, json: { action: applicant, version: 7 } }, [409]);
    await run.check(citizen, `the applicant's ${applicant}`, 'transitionModuleCase', { method: 'POST', path: transitions, json: { action: applicant, version: 1, reason: '合约检查' } }, [200]);
  }
}
