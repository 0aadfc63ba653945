/**
 * No date may lie in the future: an entry cannot have been checked against
 * its sources (`asOf`), changed (`updated`) or cited from a document
 * (`date` of a source) after today.
 *
 * "Today" is the calendar day in China (UTC+8), where editors date their
 * work, read from the clock when the check runs. Not the commit date: an
 * editor checks an entry, dates it today and runs `npm run check:content`
 * before committing, so the last commit is older than the entry. The clock
 * decides only whether the content is accepted, never what a build writes,
 * so builds stay reproducible (src/data/buildTime.ts).
 */
import type { ContentError } from './contentError';
import type { RawCollections } from './integrity';

/** China Standard Time has no daylight saving: always UTC+8. */
const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000;

/** Today's date in China as YYYY-MM-DD. */
export function todayInChina(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** A date value as YYYY-MM-DD, YYYY-MM or YYYY (as precise as given), or undefined if it is not one. */
function asDay(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) return value;
  return undefined;
}

/** Fields holding the date of work done, per collection. */
const DATE_FIELDS: Partial<Record<keyof RawCollections, string[]>> & { default: string[] } = {
  sources: ['date'],
  projects: ['asOf', 'updated'],
  default: ['asOf'],
};

/** Every date after `today` (YYYY-MM-DD), with the file, the field and a hint. A partial date counts from its first day. */
export function checkDates(collections: RawCollections, today: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const [name, entries] of Object.entries(collections) as [keyof RawCollections, RawCollections[keyof RawCollections]][]) {
    const fields = DATE_FIELDS[name] ?? DATE_FIELDS.default;
    for (const entry of entries) {
      for (const field of fields) {
        const day = asDay(entry.data[field]);
        if (day === undefined || day <= today.slice(0, day.length)) continue;
        errors.push({
          file: entry.file,
          field,
          message: `${day} is in the future (today is ${today} in China); expected ${
            field === 'date' ? 'the date the source was published' : 'the day the entry was last checked against its sources'
          }, today at the latest (typo in the year?)`,
        });
      }
    }
  }
  return errors;
}
