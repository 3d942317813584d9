import { enableAutoUnmount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Schemas } from '@fawang/contract';
import { caseworkMessages } from '@fawang/module-kit/casework';
import { settle } from '@fawang/module-kit/testing';
import { messages } from '../messages/index.js';
import { application, chooseRadio, openDetail, PATH, submit, typeInto } from './fixtures.js';

enableAutoUnmount(afterEach);

const zh = messages['zh-CN'];
const casework = caseworkMessages['zh-CN'].casework;
const closed = (overrides: Partial<Schemas['LegalAidApplication']> = {}) =>
  application({
    status: 'closed',
    assignee: { kind: 'lawyer', practitionerId: '00000000-0000-4000-8000-0000000000c1', name: '【示例数据】王律师', organizationName: '【示例数据】乐山嘉州律师事务所' },
    outcome: '【示例数据】调解结案，追回工资。',
    ...overrides,
  });

describe('documents and assignee on the detail', () => {
  it('lists the documents with download links and shows the assignee with the organization', async () => {
    const documents: Schemas['StoredDocument'][] = [
      { id: '00000000-0000-4000-8000-0000000000e1', name: '身份证.pdf', kind: 'id_card', mediaType: 'application/pdf', size: 1536, sha256: 'a'.repeat(64), createdAt: '2026-11-24T08:00:00Z' },
    ];
    const { wrapper } = await openDetail(closed({ documents }));
    const table = wrapper.findAll('table').find((t) => t.get('caption').text() === zh.files.caption)!;
    expect(table.findAll('th').map((th) => th.text())).toEqual([casework.documents.name, casework.documents.kind, casework.documents.type, casework.documents.size]);
    const link = table.get('tbody a');
    expect(link.attributes('href')).toBe('http://fawang.test/api/v1/documents/00000000-0000-4000-8000-0000000000e1');
    expect(link.attributes('download')).toBe('身份证.pdf');
    expect(table.text()).toContain(zh.files.kinds.id_card);
    expect(table.text()).toContain('PDF');
    expect(table.text()).toContain('1.5 KB');
    expect(wrapper.text()).toContain('【示例数据】乐山嘉州律师事务所');
    expect(wrapper.text()).toContain(zh.assigneeKinds.lawyer);
  });

  it('says when no documents were uploaded', async () => {
    const { wrapper } = await openDetail(application({ documents: [] }));
    expect(wrapper.text()).toContain(zh.files.none);
  });
});

describe('quality review (质量评查)', () => {
  it('is offered for closed cases only', async () => {
    const open = await openDetail(application());
    expect(open.wrapper.text()).not.toContain(zh.quality.heading);
    open.wrapper.unmount();
    const done = await openDetail(closed());
    expect(done.wrapper.text()).toContain(zh.quality.heading);
  });

  it('asks for the follow-up note and the findings of a failing grade, then sends the review', async () => {
    const { wrapper, bodies } = await openDetail(closed(), { [`PUT ${PATH}/quality-review`]: () => closed() });
    const form = () => wrapper.get('section[aria-labelledby="fw-legal-aid-quality"] form').element as HTMLFormElement;
    await submit(form());
    expect(bodies).toEqual([]);

    await wrapper.get('[data-testid="quality-file-checked"] [role="checkbox"]').trigger('click');
    await wrapper.get('[data-testid="quality-follow-up"] [role="checkbox"]').trigger('click');
    await settle();
    await chooseRadio(form(), zh.quality.grades.fail);
    await submit(form());
    expect(bodies).toEqual([]);
    expect(form().textContent).toContain(zh.quality.followUpNoteRequired);
    expect(form().textContent).toContain(zh.quality.notesRequired);

    await typeInto(form().querySelector('[data-testid="quality-follow-up-note"] textarea, textarea[data-testid="quality-follow-up-note"]')!, '受援人表示满意');
    await typeInto(form().querySelector('[data-testid="quality-notes"] textarea, textarea[data-testid="quality-notes"]')!, '卷宗缺少调解协议');
    await submit(form());
    expect(bodies).toEqual([{ fileChecked: true, followUpDone: true, followUpNote: '受援人表示满意', grade: 'fail', notes: '卷宗缺少调解协议' }]);
  });

  it('shows the recorded review with reviewer and time, and lets an officer correct it', async () => {
    const qualityReview: Schemas['QualityReview'] = { fileChecked: true, followUpDone: false, grade: 'pass', reviewedAt: '2026-12-20T02:00:00Z', reviewer: '李*' };
    const { wrapper, bodies } = await openDetail(closed({ status: 'evaluated', qualityReview }), { [`PUT ${PATH}/quality-review`]: () => closed() });
    expect(wrapper.get('[data-testid="quality-recorded"]').text()).toContain('李*');
    expect(wrapper.get('[data-testid="quality-recorded"]').text()).toContain('2026');
    expect(wrapper.text()).toContain(zh.quality.grades.pass);

    await wrapper.get('[data-testid="quality-correct"]').trigger('click');
    await settle();
    const form = wrapper.get('section[aria-labelledby="fw-legal-aid-quality"] form').element as HTMLFormElement;
    await chooseRadio(form, zh.quality.grades.excellent);
    await submit(form);
    expect(bodies).toEqual([{ fileChecked: true, followUpDone: false, grade: 'excellent' }]);
  });
});
