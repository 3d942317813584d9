/**
 * Demo accounts (示例账号) `<region>.<role>` for every seeded region and role, as ARCHITECTURE.md's
 * interfaces promise. Their sample legal-aid applications are in applications.ts.
 */
import { ROLES, type Role } from '@fawang/contract';
import type { users } from '../db/schema.js';
import type { Random } from './random.js';

export type UserRow = typeof users.$inferInsert & { id: string };

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
