import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@fawang/contract';
import { fakeApi, listPage, missingMessageKeys, unevenMessageKeys, mountModule, openLandingPage, settle } from '@fawang/module-kit/testing';
import { configSchema } from '../config.js';
import legalAid from '../index.js';
import { messages } from '../messages/index.js';

enableAutoUnmount(afterEach);

const zh = messages['zh-CN'];

const application: Schemas['LegalAidApplicationSummary'] = {
  id: '00000000-0000-4000-8000-000000000001',
  reference: 'FY-511100-20261124-0001',
  regionId: 'leshan',
  status: 'under_review',
  matterType: 'civil',
  applicantName: '张*',
  applicantIdNumber: '511102********0012',
  createdAt: '2026-11-24T08:00:00Z',
  updatedAt: '2026-11-24T09:00:00Z',
};

/** The API as an officer or a citizen sees it: one application in scope. */
const applicationsApi = () => fakeApi({ 'GET /legal-aid/applications': () => listPage([application]) });

describe('legal-aid module (法律援助)', () => {
  it('opens on the legal aid centre directory of the region', async () => {
    const landing = await openLandingPage(legalAid);
    expect(landing.heading).toBe(zh.directory.title);
    expect(landing.calls).toEqual([expect.stringMatching(/^GET \/organizations\?type=legal_aid_centre&/)]);
  });

  it('has every message it names in zh-CN and en', () => {
    expect(missingMessageKeys(legalAid)).toEqual([]);
  });

  it('has the same message keys in en as in zh-CN', () => {
    expect(unevenMessageKeys(messages)).toEqual([]);
  });

  it('takes its directory page size from the region profile', () => {
    expect(configSchema.parse({})).toEqual({ directoryPageSize: 10 });
    expect(configSchema.safeParse({ directoryPageSize: 7 }).success).toBe(false);
  });

  it('shows the officer queue (受理队列) at /workbench/legal-aid/, with masked applicants', async () => {
    const api = applicationsApi();
    const { wrapper, router, errors } = await mountModule(legalAid, { path: '/workbench/legal-aid/', fetch: api.fetch });
    await settle();
    expect(errors).toEqual([]);
    expect(router.currentRoute.value.meta).toMatchObject({ moduleId: 'legal-aid', workbench: true, roles: ['legal_aid_officer', 'bureau_admin'] });
    expect(wrapper.get('h1').text()).toBe(zh.workbench.queue.title);
    expect(api.calls).toEqual(['GET /legal-aid/applications?page=1&pageSize=10']);
    const cells = wrapper.findAll('tbody td').map((cell) => cell.text());
    expect(cells).toEqual(expect.arrayContaining(['FY-511100-20261124-0001', '张*', zh.matterTypes.civil, zh.statuses.under_review]));
  });

  it('lists the citizen own applications in the account section (我的)', async () => {
    const api = applicationsApi();
    const { wrapper, errors } = await mountModule(legalAid, { component: legalAid.account![0]!.component, fetch: api.fetch });
    await settle();
    expect(errors).toEqual([]);
    expect(wrapper.get('caption').text()).toBe(zh.account.applications);
    expect(api.calls).toEqual(['GET /legal-aid/applications?page=1&pageSize=10']);
    // A citizen's own list has no applicant column.
    expect(wrapper.findAll('th').map((th) => th.text())).not.toContain(zh.applications.applicant);
    expect(wrapper.text()).toContain(zh.statuses.under_review);
  });
});
