import { sanitizeTerminalText } from '../text/terminal-text.js';

const fullFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' });
const shortFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Formats a timestamp from Siro in the local time zone, with seconds and
 * the zone name. The OpenAPI document types `createdAt` as a plain string,
 * so a value that does not parse as a date is shown as it came.
 */
export function formatLocalTime(timestamp: string): string {
  return format(timestamp, fullFormat);
}

/** Formats a timestamp like formatLocalTime, to the minute and without the zone, for list rows. */
export function formatShortLocalTime(timestamp: string): string {
  return format(timestamp, shortFormat);
}

function format(timestamp: string, formatter: Intl.DateTimeFormat): string {
  const date = new Date(timestamp);
  if (timestamp.trim() === '' || Number.isNaN(date.getTime())) {
    return sanitizeTerminalText(timestamp);
  }
  return formatter.format(date);
}
