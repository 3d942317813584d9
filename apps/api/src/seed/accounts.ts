/**
 * Demo accounts (示例账号) `<region>.<role>` for every seeded region and role, as ARCHITECTURE.md's
 * interfaces promise, and a few sample legal-aid applications per region so that a workbench has a queue
 * to show. Applicants, ID numbers and phone numbers are synthetic (valid checksums, invented people).
 */
import { ROLES, type ApplicantCategory, type ApplicationStatus, type MatterType, type Role } from '@fawang/contract';
import { residentIdCheckChar } from '@fawang/validators/ids';
import { addDays } from '@fawang/workflow';
import type { legalAidApplications, legalAidHistory, users } from '../db/schema.js';
import { REFERENCE_DATE, type Random } from './random.js';

export type UserRow = typeof users.$inferInsert & { id: string };
export type ApplicationRow = typeof legalAidApplications.$inferInsert & { id: string };
export type HistoryRow = typeof legalAidHistory.$inferInsert;

export const ROLE_ZH: Readonly<Record<Role, string>> = {
  citizen: '群众',
  legal_aid_officer: '法律援助工作人员',
  lawyer: '律师',
  notary: '公证员',
  mediator: '人民调解员',
  appraiser: '司法鉴定人',
  arbitration_secretary: '仲裁秘书',
  bureau_admin: '司法局管理员',
};

export interface SeedRegion {
  id: string;
  name: string;
  divisionCode?: string;
}

export function demoUsername(regionId: string, role: Role): string {
  return `${regionId}.${role}`;
}

export function demoAccounts(random: Random, regions: readonly SeedRegion[], passwordHash: string): UserRow[] {
  return regions.flatMap((region) =>
    ROLES.map((role) => ({
      id: random.uuid(),
      username: demoUsername(region.id, role),
      passwordHash,
      displayName: `示例${ROLE_ZH[role]}（${region.name}）`,
      role,
      regionId: region.id,
      phone: random.mobile(),
      demo: true,
    })),
  );
}

interface Sample {
  status: ApplicationStatus;
  matterType: MatterType;
  categories: ApplicantCategory[];
  caseSummary: string;
  opposingParty: string;
  household: { size: number; monthlyIncome: number };
  daysAgo: number;
}

const SAMPLES: readonly Sample[] = [
  {
    status: 'submitted',
    matterType: 'civil',
    categories: ['migrant_worker_wages'],
    caseSummary: '【示例数据】在建筑工地务工十个月，劳务公司拖欠工资一万八千元，多次催要未果，申请法律援助追索劳动报酬。',
    opposingParty: '某建筑劳务有限公司',
    household: { size: 4, monthlyIncome: 2600 },
    daysAgo: 1,
  },
  {
    status: 'under_review',
    matterType: 'civil',
    categories: ['abuse_or_domestic_violence'],
    caseSummary: '【示例数据】长期遭受家庭暴力，已申请人身安全保护令，现拟起诉离婚并主张抚养权，申请法律援助。',
    opposingParty: '配偶（示例）',
    household: { size: 2, monthlyIncome: 1500 },
    daysAgo: 4,
  },
  {
    status: 'approved',
    matterType: 'civil',
    categories: ['elderly_no_income'],
    caseSummary: '【示例数据】年逾七旬，子女拒绝履行赡养义务，无固定生活来源，申请法律援助提起赡养费纠纷诉讼。',
    opposingParty: '子女（示例）',
    household: { size: 1, monthlyIncome: 800 },
    daysAgo: 12,
  },
];

/** An 18-digit resident ID with a valid GB 11643 check character, registered in `divisionCode`. */
export function syntheticResidentId(random: Random, divisionCode: string, birthDate: string): string {
  const first17 = `${divisionCode.slice(0, 6)}${birthDate.replace(/-/g, '')}${random.digits(3)}`;
  return first17 + residentIdCheckChar(first17);
}

/** A ladder of history rows that ends in the sample's status. */
const STEPS: Readonly<Partial<Record<ApplicationStatus, ApplicationStatus[]>>> = {
  submitted: ['submitted'],
  under_review: ['submitted', 'under_review'],
  approved: ['submitted', 'under_review', 'approved'],
};

export function sampleApplications(
  random: Random,
  region: SeedRegion & { address: string; decideWithinDays: number; dayCounting: 'working' | 'calendar' },
  citizenId: string,
  officerId: string,
): { applications: ApplicationRow[]; history: HistoryRow[] } {
  const applications: ApplicationRow[] = [];
  const history: HistoryRow[] = [];
  for (const sample of SAMPLES) {
    const submittedAt = new Date(REFERENCE_DATE.getTime() - sample.daysAgo * 86_400_000);
    const id = random.uuid();
    const birth = random.dateBetween('1950-01-01', '2000-12-31');
    const code = region.divisionCode ?? '110101';
    applications.push({
      id,
      reference: `FY-${region.divisionCode ?? '000000'}-${submittedAt.toISOString().slice(0, 10).replace(/-/g, '')}-${random.hex(8)}`,
      regionId: region.id,
      ownerId: citizenId,
      status: sample.status,
      matterType: sample.matterType,
      applicant: {
        name: random.faker.person.fullName().replace(/\s/g, ''),
        idNumber: syntheticResidentId(random, code, birth),
        phone: random.mobile(),
        address: region.address,
      },
      categories: sample.categories,
      household: sample.household,
      caseSummary: sample.caseSummary,
      opposingParty: sample.opposingParty,
      pledgeSigned: true,
      version: STEPS[sample.status]!.length,
      createdAt: submittedAt,
      updatedAt: submittedAt,
      submittedAt,
      decisionDueAt: addDays(submittedAt, region.decideWithinDays, region.dayCounting),
    });
    STEPS[sample.status]!.forEach((status, step) => {
      history.push({
        applicationId: id,
        at: new Date(submittedAt.getTime() + step * 86_400_000),
        status,
        actorId: step === 0 ? citizenId : officerId,
        note: step === 0 ? null : '【示例数据】',
      });
    });
  }
  return { applications, history };
}
