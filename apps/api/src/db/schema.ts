/**
 * The database schema (PostgreSQL 15+ and PGlite alike). Column names are snake_case in SQL and
 * camelCase in TypeScript. Region ids refer to region profiles (files, see ADR 0003), so they carry no
 * foreign key; everything else does.
 */
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  APPLICANT_CATEGORIES,
  DOCUMENT_KINDS,
  DOCUMENT_MEDIA_TYPES,
  EVALUATION_LEVELS,
  MATTER_TYPES,
  MEDIATION_DISPUTE_TYPES,
  NOTICE_KINDS,
  ORGANIZATION_TYPES,
  PRACTITIONER_TYPES,
  ROLES,
  SPECIALTIES,
  type Schemas,
} from '@fawang/contract';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  passwordHash: text('password_hash').notNull(),
  displayName: text('display_name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  regionId: text('region_id').notNull(),
  phone: text('phone'),
  /**
   * The organization a staff account works for (a mediation committee, a notary office…): an
   * organization-bound role sees that organization's cases; null for citizens and region-bound roles.
   */
  organizationId: uuid('organization_id').references((): AnyPgColumn => organizations.id),
  /** The practitioner record of a staff account (a mediator, a lawyer): who they are in the directory. */
  practitionerId: uuid('practitioner_id').references((): AnyPgColumn => practitioners.id),
  /** Seeded demo account (示例账号); never created in production. */
  demo: boolean('demo').notNull().default(false),
  /** Display preferences as last saved (the contract's UserPreferences); null → the defaults. */
  preferences: jsonb('preferences').$type<Schemas['UserPreferences']>(),
  createdAt: createdAt(),
});

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie token: a leaked table does not hand out sessions. */
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Counters of login failures and registrations (rate-limiter-flexible's RateLimiterDrizzle, see
 * http/rate-limits.ts), shared by every API process on the database. `key` is the limiter's prefix and a
 * pseudonymous subject (never a typed username); `expire` ends the counter's window.
 */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').primaryKey(),
    points: integer('points').notNull(),
    /** Null only for a counter without a window, which this API does not use; the library allows it. */
    expire: timestamp('expire', { withTimezone: true }),
  },
  (t) => [index('rate_limits_expire_idx').on(t.expire)],
);

/** GB/T 2260 divisions: 6-digit province/city/county codes, 9-digit towns and streets. */
export const divisions = pgTable(
  'divisions',
  {
    code: text('code').primaryKey(),
    name: text('name').notNull(),
    level: text('level', { enum: ['province', 'city', 'county', 'town'] }).notNull(),
    parentCode: text('parent_code'),
    hasChildren: boolean('has_children').notNull().default(false),
  },
  (t) => [index('divisions_parent_idx').on(t.parentCode)],
);

export interface OpeningHoursRow {
  days: number[];
  opens: string;
  closes: string;
}

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type', { enum: ORGANIZATION_TYPES }).notNull(),
    name: text('name').notNull(),
    regionId: text('region_id').notNull(),
    divisionCode: text('division_code')
      .notNull()
      .references(() => divisions.code),
    address: text('address').notNull(),
    phone: text('phone').notNull(),
    /** 统一社会信用代码 (GB 32100). */
    uscc: text('uscc').unique(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    email: text('email'),
    website: text('website'),
    openingHours: jsonb('opening_hours').$type<OpeningHoursRow[]>().notNull().default([]),
    description: text('description'),
    /** Level of a service point or committee: province … village. */
    level: text('level', { enum: ['province', 'city', 'county', 'town', 'village'] }),
    /**
     * A mediation committee's kind and, for industry and professional ones, the dispute types it takes;
     * null for every other organization. No index: the filters on it (`mediationKind`, `disputeType`)
     * always come with type = mediation_committee in practice, which the region/type index narrows to a few
     * hundred rows, and the whole table is ~2,200 rows in the demo seed.
     */
    mediation: jsonb('mediation').$type<Schemas['OrganizationMediation']>(),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [
    index('organizations_region_type_idx').on(t.regionId, t.type),
    // text_pattern_ops lets LIKE 'prefix%' use the index whatever the database collation.
    index('organizations_division_idx').on(sql`${t.divisionCode} text_pattern_ops`),
    index('organizations_name_idx').on(sql`${t.name} text_pattern_ops`),
  ],
);

export const practitioners = pgTable(
  'practitioners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type', { enum: PRACTITIONER_TYPES }).notNull(),
    name: text('name').notNull(),
    gender: text('gender', { enum: ['male', 'female'] }).notNull(),
    licenceNumber: text('licence_number').notNull().unique(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organizations.id),
    regionId: text('region_id').notNull(),
    divisionCode: text('division_code').notNull(),
    specialties: text('specialties', { enum: SPECIALTIES }).array().notNull(),
    yearsOfPractice: integer('years_of_practice').notNull(),
    status: text('status', { enum: ['active', 'suspended', 'revoked'] }).notNull(),
    languages: text('languages').array().notNull(),
    biography: text('biography'),
    proBonoHours: integer('pro_bono_hours'),
    /**
     * A people's mediator's full-time flag and grade; null for every other practitioner. No index, and none
     * on `languages` either: the `fullTime` and `language` filters come with type = mediator (and usually a
     * region), so an existing region/type index has already narrowed the rows to filter (mediators are ~16%
     * of the directory), and a jsonb or GIN index would not change the plan at the seeded size.
     */
    mediator: jsonb('mediator').$type<Schemas['PractitionerMediator']>(),
    demo: boolean('demo').notNull().default(false),
  },
  (t) => [
    // Search orders by name (or years of practice) and pages with LIMIT/OFFSET: each common filter has an
    // index in that order, so a page reads ~20 index entries instead of sorting every match. The trailing
    // columns (after the unique id, so they never change the order) let the other filters and the capped
    // count run as index-only scans; drizzle cannot declare INCLUDE columns, hence keys.
    index('practitioners_region_type_name_idx').on(t.regionId, t.type, t.name, t.id, t.specialties, t.divisionCode, t.status),
    index('practitioners_region_name_idx').on(t.regionId, t.name, t.id, t.type, t.specialties, t.divisionCode, t.status),
    index('practitioners_type_name_idx').on(t.type, t.name, t.id, t.regionId, t.specialties, t.divisionCode, t.status),
    index('practitioners_name_order_idx').on(t.name, t.id, t.regionId, t.type, t.specialties, t.divisionCode, t.status),
    index('practitioners_years_idx').on(sql`${t.yearsOfPractice} desc`, t.id),
    index('practitioners_region_years_idx').on(t.regionId, sql`${t.yearsOfPractice} desc`, t.id),
    // LIKE 'prefix%' under any collation (the btree indexes above serve it only under "C").
    index('practitioners_name_idx').on(sql`${t.name} text_pattern_ops`),
    index('practitioners_licence_idx').on(sql`${t.licenceNumber} text_pattern_ops`),
    index('practitioners_division_idx').on(sql`${t.divisionCode} text_pattern_ops`),
    index('practitioners_organization_idx').on(t.organizationId),
    index('practitioners_specialties_idx').using('gin', t.specialties),
  ],
);

/** 信用信息: rewards (表彰) and sanctions (行政处罚/行业处分) on a practitioner's public record. */
export const creditRecords = pgTable(
  'credit_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['reward', 'sanction'] }).notNull(),
    title: text('title').notNull(),
    issuedBy: text('issued_by').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    description: text('description'),
  },
  (t) => [index('credit_records_practitioner_idx').on(t.practitionerId)],
);

/** 好差评: one evaluation per user and subject (一事一评). */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    module: text('module').notNull(),
    subjectType: text('subject_type', { enum: ['application', 'organization', 'practitioner'] }).notNull(),
    subjectId: uuid('subject_id').notNull(),
    level: text('level', { enum: EVALUATION_LEVELS }).notNull(),
    comment: text('comment'),
    details: text('details'),
    followUpConsent: boolean('follow_up_consent').notNull(),
    followUpStatus: text('follow_up_status', { enum: ['not_required', 'pending', 'done'] }).notNull(),
    regionId: text('region_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('evaluations_one_per_subject_idx').on(t.userId, t.subjectType, t.subjectId),
    index('evaluations_subject_idx').on(t.subjectType, t.subjectId),
    index('evaluations_region_module_idx').on(t.regionId, t.module),
  ],
);

export interface ApplicantRow {
  name: string;
  idNumber: string;
  phone: string;
  address: string;
}

export interface HouseholdRow {
  size: number;
  monthlyIncome: number;
  assets?: number;
}

export type QualityReviewRow = Schemas['QualityReviewInput'] & {
  reviewedAt: string;
  reviewerId: string;
};

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/** A citizen's application wizard answers, one per citizen and region, so they survive reloads and devices. */
export const legalAidDrafts = pgTable(
  'legal_aid_drafts',
  {
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    regionId: text('region_id').notNull(),
    data: jsonb('data').$type<Schemas['LegalAidDraftData']>().notNull(),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.ownerId, t.regionId] })],
);

/** A retried submission with the same Idempotency-Key returns the first result. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    key: text('key').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    resourceId: uuid('resource_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/** Who read or changed personal data, when and from where — never the data itself. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    actorRole: text('actor_role'),
    action: text('action', { enum: ['read', 'create', 'update', 'reveal', 'login', 'login_failed', 'logout'] }).notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    regionId: text('region_id'),
    ip: text('ip'),
  },
  (t) => [index('audit_log_region_at_idx').on(t.regionId, t.at)],
);

/**
 * The case kernel's tables (issue 15, ADR 0014): every module's cases share `cases` (who filed it, where,
 * which organization handles it, its status and version, its clocks' earliest due time), `case_history`,
 * `case_clocks` and `case_documents`; what only one module knows lives in that module's details table,
 * keyed by the case. `status`, `action` and clock `kind` are the module workflow's words, checked by the
 * workflow before every write, so the columns hold text rather than one enum per module.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The module's id: one of the six, or a declared case module (ADR 0016). */
    module: text('module').notNull(),
    reference: text('reference').notNull().unique(),
    regionId: text('region_id').notNull(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id),
    /** The organization that handles the case (a mediation committee, a notary office…); null when the region does. */
    organizationId: uuid('organization_id').references(() => organizations.id),
    /**
     * The practitioners assigned to the case, in the order chosen (a legal-aid lawyer, a case's mediators):
     * each sees the case, and acts on it where the workflow lets the assignee act.
     */
    practitionerIds: uuid('practitioner_ids').array().notNull().default(sql`'{}'::uuid[]`),
    status: text('status').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** When the case first reached a concluded state of its module: the end of "days to an outcome". */
    concludedAt: timestamp('concluded_at', { withTimezone: true }),
    /** The earliest running clock (copied from case_clocks) so `overdue` is one comparison. */
    dueAt: timestamp('due_at', { withTimezone: true }),
  },
  (t) => [
    index('cases_module_region_status_idx').on(t.module, t.regionId, t.status, t.createdAt),
    index('cases_owner_idx').on(t.ownerId, t.module, t.createdAt),
    index('cases_organization_idx').on(t.organizationId, t.status),
    index('cases_module_region_due_idx').on(t.module, t.regionId, t.dueAt),
    index('cases_practitioners_idx').using('gin', t.practitionerIds),
  ],
);

/** Every case's history: when, the status it led to, who, the workflow action (null for the filing and the rating) and why. */
export const caseHistory = pgTable(
  'case_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    status: text('status').notNull(),
    actorId: uuid('actor_id')
      .notNull()
      .references(() => users.id),
    action: text('action'),
    note: text('note'),
  },
  (t) => [index('case_history_case_idx').on(t.caseId, t.at)],
);

/** Every case's clocks (法定时限, 服务承诺); a running one has no stopped_at. */
export const caseClocks = pgTable(
  'case_clocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    stoppedAt: timestamp('stopped_at', { withTimezone: true }),
  },
  (t) => [index('case_clocks_case_idx').on(t.caseId, t.startedAt)],
);

/**
 * 我的消息: what a case's transition told a person (its applicant). Only the kind, the status reached and a
 * session time or a due date: the case's page shows the rest, so no personal data is copied here. A
 * reminder is written when its cause happens and shows from `visible_at`.
 */
export const notices = pgTable(
  'notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
    status: text('status').notNull(),
    action: text('action'),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    dueBy: date('due_by', { mode: 'string' }),
    visibleAt: timestamp('visible_at', { withTimezone: true }).notNull(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [
    index('notices_user_visible_idx').on(t.userId, t.visibleAt),
    index('notices_user_unread_idx').on(t.userId).where(sql`${t.readAt} is null`),
  ],
);

/**
 * Notices waiting for an outbound channel (SMS, WeChat template message): written in the transaction that
 * sends the notice, taken by a province's gateway (ADR 0015), which marks `sent_at`.
 */
export const noticeOutbox = pgTable(
  'notice_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    noticeId: uuid('notice_id')
      .notNull()
      .references(() => notices.id, { onDelete: 'cascade' }),
    channel: text('channel').notNull(),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
  },
  (t) => [index('notice_outbox_pending_idx').on(t.channel, t.createdAt).where(sql`${t.sentAt} is null`)],
);

/** What a 法律援助 application holds beyond the kernel's case. */
export const legalAidDetails = pgTable('legal_aid_details', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  matterType: text('matter_type', { enum: MATTER_TYPES }).notNull(),
  applicant: jsonb('applicant').$type<ApplicantRow>().notNull(),
  categories: text('categories', { enum: APPLICANT_CATEGORIES }).array().notNull(),
  household: jsonb('household').$type<HouseholdRow>().notNull(),
  caseSummary: text('case_summary').notNull(),
  opposingParty: text('opposing_party'),
  pledgeSigned: boolean('pledge_signed').notNull(),
  decisionDueAt: timestamp('decision_due_at', { withTimezone: true }),
  assignee: jsonb('assignee').$type<Schemas['Assignee']>(),
  outcome: text('outcome'),
  /** 案件质量评查 of a closed case: the officer's input plus who and when. */
  qualityReview: jsonb('quality_review').$type<QualityReviewRow>(),
});

/** What a 人民调解 case holds beyond the kernel's case (its committee is the case's organization, its mediators the case's practitioners). */
export const mediationDetails = pgTable('mediation_details', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  disputeType: text('dispute_type', { enum: MEDIATION_DISPUTE_TYPES }).notNull(),
  place: jsonb('place').$type<MediationPlaceRow>().notNull(),
  summary: text('summary').notNull(),
  /** The applicant first, then the respondents, as filed. */
  parties: jsonb('parties').$type<MediationPartyRow[]>().notNull(),
  agreement: jsonb('agreement').$type<MediationAgreementRow>(),
  /** Why mediation failed, was declined or withdrawn. */
  outcomeReason: text('outcome_reason'),
});

/**
 * The details of a declared case module's case (ADR 0016): the values of the fields its definition declares,
 * checked against it on filing, and why the case ended.
 */
export const declaredCaseDetails = pgTable('declared_case_details', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  fields: jsonb('fields').$type<Record<string, string>>().notNull(),
  outcomeReason: text('outcome_reason'),
});

export type MediationPartyRow = Schemas['MediationParty'];
export type MediationPlaceRow = Schemas['MediationPlace'];
export type MediationAgreementRow = Schemas['MediationAgreement'];

/**
 * Uploaded documents (申请材料) of any module's case, kept in the database so that PGlite and PostgreSQL
 * deployments need no separate file store. A document belongs to its uploader until a case of any module
 * takes it; deleting the case deletes its documents.
 */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: DOCUMENT_KINDS }).notNull(),
    /** Detected from the content, never taken from the upload's name or header. */
    mediaType: text('media_type', { enum: DOCUMENT_MEDIA_TYPES }).notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index('case_documents_owner_idx').on(t.ownerId, t.createdAt),
    index('case_documents_case_idx').on(t.caseId, t.createdAt),
  ],
);

/**
 * Mediation sessions (调解会议). Each mediator attending has a row in mediation_session_mediators, which is
 * what the calendar-conflict check reads.
 */
export const mediationSessions = pgTable(
  'mediation_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    mode: text('mode', { enum: ['onsite', 'online'] }).notNull(),
    location: text('location'),
    onlineUrl: text('online_url'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    participants: text('participants').array().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('mediation_sessions_case_idx').on(t.caseId, t.startsAt)],
);

/** Which mediator attends which session: a mediator's calendar. */
export const mediationSessionMediators = pgTable(
  'mediation_session_mediators',
  {
    sessionId: uuid('session_id')
      .notNull()
      .references(() => mediationSessions.id, { onDelete: 'cascade' }),
    practitionerId: uuid('practitioner_id')
      .notNull()
      .references(() => practitioners.id),
    /** Copied from the session so the overlap check is one index range per mediator. */
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.practitionerId] }), index('mediation_session_mediators_calendar_idx').on(t.practitionerId, t.startsAt)],
);
