// The workspace storage service: the one entry point for the IPC handlers, the CLI and tests.
export { Workspace, type WorkspaceOptions } from './workspace';
export { WorkspaceError, type WorkspaceErrorCode } from './errors';
export { agencyKey, isShortFormOf } from './agency-key';
export { migrations, latestVersion, type Migration } from './migrations';
export type { ImportInput } from './inputs';
export type * from './types';
