import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { DateFormat, FieldSpec, OperationSpec } from './catalog';
import { fieldLabel, inVersion, parameterKey } from './fields';
import { entryList, invalidInput, isBlank, listOfObjects, objectInList, parseDate, parseJsonInput, readBoolean, splitList, unwrapLocator } from './validation';

export { invalidInput, parseJsonInput } from './validation';

type PreSend = (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

export function getPath(target: IDataObject | undefined, path: string, dotted: boolean): unknown {
	if (!target) return undefined;
	if (!dotted) return target[path];
	let current: unknown = target;
	for (const part of path.split('.')) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as IDataObject)[part];
	}
	return current;
}

export function setPath(target: IDataObject, path: string, dotted: boolean, value: unknown): void {
	if (!dotted) {
		target[path] = value as IDataObject;
		return;
	}
	const parts = path.split('.');
	let current = target;
	for (const part of parts.slice(0, -1)) {
		if (current[part] === null || typeof current[part] !== 'object') current[part] = {};
		current = current[part] as IDataObject;
	}
	current[parts[parts.length - 1]] = value as IDataObject;
}

function deletePath(target: IDataObject, path: string, dotted: boolean): void {
	if (!dotted) {
		delete target[path];
		return;
	}
	const parts = path.split('.');
	const parent = getPath(target, parts.slice(0, -1).join('.'), true);
	if (parent && typeof parent === 'object') delete (parent as IDataObject)[parts[parts.length - 1]];
}

/** Formats a date picker value (ISO text, Date or luxon DateTime) for the wire. */
export function formatDate(value: unknown, format: DateFormat): string | number | undefined {
	const parsed = parseDate(value);
	if (!parsed) return undefined;
	switch (format) {
		case 'date':
			return parsed.toFormat('yyyy-MM-dd');
		case 'dateTimeSpace':
			return parsed.toFormat('yyyy-MM-dd HH:mm:ss');
		case 'unixSeconds':
			return Math.floor(parsed.toSeconds());
		case 'epochMillis':
			return parsed.toMillis();
		default:
			return parsed.toISO() ?? undefined;
	}
}

/** Turns one field's raw input into what the API expects (in the vendor's form, `toWire`), or explains why it cannot. */
function convertField(ctx: IExecuteSingleFunctions, field: FieldSpec, value: unknown): unknown {
	const converted = convertValue(ctx, field, value);
	return field.toWire ? field.toWire(converted) : converted;
}

const isEmptyJson = (value: unknown) => value !== null && typeof value === 'object' && Object.keys(value).length === 0;

/** An `entries` value as the API takes it: one object per entry, its inputs by wire name, empty ones left out. */
function convertEntries(ctx: IExecuteSingleFunctions, field: FieldSpec, value: unknown): IDataObject[] {
	return (entryList(field, value) ?? []).map((entry) => {
		const sent: IDataObject = {};
		for (const member of field.entries!.fields) {
			const raw = unwrapLocator(entry[parameterKey(member)]);
			if (isBlank(raw)) continue;
			// A number that may be left out says so with 0 (an entry's inputs cannot be left empty).
			if (member.omitWhenEmpty && member.kind === 'number' && Number(raw) === 0) continue;
			const converted = convertValue(ctx, member, raw);
			// An optional JSON input left at `{}` says nothing.
			if (member.kind === 'json' && isEmptyJson(converted)) continue;
			setPath(sent, member.property ?? member.name, member.property !== undefined, member.toWire ? member.toWire(converted) : converted);
		}
		return sent;
	});
}

function convertValue(ctx: IExecuteSingleFunctions, field: FieldSpec, value: unknown): unknown {
	const label = fieldLabel(field);
	switch (field.kind) {
		case 'dateTime': {
			const formatted = formatDate(value, field.dateFormat ?? 'iso');
			if (formatted === undefined) {
				throw invalidInput(ctx, label, `Invalid date '${String(value)}'`, 'Pick a date or give one as ISO 8601, e.g. 2024-05-31T14:00:00');
			}
			return formatted;
		}
		case 'json': {
			const parsed = parseJsonInput(ctx, value, label, field.jsonKind);
			return field.arrayFormat === 'json' ? JSON.stringify(parsed) : parsed;
		}
		case 'stringList':
		case 'numberList': {
			refuseObjects(ctx, field, value);
			const entries = splitList(value);
			let list: Array<string | number> = entries;
			if (field.kind === 'numberList') {
				const bad = entries.find((entry) => !/^-?\d+(\.\d+)?$/.test(entry));
				if (bad !== undefined) {
					throw invalidInput(ctx, label, `'${bad}' is not a number`, 'Give numbers separated by commas, e.g. 12, 15, 40');
				}
				list = entries.map(Number);
			}
			return encodeList(list, field);
		}
		case 'multiOptions':
			refuseObjects(ctx, field, value);
			return encodeList(Array.isArray(value) ? value : splitList(value), field);
		case 'entries':
			return convertEntries(ctx, field, value);
		case 'boolean':
			// The pre-send check accepts booleans as n8n reads them ("FALSE", "0"): send what they mean.
			return readBoolean(value) ?? value;
		case 'idReference': {
			const id = Number(value);
			if (!Number.isFinite(id)) throw invalidInput(ctx, label, `'${String(value)}' is not an ID`, 'Give the numeric ID of the record');
			return { id };
		}
		case 'number': {
			if (typeof value === 'string' && value.trim() !== '' && !Number.isFinite(Number(value))) {
				throw invalidInput(ctx, label, `'${value}' is not a number`, 'Give a number, e.g. 10');
			}
			return typeof value === 'string' ? Number(value) : value;
		}
		default:
			return value;
	}
}

/** A list given an object (e.g. by an expression) would travel as `[object Object]`: refused instead. */
function refuseObjects(ctx: IExecuteSingleFunctions, field: FieldSpec, value: unknown): void {
	if (!listOfObjects(value)) return;
	const { problem, fix } = objectInList(value, fieldLabel(field));
	throw invalidInput(ctx, fieldLabel(field), problem, fix);
}

function encodeList(list: unknown[], field: FieldSpec): unknown {
	switch (field.arrayFormat ?? 'csv') {
		case 'array':
			return list;
		case 'json':
			return JSON.stringify(list);
		default:
			return list.join(field.separator ?? ',');
	}
}

/** A list filter given one exact value (a Create or Update key): one entry, never split at commas. */
function convertOneValue(ctx: IExecuteSingleFunctions, field: FieldSpec, value: unknown): unknown {
	if (field.kind !== 'stringList' && field.kind !== 'numberList' && field.kind !== 'multiOptions') return convertField(ctx, field, value);
	refuseObjects(ctx, field, value);
	const entry = String(value);
	if (field.kind === 'numberList' && !/^-?\d+(\.\d+)?$/.test(entry)) {
		throw invalidInput(ctx, fieldLabel(field), `'${entry}' is not a number`, 'Give a number, e.g. 12');
	}
	return encodeList([field.kind === 'numberList' ? Number(entry) : entry], field);
}

/**
 * The catalog's own pre-send step: checks required and path inputs, then converts every field that
 * is in the request (dates, JSON, lists, references) to its wire form. Runs before anything is sent.
 * `oneValue` names a field (wire name) that holds one exact value even where the field takes a list.
 */
export function prepareCatalogRequest(op: OperationSpec, oneValue?: string): PreSend {
	const fields = op.fields ?? [];
	return async function (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) {
		const version = this.getNode().typeVersion;
		for (const field of fields) {
			// A field of other node versions may share its wire name with this version's (e.g. the same list, entered differently).
			if (field.in === 'path' || field.sentByRequestLoop || !inVersion(field, version)) continue;
			const dotted = field.property !== undefined;
			const wire = field.property ?? field.name;
			const target = (field.in === 'query' ? opts.qs : field.in === 'header' ? opts.headers : opts.body) as
				| IDataObject
				| undefined;
			if (!target || typeof target !== 'object') continue;
			const value = getPath(target, wire, dotted);
			if (value === undefined) {
				// An expression that resolved to nothing leaves the key without a value: still required.
				if (field.required && Object.prototype.hasOwnProperty.call(target, wire)) {
					throw invalidInput(this, fieldLabel(field), 'A value is required', `Enter a value for '${fieldLabel(field)}'`);
				}
				continue;
			}
			if (isBlank(value) && (field.kind !== 'string' || field.omitWhenEmpty)) {
				if (field.required) {
					throw invalidInput(this, fieldLabel(field), 'A value is required', `Enter a value for '${fieldLabel(field)}'`);
				}
				deletePath(target, wire, dotted);
				continue;
			}
			if (field.required && isBlank(value)) {
				throw invalidInput(this, fieldLabel(field), 'A value is required', `Enter a value for '${fieldLabel(field)}'`);
			}
			setPath(target, wire, dotted, wire === oneValue ? convertOneValue(this, field, value) : convertField(this, field, value));
		}
		checkPathFields(this, op, opts);
		return opts;
	};
}

/** A path field that resolved to nothing would call another endpoint: refuse before sending. */
function checkPathFields(ctx: IExecuteSingleFunctions, op: OperationSpec, opts: IHttpRequestOptions): void {
	for (const field of op.fields ?? []) {
		if (field.in !== 'path') continue;
		const key = field.key ?? field.name.replace(/[^A-Za-z0-9_]/g, '_');
		const value = ctx.getNodeParameter(key, '') as unknown;
		if (isBlank(value)) {
			throw invalidInput(ctx, fieldLabel(field), 'A value is required', `Enter the ${fieldLabel(field)} of the record`);
		}
	}
	if (typeof opts.url === 'string' && /\/\//.test(opts.url.replace(/^https?:\/\//, ''))) {
		throw invalidInput(ctx, 'Path', `The path '${opts.url}' has an empty segment`, 'Fill in every ID the operation asks for');
	}
}

/** For operations offering "Body (JSON)" (or a vendor's name for it): replaces the body by the user's object. */
export function sendBodyJsonAs(label: string): PreSend {
	return async function (this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		const mode = this.getNodeParameter('bodyMode', 'fields') as string;
		if (mode !== 'json') return opts;
		const raw = this.getNodeParameter('bodyJson', '{}');
		opts.body = parseJsonInput(this, raw, label, 'any') as IDataObject;
		return opts;
	};
}

export const sendBodyJson = sendBodyJsonAs('Body (JSON)');
