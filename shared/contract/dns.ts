import type { ChannelMap, ErrorKindMap } from './channel';

// The dns issue adds its channels and error codes here.
export const dnsChannels = {} satisfies ChannelMap;

export const dnsErrors = {} satisfies ErrorKindMap;
