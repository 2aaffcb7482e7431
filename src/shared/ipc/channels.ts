// IPC channel names: the one list the preload, main and the renderer agree on (no zod here, so
// the sandboxed preload bundle stays tiny).

/** Request/response channels the page may invoke, `domain:verb`. */
export const invokeChannels = [
  'dialog:open',
  'report:import',
  'import:cancel',
  'report:list',
  'report:get',
  'finding:decide',
  'comment:add',
  'finding:decide-many',
  'comment:edit',
  'comment:delete',
  'cell:correct',
  'report:status',
  'export:issues',
  'export:letter',
  'export:annotated',
  'report:versions',
  'report:source',
  'rollup:get',
  'export:rollup',
  'letter:preview',
  'letter:settings-get',
  'letter:settings-set',
  'shell:show-in-folder',
  'window:print',
  'register:list',
  'register:edit',
  'register:remove',
  'register:restore',
  'agency:merge',
] as const;
export type InvokeChannel = (typeof invokeChannels)[number];

/** Events main (or the preload) sends to the page, `domain:event`. */
export const eventChannels = ['batch:progress', 'files:chosen'] as const;
export type EventChannel = (typeof eventChannels)[number];

/**
 * Preload → main only: paths of files the reviewer really dropped (resolved by the preload from
 * trusted drop events). Never exposed to the page, so page script cannot grant itself a path.
 */
export const GRANT_DROPPED_CHANNEL = 'file:grant-dropped';

/** True for a channel the page may invoke. */
export const isInvokeChannel = (value: unknown): value is InvokeChannel =>
  typeof value === 'string' && (invokeChannels as readonly string[]).includes(value);

/** True for an event the page may subscribe to. */
export const isEventChannel = (value: unknown): value is EventChannel =>
  typeof value === 'string' && (eventChannels as readonly string[]).includes(value);
