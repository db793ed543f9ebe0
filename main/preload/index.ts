import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { createAssistantApi, type AssistantTransport } from '@shared/bridge/assistant-api';
import { IPC_PROGRESS_CHANNEL, ipcChannelName } from '@shared/contract/channel-names';
import type { ProgressEvent, Result } from '@shared/contract';

// The page gets exactly one invoke per contract channel and a progress subscription: never
// ipcRenderer itself, never a generic "invoke any channel". Only the zod-free names module is imported,
// so this bundle stays a few KB (a sandboxed preload is parsed in every window before the page).

const ipcTransport: AssistantTransport = {
  call: (name, input, options) =>
    ipcRenderer.invoke(ipcChannelName(name), input, options?.operationId) as Promise<Result<unknown>>,
  subscribe(listener) {
    const forward = (_event: IpcRendererEvent, progress: ProgressEvent) => listener(progress);
    ipcRenderer.on(IPC_PROGRESS_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(IPC_PROGRESS_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('assistant', createAssistantApi(ipcTransport));
