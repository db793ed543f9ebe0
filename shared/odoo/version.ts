// Odoo reports its version as `server_version_info`: stable releases start with a number (16, 0, ...),
// Odoo Online's intermediate releases with a string such as 'saas~18' followed by the minor number.
// The string form `server_version` may carry build suffixes, so it is only a fallback.

export interface OdooVersion {
  major: number;
  minor: number;
  /** An Odoo Online intermediate release (saas~X.Y). */
  saas: boolean;
  /** As Odoo names it: "17.0" or "saas~18.1". */
  label: string;
}

const OLDEST_SUPPORTED_MAJOR = 16;
const NEWEST_TESTED_MAJOR = 19;

function fromParts(majorPart: unknown, minorPart: unknown): OdooVersion | null {
  const minor = typeof minorPart === 'number' && Number.isInteger(minorPart) ? minorPart : 0;
  if (typeof majorPart === 'number' && Number.isInteger(majorPart))
    return { major: majorPart, minor, saas: false, label: `${majorPart}.${minor}` };
  const saas = typeof majorPart === 'string' ? /^saas~(\d+)$/.exec(majorPart) : null;
  if (saas) return { major: Number(saas[1]), minor, saas: true, label: `saas~${saas[1]}.${minor}` };
  return null;
}

export function parseOdooVersion(versionInfo: unknown, serverVersion?: unknown): OdooVersion | null {
  if (Array.isArray(versionInfo) && versionInfo.length >= 2) {
    const parsed = fromParts(versionInfo[0], versionInfo[1]);
    if (parsed) return parsed;
  }
  if (typeof serverVersion === 'string') {
    const match = /^(saas~)?(\d+)\.(\d+)/.exec(serverVersion.trim());
    if (match) return fromParts(match[1] ? `saas~${match[2]}` : Number(match[2]), Number(match[3]));
  }
  return null;
}

export type VersionSupport = 'too-old' | 'supported' | 'newer';

/** Newer releases (20.0, and Odoo Online's saas~19.1 and later) are tried with 19's rules, never refused. */
export function versionSupport(version: OdooVersion): VersionSupport {
  if (version.major < OLDEST_SUPPORTED_MAJOR) return 'too-old';
  const newer =
    version.major > NEWEST_TESTED_MAJOR || (version.major === NEWEST_TESTED_MAJOR && version.saas && version.minor > 0);
  return newer ? 'newer' : 'supported';
}

/** The versions whose screens the manual guide describes; newer ones look like the newest known. */
export function guideVersion(major: number | undefined): 16 | 17 | 18 | 19 | undefined {
  if (major === undefined) return undefined;
  if (major <= 16) return 16;
  if (major >= 19) return 19;
  return major as 17 | 18;
}
