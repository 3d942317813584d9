/** Contract-shaped data and DOM helpers shared by the module's tests (乐山, marked 示例数据). */
import type { Schemas } from '@fawang/contract';
import { fakeApi, mountModule, settle, type FakeRoute } from '@fawang/module-kit/testing';
import legalAid from '../index.js';

export const ID = '00000000-0000-4000-8000-000000000001';
export const PATH = `/legal-aid/applications/${ID}`;
export const APPLICANT_USER = '00000000-0000-4000-8000-0000000000aa';
export const OFFICER_USER = '00000000-0000-4000-8000-0000000000bb';

export function application(overrides: Partial<Schemas['LegalAidApplication']> = {}): Schemas['LegalAidApplication'] {
  return {
    id: ID,
    reference: 'FY-511100-20261124-0001',
    regionId: 'leshan',
    status: 'approved',
    matterType: 'civil',
    applicantName: '张*',
    applicantIdNumber: '511102********0012',
    createdAt: '2026-11-24T08:00:00Z',
    updatedAt: '2026-11-25T09:00:00Z',
    submittedAt: '2026-11-24T08:00:00Z',
    applicant: { name: '张*', idNumber: '511102********0012', phone: '138****0000', address: '【示例数据】乐山市市中区' },
    categories: [],
    household: { size: 3, monthlyIncome: 2400 },
    caseSummary: '【示例数据】追索拖欠的劳动报酬。',
    pledgeSigned: true,
    version: 3,
    history: [{ at: '2026-11-24T08:00:00Z', status: 'submitted', by: { id: APPLICANT_USER, displayName: '张*', role: 'citizen' } }],
    documents: [],
    ...overrides,
    ...(overrides.history ? {} : { history: [{ at: '2026-11-24T08:00:00Z', status: 'submitted', by: { id: APPLICANT_USER, displayName: '张*', role: 'citizen' } }, { at: '2026-11-25T09:00:00Z', status: 'approved', action: 'approve', by: { id: OFFICER_USER, displayName: '李*', role: 'legal_aid_officer' } }] }),
  };
}

export function summary(overrides: Partial<Schemas['LegalAidApplicationSummary']> = {}): Schemas['LegalAidApplicationSummary'] {
  const { id, reference, regionId, status, matterType, applicantName, applicantIdNumber, createdAt, updatedAt } = application({ status: 'under_review' });
  return { id, reference, regionId, status, matterType, applicantName, applicantIdNumber, createdAt, updatedAt, overdue: false, ...overrides };
}

export function practitioner(overrides: Partial<Schemas['PractitionerSummary']> = {}): Schemas['PractitionerSummary'] {
  return {
    id: '00000000-0000-4000-8000-0000000000c1',
    type: 'lawyer',
    name: '【示例数据】王律师',
    gender: 'female',
    licenceNumber: '15111200000000001',
    organizationId: '00000000-0000-4000-8000-0000000000d1',
    organizationName: '【示例数据】乐山嘉州律师事务所',
    regionId: 'leshan',
    divisionCode: '511102',
    specialties: ['labour', 'contract'],
    yearsOfPractice: 8,
    status: 'active',
    demo: true,
    ...overrides,
  };
}

/** Opens the officer detail of `current`, recording the JSON bodies the page sends. */
export async function openDetail(current: Schemas['LegalAidApplication'], routes: Record<string, FakeRoute> = {}) {
  const bodies: unknown[] = [];
  const record =
    (route: FakeRoute): FakeRoute =>
    async (request, url) => {
      bodies.push(await request.clone().json());
      return route(request, url);
    };
  const api = fakeApi({
    [`GET ${PATH}`]: () => current,
    ...Object.fromEntries(Object.entries(routes).map(([key, route]) => [key, key.startsWith('GET') ? route : record(route)])),
  });
  const mounted = await mountModule(legalAid, { path: `/workbench/legal-aid/?id=${ID}`, fetch: api.fetch });
  await settle();
  return { ...mounted, api, bodies };
}

export function dialog(): HTMLElement {
  const element = document.body.querySelector<HTMLElement>('[role="dialog"]');
  if (!element) throw new Error('no dialog open');
  return element;
}

/** Clicks the radio (a Reka radio button) with this visible label inside `root`. */
export async function chooseRadio(root: ParentNode, label: string): Promise<void> {
  const radio = [...root.querySelectorAll<HTMLElement>('[role="radio"]')].find(
    (element) => document.getElementById(element.getAttribute('aria-labelledby') ?? '')?.textContent?.trim() === label,
  );
  if (!radio) throw new Error(`no radio labelled ${label}`);
  radio.click();
  await settle();
}

export async function typeInto(element: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<void> {
  element.value = value;
  element.dispatchEvent(new Event('input'));
  await settle();
}

export async function submit(form: HTMLFormElement): Promise<void> {
  form.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle();
}

/** The query of the last request to `path`, as a plain object. */
export function lastQuery(calls: string[], path: string): Record<string, string> {
  const call = calls.filter((c) => c.startsWith(`GET ${path}?`) || c === `GET ${path}`).at(-1);
  if (!call) throw new Error(`no request to ${path}`);
  return Object.fromEntries(new URL(call.slice(4), 'http://x').searchParams);
}
