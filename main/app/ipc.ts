import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CHANNEL_NAMES, IPC_PROGRESS_CHANNEL, ipcChannelName, type Result } from '@shared/contract';
import { dispatch, type Core } from '../core/dispatch';
import { isAppUrl } from './app-origin';

/** Only the main frame of our own window, showing our own page, may call the core. */
function isTrustedSender(event: IpcMainInvokeEvent, trusted: () => WebContents | undefined): boolean {
  const contents = trusted();
  if (!contents || event.sender !== contents) return false;
  const frame = event.senderFrame;
  return !!frame && frame === contents.mainFrame && isAppUrl(frame.url);
}

export function registerIpcHandlers(
  ipcMain: IpcMain,
  core: Core,
  trusted: () => WebContents | undefined,
  afterCall: (name: string, result: Result<unknown>) => void = () => {},
): void {
  for (const name of CHANNEL_NAMES) {
    ipcMain.handle(
      ipcChannelName(name),
      async (event, input: unknown, operationId: unknown): Promise<Result<unknown>> => {
        if (!isTrustedSender(event, trusted)) {
          core.deps.log.log('warn', `refused ${name} from an untrusted frame`);
          return { ok: false, error: { code: 'app.untrusted-sender' } };
        }
        const result = await dispatch(core, name, input, {
          ...(typeof operationId === 'string' ? { operationId } : {}),
          onProgress: (progress) => {
            if (!event.sender.isDestroyed()) event.sender.send(IPC_PROGRESS_CHANNEL, progress);
          },
        });
        afterCall(name, result);
        return result;
      },
    );
  }
}
