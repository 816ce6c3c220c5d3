import type { UserWorkspaceConfig } from 'vitest/config';

/** The vitest project config of a workspace package. */
export function project(name: string, test?: UserWorkspaceConfig['test']): UserWorkspaceConfig;
