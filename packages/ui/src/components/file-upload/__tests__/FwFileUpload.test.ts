import { describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { mountFw } from '../../../testing/mount.js';
import FwFileUpload from '../FwFileUpload.vue';
import { describeAccept, formatBytes, matchesAccept, parseAccept, type FwUploadContext, type FwUploadItem } from '../files.js';

const MB = 1024 * 1024;

function file(name: string, type: string, size: number): File {
  const f = new File(['x'], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
}

/** An upload whose progress and outcome the test controls. */
function controlledUpload() {
  const calls: { file: File; ctx: FwUploadContext; resolve: (v: unknown) => void; reject: (e: unknown) => void }[] = [];
  const upload = vi.fn(
    (f: File, ctx: FwUploadContext) =>
      new Promise((resolve, reject) => {
        calls.push({ file: f, ctx, resolve, reject });
        ctx.signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      }),
  );
  return { upload, calls };
}

function mountUpload(props: Record<string, unknown>): VueWrapper {
  const w: VueWrapper = mountFw(FwFileUpload, {
    props: {
      label: '证明材料',
      accept: 'application/pdf,image/jpeg,image/png',
      maxSize: 10 * MB,
      maxFiles: 3,
      multiple: true,
      modelValue: [] as FwUploadItem[],
      'onUpdate:modelValue': (v: FwUploadItem[]) => w.setProps({ modelValue: v }),
      ...props,
    } as never,
  });
  return w;
}

function choose(w: ReturnType<typeof mountUpload>, files: File[]) {
  const input = w.get('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: files, configurable: true });
  return input.trigger('change');
}

function last(w: ReturnType<typeof mountUpload>): FwUploadItem[] {
  return (w.emitted('update:modelValue')?.at(-1)?.[0] ?? []) as FwUploadItem[];
}

describe('FwFileUpload', () => {
  it('has a real button that opens the file dialog, described by the limits', async () => {
    const { upload } = controlledUpload();
    const w = mountUpload({ upload });
    const button = w.get('button');
    expect(button.text()).toContain('选择文件');
    const constraints = document.getElementById(button.attributes('aria-describedby')!.split(' ')[0]!)!;
    expect(constraints.textContent).toBe('支持 PDF、JPG、PNG，单个文件不超过 10 MB，最多 3 个文件');
    const input = w.get('input[type="file"]').element as HTMLInputElement;
    expect(input.hidden).toBe(true);
    expect(input.accept).toBe('application/pdf,image/jpeg,image/png');
    const click = vi.spyOn(input, 'click');
    await button.trigger('click');
    expect(click).toHaveBeenCalled();
  });

  it('rejects a file of the wrong type, naming the file and the allowed types', async () => {
    const { upload } = controlledUpload();
    const w = mountUpload({ upload });
    await choose(w, [file('病历.exe', 'application/x-msdownload', 1000)]);
    expect(w.get('.fw-file-upload__rejections').text()).toContain('《病历.exe》类型不支持，只能上传 PDF、JPG、PNG');
    expect(w.get('.fw-file-upload__rejections').attributes('aria-live')).toBe('polite');
    expect(upload).not.toHaveBeenCalled();
    expect(w.emitted('rejected')?.[0]).toEqual([['《病历.exe》类型不支持，只能上传 PDF、JPG、PNG']]);
  });

  it('rejects a file that is too large, with its size and the limit in MB', async () => {
    const { upload } = controlledUpload();
    const w = mountUpload({ upload });
    await choose(w, [file('扫描件.pdf', 'application/pdf', 12.5 * MB)]);
    expect(w.get('.fw-file-upload__rejections').text()).toContain('《扫描件.pdf》大小为 12.5 MB，超过了 10 MB 的上限');
    expect(upload).not.toHaveBeenCalled();
    expect(w.get('button').attributes('aria-describedby')).toContain(w.get('.fw-file-upload__rejections').attributes('id'));
  });

  it('says it in English too', async () => {
    const { upload } = controlledUpload();
    const w = mountFw(FwFileUpload, { props: { upload, accept: '.pdf', maxSize: MB }, locale: 'en' });
    const input = w.get('input[type="file"]');
    Object.defineProperty(input.element, 'files', { value: [file('scan.pdf', 'application/pdf', 3 * MB)] });
    await input.trigger('change');
    expect(w.text()).toContain('“scan.pdf” is 3 MB, larger than the 1 MB limit');
  });

  it('uploads accepted files with a named progress bar, then marks them done', async () => {
    const { upload, calls } = controlledUpload();
    const w = mountUpload({ upload });
    await choose(w, [file('身份证正面.jpg', 'image/jpeg', 2 * MB)]);
    expect(upload).toHaveBeenCalledTimes(1);
    expect(last(w)).toMatchObject([{ name: '身份证正面.jpg', status: 'uploading', progress: 0 }]);
    calls[0]!.ctx.onProgress(0.45);
    await nextTick();
    const bar = w.get('[role="progressbar"]');
    expect(bar.attributes('aria-valuenow')).toBe('45');
    expect(bar.attributes('aria-label')).toBe('《身份证正面.jpg》上传进度');
    expect(w.text()).toContain('上传中 45%');
    calls[0]!.resolve({ fileId: 'f-001' });
    await flushPromises();
    expect(last(w)).toMatchObject([{ status: 'done', progress: 1, result: { fileId: 'f-001' } }]);
    expect(w.find('[role="progressbar"]').exists()).toBe(false);
    expect(w.text()).toContain('已上传');
    await nextTick();
    expect(w.get('.fw-file-upload > .fw-visually-hidden[aria-live]').text()).toBe('《身份证正面.jpg》已上传');
  });

  it('cancels an upload: aborts the signal and removes the file', async () => {
    const { upload, calls } = controlledUpload();
    const w = mountUpload({ upload });
    await choose(w, [file('合同.pdf', 'application/pdf', MB)]);
    const cancel = w.get('button[aria-label="取消上传《合同.pdf》"]');
    expect(cancel.text()).toBe('取消上传');
    await cancel.trigger('click');
    await flushPromises();
    expect(calls[0]!.ctx.signal.aborted).toBe(true);
    expect(last(w)).toEqual([]);
    await nextTick();
    expect(document.activeElement).toBe(w.get('button').element);
  });

  it('shows a failure, retries with the same file, and removes', async () => {
    const { upload, calls } = controlledUpload();
    const w = mountUpload({ upload });
    await choose(w, [file('证据清单.pdf', 'application/pdf', MB)]);
    calls[0]!.reject(new Error('网络连接中断'));
    await flushPromises();
    expect(last(w)).toMatchObject([{ status: 'error', error: '网络连接中断' }]);
    expect(w.text()).toContain('上传失败：网络连接中断');
    await w.get('button[aria-label="重试上传《证据清单.pdf》"]').trigger('click');
    expect(upload).toHaveBeenCalledTimes(2);
    expect(calls[1]!.file.name).toBe('证据清单.pdf');
    expect(last(w)).toMatchObject([{ status: 'uploading', error: undefined }]);
    calls[1]!.resolve('ok');
    await flushPromises();
    await w.get('button[aria-label="移除《证据清单.pdf》"]').trigger('click');
    expect(last(w)).toEqual([]);
  });

  it('limits the number of files', async () => {
    const { upload } = controlledUpload();
    const w = mountUpload({ upload, maxFiles: 2 });
    await choose(w, [file('1.pdf', 'application/pdf', 1), file('2.pdf', 'application/pdf', 1), file('3.pdf', 'application/pdf', 1)]);
    expect(upload).toHaveBeenCalledTimes(2);
    expect(w.text()).toContain('最多只能上传 2 个文件，《3.pdf》未添加');
  });

  it('accepts dropped files', async () => {
    const { upload } = controlledUpload();
    const w = mountUpload({ upload });
    const zone = w.get('.fw-file-upload__zone');
    await zone.trigger('dragover');
    expect(zone.classes()).toContain('fw-file-upload__zone--dragging');
    expect(w.text()).toContain('松开鼠标即可添加文件');
    const drop = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent;
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file('照片.png', 'image/png', 100)] } });
    zone.element.dispatchEvent(drop);
    await nextTick();
    expect(upload).toHaveBeenCalledTimes(1);
    expect(zone.classes()).not.toContain('fw-file-upload__zone--dragging');
  });

  it('replaces the file when only one is allowed', async () => {
    const { upload, calls } = controlledUpload();
    const w = mountUpload({ upload, multiple: false });
    await choose(w, [file('a.pdf', 'application/pdf', 1)]);
    await choose(w, [file('b.pdf', 'application/pdf', 1)]);
    expect(calls[0]!.ctx.signal.aborted).toBe(true);
    expect(last(w).map((i) => i.name)).toEqual(['b.pdf']);
  });
});

describe('file checks', () => {
  it('matches MIME types, wildcards and extensions', () => {
    const tokens = parseAccept('application/pdf, .JPG ,image/*');
    expect(tokens).toEqual(['application/pdf', '.jpg', 'image/*']);
    expect(matchesAccept({ name: 'a.pdf', type: 'application/pdf' }, tokens)).toBe(true);
    expect(matchesAccept({ name: 'A.JPG', type: '' }, tokens)).toBe(true);
    expect(matchesAccept({ name: 'x.heic', type: 'image/heic' }, tokens)).toBe(true);
    expect(matchesAccept({ name: 'x.exe', type: 'application/x-msdownload' }, tokens)).toBe(false);
    expect(matchesAccept({ name: 'x.exe', type: '' }, [])).toBe(true);
  });

  it('names types as people know them', () => {
    expect(describeAccept(['application/pdf', '.jpg', 'image/jpeg', '.png'], '图片')).toEqual(['PDF', 'JPG', 'PNG']);
    expect(describeAccept(['image/*', '.ofd'], '图片')).toEqual(['图片', 'OFD']);
  });

  it('formats sizes', () => {
    expect(formatBytes(512, 'zh-CN')).toBe('512 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 KB');
    expect(formatBytes(10 * MB, 'en')).toBe('10 MB');
  });
});
