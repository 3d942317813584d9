import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { resolveProfiles, validateModuleConfigs, type ModuleConfigSchemas } from '../index.js';
import { loadBuiltInRegions } from '../node.js';
import { city, errorOf, root } from './fixtures.js';

// Stand-ins for the modules' own config schemas, which this package cannot import.
const schemas: ModuleConfigSchemas = {
  lawyers: z.strictObject({ x: z.number().int().default(10) }),
  arbitration: z.strictObject({ commission: z.string() }),
};

describe('module config hook', () => {
  it('reports the module’s own schema errors with the file and the path', () => {
    const error = errorOf(() =>
      resolveProfiles(
        [
          { source: 'a.json', data: { ...root, modules: { ...root.modules, arbitration: { enabled: false } } } },
          { source: 'b.json', data: city({ modules: { lawyers: { config: { x: 'ten' } } } }) },
        ],
        { moduleConfig: schemas },
      ),
    );
    expect(error.source).toBe('b.json');
    expect(error.issues).toEqual([{ path: 'modules.lawyers.config.x', message: 'Invalid input: expected number, received string' }]);
    expect(error.message).toBe('b.json: modules.lawyers.config.x: Invalid input: expected number, received string');
  });

  it('checks an enabled module’s missing config as {} and skips a disabled one without config', () => {
    const profile = { modules: { ...resolveProfiles([{ source: 'a.json', data: root }])[0]!.modules } };
    expect(validateModuleConfigs(profile, schemas)).toEqual([{ path: 'modules.arbitration.config.commission', message: 'Invalid input: expected string, received undefined' }]);
    profile.modules.arbitration = { enabled: false };
    expect(validateModuleConfigs(profile, schemas)).toEqual([]);
    profile.modules.arbitration = { enabled: false, config: { commission: 7 } };
    expect(validateModuleConfigs(profile, schemas)[0]!.path).toBe('modules.arbitration.config.commission');
  });

  it('passes the built-in profiles, which configure no module yet', async () => {
    const lawyersOnly: ModuleConfigSchemas = { lawyers: schemas.lawyers! };
    await expect(loadBuiltInRegions({ moduleConfig: lawyersOnly })).resolves.toBeDefined();
  });
});
