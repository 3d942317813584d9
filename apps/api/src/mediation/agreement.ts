/**
 * The mediation agreement (人民调解协议书) as a PDF from the template, filled with the case: the committee,
 * the parties, the dispute, the agreed terms (人民调解法 art. 29), the performance date, the reminder that
 * the parties may apply to a court for judicial confirmation within 30 days (art. 33) and that mediation is
 * free (art. 4), and signature lines. CreationDate is the signing time, so the same agreement always gives
 * the same bytes.
 */
import { eq } from 'drizzle-orm';
import type { Schemas } from '@fawang/contract';
import { PdfInputError, renderDocument, UnsupportedCharacterError, type PdfDocumentInput } from '@fawang/pdf';
import type { Database } from '../db/client.js';
import { organizations } from '../db/schema.js';
import { problems } from '../http/problem.js';
import type { Handlers } from '../http/server.js';
import { audit } from '../domain/audit.js';
import { contentDisposition } from '../domain/content-disposition.js';
import { chineseDate, shanghaiDate } from '../domain/shanghai-time.js';
import type { AppServices } from '../services.js';
import { visibleCase } from './access.js';
import { mediatorRefs, partyView, type CaseRow } from './view.js';

const ROLE_ZH = { applicant: '申请人', respondent: '被申请人' } as const;

interface AgreementData {
  reference: string;
  committee: string;
  parties: readonly Schemas['MediationParty'][];
  mediators: readonly string[];
  summary: string;
  agreement: Schemas['MediationAgreement'];
}

/** The template: what the document says, in the order a 人民调解协议书 says it. */
export function agreementDocument(data: AgreementData): PdfDocumentInput {
  const { agreement } = data;
  const signedOn = chineseDate(shanghaiDate(new Date(agreement.signedAt)));
  const partyLines = data.parties.flatMap((party) => [
    { label: ROLE_ZH[party.role], value: party.name },
    ...(party.idNumber ? [{ label: '身份证号码', value: party.idNumber }] : []),
    ...(party.address ? [{ label: '住址', value: party.address }] : []),
  ]);
  return {
    title: '人民调解协议书',
    subtitle: `编号 ${data.reference}`,
    metadata: { author: data.committee, subject: '人民调解协议书', keywords: [data.reference], creationDate: new Date(agreement.signedAt) },
    sections: [
      { heading: '当事人基本情况', blocks: [{ type: 'fields', entries: partyLines }] },
      {
        heading: '调解组织',
        blocks: [{ type: 'fields', entries: [{ label: '人民调解委员会', value: data.committee }, ...(data.mediators.length ? [{ label: '调解员', value: data.mediators.join('、') }] : [])] }],
      },
      { heading: '纠纷简要情况', blocks: [{ type: 'paragraph', text: data.summary }] },
      { heading: '协议内容', blocks: [{ type: 'list', items: agreement.terms }] },
      ...(agreement.performBy
        ? [{ heading: '履行期限', blocks: [{ type: 'paragraph' as const, text: `当事人应于${chineseDate(agreement.performBy)}前履行本协议约定的义务。` }] }]
        : []),
      {
        blocks: [
          {
            type: 'paragraph',
            text:
              '本协议经当事人签名、人民调解员签名并加盖人民调解委员会印章后生效，具有法律约束力，当事人应当按照约定履行。' +
              `双方当事人可以自本协议生效之日起三十日内，即${chineseDate(agreement.judicialConfirmationBy)}前，共同向人民法院申请司法确认（《中华人民共和国人民调解法》第三十三条）。`,
          },
          { type: 'paragraph', text: '人民调解委员会调解民间纠纷，不收取任何费用（《中华人民共和国人民调解法》第四条）。' },
          {
            type: 'signatures',
            entries: [
              ...data.parties.map((party) => ({ label: `${ROLE_ZH[party.role]}（签名）`, date: signedOn })),
              ...(data.mediators.length ? data.mediators : ['']).map(() => ({ label: '人民调解员（签名）', date: signedOn })),
              { label: `${data.committee}（印章）`, date: signedOn },
            ],
          },
        ],
      },
    ],
  };
}

async function agreementData(db: Database, row: CaseRow, owner: boolean): Promise<AgreementData> {
  if (!row.agreement) throw new Error(`mediation case ${row.id} has no agreement`);
  const [committee] = await db.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, row.committeeId)).limit(1);
  return {
    reference: row.reference,
    committee: committee?.name ?? '',
    parties: row.parties.map((party) => partyView(party, owner)),
    mediators: (await mediatorRefs(db, row.mediatorIds)).map((m) => m.name),
    summary: row.summary,
    agreement: row.agreement,
  };
}

/**
 * Renders the agreement about to be recorded: a character the document's font cannot print is 400 on the
 * term that holds it (or on the agreement, when it comes from the filing), rather than a failed download later.
 */
export async function checkAgreementRenders(db: Database, row: CaseRow): Promise<void> {
  try {
    await renderDocument(agreementDocument(await agreementData(db, row, true)));
  } catch (error) {
    if (error instanceof UnsupportedCharacterError) {
      const term = row.agreement?.terms.findIndex((t) => t.includes(error.character)) ?? -1;
      throw problems.field(term >= 0 ? `body.agreement.terms.${term}` : 'body.agreement', 'unsupported_character', error.message);
    }
    if (error instanceof PdfInputError) throw problems.field('body.agreement', 'unprintable', error.message);
    throw error;
  }
}

export function mediationAgreementHandlers({ db, regions }: AppServices): Pick<Handlers, 'getMediationAgreement'> {
  return {
    async getMediationAgreement({ params, auth, request }) {
      const user = auth.requireUser();
      const row = await visibleCase(db, regions, params.id, user);
      if ((row.status !== 'agreed' && row.status !== 'evaluated') || !row.agreement) {
        throw problems.conflict('invalid_state', 'The agreement exists once the parties have agreed (达成协议)');
      }
      const owner = row.ownerId === user.id;
      const pdf = await renderDocument(agreementDocument(await agreementData(db, row, owner)));
      if (!owner) await audit(db, request, user, { action: 'read', subjectType: 'mediation_agreement', subjectId: row.id, regionId: row.regionId });
      return {
        status: 200,
        body: pdf,
        headers: {
          'content-type': 'application/pdf',
          'content-disposition': contentDisposition(`调解协议书-${row.reference}.pdf`),
          'cache-control': 'private, no-store',
        },
      };
    },
  };
}
