/** A mediation case world for the module's tests: people, committees, a case at any stage, and an API that records what was sent. */
import type { Schemas } from '@fawang/contract';
import { fakeApi, jsonResponse, type FakeRoute } from '@fawang/module-kit/testing';

export const CASE_ID = '00000000-0000-4000-8000-00000000ca5e';
export const MEDIATOR_A = '00000000-0000-4000-8000-0000000000a1';
export const MEDIATOR_B = '00000000-0000-4000-8000-0000000000b2';

export const citizenSession: Schemas['Session'] = {
  user: { id: '00000000-0000-4000-8000-0000000000c1', username: 'wang', displayName: '王小明', role: 'citizen', regionId: 'leshan' },
  preferences: { locale: 'zh-CN', careMode: false, careFontSize: 18, highContrast: false },
  csrfToken: 'csrf',
  expiresAt: '2026-12-31T00:00:00Z',
};

const committee = (n: number, name: string, kind: Schemas['CommitteeRef']['kind'], divisionCode: string): Schemas['CommitteeRef'] => ({
  id: `00000000-0000-4000-8000-0000000c000${n}`,
  name,
  kind,
  divisionCode,
});

export const streetCommittee = committee(1, '【示例】张公桥街道人民调解委员会', 'township', '511102001');
export const villageCommittee = committee(2, '【示例】青果山村人民调解委员会', 'village', '511102001001');
export const propertyCommittee = committee(3, '【示例】市中区物业纠纷人民调解委员会', 'professional', '511102');

export function mediationCase(overrides: Partial<Schemas['MediationCase']> = {}): Schemas['MediationCase'] {
  return {
    status: 'submitted',
    disputeType: 'neighbour',
    id: CASE_ID,
    reference: 'TJ-511102-20261125-3F9A0C12',
    regionId: 'leshan',
    committee: streetCommittee,
    applicantName: '王小明',
    createdAt: '2026-11-25T02:00:00Z',
    updatedAt: '2026-11-25T02:00:00Z',
    submittedAt: '2026-11-25T02:00:00Z',
    dueAt: '2026-11-30T02:00:00Z',
    overdue: false,
    place: { divisionCode: '511102001', address: '【示例】青果山路 8 号' },
    summary: '【示例数据】楼上邻居装修噪音持续到深夜，协商未果。',
    parties: [
      { role: 'applicant', name: '王小明', idNumber: '511102********0012', phone: '138****8000' },
      { role: 'respondent', name: '李*' },
    ],
    documents: [],
    mediators: [],
    sessions: [],
    history: [{ at: '2026-11-25T02:00:00Z', status: 'submitted', action: 'submit', by: { id: citizenSession.user.id, displayName: '王小明', role: 'citizen' } }],
    deadlines: [{ kind: 'acceptance', startedAt: '2026-11-25T02:00:00Z', dueAt: '2026-11-30T02:00:00Z' }],
    version: 3,
    ...overrides,
  };
}

export const EVIDENCE: Schemas['StoredDocument'] = {
  id: '00000000-0000-4000-8000-0000000000d1',
  name: '漏水照片.pdf',
  kind: 'case_material',
  mediaType: 'application/pdf',
  size: 20480,
  sha256: 'a'.repeat(64),
  createdAt: '2026-11-25T01:50:00Z',
};

export function summaryOf(full: Schemas['MediationCase']): Schemas['MediationCaseSummary'] {
  const { id, reference, regionId, status, disputeType, committee: ref, applicantName, createdAt, updatedAt, submittedAt, dueAt, overdue } = full;
  return { id, reference, regionId, status, disputeType, committee: ref, applicantName, createdAt, updatedAt, overdue, ...(submittedAt ? { submittedAt } : {}), ...(dueAt ? { dueAt } : {}) };
}

export const problem = (status: number, code: string, detail: string, errors?: { field: string; message: string }[]) =>
  jsonResponse({ type: 'about:blank', title: detail, status, code, detail, ...(errors ? { errors: errors.map((error) => ({ ...error, code: 'invalid' })) } : {}) }, status);

export interface Sent {
  route: string;
  body: unknown;
  headers: Headers;
}

/** fakeApi that also keeps each request's JSON body and headers, in order. */
export function recordingApi(routes: Record<string, FakeRoute>) {
  const api = fakeApi(routes);
  const sent: Sent[] = [];
  async function fetch(request: Request) {
    // Only JSON bodies are kept: an upload's bytes are not what these tests compare.
    const json = request.method !== 'GET' && request.headers.get('content-type')?.includes('json');
    const text = json ? await request.clone().text() : '';
    sent.push({ route: `${request.method} ${new URL(request.url).pathname.replace('/api/v1', '')}`, body: text ? JSON.parse(text) : undefined, headers: request.headers });
    return api.fetch(request);
  }
  const bodiesOf = (route: string) => sent.filter((entry) => entry.route === route).map((entry) => entry.body);
  return { fetch, calls: api.calls, sent, bodiesOf };
}
