import { existsSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegionProfiles, builtInProfilesDir } from '@fawang/regions/node';
import { createPortal } from '../create-portal.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'fawang-create-portal-'));

describe('createPortal', () => {
  it('writes a city profile that resolves against the built-ins', async () => {
    const dir = await tempDir();
    const { file } = await createPortal({ id: 'meishan', extends: 'sichuan', name: '眉山', nameEn: 'Meishan', dir });
    expect(file).toBe(join(dir, 'meishan.json'));

    const written = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    expect(written).toMatchObject({
      id: 'meishan',
      name: '眉山市',
      nameEn: 'Meishan',
      level: 'city',
      parent: 'sichuan',
      divisionCode: '511400',
      branding: { siteName: '眉山市公共法律服务网', siteNameEn: 'Meishan Legal Services' },
      site: { organizer: '眉山市司法局' },
    });
    expect(written).not.toHaveProperty('modules');
    expect(resolve(dir, written.$schema as string)).toBe(join(builtInProfilesDir, 'region-profile.schema.json'));

    const meishan = (await loadRegionProfiles([builtInProfilesDir, dir])).get('meishan')!;
    const sichuan = (await loadRegionProfiles([builtInProfilesDir])).get('sichuan')!;
    expect(meishan.modules).toEqual(sichuan.modules);
    expect(meishan.legalAid).toEqual(sichuan.legalAid);
    expect(meishan.channels.hotlines.map((h) => h.number)).toEqual([...sichuan.channels.hotlines.map((h) => h.number), '12345']);
  });

  it('places a county under a city written before, with its division from the data', async () => {
    const dir = await tempDir();
    await createPortal({ id: 'meishan', extends: 'sichuan', name: '眉山', dir });
    const { resolved } = await createPortal({ id: 'dongpo', extends: 'meishan', name: '东坡', dir });
    expect(resolved).toMatchObject({ name: '东坡区', level: 'county', parent: 'meishan', divisionCode: '511402' });
    expect(resolved.site.organizer).toBe('东坡区司法局');
  });

  it('finds autonomous prefectures and municipal districts by the name people use', async () => {
    const dir = await tempDir();
    expect((await createPortal({ id: 'liangshan', extends: 'sichuan', name: '凉山', dir })).resolved).toMatchObject({ name: '凉山彝族自治州', divisionCode: '513400', level: 'city' });
    expect((await createPortal({ id: 'haidian', extends: 'beijing', name: '海淀', dir })).resolved).toMatchObject({ name: '海淀区', divisionCode: '110108', level: 'county' });
  });

  it('takes a division code newer than the data as given, naming the city with 市', async () => {
    const dir = await tempDir();
    const { resolved } = await createPortal({ id: 'xinshi', extends: 'sichuan', name: '新', division: '519900', dir });
    expect(resolved).toMatchObject({ name: '新市', level: 'city', divisionCode: '519900' });
  });

  it('refuses to overwrite a profile file', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'meishan.json'), '{"edited": "by the bureau"}\n');
    await expect(createPortal({ id: 'meishan', extends: 'sichuan', name: '眉山', dir })).rejects.toThrow(`${join(dir, 'meishan.json')} exists; not overwriting it`);
    expect(await readFile(join(dir, 'meishan.json'), 'utf8')).toBe('{"edited": "by the bureau"}\n');
  });

  it('refuses an id a profile already has', async () => {
    await expect(createPortal({ id: 'leshan', extends: 'sichuan', name: '乐山', dir: await tempDir() })).rejects.toThrow('a profile with the id "leshan" exists already (乐山市)');
  });

  it('names an unknown parent and the known ones', async () => {
    const dir = await tempDir();
    await expect(createPortal({ id: 'meishan', extends: 'sichaun', name: '眉山', dir })).rejects.toThrow(/^--extends "sichaun": no profile has that id; known: national, .*sichuan/);
    expect(existsSync(join(dir, 'meishan.json'))).toBe(false);
  });

  it('rejects a bad id, a name not under the parent and a code that contradicts the name', async () => {
    const dir = await tempDir();
    await expect(createPortal({ id: 'Meishan', extends: 'sichuan', name: '眉山', dir })).rejects.toThrow('--id "Meishan": a region id is 2–32 lower-case letters');
    await expect(createPortal({ id: 'meishan', extends: 'sichuan', name: '乐清', dir })).rejects.toThrow('no city named "乐清" under 四川省 (510000)');
    await expect(createPortal({ id: 'meishan', extends: 'sichuan', name: '眉山', division: '330382', dir })).rejects.toThrow('division 乐清市 (330382) is not within sichuan');
    await expect(createPortal({ id: 'meishan', extends: 'sichuan', name: '眉山', division: '511100', dir })).rejects.toThrow('division 511100 is 乐山市, not 眉山');
    await expect(createPortal({ id: 'jiajiang', extends: 'leshan', name: '夹江', dir, division: '5111' })).rejects.toThrow('--division must be a 6-digit GB/T 2260 code');
  });

  it('does not go below a county', async () => {
    const dir = await tempDir();
    await createPortal({ id: 'jiajiang', extends: 'leshan', name: '夹江', dir });
    await expect(createPortal({ id: 'mucheng', extends: 'jiajiang', name: '木城', dir })).rejects.toThrow('jiajiang is a county');
  });
});
