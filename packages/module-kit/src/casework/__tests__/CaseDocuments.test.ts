import { enableAutoUnmount } from '@vue/test-utils';
import { defineComponent, h, ref } from 'vue';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '@fawang/sdk';
import type { FwUploadItem } from '@fawang/ui';
import CaseDocumentList from '../CaseDocumentList.vue';
import { useCaseDocumentUpload } from '../useCaseDocumentUpload.js';
import { emptyUploads, storedFile, storedFileIds, uploadsOf, type StoredFile } from '../uploads.js';
import type { CaseDocument } from '../types.js';
import { mountCasework } from './harness.js';

enableAutoUnmount(afterEach);

const KINDS = ['id_card', 'other'] as const;
type Kind = (typeof KINDS)[number];
type Stored = StoredFile & { kind: Kind };
const idCard: Stored = { id: 'd1', name: '身份证.pdf', size: 1536, mediaType: 'application/pdf', kind: 'id_card' };
const photo: Stored = { id: 'd2', name: '照片.png', size: 3 * 1024 * 1024, mediaType: 'image/png', kind: 'other' };

const apiError = (status: number, code: string) => new ApiError(status, code, { type: 'about:blank', title: code, status, code, detail: code } as never);

describe('case uploads', () => {
  it('puts stored documents into their kind lists and reads back the ids of finished uploads only', () => {
    const uploads = uploadsOf([idCard, photo], KINDS);
    expect(uploads.id_card.map((item) => item.name)).toEqual(['身份证.pdf']);
    expect(storedFile(uploads.other[0]!)).toEqual(photo);
    const pending: FwUploadItem = { id: 'x', name: '合同.pdf', size: 1, type: 'application/pdf', status: 'uploading', progress: 0.5 };
    expect(storedFile(pending)).toBeUndefined();
    expect(storedFileIds({ ...uploads, other: [...uploads.other, pending] }, KINDS)).toEqual(['d1', 'd2']);
    expect(emptyUploads(KINDS)).toEqual({ id_card: [], other: [] });
  });
});

describe('CaseDocumentList', () => {
  const rows: CaseDocument[] = [{ id: 'd1', name: '身份证.pdf', mediaType: 'application/pdf', size: 1536, href: '/files/d1', kind: '身份证明' }];
  const list = (documents: CaseDocument[], note?: string) =>
    defineComponent(() => () => h(CaseDocumentList, { documents, heading: '申请材料', headingId: 'case-files', caption: '申请材料清单', emptyText: '没有上传材料', ...(note ? { note } : {}) }));

  it('lists each document with its kind, type, size and a named download link tied to the note', async () => {
    const { wrapper } = await mountCasework(list(rows, '下载会记入审计日志。'));
    const section = wrapper.get('section[aria-labelledby="case-files"]');
    expect(section.findAll('th').map((th) => th.text())).toEqual(['文件名', '材料类别', '文件类型', '大小']);
    const link = section.get('tbody a');
    expect(link.attributes('href')).toBe('/files/d1');
    expect(link.attributes('download')).toBe('身份证.pdf');
    expect(link.attributes('aria-label')).toBe('下载 身份证.pdf');
    expect(link.attributes('aria-describedby')).toBe('case-files-note');
    expect(section.get('#case-files-note').text()).toBe('下载会记入审计日志。');
    expect(section.text()).toContain('身份证明');
    expect(section.text()).toContain('PDF');
    expect(section.text()).toContain('1.5 KB');
  });

  it('leaves out the kind column when documents have no kinds, and says when there are none', async () => {
    const { wrapper } = await mountCasework(list([{ id: 'd2', name: 'a.png', mediaType: 'image/png', size: 900, href: '/files/d2' }]));
    expect(wrapper.findAll('th').map((th) => th.text())).toEqual(['文件名', '文件类型', '大小']);
    expect(wrapper.text()).toContain('900 字节');
    expect(wrapper.get('tbody a').attributes('aria-describedby')).toBeUndefined();
    const { wrapper: empty } = await mountCasework(list([]));
    expect(empty.text()).toContain('没有上传材料');
    expect(empty.find('table').exists()).toBe(false);
  });
});

describe('useCaseDocumentUpload', () => {
  async function setUp(options: { upload?: (file: File, kind: Kind) => Promise<Stored>; remove?: (id: string) => Promise<unknown> }) {
    let upload!: ReturnType<typeof useCaseDocumentUpload<Stored, Kind>>;
    const component = defineComponent(() => {
      upload = useCaseDocumentUpload<Stored, Kind>({
        upload: options.upload ?? (() => Promise.resolve(idCard)),
        remove: options.remove ?? (() => Promise.resolve()),
        limits: { maxBytes: 10 * 1024 * 1024, accept: ['application/pdf', '.pdf'], acceptLabel: 'PDF' },
      });
      return () => h('p', upload.problem.value);
    });
    const mounted = await mountCasework(component);
    return { ...mounted, upload };
  }
  const file = new File(['x'], '合同.pdf', { type: 'application/pdf' });

  it('passes the kind to the module upload and resolves with the stored document', async () => {
    const calls: [string, Kind][] = [];
    const { upload } = await setUp({
      upload: (sent, kind) => {
        calls.push([sent.name, kind]);
        return Promise.resolve(idCard);
      },
    });
    await expect(upload.uploaderFor('id_card')(file, {} as never)).resolves.toEqual(idCard);
    expect(calls).toEqual([['合同.pdf', 'id_card']]);
  });

  it('names the file and the reason of a refusal by type, size, count or anything else', async () => {
    const refusals = [apiError(415, 'unsupported_media_type'), apiError(413, 'too_large'), apiError(422, 'too_many_documents'), new Error('网络中断')];
    const messages: string[] = [];
    for (const refusal of refusals) {
      const { upload } = await setUp({ upload: () => Promise.reject(refusal) });
      messages.push(await upload.upload(file, 'other').then(() => '', (error: Error) => error.message));
    }
    expect(messages).toEqual(['服务器没有接受“合同.pdf”：只能上传 PDF 文件', '服务器没有接受“合同.pdf”：文件超过 10 MB', '未上传的材料太多，请先删除不需要的文件', '“合同.pdf”上传失败：网络中断']);
  });

  it('deletes the stored files a list drops, treats one already gone as deleted and reports one the server keeps', async () => {
    const removed: string[] = [];
    const { upload, wrapper } = await setUp({
      remove: (id) => {
        removed.push(id);
        return id === 'd2' ? Promise.reject(apiError(409, 'document_attached')) : Promise.reject(apiError(404, 'not_found'));
      },
    });
    const model = ref(uploadsOf([idCard, photo], KINDS));
    await upload.change(model, 'id_card', []);
    expect(removed).toEqual(['d1']);
    expect(upload.problem.value).toBe('');
    expect(model.value.id_card).toEqual([]);
    await upload.change(model, 'other', []);
    await wrapper.vm.$nextTick();
    expect(removed).toEqual(['d1', 'd2']);
    expect(wrapper.text()).toBe('“照片.png”未能删除：document_attached');
  });
});
