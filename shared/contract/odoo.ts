import type { ChannelMap, ErrorKindMap } from './channel';

// The odoo issue adds its channels and error codes here.
export const odooChannels = {} satisfies ChannelMap;

export const odooErrors = {} satisfies ErrorKindMap;
