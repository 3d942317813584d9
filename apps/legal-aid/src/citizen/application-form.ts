/**
 * The application wizard's answers (申请表): what the form holds (strings as typed), its steps and rules, and
 * the conversions to a server draft (LegalAidDraftData), back from one, and to the application itself.
 */
import { APPLICANT_CATEGORIES, MATTER_TYPES, type ApplicantCategory, type MatterType, type Schemas } from '@fawang/contract';
import { maxLength, minLength, phone, required, residentId, type FwRules } from '@fawang/ui';

export const STEP_IDS = ['matter', 'applicant', 'household', 'documents', 'pledge', 'review'] as const;
export type StepId = (typeof STEP_IDS)[number];

export const DOCUMENT_KINDS = ['id_card', 'hardship_proof', 'case_material', 'other'] as const satisfies readonly Schemas['DocumentKind'][];
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** A type, not an interface, so that it fits FwForm's `Record<string, unknown>` model. */
export type ApplyModel = {
  matterType: MatterType | '';
  categories: ApplicantCategory[];
  opposingParty: string;
  caseSummary: string;
  applicant: { name: string; idNumber: string; phone: string; address: string };
  household: { size: string; monthlyIncome: string; assets: string };
  pledgeSigned: boolean;
};

export function emptyModel(): ApplyModel {
  return {
    matterType: '',
    categories: [],
    opposingParty: '',
    caseSummary: '',
    applicant: { name: '', idNumber: '', phone: '', address: '' },
    household: { size: '', monthlyIncome: '', assets: '' },
    pledgeSigned: false,
  };
}

const MAX_HOUSEHOLD = 20;
const MAX_INCOME = 10_000_000;

/** A whole number of people from 1 to 20, or undefined. */
export function householdSize(text: string): number | undefined {
  const value = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(value) && value >= 1 && value <= MAX_HOUSEHOLD ? value : undefined;
}

/** An amount in yuan (0 or more, at most `max`); `1,600` and full-width digits are not amounts. */
export function yuan(text: string, max = Number.MAX_SAFE_INTEGER): number | undefined {
  const trimmed = text.trim();
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value <= max ? value : undefined;
}

export const normalizeIdNumber = (text: string) => text.replace(/\s+/g, '').toUpperCase();
export const normalizePhone = (text: string) => text.replace(/[\s-]+/g, '');

type Translate = (key: string, params?: Record<string, unknown>) => string;

/** The rules of each step's fields, by their path in the model; every message names its field. */
export function stepRules(step: StepId, t: Translate): FwRules {
  const message = (key: string) => t(`apply.errors.${key}`);
  const check = (valid: (value: string) => boolean, key: string) => (value: unknown) => valid(String(value ?? '')) || message(key);
  switch (step) {
    case 'matter':
      return {
        matterType: [required(message('matterType'))],
        opposingParty: [maxLength(100, message('opposingPartyLong'))],
        caseSummary: [required(message('caseSummaryShort')), minLength(10, message('caseSummaryShort')), maxLength(2000, message('caseSummaryLong'))],
      };
    case 'applicant':
      return {
        'applicant.name': [required(message('name')), maxLength(50, message('nameLong'))],
        'applicant.idNumber': [required(message('idNumber')), residentId()],
        'applicant.phone': [required(message('phone')), phone(['mobile'])],
        'applicant.address': [required(message('address')), maxLength(200, message('addressLong'))],
      };
    case 'household':
      return {
        'household.size': [required(message('householdSize')), check((v) => householdSize(v) !== undefined, 'householdSize')],
        'household.monthlyIncome': [required(message('monthlyIncome')), check((v) => yuan(v, MAX_INCOME) !== undefined, 'monthlyIncome')],
        'household.assets': [check((v) => v.trim() === '' || yuan(v) !== undefined, 'assets')],
      };
    case 'pledge':
      return { pledgeSigned: [required(message('pledge'))] };
    default:
      return {};
  }
}

/** Which step asks for a field: a server error on `body.applicant.idNumber` belongs to 申请人. */
export function stepOfField(field: string): { step: StepId; name: string } | null {
  const name = field.replace(/^(body|query|path|header)\./, '').replace(/\.\d+$/, '');
  const head = name.split('.')[0] ?? '';
  if (['matterType', 'categories', 'opposingParty', 'caseSummary'].includes(head)) return { step: 'matter', name };
  if (head === 'applicant') return { step: 'applicant', name };
  if (head === 'household') return { step: 'household', name };
  if (head === 'documentIds') return { step: 'documents', name };
  if (head === 'pledgeSigned') return { step: 'pledge', name };
  return null;
}

const isMatterType = (value: unknown): value is MatterType => (MATTER_TYPES as readonly unknown[]).includes(value);
const isCategory = (value: unknown): value is ApplicantCategory => (APPLICANT_CATEGORIES as readonly unknown[]).includes(value);

/** Only what the server would accept goes into a draft: a half-typed ID number is kept, an unreadable income is not. */
export function toDraftData(model: ApplyModel, step: number, documentIds: string[]): Schemas['LegalAidDraftData'] {
  const size = householdSize(model.household.size);
  const income = yuan(model.household.monthlyIncome, MAX_INCOME);
  const assets = yuan(model.household.assets);
  const text = (value: string, max: number) => Array.from(value).slice(0, max).join('');
  return {
    step,
    ...(isMatterType(model.matterType) ? { matterType: model.matterType } : {}),
    caseSummary: text(model.caseSummary, 2000),
    opposingParty: text(model.opposingParty, 100),
    categories: [...model.categories],
    applicant: {
      name: text(model.applicant.name, 50),
      idNumber: text(normalizeIdNumber(model.applicant.idNumber), 18),
      phone: text(normalizePhone(model.applicant.phone), 11),
      address: text(model.applicant.address, 200),
    },
    household: { ...(size === undefined ? {} : { size }), ...(income === undefined ? {} : { monthlyIncome: income }), ...(assets === undefined ? {} : { assets }) },
    documentIds,
  };
}

export function fromDraftData(data: Schemas['LegalAidDraftData']): ApplyModel {
  const model = emptyModel();
  return {
    ...model,
    matterType: isMatterType(data.matterType) ? data.matterType : '',
    categories: (data.categories ?? []).filter(isCategory),
    opposingParty: data.opposingParty ?? '',
    caseSummary: data.caseSummary ?? '',
    applicant: { ...model.applicant, ...data.applicant },
    household: {
      size: data.household?.size === undefined ? '' : String(data.household.size),
      monthlyIncome: data.household?.monthlyIncome === undefined ? '' : String(data.household.monthlyIncome),
      assets: data.household?.assets === undefined ? '' : String(data.household.assets),
    },
  };
}

/** The step to resume at: the draft's, within the wizard. */
export function resumeStep(data: Schemas['LegalAidDraftData']): StepId {
  const index = data.step ?? 0;
  return STEP_IDS[Math.min(Math.max(index, 0), STEP_IDS.length - 1)] ?? 'matter';
}

/** The application as submitted; call it once every step has passed its rules. */
export function toApplicationInput(model: ApplyModel, regionId: string, documentIds: string[]): Schemas['LegalAidApplicationInput'] {
  const assets = yuan(model.household.assets);
  const opposingParty = model.opposingParty.trim();
  return {
    regionId,
    matterType: model.matterType as MatterType,
    caseSummary: model.caseSummary.trim(),
    ...(opposingParty ? { opposingParty } : {}),
    categories: [...model.categories],
    applicant: {
      name: model.applicant.name.trim(),
      idNumber: normalizeIdNumber(model.applicant.idNumber),
      phone: normalizePhone(model.applicant.phone),
      address: model.applicant.address.trim(),
    },
    household: {
      size: householdSize(model.household.size) ?? 0,
      monthlyIncome: yuan(model.household.monthlyIncome) ?? 0,
      ...(assets === undefined ? {} : { assets }),
    },
    pledgeSigned: true,
    submit: true,
    documentIds,
  };
}
