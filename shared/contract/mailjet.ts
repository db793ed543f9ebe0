import type { ChannelMap, ErrorKindMap } from './channel';

// The mailjet issue adds its channels and error codes here.
export const mailjetChannels = {} satisfies ChannelMap;

export const mailjetErrors = {} satisfies ErrorKindMap;
