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

/** Reads a record timestamp as the vendor wrote it; a zone-less wall-clock time is read in `zone`. */
export function parseTimestamp(value: unknown, format: DateFormat | undefined, zone: string): DateTime | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	let parsed: DateTime | undefined;
	if (typeof value === 'number' || (typeof value === 'string' && /^\d{9,13}$/.test(value.trim()))) {
		const number = Number(value);
		const seconds = format === 'unixSeconds' || (format !== 'epochMillis' && number < 1e11);
		// 0 means "not set" for vendors that count seconds.
		if (number <= 0) return undefined;
		parsed = seconds ? DateTime.fromSeconds(number, { zone }) : DateTime.fromMillis(number, { zone });
	} else if (typeof value === 'string') {
		const text = value.trim();
		if (format === 'dateTimeSpace') parsed = DateTime.fromFormat(text, 'yyyy-MM-dd HH:mm:ss', { zone });
		if (!parsed?.isValid && format === 'date') parsed = DateTime.fromISO(text.slice(0, 10), { zone });
		if (!parsed?.isValid) parsed = DateTime.fromISO(text, { zone, setZone: true });
		if (!parsed.isValid) parsed = DateTime.fromSQL(text, { zone, setZone: true });
	} else if (value instanceof Date) {
		parsed = DateTime.fromJSDate(value, { zone });
	}
	return parsed?.isValid ? parsed : undefined;
}

export function positionKey(time: DateTime, granularity: PollSpec['granularity']): number | string {
	return granularity === 'day' ? time.toFormat('yyyy-MM-dd') : time.toMillis();
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
	time: DateTime;
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
	emit.sort((a, b) => compareKeys(a.key, b.key) || a.time.toMillis() - b.time.toMillis());

	let key = from.key;
	let since = from.since;
	for (const entry of placed) {
		if (compareKeys(entry.key, key) > 0) {
			key = entry.key;
			since = entry.time.toISO()!;
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
	return { emit, cursor: { event, key, since, boundaryIds: boundary.slice(-MAX_BOUNDARY_IDS) } };
}

/** The starting point of a first poll: a moment expressed in the vendor's terms. */
export function startingPoint(time: DateTime, granularity: PollSpec['granularity']): Omit<CursorState, 'event'> {
	const start = granularity === 'day' ? time.startOf('day') : time;
	return { key: positionKey(start, granularity), since: start.toISO()!, boundaryIds: [] };
}
