import { site } from '../site.ts';

const dateFormat = new Intl.DateTimeFormat(site.locale, { dateStyle: 'long', timeZone: site.timeZone });
const timeFormat = new Intl.DateTimeFormat(site.locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: site.timeZone });
const monthFormat = new Intl.DateTimeFormat(site.locale, { month: 'long', year: 'numeric', timeZone: site.timeZone });

/** "19 April 2024", in the newsroom's time zone. */
export const formatDate = (date: Date): string => dateFormat.format(date);

/** "19 April 2024, 20:13 KST". */
export const formatDateTime = (date: Date): string =>
  `${dateFormat.format(date)}, ${timeFormat.format(date)} ${site.timeZoneLabel}`;

/** "April 2024", for archive headings. */
export const formatMonth = (date: Date): string => monthFormat.format(date);

/** Year in the newsroom's time zone, so a story at 00:30 KST on 1 January counts in the new year. */
export const yearOf = (date: Date): number =>
  Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: site.timeZone }).format(date));
