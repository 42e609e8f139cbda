import { i18n } from '../i18n/instance';

/** A time left as people say it: "less than a second", "12 s", "3 min 05 s", "1 h 20 min" (or 秒, 分, 小时). */
export function formatSecondsLeft(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return i18n.t('import:duration.unknown');
  if (seconds < 1) return i18n.t('import:duration.underASecond');
  const whole = Math.round(seconds);
  if (whole < 60) return i18n.t('import:duration.seconds', { seconds: String(whole) });
  const minutes = Math.floor(whole / 60);
  if (minutes < 60) {
    const rest = String(whole % 60).padStart(2, '0');
    return i18n.t('import:duration.minutes', { minutes: String(minutes), seconds: rest });
  }
  const rest = String(minutes % 60).padStart(2, '0');
  return i18n.t('import:duration.hours', { hours: String(Math.floor(minutes / 60)), minutes: rest });
}
