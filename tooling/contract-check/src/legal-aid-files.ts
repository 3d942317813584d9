/**
 * Write checks of the legal-aid draft (申请草稿) and documents (申请材料) for a throwaway citizen: upload,
 * download and delete a document, a refused type, and a draft saved, conflicted, read and discarded.
 */
import { onePagePdf } from '@fawang/contract/samples';
import type { Runner } from './runner.js';
import type { HttpSession } from './session.js';

const MISSING_ID = '00000000-0000-4000-8000-000000000000';

const PDF = onePagePdf();

function idOf(body: unknown): string | undefined {
  return (body as { id?: string } | undefined)?.id;
}

export async function checkDraftsAndDocuments(run: Runner, writer: HttpSession, regionId: string): Promise<void> {
  const documents = '/documents';
  const upload = (name: string, bytes: Uint8Array) => ({ method: 'POST', path: documents, query: { name, kind: 'case_material' }, bytes });
  await run.check(writer, 'a text file named .pdf is 415', 'uploadDocument', upload('x.pdf', new TextEncoder().encode('plain text')), [415]);
  const kept = await run.check(writer, 'upload a PDF', 'uploadDocument', upload('合约检查.pdf', PDF), [201]);
  const keptId = idOf(kept?.body);
  if (keptId) {
    await run.check(writer, 'download the PDF', 'getDocument', { method: 'GET', path: `${documents}/${keptId}` }, [200]);
    await run.check(writer, 'delete the PDF', 'deleteDocument', { method: 'DELETE', path: `${documents}/${keptId}` }, [204]);
  } else {
    run.skip('download the PDF', 'getDocument', 'the upload failed');
    run.skip('delete the PDF', 'deleteDocument', 'the upload failed');
  }
  await run.check(writer, 'missing document is 404', 'getDocument', { method: 'GET', path: `${documents}/${MISSING_ID}` }, [404]);
  await run.check(writer, 'deleting a missing document is 404', 'deleteDocument', { method: 'DELETE', path: `${documents}/${MISSING_ID}` }, [404]);

  const draftPath = '/legal-aid/draft';
  await run.check(writer, 'no draft yet is 404', 'getLegalAidDraft', { method: 'GET', path: draftPath, query: { regionId } }, [404]);
  const attached = idOf((await run.check(writer, 'upload a PDF for the draft', 'uploadDocument', upload('草稿材料.pdf', PDF), [201]))?.body);
  const data = { step: 1, matterType: 'civil', caseSummary: '合约检查草稿', ...(attached ? { documentIds: [attached] } : {}) };
  await run.check(writer, 'save a draft', 'saveLegalAidDraft', { method: 'PUT', path: draftPath, json: { regionId, data } }, [200]);
  await run.check(writer, 'save it again', 'saveLegalAidDraft', { method: 'PUT', path: draftPath, json: { regionId, data: { ...data, step: 2 }, version: 1 } }, [200]);
  await run.check(writer, 'a stale draft version is 409', 'saveLegalAidDraft', { method: 'PUT', path: draftPath, json: { regionId, data, version: 1 } }, [409]);
  await run.check(writer, 'unknown document in a draft is 400', 'saveLegalAidDraft', { method: 'PUT', path: draftPath, json: { regionId, data: { documentIds: [MISSING_ID] }, version: 2 } }, [400]);
  await run.check(writer, 'load the draft', 'getLegalAidDraft', { method: 'GET', path: draftPath, query: { regionId } }, [200]);
  await run.check(writer, 'discard the draft and its documents', 'deleteLegalAidDraft', { method: 'DELETE', path: draftPath, query: { regionId } }, [204]);
  if (attached) {
    await run.check(writer, 'the discarded draft’s document is gone', 'getDocument', { method: 'GET', path: `${documents}/${attached}` }, [404]);
  }
}
