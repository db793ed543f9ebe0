import type { ChannelOutput } from '@shared/contract';
import type { ErrorPayload } from '@shared/errors';

export type OdooInfo = ChannelOutput<'odooConnect'>;

/** What the form holds besides the password. */
export interface ConnectionDetails {
  url: string;
  db: string;
  login: string;
}

export interface DatabaseList {
  /** The normalised address the list belongs to. */
  url: string;
  listed: boolean;
  databases: string[];
}

/** What the connection form is given (ConnectionForm.tsx). */
export interface ConnectionFormProps {
  initial: ConnectionDetails;
  databases: DatabaseList | undefined;
  onUrlSettled(url: string): void;
  passwordSaved: boolean;
  passwordEndsWith: string | undefined;
  passwordRefused: boolean;
  busy: boolean;
  error: ErrorPayload | undefined;
  /** Resolves to whether Odoo accepted the login. */
  onConnect(details: ConnectionDetails, password: string | undefined): Promise<boolean>;
  onForgetPassword(): void;
  /** Offered while changing the details of a connection that works. */
  onKeepCurrent?: () => void;
  /** Demo only: stores the demo's password without it ever reaching the page. */
  onUseDemoPassword?: () => void;
  /** The form replaces the connection summary: its first field takes the focus. */
  focusOnMount?: boolean;
  /** The saved password is kept in memory for this session only (no keychain, or the demo). */
  passwordKeptForSession: boolean;
  demo: boolean;
  /** No keychain answers: a password typed now is kept for this session only. */
  sessionOnly: boolean;
}
