/**
 * Structural checks of the bundled contract (generated/openapi.json). `pnpm test` first runs
 * `generate --check`, so the bundle checked here is the one the spec produces.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, expectTypeOf, it } from 'vitest';
import apiDesign from '../../../../docs/design/api-v1.md?raw';
import {
  APPLICANT_CATEGORIES,
  APPLICATION_STATUSES,
  BAD_EVALUATION_LEVELS,
  EVALUATION_LEVELS,
  MATTER_TYPES,
  MEDIATION_DISPUTE_TYPES,
  MEDIATION_KINDS,
  MEDIATOR_GRADES,
  MODULE_IDS,
  ORGANIZATION_TYPES,
  PRACTITIONER_TYPES,
  ROLES,
  SPECIALTIES,
  loadOpenApiDocument,
  openapiDocumentPath,
  type Schemas,
} from '../index.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type Json = Record<string, unknown>;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'] as const;

const doc = loadOpenApiDocument() as Json & {
  paths: Record<string, Json>;
  components: { schemas: Record<string, Json>; parameters: Record<string, Json>; responses: Record<string, Json> };
};

/** The operationIds of docs/design/api-v1.md, written there as `[operationId]`. */
const DESIGNED_OPERATION_IDS = [
  'getHealth',
  'registerCitizen',
  'login',
  'logout',
  'getCurrentUser',
  'getMyPreferences',
  'updateMyPreferences',
  'listRegions',
  'getRegion',
  'getRegionProfile',
  'listDivisions',
  'getDivision',
  'listOrganizations',
  'getOrganization',
  'listPractitioners',
  'getPractitioner',
  'createEvaluation',
  'listMyEvaluations',
  'getEvaluationSummary',
  'createLegalAidApplication',
  'listLegalAidApplications',
  'getLegalAidApplication',
  'transitionLegalAidApplication',
  'reviewLegalAidQuality',
  'exportLegalAidApplications',
  'getLegalAidStatistics',
  'getLegalAidDraft',
  'saveLegalAidDraft',
  'deleteLegalAidDraft',
  'uploadDocument',
  'getDocument',
  'deleteDocument',
  'proposeMediationCommittee',
  'createMediationCase',
  'listMediationCases',
  'getMediationCase',
  'transitionMediationCase',
  'getMediationAgreement',
  'getMediationStatistics',
  'createModuleCase',
  'listModuleCases',
  'getModuleCase',
  'transitionModuleCase',
  'listAuditLog',
  'listMyNotices',
  'countMyUnreadNotices',
  'markNoticeRead',
  'markAllNoticesRead',
];

const PUBLIC = [
  'getHealth',
  'listRegions',
  'getRegion',
  'getRegionProfile',
  'listDivisions',
  'getDivision',
  'listOrganizations',
  'getOrganization',
  'listPractitioners',
  'getPractitioner',
  'getEvaluationSummary',
  'proposeMediationCommittee',
  'registerCitizen',
  'login',
];
const AUTHENTICATED_WRITES = [
  'logout',
  'createModuleCase',
  'transitionModuleCase',
  'updateMyPreferences',
  'createEvaluation',
  'createLegalAidApplication',
  'transitionLegalAidApplication',
  'reviewLegalAidQuality',
  'saveLegalAidDraft',
  'deleteLegalAidDraft',
  'uploadDocument',
  'deleteDocument',
  'createMediationCase',
  'transitionMediationCase',
  'markNoticeRead',
  'markAllNoticesRead',
];
/** Operations that answer with something other than JSON: a CSV export and a document download. */
const NON_JSON_SUCCESS: Record<string, string[]> = {
  exportLegalAidApplications: ['text/csv'],
  getDocument: ['application/pdf', 'image/jpeg', 'image/png'],
  getMediationAgreement: ['application/pdf'],
};
/** Uploads take the file's bytes. */
const BINARY_BODIES = ['uploadDocument'];

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Resolves a `#/...` pointer; undefined when it leads nowhere. */
function byPointer(ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const segment of ref.slice(2).split('/').map(unescape)) {
    if (!node || typeof node !== 'object' || !(segment in node)) return undefined;
    node = (node as Json)[segment];
  }
  return node;
}

function deref<T>(node: T): T {
  const ref = (node as { $ref?: unknown }).$ref;
  return typeof ref === 'string' ? (byPointer(ref) as T) : node;
}

interface Operation {
  path: string;
  method: string;
  op: Json;
}

const operations: Operation[] = Object.entries(doc.paths).flatMap(([path, item]) =>
  HTTP_METHODS.filter((method) => item[method]).map((method) => ({ path, method, op: item[method] as Json })),
);
const operationById = new Map(operations.map((o) => [String(o.op.operationId), o]));

/** Calls `visit` on every object in the document with its JSON pointer. */
function walk(node: unknown, visit: (value: Json, pointer: string) => void, pointer = '#'): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => walk(item, visit, `${pointer}/${i}`));
  } else if (node && typeof node === 'object') {
    visit(node as Json, pointer);
    for (const [key, value] of Object.entries(node)) walk(value, visit, `${pointer}/${key}`);
  }
}

/** Every schema object in the document (component schemas and those inline in operations), with its pointer. */
function allSchemas(): { schema: Json; pointer: string }[] {
  const found: { schema: Json; pointer: string }[] = [];
  walk(doc, (value, pointer) => {
    const last = pointer.split('/').at(-1);
    const parent = pointer.split('/').at(-2);
    const isSchemaRoot = last === 'schema' || (parent === 'schemas' && pointer.split('/').at(-3) === 'components');
    if (isSchemaRoot) walk(value, (schema, p) => found.push({ schema, pointer: p }), pointer);
  });
  // Keep real schema objects only: not the `properties` maps or `$defs`-style containers themselves.
  return found.filter(({ pointer }) => {
    const parts = pointer.split('/');
    return parts.at(-1) !== 'properties' && parts.at(-1) !== 'examples' && parts.at(-2) !== 'examples';
  });
}

/** The open base schemas of case modules (spec/schemas/cases.yaml), composed by each module with allOf. */
const CASE_BASES = ['CaseSummaryBase', 'CaseBase', 'CaseTransitionInputBase'];

/** `…/X/allOf/N` where X closes the object with `unevaluatedProperties: false`. */
function isMemberOfClosedComposition(pointer: string): boolean {
  const member = /^(.*)\/allOf\/\d+$/.exec(pointer);
  return Boolean(member && (byPointer(member[1]!) as Json | undefined)?.unevaluatedProperties === false);
}

/** A case module's own member of a composed schema (`allOf: [{ its own }, { $ref: base }]`). */
function ownMember(name: string): Json {
  const schema = doc.components.schemas[name]!;
  const members = schema.allOf as Json[];
  const own = members.filter((member) => !('$ref' in member));
  expect(own, name).toHaveLength(1);
  return own[0]!;
}

function typesOf(schema: Json): string[] {
  const type = schema.type;
  return Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
}

describe('the bundled document', () => {
  it('is OpenAPI 3.1 with the agreed info and server', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'Fawang API', version: '1.0.0' });
    expect(doc.servers).toEqual([{ url: '/api/v1' }]);
    expect(openapiDocumentPath.replace(/\\/g, '/')).toMatch(/\/generated\/openapi\.json$/);
  });

  it('has every $ref pointing to something inside the document', () => {
    const broken: string[] = [];
    walk(doc, (value, pointer) => {
      if ('$ref' in value && (typeof value.$ref !== 'string' || byPointer(value.$ref) === undefined)) {
        broken.push(`${pointer}: ${String(value.$ref)}`);
      }
    });
    expect(broken).toEqual([]);
  });

  it('has paths without the /api/v1 prefix', () => {
    for (const path of Object.keys(doc.paths)) expect(path).not.toMatch(/^\/api\//);
  });
});

describe('operations', () => {
  it('are exactly the operations of docs/design/api-v1.md, each operationId once', () => {
    const designed = [...apiDesign.matchAll(/\[([a-z][A-Za-z]+)\]/g)].map((m) => m[1]);
    expect([...designed].sort()).toEqual([...DESIGNED_OPERATION_IDS].sort());
    const ids = operations.map((o) => String(o.op.operationId));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...DESIGNED_OPERATION_IDS].sort());
  });

  it('each have tags, a summary and a description', () => {
    const tags = new Set((doc.tags as { name: string }[]).map((t) => t.name));
    for (const { op } of operations) {
      expect(op.tags, String(op.operationId)).toEqual([expect.any(String)]);
      expect(tags.has((op.tags as string[])[0]!), String(op.operationId)).toBe(true);
      expect(op.summary, String(op.operationId)).toEqual(expect.any(String));
      expect(op.description, String(op.operationId)).toEqual(expect.any(String));
    }
  });

  it('each declare a default response with a problem+json Problem', () => {
    for (const { op } of operations) {
      const responses = op.responses as Record<string, Json>;
      expect(responses.default, String(op.operationId)).toBeDefined();
      for (const [status, raw] of Object.entries(responses)) {
        if (/^2\d\d$/.test(status)) continue;
        const content = deref(raw).content as Record<string, { schema: Json }>;
        expect(Object.keys(content), `${String(op.operationId)} ${status}`).toEqual(['application/problem+json']);
        expect(content['application/problem+json']!.schema).toEqual({ $ref: '#/components/schemas/Problem' });
      }
    }
  });

  it('answer with the agreed success statuses', () => {
    const created = ['registerCitizen', 'createEvaluation', 'createLegalAidApplication', 'uploadDocument', 'createMediationCase', 'createModuleCase'];
    const noContent = ['logout', 'deleteLegalAidDraft', 'deleteDocument'];
    for (const { op } of operations) {
      const id = String(op.operationId);
      const success = Object.keys(op.responses as Json).filter((s) => /^2\d\d$/.test(s));
      const expected = created.includes(id) ? '201' : noContent.includes(id) ? '204' : '200';
      expect(success, id).toEqual([expected]);
      const response = deref((op.responses as Record<string, Json>)[expected]!);
      if (expected === '204') expect(response.content, id).toBeUndefined();
      else expect(Object.keys(response.content as Json), id).toEqual(NON_JSON_SUCCESS[id] ?? ['application/json']);
    }
  });

  it('take required application/json request bodies (uploads: the bytes)', () => {
    for (const { op } of operations) {
      if (!op.requestBody) continue;
      const body = deref(op.requestBody as Json);
      expect(body.required, String(op.operationId)).toBe(true);
      const expected = BINARY_BODIES.includes(String(op.operationId)) ? 'application/octet-stream' : 'application/json';
      expect(Object.keys(body.content as Json)).toEqual([expected]);
    }
  });

  it('declare security as agreed: public, session, or session + CSRF for writes', () => {
    for (const { op } of operations) {
      const id = String(op.operationId);
      const expected = PUBLIC.includes(id)
        ? []
        : AUTHENTICATED_WRITES.includes(id)
          ? [{ session: [], csrf: [] }]
          : [{ session: [] }];
      expect(op.security, id).toEqual(expected);
    }
    const schemes = (doc.components as Json).securitySchemes;
    expect(schemes).toMatchObject({
      session: { type: 'apiKey', in: 'cookie', name: 'fw_session' },
      csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
    });
  });

  it('have parameter schemas without $ref (the server compiles them on their own)', () => {
    for (const { op } of operations) {
      for (const raw of (op.parameters as Json[] | undefined) ?? []) {
        const parameter = deref(raw);
        const refs: string[] = [];
        walk(parameter.schema, (value) => {
          if ('$ref' in value) refs.push(String(value.$ref));
        });
        expect(refs, `${String(op.operationId)} ${String(parameter.name)}`).toEqual([]);
      }
    }
  });

  it('paginate every list operation that returns a page', () => {
    const pageParams = ['#/components/parameters/Page', '#/components/parameters/PageSize'];
    for (const { op } of operations) {
      const ok = deref((op.responses as Record<string, Json>)['200'] ?? {});
      const schemaRef = ((ok.content as Record<string, { schema: Json }> | undefined)?.['application/json']?.schema.$ref ?? '') as string;
      if (!schemaRef.endsWith('Page')) continue;
      const refs = ((op.parameters as Json[]) ?? []).map((p) => p.$ref);
      expect(refs, String(op.operationId)).toEqual(expect.arrayContaining(pageParams));
      const page = byPointer(schemaRef) as Json;
      // A page may add a figure about all its items (the inbox's unread count), never drop one of these.
      expect(page.required).toEqual(expect.arrayContaining(['items', 'page', 'pageSize', 'total']));
    }
    expect(deref(doc.components.parameters.Page!).schema).toEqual({ type: 'integer', minimum: 1, maximum: 100000, default: 1 });
    expect(deref(doc.components.parameters.PageSize!).schema).toEqual({ type: 'integer', minimum: 1, maximum: 100, default: 20 });
  });
});

describe('schemas', () => {
  it('close every object schema with additionalProperties: false, except module configuration', () => {
    const open = allSchemas()
      // `if`/`then`/`else` only add conditions to the object they belong to.
      .filter(({ pointer }) => !/\/(if|then|else)(\/|$)/.test(pointer))
      .filter(({ schema }) => typesOf(schema).includes('object') || 'properties' in schema)
      // A schema composed with allOf is closed by `unevaluatedProperties: false` (additionalProperties would
      // only see its own properties); its members are open.
      .filter(({ schema }) => schema.additionalProperties !== false && schema.unevaluatedProperties !== false)
      .filter(({ pointer }) => !isMemberOfClosedComposition(pointer))
      .map(({ pointer }) => pointer);
    // Each module defines and validates its own configuration; the contract cannot know its keys. The case
    // bases are open: they are only ever members of a closed composition (checked below).
    // A declared module's fields are its own (checked against its definition), and so are a region's own modules.
    expect(open).toEqual([
      '#/components/schemas/ModuleSettings/properties/config',
      '#/components/schemas/RegionModules',
      '#/components/schemas/CaseFieldValues',
      ...CASE_BASES.map((name) => `#/components/schemas/${name}`),
    ]);
  });

  it('use the open case bases only as members of closed compositions', () => {
    const uses: string[] = [];
    walk(doc, (value, pointer) => {
      const ref = value.$ref;
      if (typeof ref !== 'string' || !CASE_BASES.some((name) => ref === `#/components/schemas/${name}`)) return;
      uses.push(pointer);
      const member = /^(.*)\/allOf\/\d+$/.exec(pointer);
      expect(member, `${pointer} uses ${ref} outside an allOf`).not.toBeNull();
      const owner = member![1]!;
      const closed = (byPointer(owner) as Json).unevaluatedProperties === false;
      const isBase = CASE_BASES.some((name) => owner === `#/components/schemas/${name}`);
      expect(closed || isBase, `${pointer}: ${owner} must close the object with unevaluatedProperties: false`).toBe(true);
    });
    expect(uses.length).toBeGreaterThanOrEqual(7);
  });

  it('list only defined properties as required', () => {
    for (const { schema, pointer } of allSchemas()) {
      if (!Array.isArray(schema.required) || /\/(if|then|else)(\/|$)/.test(pointer)) continue;
      const properties = Object.keys((schema.properties as Json | undefined) ?? {});
      for (const name of schema.required as string[]) expect(properties, `${pointer} requires ${name}`).toContain(name);
    }
  });

  it('stay within what Ajv accepts in strict mode', () => {
    const formats = new Set(['uuid', 'date-time', 'date', 'email', 'uri', 'uri-reference']);
    for (const { schema, pointer } of allSchemas()) {
      expect('example' in schema, `${pointer}: use examples`).toBe(false);
      expect('nullable' in schema, `${pointer}: use type [..., 'null']`).toBe(false);
      if ('format' in schema) expect(formats.has(String(schema.format)), `${pointer}: format ${String(schema.format)}`).toBe(true);
      if ('properties' in schema || 'required' in schema || 'additionalProperties' in schema) {
        expect(typesOf(schema), `${pointer}: object keywords need type: object`).toContain('object');
      }
      const types = typesOf(schema);
      if (types.length > 1) expect(types.filter((t) => t !== 'null'), `${pointer}: only T | null unions`).toHaveLength(1);
      if ('examples' in schema) expect(Array.isArray(schema.examples), `${pointer}: examples is an array`).toBe(true);
    }
  });

  it('compile one by one with Ajv 2020 in strict mode', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    // The document is registered under an id so that `#/components/...` references resolve; `openapi`,
    // `paths` and the other OpenAPI keys are not JSON Schema keywords.
    for (const keyword of Object.keys(doc)) ajv.addKeyword(keyword);
    ajv.addSchema(doc, 'contract');
    for (const name of Object.keys(doc.components.schemas)) {
      expect(() => ajv.getSchema(`contract#/components/schemas/${name}`), name).not.toThrow();
    }
    // Parameter schemas are compiled on their own, as the server does.
    for (const { op } of operations) {
      for (const raw of (op.parameters as Json[] | undefined) ?? []) {
        const parameter = deref(raw);
        const schema = { type: 'object', properties: { [String(parameter.name)]: parameter.schema } };
        expect(() => ajv.compile(schema), `${String(op.operationId)} ${String(parameter.name)}`).not.toThrow();
      }
    }
  });

  it('enforce the bad-review and pledge rules', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    for (const keyword of Object.keys(doc)) ajv.addKeyword(keyword);
    ajv.addSchema(doc, 'contract');
    const evaluation = ajv.getSchema('contract#/components/schemas/EvaluationInput')!;
    const rating = { module: 'lawyers', subjectType: 'organization', subjectId: '00000000-0000-4000-8000-000000000000' };
    expect(evaluation({ ...rating, level: 'satisfied' })).toBe(true);
    expect(evaluation({ ...rating, level: 'dissatisfied' })).toBe(false);
    expect(evaluation({ ...rating, level: 'very_dissatisfied', details: 'late', followUpConsent: true })).toBe(false);
    expect(evaluation({ ...rating, level: 'very_dissatisfied', details: '约定时间未到场', followUpConsent: false })).toBe(true);

    const application = ajv.getSchema('contract#/components/schemas/LegalAidApplicationInput')!;
    const input = {
      regionId: 'leshan',
      matterType: 'civil',
      caseSummary: '包工头拖欠工资两万三千元，多次讨要未果。',
      categories: ['migrant_worker_wages'],
      applicant: { name: '李秀英', idNumber: '51110219850612003X', phone: '13812345678', address: '乐山市市中区' },
      household: { size: 3, monthlyIncome: 2100 },
      pledgeSigned: true,
    };
    expect(application(input)).toBe(true);
    expect(application({ ...input, pledgeSigned: false })).toBe(false);
    expect(application({ ...input, pledgeSigned: false, submit: false })).toBe(true);
    expect(application({ ...input, categories: ['minor', 'minor'] })).toBe(false);
    expect(application({ ...input, isAdmin: true })).toBe(false);
  });

  it('require dispute types of industry and professional mediation committees only', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    for (const keyword of Object.keys(doc)) ajv.addKeyword(keyword);
    ajv.addSchema(doc, 'contract');
    const mediation = ajv.getSchema('contract#/components/schemas/OrganizationMediation')!;
    expect(mediation({ kind: 'township' })).toBe(true);
    expect(mediation({ kind: 'village', disputeTypes: ['neighbour'] })).toBe(false);
    expect(mediation({ kind: 'industry', disputeTypes: ['medical'] })).toBe(true);
    expect(mediation({ kind: 'industry' })).toBe(false);
    expect(mediation({ kind: 'professional', disputeTypes: [] })).toBe(false);
    expect(mediation({ kind: 'professional', disputeTypes: ['marriage_family', 'marriage_family'] })).toBe(false);
    const mediator = ajv.getSchema('contract#/components/schemas/PractitionerMediator')!;
    expect(mediator({ fullTime: true, grade: 'chief' })).toBe(true);
    expect(mediator({ fullTime: 'yes', grade: 'chief' })).toBe(false);
    expect(mediator({ fullTime: false })).toBe(false);
  });

  it('share one case history entry and one deadline, each module narrowing status, action and clock kind', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    for (const keyword of Object.keys(doc)) ajv.addKeyword(keyword);
    ajv.addSchema(doc, 'contract');
    const by = { id: '00000000-0000-4000-8000-000000000000', displayName: '王*', role: 'legal_aid_officer' };
    const at = '2026-11-24T08:00:00Z';
    const clock = { startedAt: at, dueAt: '2026-12-01T08:00:00Z' };
    const modules = [
      ['LegalAidApplication', { status: 'approved', action: 'approve' }, 'decision', { status: 'in_mediation' }, 'acceptance'],
      ['MediationCase', { status: 'in_mediation', action: 'schedule' }, 'acceptance', { status: 'approved' }, 'decision'],
    ] as const;
    for (const [name, own, ownKind, other, otherKind] of modules) {
      const properties = ownMember(name).properties as Record<string, { items: Json }>;
      const history = properties.history!.items;
      const deadline = properties.deadlines!.items;
      expect(history.allOf, name).toEqual([{ $ref: '#/components/schemas/CaseHistoryEntry' }]);
      expect(deadline.allOf, name).toEqual([{ $ref: '#/components/schemas/CaseDeadline' }]);
      const entry = ajv.compile({ $ref: `contract#/components/schemas/${name}/allOf/0/properties/history/items` });
      expect(entry({ at, by, ...own }), name).toBe(true);
      expect(entry({ at, by, ...own, ...other }), name).toBe(false);
      expect(entry({ at, by, ...own, extra: 1 }), name).toBe(false);
      expect(entry({ at, ...own }), name).toBe(false);
      const due = ajv.compile({ $ref: `contract#/components/schemas/${name}/allOf/0/properties/deadlines/items` });
      expect(due({ kind: ownKind, ...clock }), name).toBe(true);
      expect(due({ kind: otherKind, ...clock }), name).toBe(false);
    }
    // The generated types keep each module's own values and the shared fields' types.
    type LegalAidEntry = Schemas['LegalAidApplication']['history'][number];
    type MediationEntry = Schemas['MediationCase']['history'][number];
    expectTypeOf<LegalAidEntry['status']>().toEqualTypeOf<Schemas['ApplicationStatus']>();
    expectTypeOf<MediationEntry['status']>().toEqualTypeOf<Schemas['MediationCaseStatus']>();
    expectTypeOf<NonNullable<MediationEntry['action']>>().toEqualTypeOf<Schemas['MediationAction']>();
    expectTypeOf<LegalAidEntry['at']>().toEqualTypeOf<string>();
    expectTypeOf<MediationEntry['by']['role']>().toEqualTypeOf<Schemas['Role']>();
    expectTypeOf<Schemas['MediationCase']['deadlines'][number]['kind']>().toEqualTypeOf<'acceptance' | 'conclusion'>();
  });

  it('type the resolved region profile and the user preferences', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    for (const keyword of Object.keys(doc)) ajv.addKeyword(keyword);
    ajv.addSchema(doc, 'contract');
    const profileSchema = ajv.getSchema('contract#/components/schemas/RegionProfile')!;
    const module = { enabled: true };
    const profile = {
      id: 'meishan',
      name: '眉山市',
      level: 'city',
      parent: 'sichuan',
      extends: 'sichuan',
      locales: ['zh-CN', 'en'],
      branding: { siteName: '眉山法律服务网', brandColor: '#1f5fa8', logo: { src: '/logo.svg', alt: '眉山' } },
      channels: {
        hotlines: [{ name: '公共法律服务热线', number: '12348', hours: '7×24' }],
        online: [{ name: '天府通办', kind: 'app' }],
      },
      site: { organizer: '眉山市司法局', siteCode: 'DEMO000000', publicSecurity: { text: '川公网安备（示例）', code: '51000000000000' } },
      modules: {
        'legal-aid': { ...module, config: { anyKey: ['the module validates it'] } },
        lawyers: { ...module, remote: { entry: 'https://lawyers.example.test/mf-manifest.json' } },
        notary: module,
        mediation: module,
        forensic: module,
        arbitration: { enabled: false },
      },
      servicePoints: [
        { id: 'ms-centre', name: '眉山市公共法律服务中心', kind: 'centre', level: 'city', divisionCode: '511400', address: '眉山市东坡区', location: { lat: 30.05, lng: 103.83 } },
      ],
      legalAid: {
        deadlines: { decideWithinDays: 7, assignWithinDays: 3, objectionReviewWithinDays: 5, dayCounting: 'working' },
        matterTypes: ['civil', 'administrative', 'criminal'],
        hardship: {
          thresholds: [{ effectiveFrom: '2025-01-01', monthlyIncomePerMemberYuan: 1600, basis: '当地最低生活保障标准的2倍（示例）' }],
          exemptCategories: [{ id: 'migrant-worker-wages', name: '农民工请求支付劳动报酬', basis: 'art42' }],
          pledgeCategories: [],
        },
        mutualRecognition: ['chongqing'],
      },
      notary: { catalogue: [{ id: 'birth', name: '出生公证', feeYuan: { min: 80, max: 200 }, online: true, maxOneVisit: true }] },
      arbitration: {
        feeSchedules: [
          { effectiveFrom: '2024-01-01', acceptance: [{ upToYuan: 1000, baseYuan: 40, rate: 0 }, { upToYuan: null, baseYuan: 40, rate: 0.04 }], basis: '示例' },
        ],
      },
      indicators: [
        { id: 'online-share', name: '网上办理率', unit: '%', kind: 'expected', baseline: { value: 60, year: 2020 }, target: { value: 90, comparator: '>=' }, deadline: '2025', source: '000 L57–60' },
        { id: 'coverage', name: '村（居）法律顾问覆盖', kind: 'binding', target: { value: '全覆盖' }, deadline: '2025-12-31', source: '000 L61' },
      ],
    };
    expect(profileSchema(profile), JSON.stringify(profileSchema.errors)).toBe(true);
    const { indicators: _indicators, ...withoutIndicators } = profile;
    expect(profileSchema(withoutIndicators)).toBe(false);
    expect(profileSchema({ ...profile, theme: { brandColor: '#000000' } })).toBe(false);
    expect(profileSchema({ ...profile, modules: { ...profile.modules, consult: module } })).toBe(true);
    expect(profileSchema({ ...profile, modules: { ...profile.modules, Consult: module } })).toBe(false);
    expect(profileSchema({ ...profile, modules: { ...profile.modules, lawyers: { enabled: true, remote: { entry: 'ftp://x' } } } })).toBe(false);
    expect(profileSchema({ ...profile, modules: { ...profile.modules, lawyers: { enabled: true, remote: { entry: '//cdn.test/x.json' } } } })).toBe(false);
    expect(profileSchema({ ...profile, modules: { ...profile.modules, lawyers: { enabled: true, remote: { entry: '/remotes/lawyers/mf-manifest.json' } } } })).toBe(true);
    expect(profileSchema({ ...profile, site: { ...profile.site, siteCode: 'DEMO00000X' } })).toBe(false);
    expect(profileSchema({ ...profile, legalAid: { ...profile.legalAid, hardship: { ...profile.legalAid.hardship, thresholds: [] } } })).toBe(false);

    const preferences = ajv.getSchema('contract#/components/schemas/UserPreferences')!;
    const prefs = { locale: 'en', careMode: true, careFontSize: 22, highContrast: false };
    expect(preferences(prefs)).toBe(true);
    expect(preferences({ ...prefs, careFontSize: 19 })).toBe(false);
    expect(preferences({ ...prefs, fontScale: 1.25 })).toBe(false);
    const { highContrast: _h, ...partial } = prefs;
    expect(preferences(partial)).toBe(false);
  });

  it('make AuditEntry.actor and the open-ended fee bracket the only nullable fields', () => {
    const nullable = allSchemas()
      .filter(({ schema }) => typesOf(schema).includes('null'))
      .map(({ pointer }) => pointer);
    expect(nullable.sort()).toEqual([
      '#/components/schemas/AuditEntry/properties/actor',
      '#/components/schemas/FeeBracket/properties/upToYuan',
    ]);
  });

  it('require details and followUpConsent for bad reviews', () => {
    const input = doc.components.schemas.EvaluationInput!;
    const rule = (input.allOf as Json[])[0]!;
    expect(((rule.if as Json).properties as Json).level).toEqual({ enum: [...BAD_EVALUATION_LEVELS] });
    expect((rule.then as Json).required).toEqual(['details', 'followUpConsent']);
    expect(((rule.then as Json).properties as Record<string, Json>).details).toMatchObject({ minLength: 5 });
  });

  it('repeat every summary property unchanged in the detailed schema', () => {
    const pairs = [
      ['Division', 'DivisionDetail'],
      ['OrganizationSummary', 'Organization'],
      ['PractitionerSummary', 'Practitioner'],
    ] as const;
    for (const [summaryName, detailName] of pairs) {
      const summary = doc.components.schemas[summaryName]!;
      const detail = doc.components.schemas[detailName]!;
      expect(detail.properties, detailName).toMatchObject(summary.properties as Json);
      expect(detail.required, detailName).toEqual(expect.arrayContaining(summary.required as string[]));
    }
    // Case modules: the detail's own member repeats the summary's own member; the bases do the same.
    const composed = [
      ['LegalAidApplicationSummary', 'LegalAidApplication'],
      ['MediationCaseSummary', 'MediationCase'],
    ] as const;
    for (const [summaryName, detailName] of composed) {
      const summary = ownMember(summaryName);
      const detail = ownMember(detailName);
      expect(detail.properties, detailName).toMatchObject(summary.properties as Json);
      expect(detail.required, detailName).toEqual(expect.arrayContaining(summary.required as string[]));
    }
    expect(doc.components.schemas.CaseBase!.allOf).toEqual([{ $ref: '#/components/schemas/CaseSummaryBase' }]);
  });

  it('compose each case module on the case bases with the same meaning as before', () => {
    const bases: Record<string, string> = {
      LegalAidApplicationSummary: 'CaseSummaryBase',
      LegalAidApplication: 'CaseBase',
      LegalAidTransitionInput: 'CaseTransitionInputBase',
      MediationCaseSummary: 'CaseSummaryBase',
      MediationCase: 'CaseBase',
      MediationTransitionInput: 'CaseTransitionInputBase',
    };
    for (const [name, base] of Object.entries(bases)) {
      const schema = doc.components.schemas[name]!;
      // The module's own member first: the generated types then read its narrowed fields first.
      expect(schema.allOf, name).toEqual([expect.any(Object), { $ref: `#/components/schemas/${base}` }]);
      expect(schema.unevaluatedProperties, name).toBe(false);
      expect(schema.additionalProperties, name).toBeUndefined();
    }

    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    for (const keyword of Object.keys(doc)) ajv.addKeyword(keyword);
    ajv.addSchema(doc, 'contract');
    const schema = (name: string) => ajv.getSchema(`contract#/components/schemas/${name}`)!;
    const at = '2026-11-24T08:00:00Z';
    const common = { id: '00000000-0000-4000-8000-000000000000', reference: 'X-1', regionId: 'leshan', createdAt: at, updatedAt: at };
    const legalAid = { ...common, status: 'approved', matterType: 'civil', applicantName: '张*', applicantIdNumber: '5111**********003X' };
    const mediation = {
      ...common,
      status: 'accepted',
      disputeType: 'neighbour',
      committee: { id: common.id, name: '某调委会', divisionCode: '511102001', kind: 'township' },
      applicantName: '张*',
      overdue: false,
    };
    const legalAidSummary = schema('LegalAidApplicationSummary');
    expect(legalAidSummary(legalAid), JSON.stringify(legalAidSummary.errors)).toBe(true);
    expect(legalAidSummary({ ...legalAid, overdue: true, dueAt: at, submittedAt: at, decisionDueAt: at })).toBe(true);
    expect(legalAidSummary({ ...legalAid, extra: 1 })).toBe(false);
    expect(legalAidSummary({ ...legalAid, status: 'accepted' })).toBe(false);
    expect(legalAidSummary({ ...legalAid, decisionDueAt: 'tomorrow' })).toBe(false);
    const { reference: _reference, ...withoutReference } = legalAid;
    expect(legalAidSummary(withoutReference)).toBe(false);
    const mediationSummary = schema('MediationCaseSummary');
    expect(mediationSummary(mediation), JSON.stringify(mediationSummary.errors)).toBe(true);
    expect(mediationSummary({ ...mediation, decisionDueAt: at })).toBe(false);
    expect(mediationSummary({ ...mediation, status: 'approved' })).toBe(false);
    // Mediation always sends `overdue`; legal aid may leave it out.
    const { overdue: _overdue, ...withoutOverdue } = mediation;
    expect(mediationSummary(withoutOverdue)).toBe(false);

    const legalAidTransition = schema('LegalAidTransitionInput');
    expect(legalAidTransition({ action: 'refuse', version: 3, reason: '不符合条件' })).toBe(true);
    expect(legalAidTransition({ action: 'schedule', version: 3 })).toBe(false);
    expect(legalAidTransition({ action: 'refuse', version: 0 })).toBe(false);
    expect(legalAidTransition({ action: 'refuse', version: 1, reason: 'x'.repeat(1001) })).toBe(false);
    expect(legalAidTransition({ action: 'refuse', version: 1, session: {} })).toBe(false);
    const mediationTransition = schema('MediationTransitionInput');
    expect(mediationTransition({ action: 'decline', version: 1, reason: '不属于调解范围' })).toBe(true);
    expect(mediationTransition({ action: 'decline' })).toBe(false);
    expect(mediationTransition({ action: 'decline', version: 1, material: 'x' })).toBe(false);

    // The generated types keep each module's narrowed fields and stay assignable to the bases.
    expectTypeOf<Schemas['LegalAidApplicationSummary']['status']>().toEqualTypeOf<Schemas['ApplicationStatus']>();
    expectTypeOf<Schemas['MediationCase']['status']>().toEqualTypeOf<Schemas['MediationCaseStatus']>();
    expectTypeOf<Schemas['MediationCaseSummary']['overdue']>().toEqualTypeOf<boolean>();
    expectTypeOf<Schemas['MediationCase']['documents']>().toEqualTypeOf<Schemas['StoredDocument'][]>();
    expectTypeOf<Schemas['LegalAidTransitionInput']['action']>().toEqualTypeOf<Schemas['LegalAidAction']>();
    expectTypeOf<Schemas['LegalAidApplication']>().toExtend<Schemas['CaseBase']>();
    expectTypeOf<Schemas['MediationCaseSummary']>().toExtend<Schemas['CaseSummaryBase']>();
    expectTypeOf<Schemas['MediationTransitionInput']>().toExtend<Schemas['CaseTransitionInputBase']>();
  });

  it('define each page as { items, page, pageSize, total }', () => {
    const pages = {
      OrganizationPage: 'OrganizationSummary',
      PractitionerPage: 'PractitionerSummary',
      EvaluationPage: 'Evaluation',
      LegalAidApplicationPage: 'LegalAidApplicationSummary',
      AuditEntryPage: 'AuditEntry',
    };
    for (const [name, item] of Object.entries(pages)) {
      const page = doc.components.schemas[name]!;
      expect(page.required, name).toEqual(['items', 'page', 'pageSize', 'total']);
      expect((page.properties as Record<string, Json>).items, name).toEqual({
        type: 'array',
        items: { $ref: `#/components/schemas/${item}` },
      });
    }
  });
});

describe('enumerations', () => {
  const enumOf = (name: string) => doc.components.schemas[name]!.enum;

  it('match the runtime constants', () => {
    expect(ROLES).toEqual(enumOf('Role'));
    expect(MODULE_IDS).toEqual(enumOf('ModuleId'));
    expect(MODULE_IDS).toEqual(['legal-aid', 'lawyers', 'notary', 'mediation', 'forensic', 'arbitration']);
    expect(EVALUATION_LEVELS).toEqual(enumOf('EvaluationLevel'));
    expect(ORGANIZATION_TYPES).toEqual(enumOf('OrganizationType'));
    expect(PRACTITIONER_TYPES).toEqual(enumOf('PractitionerType'));
    expect(SPECIALTIES).toEqual(enumOf('Specialty'));
    expect(APPLICATION_STATUSES).toEqual(enumOf('ApplicationStatus'));
    expect(MATTER_TYPES).toEqual(enumOf('MatterType'));
    expect(APPLICANT_CATEGORIES).toEqual(enumOf('ApplicantCategory'));
    expect(MEDIATION_KINDS).toEqual(enumOf('MediationKind'));
    expect(MEDIATION_DISPUTE_TYPES).toEqual(enumOf('MediationDisputeType'));
    expect(MEDIATOR_GRADES).toEqual(enumOf('MediatorGrade'));
    expect(BAD_EVALUATION_LEVELS).toEqual(EVALUATION_LEVELS.slice(-2));
  });

  it('are copied unchanged into the query parameters that filter by them', () => {
    const expected: [string, string, string][] = [
      ['listOrganizations', 'type', 'OrganizationType'],
      ['listPractitioners', 'type', 'PractitionerType'],
      ['listPractitioners', 'specialty', 'Specialty'],
      ['listPractitioners', 'status', 'PractitionerStatus'],
      ['listOrganizations', 'mediationKind', 'MediationKind'],
      ['listOrganizations', 'disputeType', 'MediationDisputeType'],
      ['getEvaluationSummary', 'module', 'ModuleId'],
      ['listLegalAidApplications', 'status', 'ApplicationStatus'],
      ['listLegalAidApplications', 'matterType', 'MatterType'],
      ['listAuditLog', 'action', 'AuditAction'],
    ];
    for (const [operationId, name, schemaName] of expected) {
      const parameters = ((operationById.get(operationId)!.op.parameters as Json[]) ?? []).map((p) => deref(p));
      const parameter = parameters.find((p) => p.name === name);
      expect((parameter?.schema as Json | undefined)?.enum, `${operationId} ${name}`).toEqual(enumOf(schemaName));
    }
  });

  it('share the case list parameters and one Idempotency-Key header among the case modules', () => {
    const refsOf = (operationId: string) => ((operationById.get(operationId)!.op.parameters as Json[]) ?? []).map((p) => p.$ref);
    const listParameters = ['Page', 'PageSize', 'RegionFilter', 'OverdueFilter', 'CaseSort'].map((n) => `#/components/parameters/${n}`);
    for (const operationId of ['listLegalAidApplications', 'listMediationCases', 'listModuleCases']) {
      expect(refsOf(operationId), operationId).toEqual(expect.arrayContaining(listParameters));
    }
    const idempotent = operations
      .filter(({ op }) => ((op.parameters as Json[] | undefined) ?? []).some((p) => deref(p).name === 'Idempotency-Key'))
      .map(({ op }) => String(op.operationId));
    expect(idempotent.sort()).toEqual(['createLegalAidApplication', 'createMediationCase', 'createModuleCase']);
    for (const operationId of idempotent) expect(refsOf(operationId), operationId).toContain('#/components/parameters/IdempotencyKey');
  });

  it('use the same patterns for ids in parameters and schemas', () => {
    const regionId = doc.components.schemas.RegionId!.pattern;
    for (const { op } of operations) {
      for (const raw of (op.parameters as Json[] | undefined) ?? []) {
        const parameter = deref(raw);
        if (parameter.name === 'regionId') expect((parameter.schema as Json).pattern, String(op.operationId)).toBe(regionId);
      }
    }
  });
});
