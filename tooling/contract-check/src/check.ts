/**
 * The checks. Read-only by default, so a province can point it at its production backend; with
 * `allowWrites` it also registers a throwaway citizen, submits, reads and withdraws a legal-aid
 * application and a declared case module's case, uploads and deletes documents, saves and discards a draft and rates an organization — use
 * that against a test or staging backend.
 */
import { randomBytes } from 'node:crypto';
import { ContractValidator } from '@fawang/contract/validation';
import { loadOpenApiDocument } from '@fawang/contract';
import { Runner, type CheckResult } from './runner.js';
import { HttpSession } from './session.js';
import { checkDraftsAndDocuments } from './legal-aid-files.js';
import { checkQualityReviewRefused, checkReportsAsAdmin, checkReportsAsCitizen } from './legal-aid-reports.js';
import { checkMediationCase, checkMediationRouting, checkMediationStatistics } from './mediation.js';
import { checkNotices } from './notices.js';
import { checkModuleCase, checkModuleCasesAnonymous, declaredModuleOffered } from './module-cases.js';

export interface Credentials {
  username: string;
  password: string;
}

export interface CheckOptions {
  /** Base URL of the API including its prefix, e.g. `https://fw.example.gov.cn/api/v1`. */
  baseUrl: string;
  /** An existing citizen account, for the authenticated reads. */
  citizen?: Credentials;
  /** A bureau_admin (司法局管理员) account, for the audit log. */
  admin?: Credentials;
  allowWrites?: boolean;
  fetch?: typeof fetch;
}

export interface CheckReport {
  baseUrl: string;
  passed: number;
  failed: number;
  results: CheckResult[];
  /** Contract operations no check exercised (e.g. without credentials). */
  notCovered: string[];
}

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

interface Page {
  items: { id?: string; code?: string }[];
}

function firstId(body: unknown): string | undefined {
  return (body as Page | undefined)?.items?.[0]?.id;
}

/** An 18-digit resident ID with a valid GB 11643 check character, for write checks. */
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, d, i) => s + Number(d) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

export async function checkBackend(options: CheckOptions): Promise<CheckReport> {
  const contract = new ContractValidator(loadOpenApiDocument());
  const run = new Runner(contract);
  const session = () => new HttpSession(options.baseUrl, options.fetch);
  const anon = session();

  // Public reads.
  await run.check(anon, 'health answers ok', 'getHealth', { method: 'GET', path: '/health' }, [200]);
  const regions = await run.check(anon, 'list regions', 'listRegions', { method: 'GET', path: '/regions' }, [200]);
  const regionList = Array.isArray(regions?.body) ? (regions.body as { id: string; enabledModules?: string[] }[]) : [];
  const region = regionList[0]?.id;
  if (region) await run.check(anon, 'get a region', 'getRegion', { method: 'GET', path: `/regions/${region}` }, [200]);
  else run.skip('get a region', 'getRegion', 'no region listed');
  await run.check(anon, 'unknown region is 404', 'getRegion', { method: 'GET', path: '/regions/no-such-region' }, [404]);
  if (region) await run.check(anon, 'get a resolved region profile', 'getRegionProfile', { method: 'GET', path: `/regions/${region}/profile` }, [200]);
  else run.skip('get a resolved region profile', 'getRegionProfile', 'no region listed');
  await run.check(anon, 'unknown region profile is 404', 'getRegionProfile', { method: 'GET', path: '/regions/no-such-region/profile' }, [404]);

  const provinces = await run.check(anon, 'list provinces', 'listDivisions', { method: 'GET', path: '/divisions' }, [200]);
  const province = Array.isArray(provinces?.body) ? (provinces.body as { code: string }[])[0]?.code : undefined;
  if (province) {
    await run.check(anon, 'list a province’s divisions', 'listDivisions', { method: 'GET', path: '/divisions', query: { parentCode: province } }, [200]);
    await run.check(anon, 'get a division with its path', 'getDivision', { method: 'GET', path: `/divisions/${province}` }, [200]);
  } else {
    run.skip('get a division with its path', 'getDivision', 'no province listed');
  }
  await run.check(anon, 'malformed division code is 400', 'getDivision', { method: 'GET', path: '/divisions/abc' }, [400]);

  const orgs = await run.check(anon, 'list organizations', 'listOrganizations', { method: 'GET', path: '/organizations', query: { pageSize: 5 } }, [200]);
  const orgId = firstId(orgs?.body);
  if (orgId) await run.check(anon, 'get an organization', 'getOrganization', { method: 'GET', path: `/organizations/${orgId}` }, [200]);
  else run.skip('get an organization', 'getOrganization', 'no organization listed');
  await run.check(anon, 'filter organizations by type', 'listOrganizations', { method: 'GET', path: '/organizations', query: { type: 'law_firm', sort: '-name' } }, [200]);
  await run.check(anon, 'filter mediation committees by kind and dispute type', 'listOrganizations', { method: 'GET', path: '/organizations', query: { mediationKind: 'industry', disputeType: 'medical' } }, [200]);
  await run.check(anon, 'page size over 100 is 400', 'listOrganizations', { method: 'GET', path: '/organizations', query: { pageSize: 1000 } }, [400]);
  await run.check(anon, 'missing organization is 404', 'getOrganization', { method: 'GET', path: `/organizations/${MISSING_ID}` }, [404]);

  const people = await run.check(anon, 'list practitioners', 'listPractitioners', { method: 'GET', path: '/practitioners', query: { pageSize: 5 } }, [200]);
  const personId = firstId(people?.body);
  if (personId) await run.check(anon, 'get a practitioner with credit records', 'getPractitioner', { method: 'GET', path: `/practitioners/${personId}` }, [200]);
  else run.skip('get a practitioner with credit records', 'getPractitioner', 'no practitioner listed');
  await run.check(anon, 'search practitioners by specialty', 'listPractitioners', { method: 'GET', path: '/practitioners', query: { specialty: 'labour', type: 'lawyer' } }, [200]);
  await run.check(anon, 'unknown specialty is 400', 'listPractitioners', { method: 'GET', path: '/practitioners', query: { specialty: 'astrology' } }, [400]);
  await run.check(anon, 'filter mediators by full-time flag and language', 'listPractitioners', { method: 'GET', path: '/practitioners', query: { type: 'mediator', fullTime: 'true', language: 'zh' } }, [200]);
  await run.check(anon, 'malformed id is 400', 'getPractitioner', { method: 'GET', path: '/practitioners/not-a-uuid' }, [400]);

  await run.check(anon, 'evaluation summary', 'getEvaluationSummary', { method: 'GET', path: '/evaluations/summary' }, [200]);
  const mediationPlace = await checkMediationRouting(run, anon);
  const declared = declaredModuleOffered(regionList);
  if (declared) await checkModuleCasesAnonymous(run, anon, declared.definition.id);

  // Authentication is required where the contract says so.
  await run.check(anon, 'current user needs a session', 'getCurrentUser', { method: 'GET', path: '/auth/me' }, [401]);
  await run.check(anon, 'preferences need a session', 'getMyPreferences', { method: 'GET', path: '/auth/me/preferences' }, [401]);
  await run.check(anon, 'applications need a session', 'listLegalAidApplications', { method: 'GET', path: '/legal-aid/applications' }, [401]);
  await run.check(anon, 'my evaluations need a session', 'listMyEvaluations', { method: 'GET', path: '/evaluations/mine' }, [401]);
  await run.check(anon, 'audit log needs a session', 'listAuditLog', { method: 'GET', path: '/audit-log' }, [401]);
  await run.check(anon, 'uploads need a session', 'uploadDocument', { method: 'POST', path: '/documents', query: { name: 'x.pdf', kind: 'other' }, bytes: new Uint8Array([0x25]) }, [401]);
  await run.check(anon, 'bad credentials are 401', 'login', { method: 'POST', path: '/auth/login', json: { username: `nobody-${randomBytes(4).toString('hex')}`, password: 'wrong-password-123' } }, [401]);
  await run.check(anon, 'registration without fields is 400', 'registerCitizen', { method: 'POST', path: '/auth/register', json: {} }, [400]);
  await run.check(anon, 'malformed JSON is 400', 'login', { method: 'POST', path: '/auth/login', raw: '{"username":' }, [400]);

  // Authenticated reads with a given citizen account.
  if (options.citizen) {
    const citizen = session();
    const login = await run.check(citizen, 'citizen logs in', 'login', { method: 'POST', path: '/auth/login', json: options.citizen }, [200]);
    if (login?.status === 200) {
      await run.check(citizen, 'current user', 'getCurrentUser', { method: 'GET', path: '/auth/me' }, [200]);
      await run.check(citizen, 'own preferences', 'getMyPreferences', { method: 'GET', path: '/auth/me/preferences' }, [200]);
      await run.check(citizen, 'preferences without CSRF token are 403', 'updateMyPreferences', { method: 'PUT', path: '/auth/me/preferences', json: {}, headers: { 'x-csrf-token': 'forged' } }, [403]);
      await run.check(citizen, 'own applications', 'listLegalAidApplications', { method: 'GET', path: '/legal-aid/applications' }, [200]);
      const draftRegion = regionList.find((r) => r.enabledModules?.includes('legal-aid'))?.id ?? region ?? 'national';
      await run.check(citizen, 'own draft (or none)', 'getLegalAidDraft', { method: 'GET', path: '/legal-aid/draft', query: { regionId: draftRegion } }, [200, 404]);
      await run.check(citizen, 'own evaluations', 'listMyEvaluations', { method: 'GET', path: '/evaluations/mine' }, [200]);
      await run.check(citizen, 'citizens cannot read the audit log', 'listAuditLog', { method: 'GET', path: '/audit-log' }, [403]);
      await checkReportsAsCitizen(run, citizen, region ?? 'national');
      await checkMediationStatistics(run, citizen, region ?? 'national', 403);
      await run.check(citizen, 'invalid application is 400', 'createLegalAidApplication', { method: 'POST', path: '/legal-aid/applications', json: { regionId: region ?? 'national' } }, [400]);
      await run.check(citizen, 'write without CSRF token is 403', 'createLegalAidApplication', { method: 'POST', path: '/legal-aid/applications', json: {}, headers: { 'x-csrf-token': 'forged' } }, [403]);
      await run.check(citizen, 'log out', 'logout', { method: 'POST', path: '/auth/logout' }, [204]);
    }
  }
  if (options.admin) {
    const admin = session();
    const login = await run.check(admin, 'bureau admin logs in', 'login', { method: 'POST', path: '/auth/login', json: options.admin }, [200]);
    if (login?.status === 200) {
      await run.check(admin, 'audit log', 'listAuditLog', { method: 'GET', path: '/audit-log' }, [200]);
      const adminRegion = (login.body as { user?: { regionId?: string } }).user?.regionId;
      await checkReportsAsAdmin(run, admin, adminRegion);
      if (adminRegion) await checkMediationStatistics(run, admin, adminRegion, 200);
      else run.skip('mediation statistics of the own region', 'getMediationStatistics', 'the login did not name the region');
    }
  }

  if (options.allowWrites) {
    const writer = session();
    const username = `cc${randomBytes(6).toString('hex')}`;
    const legalAidRegion = regionList.find((r) => r.enabledModules?.includes('legal-aid'))?.id ?? region ?? 'national';
    const registered = await run.check(writer, 'register a citizen', 'registerCitizen', {
      method: 'POST',
      path: '/auth/register',
      json: { username, password: `pw-${randomBytes(8).toString('hex')}`, displayName: '合约检查', regionId: legalAidRegion },
    }, [201]);
    if (registered?.status === 201) {
      const application = {
        regionId: legalAidRegion,
        matterType: 'civil',
        caseSummary: '合约检查提交的测试申请：追索劳动报酬，请忽略。',
        categories: ['migrant_worker_wages'],
        applicant: { name: '合约检查', idNumber: residentId('11010519800101001'), phone: '13800000000', address: '合约检查测试地址 1 号' },
        household: { size: 1, monthlyIncome: 1000 },
        pledgeSigned: true,
      };
      const key = `cc-${randomBytes(8).toString('hex')}`;
      const created = await run.check(writer, 'submit a legal-aid application', 'createLegalAidApplication', {
        method: 'POST', path: '/legal-aid/applications', json: application, headers: { 'idempotency-key': key },
      }, [201]);
      const appId = (created?.body as { id?: string } | undefined)?.id;
      if (appId) {
        const retried = await run.check(writer, 'a retried submission returns the first one', 'createLegalAidApplication', {
          method: 'POST', path: '/legal-aid/applications', json: application, headers: { 'idempotency-key': key },
        }, [201]);
        if ((retried?.body as { id?: string } | undefined)?.id !== appId) run.skip('idempotent retry', 'createLegalAidApplication', 'the retry created a second application');
        await run.check(writer, 'read the application', 'getLegalAidApplication', { method: 'GET', path: `/legal-aid/applications/${appId}` }, [200]);
        await checkQualityReviewRefused(run, writer, appId);
      } else {
        run.skip('read the application', 'getLegalAidApplication', 'submission failed');
      }
      // The workflow as the applicant sees it: a draft submitted, then withdrawn, with the version checks.
      const draft = await run.check(writer, 'save a draft', 'createLegalAidApplication', {
        method: 'POST', path: '/legal-aid/applications', json: { ...application, submit: false },
      }, [201]);
      const draftId = (draft?.body as { id?: string } | undefined)?.id;
      if (draftId) {
        const transitions = `/legal-aid/applications/${draftId}/transitions`;
        await run.check(writer, 'a transition without a version is 400', 'transitionLegalAidApplication', { method: 'POST', path: transitions, json: { action: 'submit' } }, [400]);
        await run.check(writer, 'the applicant cannot approve (403)', 'transitionLegalAidApplication', { method: 'POST', path: transitions, json: { action: 'approve', version: 1 } }, [403]);
        await run.check(writer, 'a stale version is 409', 'transitionLegalAidApplication', { method: 'POST', path: transitions, json: { action: 'submit', version: 7 } }, [409]);
        await run.check(writer, 'submit the draft', 'transitionLegalAidApplication', { method: 'POST', path: transitions, json: { action: 'submit', version: 1 } }, [200]);
        await run.check(writer, 'an action the state does not allow is 409', 'transitionLegalAidApplication', { method: 'POST', path: transitions, json: { action: 'submit', version: 2 } }, [409]);
        await run.check(writer, 'withdraw through the workflow', 'transitionLegalAidApplication', { method: 'POST', path: transitions, json: { action: 'withdraw', version: 2 } }, [200]);
      } else {
        run.skip('submit the draft', 'transitionLegalAidApplication', 'saving the draft failed');
      }
      await checkDraftsAndDocuments(run, writer, legalAidRegion);
      await checkMediationCase(run, writer, mediationPlace, `cc-${randomBytes(8).toString('hex')}`);
      if (declared) await checkModuleCase(run, anon, writer, declared, `cc-${randomBytes(8).toString('hex')}`);
      else run.skip('file a case with a declared module', 'createModuleCase', 'no region offers a declared case module');
      await checkNotices(run, writer);
      const preferences = { locale: 'en', careMode: true, careFontSize: 22, highContrast: false };
      await run.check(writer, 'save preferences', 'updateMyPreferences', { method: 'PUT', path: '/auth/me/preferences', json: preferences }, [200]);
      await run.check(writer, 'unknown preference is 400', 'updateMyPreferences', { method: 'PUT', path: '/auth/me/preferences', json: { ...preferences, fontScale: 2 } }, [400]);
      await run.check(writer, 'missing application is 404', 'getLegalAidApplication', { method: 'GET', path: `/legal-aid/applications/${MISSING_ID}` }, [404]);
      if (orgId) {
        const evaluation = { module: 'lawyers', subjectType: 'organization', subjectId: orgId, level: 'satisfied', comment: '合约检查' };
        await run.check(writer, 'rate an organization (好差评)', 'createEvaluation', { method: 'POST', path: '/evaluations', json: evaluation }, [201]);
        await run.check(writer, 'rating it twice is 409', 'createEvaluation', { method: 'POST', path: '/evaluations', json: evaluation }, [409]);
        await run.check(writer, 'bad review without details is 400', 'createEvaluation', { method: 'POST', path: '/evaluations', json: { ...evaluation, level: 'very_dissatisfied' } }, [400]);
      }
      await run.check(writer, 'log out', 'logout', { method: 'POST', path: '/auth/logout' }, [204]);
    }
  }

  const covered = new Set(run.results.filter((r) => r.ok).map((r) => r.operationId));
  const passed = run.results.filter((r) => r.ok).length;
  return {
    baseUrl: options.baseUrl,
    passed,
    failed: run.results.length - passed,
    results: run.results,
    notCovered: contract.operationIds().filter((id) => !covered.has(id)),
  };
}
