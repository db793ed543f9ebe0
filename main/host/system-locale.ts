/** The user's locale as the environment tells it, the way POSIX tools read it. Kept apart from the rest of
 * the core so a face can pick its language without loading the core. */
export function systemLocale(env: NodeJS.ProcessEnv = process.env): string {
  return env.LC_ALL || env.LC_MESSAGES || env.LANG || Intl.DateTimeFormat().resolvedOptions().locale;
}
