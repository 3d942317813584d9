/** A declared module for the kit's tests: the consult definition with its words, a citizen, a case at any stage. */
import type { Schemas } from '@fawang/contract';
import { consultCase } from '@fawang/workflow/consult';
import { fakeApi, jsonResponse, organizationSummary, type FakeRoute } from '../../../testing/index.js';
import { declaredCaseModule } from '../module.js';
import { defineDeclaredCaseWords } from '../words.js';

const words = {
  title: '法律咨询',
  nav: { directory: '公共法律服务中心', apply: '申请法律咨询' },
  cards: { directory: { title: '法律咨询', description: '查询公共法律服务中心' }, apply: { title: '申请法律咨询', description: '在线提交咨询' } },
  directory: { title: '公共法律服务中心名录', intro: '本地区的公共法律服务中心', caption: '公共法律服务中心名录' },
  workbench: { queue: { title: '法律咨询申请', description: '本地区的法律咨询申请' } },
  account: { cases: '我的法律咨询' },
  statuses: { draft: '草稿', submitted: '已提交', accepted: '已受理', declined: '不予受理', concluded: '已办结', withdrawn: '已撤回', evaluated: '已评价' },
  actions: {
    names: { submit: '提交', accept: '受理', decline: '不予受理', conclude: '办结', withdraw: '撤回' },
    reasons: { decline: '不予受理的理由' },
    heading: '办理',
    none: '当前状态下没有可办理的操作。',
    confirm: '确认',
    cancel: '取消',
    dialogDescription: '申请 {reference}',
    done: '已办理：{action}',
    conflict: '申请已有变化，已刷新。',
    failed: '办理失败：{message}',
  },
  fields: {
    subject: { label: '咨询事项', hint: '一句话概括' },
    details: { label: '具体情况' },
    channel: { label: '答复方式', options: { in_person: '当面', phone: '电话', online: '网上' } },
    phone: { label: '联系电话' },
    preferredDate: { label: '希望答复日期' },
  },
  deadlineKinds: { answer: '受理期限', conclusion: '办结期限' },
  apply: { title: '申请法律咨询', intro: '请填写咨询事项。' },
  track: { title: '法律咨询办理进度' },
  rating: { heading: '评价本次法律咨询', intro: '您的评价帮助我们改进服务。' },
};

export const messages = defineDeclaredCaseWords(consultCase, { 'zh-CN': words, en: words });
export const consultModule = declaredCaseModule({ definition: consultCase, icon: 'location', messages });

export const CASE_ID = '00000000-0000-4000-8000-00000000c0c0';
export const centre = organizationSummary({ type: 'service_centre', name: '【示例】市中区公共法律服务中心' });

export const citizenSession: Schemas['Session'] = {
  user: { id: '00000000-0000-4000-8000-0000000000c1', username: 'wang', displayName: '王小明', role: 'citizen', regionId: 'leshan' },
  preferences: { locale: 'zh-CN', careMode: false, careFontSize: 18, highContrast: false },
  csrfToken: 'csrf',
  expiresAt: '2026-12-31T00:00:00Z',
};

export function consultCaseOf(overrides: Partial<Schemas['ModuleCase']> = {}): Schemas['ModuleCase'] {
  return {
    id: CASE_ID,
    module: 'consult',
    reference: 'FZ-511102-20261207-0A1B2C3D',
    regionId: 'leshan',
    status: 'submitted',
    organization: { id: centre.id, name: centre.name },
    applicantName: '王小明',
    overdue: false,
    fields: { subject: '劳动合同解除后的经济补偿', details: '公司未提前通知即解除劳动合同。', channel: 'phone', phone: '13800138000', preferredDate: '2026-12-15' },
    createdAt: '2026-12-07T02:00:00Z',
    updatedAt: '2026-12-07T02:00:00Z',
    submittedAt: '2026-12-07T02:00:00Z',
    dueAt: '2026-12-10T02:00:00Z',
    history: [{ at: '2026-12-07T02:00:00Z', status: 'submitted', action: 'submit', by: { id: citizenSession.user.id, displayName: '王小明', role: 'citizen' } }],
    deadlines: [{ kind: 'answer', startedAt: '2026-12-07T02:00:00Z', dueAt: '2026-12-10T02:00:00Z' }],
    documents: [],
    version: 2,
    ...overrides,
  };
}

export const problem = (status: number, code: string, detail: string, errors?: { field: string; message: string }[]) =>
  jsonResponse({ type: 'about:blank', title: detail, status, code, detail, ...(errors ? { errors: errors.map((error) => ({ ...error, code: 'invalid' })) } : {}) }, status);

/** fakeApi that also keeps each request's JSON body and headers. */
export function recordingApi(routes: Record<string, FakeRoute>) {
  const api = fakeApi(routes);
  const sent: { route: string; body: unknown; headers: Headers }[] = [];
  async function fetch(request: Request) {
    const json = request.method !== 'GET' && request.headers.get('content-type')?.includes('json');
    const text = json ? await request.clone().text() : '';
    sent.push({ route: `${request.method} ${new URL(request.url).pathname.replace('/api/v1', '')}`, body: text ? JSON.parse(text) : undefined, headers: request.headers });
    return api.fetch(request);
  }
  const bodiesOf = (route: string) => sent.filter((entry) => entry.route === route).map((entry) => entry.body);
  return { fetch, calls: api.calls, sent, bodiesOf };
}
