import { describe, expect, it } from 'vitest';
import { missingMessageKeys, openLandingPage } from '@fawang/module-kit/testing';
import { configSchema } from '../config.js';
import notary from '../index.js';
import { messages } from '../messages/index.js';

describe('notary module (公证服务)', () => {
  it('opens on the notary office directory of the region', async () => {
    const landing = await openLandingPage(notary);
    expect(landing.heading).toBe(messages['zh-CN'].directory.title);
    expect(landing.calls).toEqual([expect.stringMatching(/^GET \/organizations\?type=notary_office&/)]);
  });

  it('has every message it names in zh-CN and en', () => {
    expect(missingMessageKeys(notary)).toEqual([]);
  });

  it('takes its directory page size from the region profile', () => {
    expect(configSchema.parse({})).toEqual({ directoryPageSize: 10 });
    expect(configSchema.safeParse({ directoryPageSize: 7 }).success).toBe(false);
  });
});
