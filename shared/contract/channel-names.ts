import type { Channels } from '../contract';

// The channel names alone, without a schema: what the desktop preload and the browser face's bridge
// need to offer one method per channel. Importing the contract would bring zod (about 100 KB) into
// both. The list is written out here and checked against the contract by the type checker, both ways,
// so a channel added to the contract without its name here (or a name left behind) fails
// `npm run typecheck`, naming it.

export const CHANNEL_NAMES = [
  // app
  'appInfo',
  'languageGet',
  'languageSet',
  'keychainStatus',
  'keychainSave',
  'keychainForget',
  'settingsRead',
  'settingsWrite',
  'progressRead',
  'progressWrite',
  'cancel',
  'clipboardCopySecret',
  // dns
  'dnsRecords',
  'dnsExport',
  'dnsCheck',
  'dnsDetectProvider',
  'dnsPublishSaveCredential',
  'dnsPublishStatus',
  'dnsPublishPlan',
  'dnsPublishApply',
  // mailjet
  'mailjetSaveKeys',
  'mailjetVerify',
  'mailjetSetup',
  'mailjetStatus',
  // odoo
  'odooDatabases',
  'odooConnect',
  'odooSaveLogin',
  'odooPlan',
  'odooSetup',
  'odooTest',
  'odooGuide',
  'odooSendTest',
  // demo
  'demoInfo',
  'demoFillSecret',
  'demoPublishDns',
  'demoActivateSenders',
] as const;

export type ListedChannelName = (typeof CHANNEL_NAMES)[number];

/** `true` when the two unions hold the same names; otherwise what each lacks, which tsc then prints. */
export type SameNames<Listed extends PropertyKey, InContract extends PropertyKey> = [
  Exclude<InContract, Listed>,
  Exclude<Listed, InContract>,
] extends [never, never]
  ? true
  : { missingFromList: Exclude<InContract, Listed>; notInContract: Exclude<Listed, InContract> };

type MustHold<T extends true> = T;
/** Fails the type check when CHANNEL_NAMES and the contract's channels differ (exported so it is kept: @public). */
export type ChannelNamesMatchContract = MustHold<SameNames<ListedChannelName, keyof Channels>>;

/** The IPC channel name for a contract channel; prefixed so nothing else on ipcMain can collide. */
export const ipcChannelName = (name: ListedChannelName) => `assistant:${name}` as const;
export const IPC_PROGRESS_CHANNEL = 'assistant:progress';
