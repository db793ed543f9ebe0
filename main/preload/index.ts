import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_NAMES, IPC_PROGRESS_CHANNEL, ipcChannelName, type CallOptions, type ProgressEvent } from '../../shared/contract';

// The page gets exactly one invoke per contract channel and a progress subscription: never
// ipcRenderer itself, never a generic "invoke any channel".
const api: Record<string, unknown> = Object.fromEntries(
  CHANNEL_NAMES.map((name) => [
    name,
    (input: unknown, options?: CallOptions) => ipcRenderer.invoke(ipcChannelName(name), input ?? {}, options?.operationId),
  ]),
);

api.onProgress = (listener: (event: ProgressEvent) => void) => {
  const forward = (_event: IpcRendererEvent, progress: ProgressEvent) => listener(progress);
  ipcRenderer.on(IPC_PROGRESS_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(IPC_PROGRESS_CHANNEL, forward);
  };
};

contextBridge.exposeInMainWorld('assistant', api);
