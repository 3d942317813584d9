import { describe, expect, it } from 'vitest';
import { nextTick, ref } from 'vue';
import type { FwUploadItem } from '@fawang/ui';
import { uploadsPending, uploadsSettled, type CaseUploads } from '../uploads.js';

const item = (status: FwUploadItem['status']): FwUploadItem => ({ id: status, name: `${status}.pdf`, size: 1, type: 'application/pdf', status, progress: status === 'done' ? 1 : 0.5 });

describe('files on their way', () => {
  it('counts only uploads still running as pending', () => {
    expect(uploadsPending({ a: [item('done'), item('error')], b: [] })).toBe(false);
    expect(uploadsPending({ a: [item('done')], b: [item('uploading')] })).toBe(true);
  });

  it('resolves at once with nothing pending, and only when the last upload finishes otherwise', async () => {
    await uploadsSettled(ref<CaseUploads<'a'>>({ a: [item('done')] }));
    const uploads = ref<CaseUploads<'a' | 'b'>>({ a: [item('uploading')], b: [item('uploading')] });
    let settled = false;
    const waiting = uploadsSettled(uploads).then(() => (settled = true));
    uploads.value = { ...uploads.value, a: [item('done')] };
    await nextTick();
    expect(settled).toBe(false);
    uploads.value = { ...uploads.value, b: [item('error')] };
    await waiting;
    expect(settled).toBe(true);
  });
});
