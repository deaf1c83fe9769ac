/**
 * The cursor of a polling trigger: where the last poll stopped, in the vendor's own terms (its
 * timestamp text, instant or day, never this machine's clock or zone), plus the IDs already emitted
 * there, kept as compact sets, so records sharing a moment are neither lost nor emitted twice.
 */
import { DateTime } from 'luxon';
import type { IDataObject } from 'n8n-workflow';

import type { DateFormat, PollSpec } from './catalog';
import { getPath } from './requestHooks';

/**
 * A place in the vendor's order: a zone-less wall-clock text (`yyyy-MM-dd HH:mm:ss[.SSS]`, compared
 * as text, as the vendor's database compares it), epoch milliseconds for instants, or `yyyy-MM-dd`
 * for day granularity.
 */
export type Position = number | string;

export interface CursorState {
	/** Event the cursor belongs to (`resource.kind`); another event starts afresh. */
	event: string;
	/** The newest position seen. */
	key: Position;
	/** The oldest position still watched: the key, or earlier while the server repeats a DST hour. */
	floor: Position;
	/** For each watched position, the IDs already emitted there (`IdSet` text). */
	seen: Array<[Position, string]>;
}

export type CursorStart = Omit<CursorState, 'event'>;

/** A record time: epoch ms, the day it falls on, its zone-less wall-clock text when it has no zone, and its ISO text on demand. */
export interface RecordTime {
	ms: number;
	day: string;
	wall?: string;
	iso(): string;
}

const WITH_OFFSET = /^\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:?\d\d)$/i;
const WALL_CLOCK = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3})\d*)?)?$/;
const DATE_ONLY = /^(\d{4})-(\d\d)-(\d\d)$/;

const HAS_OFFSET = /(Z|[+-]\d\d(:?\d\d)?)$/i;

function fromDateTime(time: DateTime, wall?: boolean): RecordTime {
	return { ms: time.toMillis(), day: time.toFormat('yyyy-MM-dd'), wall: wall ? wallText(time) : undefined, iso: () => time.toISO()! };
}

/** The canonical wall-clock text: milliseconds only when there are some, so equal times are equal texts. */
function canonicalWall(date: string, time: string, millis = '0'): string {
	const ms = millis.padEnd(3, '0');
	return ms === '000' ? `${date} ${time}` : `${date} ${time}.${ms}`;
}

function wallText(time: DateTime): string {
	return canonicalWall(time.toFormat('yyyy-MM-dd'), time.toFormat('HH:mm:ss'), time.toFormat('SSS'));
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
		const wallClock = canonicalWall(`${year}-${month}-${dayOfMonth}`, `${hour}:${minute}:${second.padStart(2, '0')}`, millis);
		if (Number.isFinite(ms)) return { ms, day: text.slice(0, 10), wall: wallClock, iso: () => DateTime.fromMillis(ms, { zone }).toISO()! };
	}
	if (DATE_ONLY.test(text)) {
		const start = DateTime.fromISO(text, { zone });
		if (start.isValid) return { ms: start.toMillis(), day: text, wall: `${text} 00:00:00`, iso: () => start.toISO()! };
	}
	let parsed = DateTime.fromISO(text, { zone, setZone: true });
	if (!parsed.isValid) parsed = DateTime.fromSQL(text, { zone, setZone: true });
	return parsed.isValid ? fromDateTime(parsed, !HAS_OFFSET.test(text)) : undefined;
}

/** Where a record stands: its day, its wall-clock text as the vendor wrote it, or its instant. */
export function positionKey(time: RecordTime, granularity: PollSpec['granularity']): Position {
	return granularity === 'day' ? time.day : (time.wall ?? time.ms);
}

const NAIVE = /^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d{3}))?$/;

/** A wall-clock text as milliseconds on a zone-less clock: for arithmetic on the vendor's own texts. */
function naiveMs(text: string): number {
	const [, year, month, day, hour, minute, second, millis = '0'] = NAIVE.exec(text)!;
	return Date.UTC(+year, +month - 1, +day, +hour, +minute, +second, +millis);
}

function naiveText(ms: number): string {
	const iso = new Date(ms).toISOString();
	return canonicalWall(iso.slice(0, 10), iso.slice(11, 19), iso.slice(20, 23));
}

const isWall = (position: Position): position is string => typeof position === 'string' && NAIVE.test(position);

/** Compares as the vendor does; only a cursor and a record of different shapes need the zone. */
function compareKeys(a: Position, b: Position, zone = 'UTC'): number {
	if (typeof a === 'number' && typeof b === 'number') return a - b;
	if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
	const ms = (value: Position) => (typeof value === 'number' ? value : DateTime.fromSQL(value, { zone }).toMillis());
	return ms(a) - ms(b);
}

const maxKey = (a: Position, b: Position, zone: string) => (compareKeys(a, b, zone) >= 0 ? a : b);

const offsetAt = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).offset;

/**
 * The oldest position to watch for a cursor at `key`: when the server's clock is turned back, the
 * wall-clock texts of the hour before the change are written a second time, so a key inside that
 * repeated hour keeps watching back by the size of the change.
 */
function floorOf(key: Position, zone: string): Position {
	if (!isWall(key)) return key;
	const naive = naiveMs(key);
	const before = offsetAt(naive - 36 * 3_600_000, zone);
	const after = offsetAt(naive + 36 * 3_600_000, zone);
	if (before <= after) return key;
	const valid = (offset: number) => offsetAt(naive - offset * 60_000, zone) === offset;
	return valid(before) && valid(after) ? naiveText(naive - (before - after) * 60_000) : key;
}

/** The since value for a position, as ISO text the since field formats for the wire; `overlap` starts a second earlier. */
export function sinceValue(position: Position, overlap: boolean, fieldFormat: DateFormat | undefined, zone: string): string {
	const back = overlap ? 1000 : 0;
	if (typeof position === 'number') return DateTime.fromMillis(position - back, { zone: 'UTC' }).toISO()!;
	if (!isWall(position)) return DateTime.fromISO(position, { zone }).toISO()!;
	// A wall-clock field takes the text unchanged: an ISO text in UTC formats back to the same digits.
	if (fieldFormat === 'dateTimeSpace') return new Date(naiveMs(position) - back).toISOString();
	return DateTime.fromSQL(position, { zone }).minus(back).toISO()!;
}

const CANONICAL_ID = /^(0|[1-9]\d{0,15})$/;

/** 52 bits of two FNV-1a passes: an ID that is not a number, as a number. */
function hashId(text: string): number {
	let first = 0x811c9dc5;
	let second = 0x01000193;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		first = Math.imul(first ^ code, 0x01000193) >>> 0;
		second = Math.imul(second ^ code, 0x5bd1e995) >>> 0;
	}
	return first * 2 ** 20 + (second >>> 12);
}

function pushVarint(bytes: number[], value: number): void {
	let rest = value;
	while (rest >= 128) {
		bytes.push((rest % 128) + 128);
		rest = Math.floor(rest / 128);
	}
	bytes.push(rest);
}

function readVarint(bytes: Uint8Array, at: { offset: number }): number {
	let value = 0;
	let scale = 1;
	for (;;) {
		const byte = bytes[at.offset++];
		value += (byte & 127) * scale;
		if (byte < 128) return value;
		scale *= 128;
	}
}

/** Gaps larger than this many units of 2^k are written whole (53 bits) rather than in unary. */
const RICE_ESCAPE = 40;

/** Sorted numbers as (gap, run length) pairs: a few bytes for ID ranges. */
function encodeRuns(values: number[]): number[] {
	const bytes: number[] = [];
	let previous = -1;
	for (let index = 0; index < values.length; ) {
		let end = index;
		while (end + 1 < values.length && values[end + 1] === values[end] + 1) end++;
		pushVarint(bytes, values[index] - previous - 1);
		pushVarint(bytes, end - index);
		previous = values[end];
		index = end + 1;
	}
	return bytes;
}

function decodeRuns(bytes: Uint8Array, into: Set<number>): void {
	const at = { offset: 0 };
	let previous = -1;
	while (at.offset < bytes.length) {
		const start = previous + 1 + readVarint(bytes, at);
		const length = readVarint(bytes, at);
		for (let value = start; value <= start + length; value++) into.add(value);
		previous = start + length;
	}
}

/** Sorted numbers as Rice-coded gaps: close to the fewest bits for scattered IDs or hashes. */
function encodeRice(values: number[]): number[] {
	const bytes: number[] = [];
	pushVarint(bytes, values.length);
	if (values.length === 0) return bytes;
	const meanGap = values.length > 1 ? (values[values.length - 1] - values[0]) / (values.length - 1) - 1 : 0;
	const k = meanGap >= 2 ? Math.min(52, Math.floor(Math.log2(meanGap * 0.69))) : 0;
	pushVarint(bytes, k);
	pushVarint(bytes, values[0]);
	let current = 0;
	let used = 0;
	const bit = (one: boolean) => {
		current = current * 2 + (one ? 1 : 0);
		if (++used === 8) {
			bytes.push(current);
			current = 0;
			used = 0;
		}
	};
	const write = (value: number, width: number) => {
		for (let power = width - 1; power >= 0; power--) bit(Math.floor(value / 2 ** power) % 2 === 1);
	};
	for (let index = 1; index < values.length; index++) {
		const gap = values[index] - values[index - 1] - 1;
		const quotient = Math.floor(gap / 2 ** k);
		if (quotient >= RICE_ESCAPE) {
			for (let count = 0; count < RICE_ESCAPE; count++) bit(true);
			write(gap, 53);
			continue;
		}
		for (let count = 0; count < quotient; count++) bit(true);
		bit(false);
		write(gap % 2 ** k, k);
	}
	if (used > 0) bytes.push(current * 2 ** (8 - used));
	return bytes;
}

function decodeRice(bytes: Uint8Array, into: Set<number>): void {
	const at = { offset: 0 };
	const count = readVarint(bytes, at);
	if (count === 0) return;
	const k = readVarint(bytes, at);
	let value = readVarint(bytes, at);
	into.add(value);
	let position = at.offset * 8;
	const bit = () => {
		const one = (bytes[position >> 3] >> (7 - (position & 7))) & 1;
		position++;
		return one;
	};
	const read = (width: number) => {
		let result = 0;
		for (let index = 0; index < width; index++) result = result * 2 + bit();
		return result;
	};
	for (let index = 1; index < count; index++) {
		let quotient = 0;
		while (quotient < RICE_ESCAPE && bit() === 1) quotient++;
		const gap = quotient === RICE_ESCAPE ? read(53) : quotient * 2 ** k + read(k);
		value += gap + 1;
		into.add(value);
	}
}

/**
 * The IDs emitted at one position, stored small: numeric IDs exactly, as ranges or Rice-coded gaps
 * (whichever is shorter); other IDs as 52-bit hashes the same way (a new ID is taken for an emitted
 * one with odds of one in 2^52 divided by the set size).
 */
export class IdSet {
	private numeric = true;

	private values = new Set<number>();

	static decode(text: string): IdSet {
		const set = new IdSet();
		const match = /^([nh])([rg]):(.*)$/.exec(text);
		if (!match) return set;
		set.numeric = match[1] === 'n';
		const bytes = Buffer.from(match[3], 'base64');
		if (match[2] === 'r') decodeRuns(bytes, set.values);
		else decodeRice(bytes, set.values);
		return set;
	}

	get size(): number {
		return this.values.size;
	}

	has(id: string): boolean {
		if (!this.numeric) return this.values.has(hashId(id));
		return CANONICAL_ID.test(id) && this.values.has(Number(id));
	}

	add(id: string): void {
		if (this.numeric && CANONICAL_ID.test(id) && Number.isSafeInteger(Number(id))) {
			this.values.add(Number(id));
			return;
		}
		if (this.numeric) {
			this.values = new Set([...this.values].map((value) => hashId(String(value))));
			this.numeric = false;
		}
		this.values.add(hashId(id));
	}

	encode(): string {
		const sorted = [...this.values].sort((a, b) => a - b);
		const runs = encodeRuns(sorted);
		const rice = sorted.length > 1 ? encodeRice(sorted) : undefined;
		const [codec, bytes] = rice && rice.length < runs.length ? ['g', rice] : ['r', runs];
		return `${this.numeric ? 'n' : 'h'}${codec}:${Buffer.from(bytes).toString('base64')}`;
	}
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

const mapKey = (position: Position) => (typeof position === 'number' ? `#${position}` : position);

/**
 * Given every record the API returned for "since the floor", picks those not emitted yet and moves
 * the cursor to the newest position among them. `from` is the cursor (or the starting point of a
 * first poll, with nothing seen); records before its floor were handled by an earlier poll.
 */
export function advanceCursor(event: string, from: CursorStart, placed: TimedRecord[], zone = 'UTC'): PollOutcome {
	const seen = new Map(from.seen.map(([position, ids]) => [mapKey(position), { position, ids: IdSet.decode(ids) }]));
	const emitted = new Set<string>();
	const emit: TimedRecord[] = [];
	let key = from.key;
	for (const entry of placed) {
		if (compareKeys(entry.key, key, zone) > 0) key = entry.key;
		const at = mapKey(entry.key);
		if (compareKeys(entry.key, from.floor, zone) < 0 || seen.get(at)?.ids.has(entry.id) || emitted.has(`${entry.id}@${at}`)) continue;
		emitted.add(`${entry.id}@${at}`);
		emit.push(entry);
	}
	emit.sort((a, b) => compareKeys(a.key, b.key, zone) || a.time.ms - b.time.ms);

	// The floor never moves back: every record from it on came with this poll (its since was the old floor).
	const floor = maxKey(from.floor, floorOf(key, zone), zone);
	const watched = (position: Position) => compareKeys(position, floor, zone) >= 0 && compareKeys(position, key, zone) <= 0;
	const groups = new Map<string, { position: Position; ids: IdSet }>();
	for (const [at, group] of seen) if (watched(group.position)) groups.set(at, group);
	for (const entry of placed) {
		if (!watched(entry.key)) continue;
		const at = mapKey(entry.key);
		let group = groups.get(at);
		if (!group) groups.set(at, (group = { position: entry.key, ids: new IdSet() }));
		group.ids.add(entry.id);
	}
	const kept = [...groups.values()].sort((a, b) => compareKeys(a.position, b.position, zone));
	return { emit, cursor: { event, key, floor, seen: kept.map((group): [Position, string] => [group.position, group.ids.encode()]) } };
}

/** The starting point of a first poll: a moment expressed in the vendor's terms. */
export function startingPoint(time: DateTime, granularity: PollSpec['granularity'], wallClock: boolean): CursorStart {
	const key: Position =
		granularity === 'day' ? time.toFormat('yyyy-MM-dd') : wallClock ? canonicalWall(time.toFormat('yyyy-MM-dd'), time.toFormat('HH:mm:ss')) : time.startOf('second').toMillis();
	return { key, floor: key, seen: [] };
}

const ISO_LOCAL = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.(\d{1,3})\d*)?/;

/**
 * The stored cursor for `event`, or undefined to start afresh. Reads the shape the released version
 * wrote (`key` in epoch ms read in the zone of that time, `since` the same moment as ISO text in that
 * zone, `boundaryIds`): for wall-clock vendors the since text's own digits are the vendor's text.
 */
export function readCursor(stored: unknown, event: string, wallClock: boolean): CursorState | undefined {
	if (!stored || typeof stored !== 'object') return undefined;
	const cursor = stored as IDataObject;
	if (cursor.event !== event) return undefined;
	if (Array.isArray(cursor.seen)) return cursor as unknown as CursorState;
	let key = cursor.key as Position;
	const local = typeof cursor.since === 'string' ? ISO_LOCAL.exec(cursor.since) : null;
	if (typeof key === 'number' && wallClock && local) key = canonicalWall(local[1], local[2], local[3]);
	const ids = new IdSet();
	for (const id of Array.isArray(cursor.boundaryIds) ? cursor.boundaryIds : []) ids.add(String(id));
	return { event, key, floor: key, seen: ids.size ? [[key, ids.encode()]] : [] };
}
