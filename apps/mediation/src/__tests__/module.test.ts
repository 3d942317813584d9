import { describe, expect, it } from 'vitest';
import { missingMessageKeys, unevenMessageKeys, openLandingPage } from '@fawang/module-kit/testing';
import { configSchema } from '../config.js';
import mediation from '../index.js';
import { messages } from '../messages/index.js';

describe('mediation module (人民调解)', () => {
  it('opens on the mediation committee directory of the region', async () => {
    const landing = await openLandingPage(mediation);
    expect(landing.heading).toBe(messages['zh-CN'].directory.title);
    expect(landing.calls).toEqual([expect.stringMatching(/^GET \/organizations\?type=mediation_committee&/)]);
  });

  it('has every message it names in zh-CN and en', () => {
    expect(missingMessageKeys(mediation)).toEqual([]);
  });

  it('has the same message keys in en as in zh-CN', () => {
    expect(unevenMessageKeys(messages)).toEqual([]);
  });

  it('takes its directory page size from the region profile', () => {
    expect(configSchema.parse({})).toEqual({ directoryPageSize: 10 });
    expect(configSchema.safeParse({ directoryPageSize: 7 }).success).toBe(false);
  });
});
