/**
 * The report date passed into the core (waivers expire against it): today in
 * UTC, as YYYY-MM-DD, or `PLANWRIGHT_TODAY` when set to such a date, so runs
 * in CI and tests can be pinned to one day.
 */
export function reportDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const pinned = env['PLANWRIGHT_TODAY'];
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  return now.toISOString().slice(0, 10);
}
