import type { Meta, StoryObj } from '@storybook/vue3-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ref } from 'vue';
import FwFileUpload from './FwFileUpload.vue';
import type { FwUploadContext, FwUploadItem } from './files.js';

const MB = 1024 * 1024;

/** A pretend upload: progress in steps, honours cancel; file names containing "失败" fail. */
function fakeUpload(file: File, { onProgress, signal }: FwUploadContext): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let fraction = 0;
    const timer = setInterval(() => {
      fraction += 0.25;
      onProgress(fraction);
      if (fraction >= 1) {
        clearInterval(timer);
        if (file.name.includes('失败')) reject(new Error('服务器繁忙，请稍后重试'));
        else resolve({ fileId: `f-${file.name.length}` });
      }
    }, 150);
    signal.addEventListener('abort', () => {
      clearInterval(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });
}

/** An upload that never finishes, to show the uploading state. */
const pendingUpload = () => new Promise(() => {});

function pdf(name: string, size: number): File {
  const file = new File(['%PDF-1.7'], name, { type: 'application/pdf' });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

const meta = {
  title: 'Forms/File upload',
  component: FwFileUpload,
  tags: ['autodocs'],
  args: {
    label: '证明材料',
    upload: fakeUpload,
    accept: 'application/pdf,image/jpeg,image/png',
    maxSize: 10 * MB,
    maxFiles: 5,
    multiple: true,
  },
  render: (args) => ({
    components: { FwFileUpload },
    setup: () => ({ args, files: ref<FwUploadItem[]>((args as { modelValue?: FwUploadItem[] }).modelValue ?? []) }),
    template: '<div style="max-width: 640px"><FwFileUpload v-bind="args" v-model="files" /></div>',
  }),
} satisfies Meta<typeof FwFileUpload>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** A scan over the 10 MB limit is refused before anything is sent, with its size and the limit. */
export const RejectsTooLargeFile: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!;
    await userEvent.upload(input, pdf('病历扫描件.pdf', 12.5 * MB));
    await expect(await canvas.findByText(/《病历扫描件.pdf》大小为 12.5 MB，超过了 10 MB 的上限|“病历扫描件.pdf” is 12.5 MB/)).toBeVisible();
    await expect(canvas.queryByRole('list', { name: /已选择的文件|Chosen files/ })).toBeNull();
    await expect(canvas.getByRole('button', { name: /选择文件|Choose files/ })).toHaveAccessibleDescription(/超过了 10 MB 的上限|larger than the 10 MB limit/);
  },
};

/** A dropped file of the wrong type is refused, naming the types that are accepted. */
export const RejectsWrongType: Story = {
  play: async ({ canvasElement }) => {
    const zone = canvasElement.querySelector('.fw-file-upload__zone')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['MZ'], '病历.exe', { type: 'application/x-msdownload' }));
    zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    await expect(await within(canvasElement).findByText(/《病历.exe》类型不支持，只能上传 PDF、JPG、PNG|“病历.exe” is not an accepted type/)).toBeVisible();
  },
};

/** Upload, watch the named progress bar, see it done; a failed one offers retry. */
export const UploadProgress: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvasElement.querySelector<HTMLInputElement>('input[type="file"]')!;
    await userEvent.upload(input, [pdf('劳动合同.pdf', 2 * MB), pdf('上传失败示例.pdf', MB)]);
    await expect(await canvas.findByRole('progressbar', { name: /《劳动合同.pdf》上传进度|Upload progress of “劳动合同.pdf”/ })).toBeVisible();
    await waitFor(() => expect(canvas.getByText(/服务器繁忙/)).toBeVisible(), { timeout: 3000 });
    await waitFor(() => expect(canvas.queryAllByRole('progressbar')).toHaveLength(0), { timeout: 3000 });
    await expect(canvas.getByRole('button', { name: /重试上传《上传失败示例.pdf》|Retry upload of/ })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /移除《劳动合同.pdf》|Remove “劳动合同.pdf”/ }));
    await expect(canvas.queryByText('劳动合同.pdf')).toBeNull();
  },
};

/** Each state of a file in the list: uploading (with cancel), done, failed (with retry and remove). */
export const FileStates: Story = {
  args: {
    upload: pendingUpload,
    modelValue: [
      { id: 'a', name: '身份证正面.jpg', size: 1.2 * MB, type: 'image/jpeg', status: 'uploading', progress: 0.4 },
      { id: 'b', name: '经济困难状况说明表.pdf', size: 860 * 1024, type: 'application/pdf', status: 'done', progress: 1 },
      { id: 'c', name: '工资流水.pdf', size: 3.4 * MB, type: 'application/pdf', status: 'error', progress: 0.6, error: '网络连接中断' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const bar = canvas.getByRole('progressbar', { name: /身份证正面.jpg/ });
    await expect(bar).toHaveAttribute('aria-valuenow', '40');
    await expect(canvas.getByRole('button', { name: /取消上传《身份证正面.jpg》|Cancel upload of/ })).toBeVisible();
    await expect(canvas.getByText(/上传失败：网络连接中断|Upload failed: 网络连接中断/)).toBeVisible();
  },
};

export const SingleFileDisabled: Story = {
  args: { label: '授权委托书（暂不可上传）', multiple: false, disabled: true, accept: '.pdf,.ofd' },
};
