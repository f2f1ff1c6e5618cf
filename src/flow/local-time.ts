import { sanitizeTerminalText } from '../text/terminal-text.js';

// Date, time to the second and the zone name ("Jun 13, 2024, 4:00:00 AM UTC" in en-US):
// every time the guided flow shows, so lists and details read alike.
const localTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' });

/**
 * Formats a timestamp from Siro in the local time zone, with seconds and
 * the zone name. The OpenAPI document types `createdAt` as a plain string,
 * so a value that does not parse as a date is shown as it came.
 */
export function formatLocalTime(timestamp: string): string {
  const date = new Date(timestamp);
  if (timestamp.trim() === '' || Number.isNaN(date.getTime())) {
    return sanitizeTerminalText(timestamp);
  }
  return localTimeFormat.format(date);
}
