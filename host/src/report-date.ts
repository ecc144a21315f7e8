/**
 * The report date: the day reports say they were made and waivers expire
 * against, as YYYY-MM-DD in UTC. `PLANWRIGHT_TODAY` (a date) pins it; failing
 * that, `SOURCE_DATE_EPOCH` (seconds since 1970, as reproducible-build tools
 * set it); otherwise today. The CLI and the server both take it from here, so
 * a report's date and its waivers' expiry always agree.
 */
export function reportDate(env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): string {
  const pinned = env['PLANWRIGHT_TODAY'];
  if (pinned && /^\d{4}-\d{2}-\d{2}$/.test(pinned)) return pinned;
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  return now.toISOString().slice(0, 10);
}
