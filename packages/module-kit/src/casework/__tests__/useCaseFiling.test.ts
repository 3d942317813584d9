import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { ApiError } from '@fawang/sdk';
import { useCaseFiling } from '../useCaseFiling.js';

function setup(file: (key: string) => Promise<{ id: string }>, uploads = () => ({ evidence: [] })) {
  const form = ref({ setServerErrors: vi.fn() });
  const filed = vi.fn();
  const filing = useCaseFiling({
    uploads,
    file,
    fieldOf: (path) => (path === 'body.fields.phone' || path === 'fields.phone' ? 'phone' : undefined),
    form,
    failed: (message) => `提交失败：${message}`,
    filed,
  });
  return { filing, form, filed };
}

describe('useCaseFiling', () => {
  it('files once per form with the same Idempotency-Key, retries included', async () => {
    const keys: string[] = [];
    let attempt = 0;
    const { filing, filed } = setup(async (key) => {
      keys.push(key);
      attempt += 1;
      if (attempt === 1) throw new Error('network down');
      return { id: 'c1' };
    });
    await filing.submit();
    expect(filing.problem.value).toBe('提交失败：network down');
    await filing.submit();
    expect(filing.problem.value).toBe('');
    expect(filed).toHaveBeenCalledWith({ id: 'c1' });
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
  });

  it('shows the server’s field errors through the form, not as a message', async () => {
    const error = new ApiError(400, 'validation_failed', {
      type: 'about:blank',
      title: 'Invalid',
      status: 400,
      code: 'validation_failed',
      errors: [{ field: 'body.fields.phone', message: '号码不对' }],
    } as never);
    const { filing, form } = setup(() => Promise.reject(error));
    await filing.submit();
    expect(form.value.setServerErrors).toHaveBeenCalledWith({ phone: '号码不对' });
    expect(filing.problem.value).toBe('');
  });

  it('is never left waiting when the uploads fail to settle', async () => {
    const { filing } = setup(
      async () => ({ id: 'c1' }),
      () => {
        throw new Error('uploads gone');
      },
    );
    await filing.submit();
    expect(filing.waitingForUploads.value).toBe(false);
    expect(filing.problem.value).toBe('提交失败：uploads gone');
  });
});
