/**
 * What a new module's directory lists: one of the API's organization types, with the words its messages
 * use and an icon of the design system. Keyed by the contract's type, so a new type fails to compile here
 * until it has its words.
 */
import type { OrganizationType, Role } from '@fawang/contract';

export interface OrgTypeWords {
  /** As in a directory heading: 公共法律服务中心(名录). */
  zh: string;
  /** Plural, lower case, for running text: "public legal service centres". */
  en: string;
  icon: string;
  /**
   * The staff role that works for such an organization and handles a case module's cases there (besides
   * the bureau's admins), when there is one.
   */
  staffRole?: Role;
}

export const ORG_TYPES: Record<OrganizationType, OrgTypeWords> = {
  law_firm: { zh: '律师事务所', en: 'law firms', icon: 'briefcase' },
  notary_office: { zh: '公证机构', en: 'notary offices', icon: 'stamp', staffRole: 'notary' },
  forensic_institution: { zh: '司法鉴定机构', en: 'forensic appraisal institutions', icon: 'microscope', staffRole: 'appraiser' },
  arbitration_commission: { zh: '仲裁委员会', en: 'arbitration commissions', icon: 'gavel', staffRole: 'arbitration_secretary' },
  mediation_committee: { zh: '人民调解委员会', en: 'people’s mediation committees', icon: 'handshake', staffRole: 'mediator' },
  legal_aid_centre: { zh: '法律援助机构', en: 'legal aid centres', icon: 'scale', staffRole: 'legal_aid_officer' },
  service_centre: { zh: '公共法律服务中心', en: 'public legal service centres', icon: 'location' },
  service_station: { zh: '公共法律服务工作站', en: 'public legal service stations', icon: 'location' },
  service_room: { zh: '公共法律服务工作室', en: 'public legal service rooms', icon: 'location' },
};

export function isOrgType(value: string): value is OrganizationType {
  return Object.hasOwn(ORG_TYPES, value);
}
