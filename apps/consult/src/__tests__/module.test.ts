import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@fawang/contract';
import { consultCase } from '@fawang/workflow/consult';
import { fakeApi, listPage, missingMessageKeys, mountModule, openLandingPage, organizationSummary, settle, unevenMessageKeys } from '@fawang/module-kit/testing';
import { configSchema } from '../config.js';
import definition from '../index.js';
import { messages } from '../messages/index.js';

enableAutoUnmount(afterEach);

const zh = messages['zh-CN'];

const citizen: Schemas['Session'] = {
  user: { id: '00000000-0000-4000-8000-0000000000c1', username: 'wang', displayName: '王小明', role: 'citizen', regionId: 'leshan' },
  preferences: { locale: 'zh-CN', careMode: false, careFontSize: 18, highContrast: false },
  csrfToken: 'csrf',
  expiresAt: '2026-12-31T00:00:00Z',
};

describe('consult module (法律咨询)', () => {
  it('opens on the directory of the region', async () => {
    const landing = await openLandingPage(definition);
    expect(landing.heading).toBe(messages['zh-CN'].directory.title);
    expect(landing.calls).toEqual([expect.stringMatching(/^GET \/organizations\?type=service_centre&/)]);
  });

  it('has every message it names in zh-CN and en', () => {
    expect(missingMessageKeys(definition)).toEqual([]);
    expect(unevenMessageKeys(messages)).toEqual([]);
  });

  it('takes its directory page size and the region’s time limits from the region profile', () => {
    expect(configSchema.parse({})).toEqual({ directoryPageSize: 10 });
    expect(configSchema.safeParse({ directoryPageSize: 7 }).success).toBe(false);
    const [days] = Object.keys(consultCase.deadlines).filter((key) => key !== 'dayCounting');
    expect(configSchema.safeParse({ deadlines: { [days!]: 5, dayCounting: 'calendar' } }).success).toBe(true);
    const wrong = configSchema.safeParse({ deadlines: { [days!]: 0, fortnights: 2 } });
    expect(wrong.error?.issues.map((issue) => issue.path.join('.'))).toEqual([`deadlines.${days}`, 'deadlines.fortnights']);
  });

  it('draws its fields on its intake page, in its words', async () => {
    const centre = organizationSummary({ type: 'service_centre', name: '【示例】市中区公共法律服务中心' });
    const api = fakeApi({ 'GET /auth/me': () => citizen, 'GET /organizations': () => listPage([centre]) });
    const { wrapper, errors } = await mountModule(definition, { path: '/consult/apply', fetch: api.fetch });
    await settle();
    expect(errors).toEqual([]);
    expect(wrapper.get('h1').text()).toBe(zh.apply.title);
    expect(wrapper.findAll('[data-field]').map((field) => field.attributes('data-field'))).toEqual(consultCase.fields.map((field) => field.key));
    const labels = wrapper.findAll('[data-field] .fw-form-field__label-text').map((label) => label.text());
    expect(labels).toEqual(consultCase.fields.map((field) => zh.fields[field.key as keyof typeof zh.fields].label));
    expect(wrapper.get('[data-field="channel"]').text()).toContain(zh.fields.channel.options.in_person);
    expect(wrapper.get('[data-testid="organization"]').text()).toContain(centre.name);
  });
});
