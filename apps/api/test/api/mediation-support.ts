/** Shared setup of the mediation suites: valid filings, a Beijing town with two staffed committees, and raw downloads. */
import { residentIdCheckChar } from '@fawang/validators/ids';
import { DEMO_PASSWORD } from '../support/databases.js';
import type { TestClient, TestServer } from '../support/server.js';

export interface MediationCase {
  id: string;
  reference: string;
  regionId: string;
  status: string;
  disputeType: string;
  version: number;
  applicantName: string;
  committee: { id: string; name: string; kind: string };
  parties: { role: string; name: string; idNumber?: string; phone?: string; address?: string }[];
  mediators: { practitionerId: string; name: string }[];
  sessions: { startsAt: string; endsAt: string; mediators: { practitionerId: string }[] }[];
  agreement?: { terms: string[]; performBy?: string; signedAt: string; judicialConfirmationBy: string };
  outcomeReason?: string;
  deadlines: { kind: string; startedAt: string; dueAt: string; stoppedAt?: string }[];
  history: { status: string; action?: string; note?: string }[];
  dueAt?: string;
  code?: string;
  detail?: string;
  errors?: { field: string; code: string }[];
}

function residentId(first17: string): string {
  return first17 + residentIdCheckChar(first17);
}

/** Valid resident IDs registered in Beijing (东城区 110101). */
export const APPLICANT_ID = residentId('11010119800101001');
export const RESPONDENT_ID = residentId('11010119750505002');

export interface Committee {
  id: string;
  divisionCode: string;
  mediators: { id: string; name: string }[];
}

/**
 * A Beijing town whose village committee and town committee each have two active mediators: the town one
 * is proposed for a neighbour dispute there; the village one (recorded at the town's code, the demo registry
 * has no village codes) is an alternative the suites file with, so that the town one is a transfer target.
 */
export async function beijingTown(server: TestServer): Promise<{ divisionCode: string; village: Committee; township: Committee }> {
  const staffed = async (kind: string, divisionCode?: string): Promise<Committee[]> => {
    const rows = await server.handle.execute(
      `select o.id, o.division_code as "divisionCode" from organizations o
       where o.region_id = 'beijing' and o.type = 'mediation_committee' and o.mediation->>'kind' = $1
         and ($2::text is null or o.division_code = $2)
         and (select count(*) from practitioners p where p.organization_id = o.id and p.type = 'mediator' and p.status = 'active') >= 2
       order by o.division_code, o.id`,
      [kind, divisionCode ?? null],
    );
    return Promise.all(
      rows.map(async (row) => ({
        id: String(row.id),
        divisionCode: String(row.divisionCode),
        mediators: (
          await server.handle.execute(
            `select id, name from practitioners where organization_id = $1 and type = 'mediator' and status = 'active' order by id`,
            [row.id],
          )
        ).map((m) => ({ id: String(m.id), name: String(m.name) })),
      })),
    );
  };
  for (const village of await staffed('village')) {
    const [township] = await staffed('township', village.divisionCode);
    if (township) return { divisionCode: village.divisionCode, village, township };
  }
  throw new Error('the seed has no Beijing town with two staffed committees');
}

/**
 * Adds a Beijing mediation committee of `kind` recorded at `divisionCode`, with one mediator per status given
 * (`active`, `suspended`, `revoked`): committees the seed does not have, such as one whose only mediator is
 * suspended. `id` fixes the committee's id, which orders committees of one place in the routing.
 */
export async function addCommittee(
  server: TestServer,
  options: { divisionCode: string; kind: 'village' | 'township'; mediators: ('active' | 'suspended' | 'revoked')[]; id?: string },
): Promise<Committee> {
  const [committee] = await server.handle.execute(
    `insert into organizations (id, type, name, region_id, division_code, address, phone, level, mediation)
     values (coalesce($1::uuid, gen_random_uuid()), 'mediation_committee', $2, 'beijing', $3, '北京市某街道社区服务中心', '010-12348000', $4, $5)
     returning id`,
    [
      options.id ?? null,
      `【测试】${options.kind === 'village' ? '某村' : '某街道'}人民调解委员会 ${Math.random().toString(36).slice(2, 8)}`,
      options.divisionCode,
      options.kind === 'village' ? 'village' : 'town',
      JSON.stringify({ kind: options.kind }),
    ],
  );
  const mediators: Committee['mediators'] = [];
  for (const [index, status] of options.mediators.entries()) {
    const name = `测试调解员${index + 1}`;
    const [row] = await server.handle.execute(
      `insert into practitioners (type, name, gender, licence_number, organization_id, region_id, division_code, specialties, years_of_practice, status, languages, mediator)
       values ('mediator', $1, 'female', $2, $3, 'beijing', $4, '{civil}', 5, $5, '{zh}', $6) returning id`,
      [name, `T${Date.now()}${Math.random().toString().slice(2, 8)}`, committee!.id, options.divisionCode, status, JSON.stringify({ fullTime: false, grade: 'third' })],
    );
    if (status === 'active') mediators.push({ id: String(row!.id), name });
  }
  return { id: String(committee!.id), divisionCode: options.divisionCode, mediators };
}

export function caseInput(divisionCode: string, committeeId: string, overrides: Record<string, unknown> = {}) {
  return {
    regionId: 'beijing',
    disputeType: 'neighbour',
    place: { divisionCode, address: '北京市某区某街道幸福小区 3 号楼' },
    summary: '楼上住户装修期间长期在夜间施工，噪音严重影响休息，漏水损坏了我家天花板，协商未果，申请人民调解。',
    parties: [
      { role: 'applicant', name: '王建国', idNumber: APPLICANT_ID, phone: '13911112222', address: '幸福小区 3 号楼 201 室' },
      { role: 'respondent', name: '赵丽华', idNumber: RESPONDENT_ID, phone: '13833334444', address: '幸福小区 3 号楼 301 室' },
    ],
    committeeId,
    ...overrides,
  };
}

/** One action with the version the caller last saw. */
export function act(client: TestClient, app: Pick<MediationCase, 'id' | 'version'>, action: string, extra: Record<string, unknown> = {}) {
  return client.post<MediationCase>(`/mediation/cases/${app.id}/transitions`, { action, version: app.version, ...extra });
}

/** A session on the day `daysAhead` from now, from `fromHour` to `toHour` o'clock UTC. */
export function session(mediatorIds: string[], daysAhead: number, fromHour: number, toHour: number, extra: Record<string, unknown> = {}) {
  const day = new Date(Date.now() + daysAhead * 86_400_000);
  const at = (hour: number) => new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour)).toISOString();
  return { mode: 'onsite', location: '街道人民调解室', startsAt: at(fromHour), endsAt: at(toHour), mediatorIds, participants: ['王建国', '赵丽华'], ...extra };
}

/** GETs raw bytes as `account` (the JSON test client reads bodies as text, which would corrupt a PDF). */
export async function download(server: TestServer, account: string, path: string): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  const base = `${server.baseUrl}/api/v1`;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: account, password: DEMO_PASSWORD }),
  });
  const cookie = login.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const res = await fetch(`${base}${path}`, { headers: { cookie } });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}

/**
 * A mediator account of `committee` (an organization-bound role handles its own committee's cases only):
 * linked to the committee and to its first active mediator's record, with the demo password. Returns the
 * username (for raw downloads) and a signed-in client.
 */
export async function mediatorOf(server: TestServer, committee: Pick<Committee, 'id' | 'mediators'>): Promise<TestClient & { username: string }> {
  const username = `mediator.${committee.id.slice(0, 8)}.${Math.random().toString(36).slice(2, 8)}`;
  await server.handle.execute(
    `insert into users (username, password_hash, display_name, role, region_id, organization_id, practitioner_id)
     select $1, password_hash, '测试调解员', 'mediator', 'beijing', $2, $3 from users where username = 'beijing.mediator'`,
    [username, committee.id, committee.mediators[0]?.id ?? null],
  );
  return Object.assign(await server.loginAs(username), { username });
}
