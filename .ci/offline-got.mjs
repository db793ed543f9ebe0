// Preloaded into Electronegativity (node --import): its only network client is `got`, which it calls for
// a translation file on start-up and, in AvailableSecurityFixesGlobalCheck, for Electron's release list.
// Here every such call fails at once, without leaving the machine, and its URL is appended to the file
// named by OFFLINE_GOT_LOG so the check can see what the tool tried to fetch.
import { appendFileSync } from 'node:fs';
import Module from 'node:module';

function refuse(url) {
  if (process.env.OFFLINE_GOT_LOG) appendFileSync(process.env.OFFLINE_GOT_LOG, `${String(url)}\n`);
  return Promise.reject(new Error('offline: the check allows no network'));
}
const got = (url) => refuse(url);
for (const method of ['get', 'head', 'post', 'put', 'patch', 'delete', 'stream', 'extend']) got[method] = refuse;
got.default = got;

const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'got' ? got : load.call(this, request, ...rest);
};
