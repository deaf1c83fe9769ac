/**
 * The cursor of a polling trigger: where the last poll stopped, in the vendor's own time (the
 * records' timestamps, never this machine's clock), plus the IDs already emitted at that moment so
 * records sharing it are neither lost nor emitted twice.
 */
import { DateTime } from 'luxon';
import type { IDataObject } from 'n8n-workflow';

import type { DateFormat, PollSpec } from './catalog';
import { getPath } from './requestHooks';

/** IDs kept for the boundary moment (or day); beyond this the oldest are forgotten. */
export const MAX_BOUNDARY_IDS = 20_000;

export interface CursorState {
	/** Event the cursor belongs to (`resource.kind`); another event starts afresh. */
	event: string;
	/** Comparable position: epoch milliseconds, or `yyyy-MM-dd` for day granularity. */
	key: number | string;
	/** The same moment as ISO 8601 (in the zone the vendor's time was read in), sent as the since filter. */
	since: string;
	/** IDs of the records already emitted whose timestamp equals `key`. */
	boundaryIds: string[];
}

/** A record time: epoch ms, the day it falls on (in the record's own offset or zone), and its ISO text on demand. */
export interface RecordTime {
	ms: number;
	day: string;
	iso(): string;
}

const WITH_OFFSET = /^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:?\d\d)$/i;
const WALL_CLOCK = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3})\d*)?)?$/;
const DATE_ONLY = /^(\d{4})-(\d\d)-(\d\d)$/;

function fromDateTime(time: DateTime): RecordTime {
	return { ms: time.toMillis(), day: time.toFormat('yyyy-MM-dd'), iso: () => time.toISO()! };
}

/** The offset zone of an ISO text (`Z` → UTC, `+02:00` → UTC+2), so its ISO form keeps the vendor's offset. */
function offsetZone(suffix: string): string {
	if (suffix.toUpperCase() === 'Z') return 'UTC';
	const [, sign, hours, minutes] = /([+-])(\d\d):?(\d\d)/.exec(suffix)!;
	return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

/**
 * Reads a record timestamp as the vendor wrote it; a zone-less wall-clock time is read in `zone`.
 * The common shapes are read without luxon (a poll may read tens of thousands of them).
 */
export function parseTimestamp(value: unknown, format: DateFormat | undefined, zone: string): RecordTime | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,13}$/.test(value.trim()))) {
		const number = Number(value);
		// 0 means "not set" for vendors that count seconds.
		if (!Number.isFinite(number) || number <= 0) return undefined;
		const seconds = format === 'unixSeconds' || (format !== 'epochMillis' && number < 1e11);
		const ms = seconds ? number * 1000 : number;
		const utc = zone === 'UTC';
		return {
			ms,
			day: utc ? new Date(ms).toISOString().slice(0, 10) : DateTime.fromMillis(ms, { zone }).toFormat('yyyy-MM-dd'),
			iso: () => DateTime.fromMillis(ms, { zone }).toISO()!,
		};
	}
	if (value instanceof Date) return fromDateTime(DateTime.fromJSDate(value, { zone }));
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	const offset = WITH_OFFSET.exec(text);
	if (offset) {
		const ms = Date.parse(text);
		if (Number.isFinite(ms)) return { ms, day: text.slice(0, 10), iso: () => DateTime.fromMillis(ms, { zone: offsetZone(offset[1]) }).toISO()! };
	}
	const wall = WALL_CLOCK.exec(text);
	if (wall) {
		const [, year, month, dayOfMonth, hour, minute, second = '0', millis = '0'] = wall;
		const parts = { year: +year, month: +month, day: +dayOfMonth, hour: +hour, minute: +minute, second: +second, millisecond: +millis.padEnd(3, '0') };
		const ms =
			zone === 'UTC'
				? Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, parts.millisecond)
				: DateTime.fromObject(parts, { zone }).toMillis();
		if (Number.isFinite(ms)) return { ms, day: text.slice(0, 10), iso: () => DateTime.fromMillis(ms, { zone }).toISO()! };
	}
	if (DATE_ONLY.test(text)) {
		const start = DateTime.fromISO(text, { zone });
		if (start.isValid) return { ms: start.toMillis(), day: text, iso: () => start.toISO()! };
	}
	let parsed = DateTime.fromISO(text, { zone, setZone: true });
	if (!parsed.isValid) parsed = DateTime.fromSQL(text, { zone, setZone: true });
	return parsed.isValid ? fromDateTime(parsed) : undefined;
}

export function positionKey(time: RecordTime, granularity: PollSpec['granularity']): number | string {
	return granularity === 'day' ? time.day : time.ms;
}

function compareKeys(a: number | string, b: number | string): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
}

/** FNV-1a over the record's JSON with sorted keys: an identity for records without an ID. */
function contentHash(record: IDataObject): string {
	const text = JSON.stringify(record, (_key, value: unknown) =>
		value && typeof value === 'object' && !Array.isArray(value)
			? Object.fromEntries(Object.entries(value as IDataObject).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
			: value,
	);
	let first = 0x811c9dc5;
	let second = 0x01000193;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		first = Math.imul(first ^ code, 0x01000193) >>> 0;
		second = Math.imul(second ^ code, 0x5bd1e995) >>> 0;
	}
	return `#${first.toString(16).padStart(8, '0')}${second.toString(16).padStart(8, '0')}`;
}

export function recordId(record: IDataObject, spec: PollSpec): string {
	if (!spec.idProperty) return contentHash(record);
	const id = getPath(record, spec.idProperty, spec.idProperty.includes('.'));
	return id === undefined || id === null ? contentHash(record) : String(id);
}

export interface TimedRecord {
	record: IDataObject;
	id: string;
	time: RecordTime;
	key: number | string;
}

/** Pairs each record with its identity and position; a record without its timestamp cannot be placed. */
export function placeRecords(
	records: IDataObject[],
	spec: PollSpec,
	timestampProperty: string,
	format: DateFormat | undefined,
	zone: string,
	onMissing: (record: IDataObject) => never,
): TimedRecord[] {
	return records.map((record) => {
		const time = parseTimestamp(getPath(record, timestampProperty, timestampProperty.includes('.')), format, zone);
		if (!time) onMissing(record);
		return { record, id: recordId(record, spec), time: time!, key: positionKey(time!, spec.granularity) };
	});
}

export interface PollOutcome {
	/** Records to emit, oldest first, one per record. */
	emit: TimedRecord[];
	cursor: CursorState;
}

/**
 * Given every record the API returned for "since the cursor", picks those not emitted yet and moves
 * the cursor to the newest timestamp among them. `from` is the cursor (or the starting point of a
 * first poll, with no IDs); records before it were handled by an earlier poll.
 */
export function advanceCursor(event: string, from: Omit<CursorState, 'event'>, placed: TimedRecord[]): PollOutcome {
	const seen = new Set(from.boundaryIds);
	const emitted = new Set<string>();
	const emit: TimedRecord[] = [];
	for (const entry of placed) {
		const order = compareKeys(entry.key, from.key);
		if (order < 0 || (order === 0 && seen.has(entry.id)) || emitted.has(`${entry.id}@${entry.key}`)) continue;
		emitted.add(`${entry.id}@${entry.key}`);
		emit.push(entry);
	}
	emit.sort((a, b) => compareKeys(a.key, b.key) || a.time.ms - b.time.ms);

	let key = from.key;
	let newest: TimedRecord | undefined;
	for (const entry of placed) {
		if (compareKeys(entry.key, key) > 0) {
			key = entry.key;
			newest = entry;
		}
	}
	const boundary = compareKeys(key, from.key) === 0 ? [...from.boundaryIds] : [];
	const inBoundary = new Set(boundary);
	for (const entry of placed) {
		if (compareKeys(entry.key, key) === 0 && !inBoundary.has(entry.id)) {
			inBoundary.add(entry.id);
			boundary.push(entry.id);
		}
	}
	const since = newest ? newest.time.iso() : from.since;
	return { emit, cursor: { event, key, since, boundaryIds: boundary.slice(-MAX_BOUNDARY_IDS) } };
}

/** The starting point of a first poll: a moment expressed in the vendor's terms. */
export function startingPoint(time: DateTime, granularity: PollSpec['granularity']): Omit<CursorState, 'event'> {
	const start = granularity === 'day' ? time.startOf('day') : time;
	return { key: positionKey(fromDateTime(start), granularity), since: start.toISO()!, boundaryIds: [] };
}
