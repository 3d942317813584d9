import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { jsonResponse, listPage, settle, type FakeRoute } from '@fawang/module-kit/testing';
import { messages } from '../messages/index.js';
import { application, chooseRadio, dialog, lastQuery, openDetail, PATH, practitioner, submit, typeInto } from './fixtures.js';

enableAutoUnmount(afterEach);

const zh = messages['zh-CN'];
const LAWYER = practitioner();
const WORKER = practitioner({ id: '00000000-0000-4000-8000-0000000000c2', type: 'grassroots_legal_worker', name: '【示例数据】赵工作者', organizationName: '【示例数据】市中区法律服务所', specialties: ['civil'] });

const roster = {
  'GET /practitioners': (_request: Request, url: URL) => listPage(url.searchParams.get('type') === 'lawyer' ? [LAWYER] : [WORKER]),
};

async function openAssign(transition: FakeRoute = () => application({ status: 'assigned', version: 4 })) {
  const opened = await openDetail(application({ regionId: 'leshan-shizhong' }), { ...roster, [`POST ${PATH}/transitions`]: transition });
  await opened.wrapper.get('button[data-action="assign"]').trigger('click');
  await settle();
  return opened;
}

describe('assigning from the roster (指派)', () => {
  it('searches the roster of the application region for lawyers and sends kind and practitionerId', async () => {
    const { api, bodies } = await openAssign();
    expect(api.calls.some((call) => call.startsWith('GET /practitioners'))).toBe(false);

    await chooseRadio(dialog(), zh.assigneeKinds.duty_lawyer);
    expect(lastQuery(api.calls, '/practitioners')).toEqual({ regionId: 'leshan-shizhong', type: 'lawyer', status: 'active', pageSize: '20' });
    expect(dialog().textContent).toContain(LAWYER.organizationName);
    expect(dialog().textContent).toContain(zh.roster.specialties.labour);

    await typeInto(dialog().querySelector<HTMLInputElement>('input[type="search"]')!, '王');
    dialog().querySelector<HTMLButtonElement>('[data-testid="roster-search-button"]')!.click();
    await settle();
    expect(lastQuery(api.calls, '/practitioners')).toMatchObject({ regionId: 'leshan-shizhong', type: 'lawyer', q: '王' });

    await chooseRadio(dialog(), LAWYER.name);
    await submit(dialog().querySelector('form')!);
    expect(bodies).toEqual([{ action: 'assign', version: 3, assignee: { kind: 'duty_lawyer', practitionerId: LAWYER.id } }]);
  });

  it('offers legal aid staff and grassroots legal workers for the legal aid worker kind', async () => {
    const { api } = await openAssign();
    await chooseRadio(dialog(), zh.assigneeKinds.legal_aid_worker);
    expect(lastQuery(api.calls, '/practitioners').type).toBe('legal_aid_worker');
    await chooseRadio(dialog(), zh.roster.workerTypes.grassroots_legal_worker);
    expect(lastQuery(api.calls, '/practitioners').type).toBe('grassroots_legal_worker');
    expect(dialog().textContent).toContain(WORKER.name);
  });

  it('asks for a practitioner before sending anything', async () => {
    const { bodies } = await openAssign();
    await submit(dialog().querySelector('form')!);
    expect(bodies).toEqual([]);
    await chooseRadio(dialog(), zh.assigneeKinds.lawyer);
    await submit(dialog().querySelector('form')!);
    expect(bodies).toEqual([]);
    expect(dialog().textContent).toContain(zh.roster.required);
  });

  it('shows a 400 on the practitioner next to the picker and keeps the dialog open', async () => {
    const refused = () =>
      jsonResponse(
        {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          code: 'validation_failed',
          detail: 'The request is not valid',
          errors: [{ field: 'body.assignee.practitionerId', message: '该人员不在本地区名录中', code: 'not_in_roster' }],
        },
        400,
      );
    const { bodies } = await openAssign(refused);
    await chooseRadio(dialog(), zh.assigneeKinds.lawyer);
    await chooseRadio(dialog(), LAWYER.name);
    await submit(dialog().querySelector('form')!);
    expect(bodies).toHaveLength(1);
    const group = dialog().querySelector('[data-testid="roster-results"] [role="radiogroup"]')!;
    expect(group.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (group.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '');
    expect(describedBy.join(' ')).toContain('该人员不在本地区名录中');
  });
});
