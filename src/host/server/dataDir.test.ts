import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './dataDir';

describe('defaultDataDir', () => {
  it.each([
    ['linux', {}, '/home/ada/.config/NeuroCanvas'],
    ['linux', { XDG_CONFIG_HOME: '/xdg' }, '/xdg/NeuroCanvas'],
    ['linux', { XDG_CONFIG_HOME: '' }, '/home/ada/.config/NeuroCanvas'],
    ['darwin', {}, '/home/ada/Library/Application Support/NeuroCanvas'],
    ['win32', { APPDATA: '/roaming' }, '/roaming/NeuroCanvas'],
    ['linux', { NEUROCANVAS_DATA_DIR: '/data/nc' }, '/data/nc'],
  ] as const)('on %s with %j is %s', (platform, env, expected) => {
    expect(defaultDataDir(env, platform, '/home/ada')).toBe(expected);
  });
});
