/**
 * Input checks: every value the user gave is checked against its field before anything is sent,
 * for every input item, so a bad item never leaves the good ones half written.
 */
import { DateTime } from 'luxon';
import { NodeOperationError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeExecutionData } from 'n8n-workflow';

import type { FieldSpec, OperationSpec } from './catalog';
import { fieldLabel, inVersion, parameterKey } from './fields';
import { quickItemValue } from './quickExpression';

type PreSend = (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/** Thrown for user input that cannot be sent; names the field (`where` it is, e.g. `order line 2`) and the item. */
export function invalidInput(
	ctx: IExecuteSingleFunctions,
	label: string,
	problem: string,
	fix: string,
	itemIndex = ctx.getItemIndex(),
	where?: string,
): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `${problem} in '${label}'${where ? ` of ${where}` : ''} [item ${itemIndex}]`, {
		itemIndex,
		description: fix,
	});
}

/** What is wrong and how to fix it; an entry's input names itself (`label`) and its entry (`where`). */
type Problem = { problem: string; fix: string; label?: string; where?: string };

/** JSON typed by the user, parsed, or why it cannot be used as `kind`; objects that arrive already parsed pass. */
export function readJson(value: unknown, kind: 'object' | 'array' | 'any' = 'any'): { parsed: unknown } | Problem {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			return { problem: 'Invalid JSON', fix: `Check the JSON syntax (${(error as Error).message}). Use double quotes around names and text.` };
		}
	}
	if (kind === 'object' && (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))) {
		return { problem: 'Expected a JSON object', fix: 'Wrap the fields in curly braces, e.g. {"name": "Acme"}' };
	}
	if (kind === 'array' && !Array.isArray(parsed)) {
		return { problem: 'Expected a JSON array', fix: 'Wrap the entries in square brackets, e.g. [{"id": 1}]' };
	}
	return { parsed };
}

/** Parses JSON typed by the user; objects that arrive already parsed pass through. */
export function parseJsonInput(
	ctx: IExecuteSingleFunctions,
	value: unknown,
	label: string,
	kind: 'object' | 'array' | 'any' = 'any',
	itemIndex = ctx.getItemIndex(),
): unknown {
	const read = readJson(value, kind);
	if ('problem' in read) throw invalidInput(ctx, label, read.problem, read.fix, itemIndex);
	return read.parsed;
}

/**
 * A boolean read as n8n reads a boolean parameter given by an expression (n8n-workflow's
 * `tryToParseBoolean`): true/false, the text "true"/"false" in any case, or 1/0 (also as text);
 * `undefined` for anything else.
 */
export function readBoolean(value: unknown): boolean | undefined {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'string' && ['true', 'false'].includes(value.toLowerCase())) return value.toLowerCase() === 'true';
	if ((typeof value === 'string' && value.trim() !== '') || typeof value === 'number') {
		const number = Number(value);
		if (number === 0) return false;
		if (number === 1) return true;
	}
	return undefined;
}

/** A list input that is an object (or holds one): it would travel as `[object Object]`. */
export function listOfObjects(value: unknown): boolean {
	const entries = Array.isArray(value) ? value : [value];
	return entries.some((entry) => entry !== null && typeof entry === 'object' && !(entry instanceof Date));
}

export function splitList(value: unknown): string[] {
	if (Array.isArray(value)) return value.map((entry) => String(entry).trim()).filter(Boolean);
	return String(value)
		.split(',')
		.map((entry) => entry.trim())
		.filter(Boolean);
}

export function isBlank(value: unknown): boolean {
	return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Parses a date picker value (ISO text, Date or luxon DateTime). */
export function parseDate(value: unknown): DateTime | undefined {
	let parsed: DateTime;
	if (value instanceof Date) parsed = DateTime.fromJSDate(value);
	else if (DateTime.isDateTime(value)) parsed = value;
	else if (typeof value === 'number') parsed = DateTime.fromMillis(value);
	else if (typeof value === 'string') {
		parsed = DateTime.fromISO(value.trim(), { setZone: true });
		if (!parsed.isValid) parsed = DateTime.fromSQL(value.trim(), { setZone: true });
	} else return undefined;
	return parsed.isValid ? parsed : undefined;
}

/** The value of a resource locator (`{ __rl, value }`), or the value itself. */
export function unwrapLocator(value: unknown): unknown {
	return value !== null && typeof value === 'object' && (value as IDataObject).__rl === true ? (value as IDataObject).value : value;
}

/** The entries of an `entries` field's value (`{ line: [...] }`), or undefined when it is no such value. */
export function entryList(field: FieldSpec, value: unknown): IDataObject[] | undefined {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
	const entries = (value as IDataObject)[field.entries?.name ?? ''];
	if (entries === undefined) return [];
	// n8n keeps a single entry as an object when the list allows one only.
	const list = Array.isArray(entries) ? entries : [entries];
	return list.every((entry) => entry !== null && typeof entry === 'object' && !Array.isArray(entry)) ? (list as IDataObject[]) : undefined;
}

function entriesProblem(field: FieldSpec, value: unknown): Problem | undefined {
	const spec = field.entries!;
	const noun = spec.label.toLowerCase();
	const entries = entryList(field, value);
	if (!entries) return { problem: `'${show(value)}' is not a list of ${noun}s`, fix: `Add each ${noun} with 'Add ${spec.label}'` };
	if (entries.length === 0) return field.required ? { problem: `At least one ${noun} is required`, fix: `Add one with 'Add ${spec.label}'` } : undefined;
	for (const [index, entry] of entries.entries()) {
		for (const member of spec.fields) {
			const found = fieldProblem(member, unwrapLocator(entry[parameterKey(member)]));
			if (found) return { ...found, label: fieldLabel(member), where: `${noun} ${index + 1}` };
		}
	}
	return undefined;
}

/** A field naming a record: 0 is never a valid ID, so a 0 there is a field left unfilled. */
function namesRecord(field: FieldSpec): boolean {
	return field.in === 'path' || field.kind === 'idReference' || /(^id|_id|Id|ID)$/.test(field.name) || /\bID$/.test(fieldLabel(field));
}

const show = (value: unknown) => (typeof value === 'object' ? JSON.stringify(value) : String(value));

/** A path value that would change the path: `.`, `..` (also percent-encoded) or a slash. */
function climbsPath(value: string): boolean {
	let decoded = value;
	for (let round = 0; round < 3; round++) {
		try {
			const next = decodeURIComponent(decoded);
			if (next === decoded) break;
			decoded = next;
		} catch {
			break;
		}
	}
	return decoded.split(/[/\\]/).some((segment) => segment.trim() === '.' || segment.trim() === '..');
}

function numberProblem(field: FieldSpec, value: unknown): Problem | undefined {
	const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
	if (typeof value === 'boolean' || typeof value === 'object' || !Number.isFinite(number)) {
		return { problem: `'${show(value)}' is not a number`, fix: 'Give a number, e.g. 10' };
	}
	if (field.minValue !== undefined && number < field.minValue) {
		return { problem: `${number} is below the minimum of ${field.minValue}`, fix: `Give a number of at least ${field.minValue}` };
	}
	if (field.maxValue !== undefined && number > field.maxValue) {
		return { problem: `${number} is above the maximum of ${field.maxValue}`, fix: `Give a number of at most ${field.maxValue}` };
	}
	return undefined;
}

function optionProblem(field: FieldSpec, entries: unknown[]): Problem | undefined {
	const options = field.options ?? [];
	if (options.length === 0) return undefined;
	const bad = entries.find((entry) => !options.some((option) => option.value === entry || String(option.value) === String(entry)));
	if (bad === undefined) return undefined;
	const names = options.map((option) => `'${option.value}'`).join(', ');
	return { problem: `'${show(bad)}' is not one of the options`, fix: `Choose one of the options (${names})` };
}

const booleanProblem = (value: unknown): Problem => ({
	problem: `'${show(value)}' is not true or false`,
	fix: 'Switch the option on or off, or give true or false',
});

/** An object where a list of values is expected: refused rather than sent as `[object Object]`. */
export function objectInList(value: unknown, label: string): Problem {
	return {
		problem: `'${show(value)}' is an object, not a list of values`,
		fix: `Give '${label}' as values separated by commas, or as an array of text or numbers (e.g. pick one property of the object)`,
	};
}

/**
 * Why one value cannot be sent for a field, or `undefined` when it can. `value` is the parameter
 * as the item sees it (expressions already evaluated).
 */
export function fieldProblem(field: FieldSpec, value: unknown): Problem | undefined {
	const label = fieldLabel(field);
	const required = { problem: 'A value is required', fix: `Enter a value for '${label}'` };
	// An entries input with nothing added holds no value at all.
	if (field.kind === 'entries') return entriesProblem(field, isBlank(value) ? {} : value);
	if (isBlank(value)) return field.required || field.in === 'path' ? required : undefined;
	if (field.in === 'path') {
		if (typeof value === 'object') return { problem: `'${show(value)}' is not an ID`, fix: `Give the ${label} of one record as text or a number` };
		if (climbsPath(String(value))) {
			return { problem: `'${String(value)}' is not an ID`, fix: `Give the ${label} of one record; '.', '..' and '/' would call another endpoint` };
		}
	}
	switch (field.kind) {
		case 'number':
		case 'idReference': {
			const problem = numberProblem(field, value);
			if (problem) return problem;
			if (Number(value) === 0 && field.required && field.default === undefined && namesRecord(field) && !(field.minValue !== undefined && field.minValue <= 0)) {
				return { problem: 'A value is required (0 is not an ID)', fix: `Enter the ${label} of the record` };
			}
			return undefined;
		}
		case 'boolean':
			return readBoolean(value) !== undefined ? undefined : booleanProblem(value);
		case 'options':
			if (typeof value === 'object') return { problem: `'${show(value)}' is not one of the options`, fix: 'Choose one of the options' };
			return optionProblem(field, [value]);
		case 'multiOptions':
			if (listOfObjects(value)) return objectInList(value, label);
			return optionProblem(field, Array.isArray(value) ? value : splitList(value));
		case 'json': {
			const read = readJson(value, field.jsonKind);
			return 'problem' in read ? read : undefined;
		}
		case 'stringList':
		case 'numberList': {
			if (listOfObjects(value)) return objectInList(value, label);
			const entries = splitList(value);
			if (entries.length === 0) return field.required ? required : undefined;
			if (field.kind === 'numberList') {
				const bad = entries.find((entry) => !/^-?\d+(\.\d+)?$/.test(entry));
				if (bad !== undefined) return { problem: `'${bad}' is not a number`, fix: 'Give numbers separated by commas, e.g. 12, 15, 40' };
			}
			return undefined;
		}
		case 'dateTime':
			return parseDate(value) ? undefined : { problem: `Invalid date '${show(value)}'`, fix: 'Pick a date or give one as ISO 8601, e.g. 2024-05-31T14:00:00' };
		case 'string':
			return typeof value === 'object' && field.in !== 'body'
				? { problem: `'${show(value)}' is text made of an object`, fix: `Give '${label}' as text, e.g. pick one property of the object` }
				: undefined;
		default:
			return undefined;
	}
}

/** Where one optional field of an operation is entered: which collection, and whether only in "fields" body mode. */
export interface OptionalPlacement {
	field: FieldSpec;
	collection: string;
	onlyWithFieldsBody: boolean;
}

/** Resolves a raw parameter value for one item: expressions (also inside collections and resource locators) are evaluated. */
function resolveForItem(ctx: IExecuteSingleFunctions, raw: unknown, itemIndex: number): unknown {
	if (typeof raw === 'string') {
		if (!raw.startsWith('=')) return raw;
		return (quickItemValue(ctx, raw, itemIndex) ?? { value: ctx.evaluateExpression(raw.slice(1), itemIndex) }).value;
	}
	if (Array.isArray(raw)) return raw.map((entry) => resolveForItem(ctx, entry, itemIndex));
	if (raw && typeof raw === 'object' && !(raw instanceof Date)) {
		const record = raw as IDataObject;
		if (record.__rl === true) return resolveForItem(ctx, record.value, itemIndex);
		const resolved: IDataObject = {};
		for (const [key, entry] of Object.entries(record)) resolved[key] = resolveForItem(ctx, entry, itemIndex) as IDataObject[string];
		return resolved;
	}
	return raw;
}

/** A parameter as item `itemIndex` sees it. */
export function parameterForItem(ctx: IExecuteSingleFunctions, name: string, itemIndex: number, fallback: unknown): unknown {
	if (itemIndex === ctx.getItemIndex()) return ctx.getNodeParameter(name, fallback as never, { extractValue: true });
	const raw = ctx.getNode().parameters[name];
	return raw === undefined ? fallback : resolveForItem(ctx, raw, itemIndex);
}

/**
 * The input items the node runs for. The execute data keeps every item n8n received, also under
 * Execute Once, which runs the node for the first item only (n8n shortens only `getInputData()`).
 */
export function runItems(ctx: Pick<IExecuteSingleFunctions, 'getExecuteData' | 'getNode'>): INodeExecutionData[] | undefined {
	const input = ctx.getExecuteData?.()?.data?.main?.[0] as INodeExecutionData[] | null | undefined;
	if (!input) return undefined;
	return ctx.getNode().executeOnce === true ? input.slice(0, 1) : input;
}

/** How many items the node runs for; every one of them is checked before any is sent. */
export function inputItemCount(ctx: IExecuteSingleFunctions): number {
	return Math.max(1, runItems(ctx)?.length ?? 1, ctx.getItemIndex() + 1);
}

interface CheckedOperation {
	op: OperationSpec;
	placements: OptionalPlacement[];
	/** Fields the operation's own request loop checks and sends (e.g. batch records). */
	skip: (field: FieldSpec) => boolean;
}

/** Every problem of one item's input, first one only (the user fixes one thing at a time). */
function checkItem(ctx: IExecuteSingleFunctions, spec: CheckedOperation, itemIndex: number): NodeOperationError | undefined {
	const { op } = spec;
	const param = (name: string, fallback: unknown) => parameterForItem(ctx, name, itemIndex, fallback);
	const bodyMode = op.bodyJsonMode ? param('bodyMode', 'fields') : 'fields';
	// "Map Fields" (`mapper`) brings its own body, checked by its own step.
	const fieldsBody = bodyMode === 'fields';
	const refuse = (label: string, found: Problem) => invalidInput(ctx, found.label ?? label, found.problem, found.fix, itemIndex, found.where);
	// A field of other node versions is not on this node (n8n drops its value).
	const shown = (field: FieldSpec) => inVersion(field, ctx.getNode().typeVersion);

	const returnAll = op.list && op.list.pagination !== 'none' ? readBoolean(param('returnAll', false) ?? false) : true;
	if (returnAll === undefined) return refuse('Return All', booleanProblem(param('returnAll', false)));
	if (!returnAll) {
		const limit = param('limit', 50);
		if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
			return refuse('Limit', { problem: `'${show(limit)}' is not a whole number of 1 or more`, fix: 'Give the most results to return, e.g. 50, or switch on Return All' });
		}
	}
	if (op.bodyJsonMode && bodyMode === 'json') {
		const body = param('bodyJson', '{}');
		try {
			parseJsonInput(ctx, body, op.bodyJson?.label ?? 'Body (JSON)', op.bodyJson ? 'any' : 'object', itemIndex);
		} catch (error) {
			return error as NodeOperationError;
		}
	}
	// Top-level placements (collection '') are the operation's own inputs, checked with the fields below.
	const optional = new Set(spec.placements.filter((placement) => placement.collection !== '').map((placement) => placement.field));
	for (const field of op.fields ?? []) {
		if (optional.has(field) || spec.skip(field) || !shown(field)) continue;
		if (field.in === 'body' && !fieldsBody) continue;
		const found = fieldProblem(field, param(parameterKey(field), null));
		if (found) return refuse(fieldLabel(field), found);
	}
	const bags = new Map<string, IDataObject>();
	for (const { field, collection, onlyWithFieldsBody } of spec.placements) {
		if (collection === '' || (onlyWithFieldsBody && !fieldsBody) || spec.skip(field) || !shown(field)) continue;
		if (!bags.has(collection)) bags.set(collection, (param(collection, {}) ?? {}) as IDataObject);
		const bag = bags.get(collection)!;
		const key = parameterKey(field);
		if (!Object.prototype.hasOwnProperty.call(bag, key)) continue;
		// A picker in a collection holds a resource locator: its value is what is checked (and sent).
		const found = fieldProblem(field, unwrapLocator(bag[key]));
		if (found) return refuse(fieldLabel(field), found);
	}
	return undefined;
}

/** Why one item's input cannot be sent, or `undefined`. */
type ItemCheck = (ctx: IExecuteSingleFunctions, itemIndex: number) => NodeOperationError | undefined;

/**
 * A pre-send step that runs `check` for every input item when the first item reaches it (n8n starts
 * all items' requests together, so each item alone would be too late) and keeps the result for the
 * others. An invalid item fails on its own with Continue On Fail; without it no item sends anything,
 * so nothing is written for a run that fails.
 */
export function checkItemsFirst(check: ItemCheck): PreSend {
	const checked = new WeakMap<object, Map<number, NodeOperationError>>();
	return async function (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) {
		// Only n8n's routing node runs items; a trigger's poll (or a picker) reuses the hooks with its own parameters.
		if (typeof this.getExecuteData !== 'function' || typeof this.continueOnFail !== 'function') return opts;
		const run = this.getExecuteData() as object | undefined;
		let problems = run ? checked.get(run) : undefined;
		if (!problems) {
			problems = new Map();
			const count = run ? inputItemCount(this) : this.getItemIndex() + 1;
			for (let itemIndex = run ? 0 : this.getItemIndex(); itemIndex < count; itemIndex++) {
				const problem = check(this, itemIndex);
				if (problem) problems.set(itemIndex, problem);
			}
			if (run) checked.set(run, problems);
		}
		const own = problems.get(this.getItemIndex());
		if (own) throw own;
		if (problems.size && !this.continueOnFail()) {
			const [first] = problems.values();
			const stop = new NodeOperationError(this.getNode(), first.message, {
				itemIndex: this.getItemIndex(),
				description: `${first.description ?? ''} Nothing was sent for any item.`.trim(),
			});
			throw stop;
		}
		return opts;
	};
}

/** The first pre-send step of every catalog operation: every item's input checked against the operation's fields. */
export function checkEveryItem(op: OperationSpec, placements: OptionalPlacement[], skip: (field: FieldSpec) => boolean = () => false): PreSend {
	const spec: CheckedOperation = { op, placements, skip };
	return checkItemsFirst((ctx, itemIndex) => checkItem(ctx, spec, itemIndex));
}

/** Custom API Call's Body (JSON), checked for every item before any sends (GET and DELETE send no body). */
export function checkCustomCallBodies(): PreSend {
	return checkItemsFirst((ctx, itemIndex) => {
		const method = parameterForItem(ctx, 'customMethod', itemIndex, 'GET');
		if (typeof method === 'string' && ['GET', 'DELETE'].includes(method.toUpperCase())) return undefined;
		const raw = parameterForItem(ctx, 'customBody', itemIndex, '');
		if (typeof raw === 'string' && raw.trim() === '') return undefined;
		const read = readJson(raw);
		return 'problem' in read ? invalidInput(ctx, 'Body (JSON)', read.problem, read.fix, itemIndex) : undefined;
	});
}
