import type { UserConfig } from 'vitest/config';

/** The shared test preset; `overrides` are merged into `test`. */
export function fawangTestConfig(overrides?: UserConfig['test']): { test: NonNullable<UserConfig['test']> };
