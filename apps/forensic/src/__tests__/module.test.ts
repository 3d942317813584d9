import { describe, expect, it } from 'vitest';
import { missingMessageKeys, openLandingPage } from '@fawang/module-kit/testing';
import { configSchema } from '../config.js';
import forensic from '../index.js';
import { messages } from '../messages/index.js';

describe('forensic module (司法鉴定)', () => {
  it('opens on the appraisal institution directory of the region', async () => {
    const landing = await openLandingPage(forensic);
    expect(landing.heading).toBe(messages['zh-CN'].directory.title);
    expect(landing.calls).toEqual([expect.stringMatching(/^GET \/organizations\?type=forensic_institution&/)]);
  });

  it('has every message it names in zh-CN and en', () => {
    expect(missingMessageKeys(forensic)).toEqual([]);
  });

  it('takes its directory page size from the region profile', () => {
    expect(configSchema.parse({})).toEqual({ directoryPageSize: 10 });
    expect(configSchema.safeParse({ directoryPageSize: 7 }).success).toBe(false);
  });
});
