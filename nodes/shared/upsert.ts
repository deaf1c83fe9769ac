/**
 * "Create or Update" by a natural or external key, declared next to the operations it combines:
 * look the key up with the resource's list operation, then create when nothing matches or update
 * the one record that does. The request of the create operation (fields, conversions, checks) is
 * built by the create operation's own catalog entry; this loop only redirects it.
 */
import { NodeApiError, NodeOperationError, deepCopy } from 'n8n-workflow';
import type { IDataObject, IExecutePaginationFunctions, IHttpRequestOptions, INodeExecutionData, JsonObject } from 'n8n-workflow';

import { collectRecords, errorItem, inItemOrder, pacerOf, sendInChunks } from './batching';
import type { BatchSpec, SourcedRecord } from './batching';
import type { FieldSpec, OperationSpec, RequestLoop, UpsertSpec } from './catalog';
import { recordsFromOperation } from './itemRequest';
import { fieldLabel } from './fields';
import { paginateList } from './pagination';
import { getPath, invalidInput, prepareCatalogRequest, setPath } from './requestHooks';

// Vendor catalogs name the type from here too.
export type { UpsertSpec } from './catalog';

/** Which action a Create or Update output record went through. */
export const ACTION_PROPERTY = '_action';
export type UpsertAction = 'created' | 'updated';

export interface ResolvedUpsert {
	spec: UpsertSpec;
	create: OperationSpec;
	update: OperationSpec;
	lookup: OperationSpec;
	keyFieldSpec: FieldSpec;
}

function findOperation(ops: OperationSpec[], resource: string, names: string[], role: string): OperationSpec {
	for (const name of names) {
		const found = ops.find((op) => op.resource === resource && op.operation === name);
		if (found) return found;
	}
	throw new Error(`${resource}: Create or Update needs a ${role} operation (${names.join(' or ')})`);
}

/** Finds and checks the operations an upsert combines; a catalog that lost one fails at build time. */
export function resolveUpsert(ops: OperationSpec[], resource: string, spec: UpsertSpec): ResolvedUpsert {
	const create = findOperation(ops, resource, [spec.create ?? 'create'], 'create');
	const update = findOperation(ops, resource, [spec.update ?? 'update'], 'update');
	const lookup = findOperation(ops, resource, spec.lookup ? [spec.lookup] : ['getMany', 'getAll'], 'list');
	if (!lookup.list) throw new Error(`${resource}.${lookup.operation} is not a list`);
	const keyFieldSpec = (create.fields ?? []).find((field) => field.in === 'body' && (field.property ?? field.name) === spec.keyField);
	if (!keyFieldSpec) throw new Error(`${resource}.${create.operation} has no body field ${spec.keyField}`);
	if (spec.filter && !(lookup.fields ?? []).some((field) => (field.property ?? field.name) === spec.filter)) {
		throw new Error(`${resource}.${lookup.operation} has no filter ${spec.filter}`);
	}
	return { spec, create, update, lookup, keyFieldSpec };
}

const isBlank = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/**
 * The key of a record, compared as text so `12` and `"12"` match, without the spaces around it;
 * case and every other character count.
 */
export function keyOf(record: IDataObject, property: string): string | undefined {
	const value = getPath(record, property, property.includes('.'));
	return isBlank(value) ? undefined : String(value).trim();
}

/**
 * The record to write, its key as the lookup sent it: a key stored with spaces around it is not
 * found by the next run's lookup. A copy, so the input item is left as it came.
 */
function withTrimmedKey(record: IDataObject, property: string): IDataObject {
	const dotted = property.includes('.');
	const value = getPath(record, property, dotted);
	if (typeof value !== 'string' || value === value.trim()) return record;
	const copy = deepCopy(record);
	setPath(copy, property, dotted, value.trim());
	return copy;
}

/**
 * Items of one node run start their requests together; a Create or Update must not look a key up
 * while another item is still creating it, so the items of one node take turns.
 */
const turns = new WeakMap<object, Promise<unknown>>();
export async function oneAtATime<T>(owner: object, work: () => Promise<T>): Promise<T> {
	const previous = turns.get(owner) ?? Promise.resolve();
	const mine = previous.catch(() => undefined).then(work);
	turns.set(owner, mine);
	return await mine;
}

/** What the items of one node run share: n8n hands them the same execute data. */
const fallbackOwners = new Map<string, object>();
function runOwner(ctx: IExecutePaginationFunctions): object {
	const executeData = ctx.getExecuteData?.();
	if (executeData) return executeData;
	const name = `${ctx.getExecutionId?.() ?? ''}:${ctx.getNode().name}`;
	if (!fallbackOwners.has(name)) fallbackOwners.set(name, {});
	return fallbackOwners.get(name)!;
}

/** Listed records of one run, for lookups without a server-side filter: read once, kept up to date. */
const scans = new WeakMap<object, Map<string, IDataObject[]>>();

/** Runs `loop` as if Return All were on, whatever the upsert operation's own parameters say. */
function withReturnAll(ctx: IExecutePaginationFunctions): IExecutePaginationFunctions {
	return Object.create(ctx, {
		getNodeParameter: {
			value: (name: string, fallback?: unknown, ...rest: unknown[]) =>
				name === 'returnAll' ? true : (ctx.getNodeParameter as (...args: unknown[]) => unknown)(name, fallback, ...rest),
		},
	}) as IExecutePaginationFunctions;
}

/** The lookup request: the list operation's method and path, the key filter, converted like the list's own fields. */
async function lookupOptions(ctx: IExecutePaginationFunctions, base: Parameters<RequestLoop>[0]['options'], resolved: ResolvedUpsert, key?: string) {
	const { lookup, spec } = resolved;
	const inBody = lookup.list!.in === 'body';
	const params: IDataObject = {};
	for (const field of lookup.fields ?? []) {
		// A list that requires a parameter (e.g. a sort order) gets its default.
		if (field.required && field.in !== 'path' && field.default !== undefined && field.default !== '') params[field.property ?? field.name] = field.default;
	}
	Object.assign(params, spec.lookupParams ?? {});
	if (spec.filter && key !== undefined) setDotted(params, spec.filter, key);
	const options = { ...base, method: lookup.method, url: lookup.path, qs: inBody ? {} : params, body: inBody ? params : undefined };
	if (!inBody) delete options.body;
	// The key is one value: a list filter must not split `K-2,3` into two codes.
	return await prepareCatalogRequest(lookup, spec.filter).call(ctx, options as IHttpRequestOptions);
}

function setDotted(target: IDataObject, path: string, value: unknown) {
	const parts = path.split('.');
	let current = target;
	for (const part of parts.slice(0, -1)) current = (current[part] = (current[part] as IDataObject) ?? {}) as IDataObject;
	current[parts[parts.length - 1]] = value as IDataObject;
}

async function listRecords(
	ctx: IExecutePaginationFunctions,
	requestData: Parameters<RequestLoop>[0],
	resolved: ResolvedUpsert,
	key?: string,
): Promise<IDataObject[]> {
	const options = await lookupOptions(ctx, requestData.options, resolved, key);
	const items = await paginateList(resolved.lookup.list!, 'the lookup', { shortPageEnds: key !== undefined }).call(withReturnAll(ctx), { ...requestData, options });
	return items.map((item) => item.json);
}

/** Records whose key equals `key` exactly (a server filter may match more loosely, e.g. with wildcards). */
async function findByKey(
	ctx: IExecutePaginationFunctions,
	requestData: Parameters<RequestLoop>[0],
	resolved: ResolvedUpsert,
	key: string,
): Promise<IDataObject[]> {
	const recordKey = resolved.spec.recordKey ?? resolved.spec.keyField;
	if (resolved.spec.filter) {
		return (await listRecords(ctx, requestData, resolved, key)).filter((record) => keyOf(record, recordKey) === key);
	}
	const owner = runOwner(ctx);
	let byKey = scans.get(owner);
	if (!byKey) {
		byKey = new Map();
		for (const record of await listRecords(ctx, requestData, resolved)) {
			const found = keyOf(record, recordKey);
			if (found !== undefined) byKey.set(found, [...(byKey.get(found) ?? []), record]);
		}
		scans.set(owner, byKey);
	}
	return byKey.get(key) ?? [];
}

function rememberWrite(ctx: IExecutePaginationFunctions, resolved: ResolvedUpsert, key: string, record: IDataObject) {
	if (resolved.spec.filter) return;
	const byKey = scans.get(runOwner(ctx));
	byKey?.set(key, [record]);
}

/** `{id}` of the update path, filled with the found record's ID. */
function updatePath(update: OperationSpec, id: unknown): string {
	return update.path.replace(/\{[^}]+\}/, encodeURIComponent(String(id)));
}

function unwrap(items: INodeExecutionData[], rootProperty: string | undefined): IDataObject[] {
	return items.flatMap((item) => {
		const body = item.json as unknown;
		if (Array.isArray(body)) return body as IDataObject[];
		const inner = rootProperty ? getPath(item.json, rootProperty, rootProperty.includes('.')) : undefined;
		if (inner && typeof inner === 'object') return Array.isArray(inner) ? (inner as IDataObject[]) : [inner as IDataObject];
		return [item.json];
	});
}

const isEmpty = (record: IDataObject) => Object.keys(record).length === 0;

/** The request loop of a Create or Update operation: lookup by key, then create or update. */
export function upsertRecord(resolved: ResolvedUpsert, vendor: string): RequestLoop {
	const { spec, create, update, keyFieldSpec } = resolved;
	const keyLabel = fieldLabel(keyFieldSpec);
	const idProperty = spec.idProperty ?? 'id';
	return async function (this: IExecutePaginationFunctions, requestData) {
		const sentBody = (requestData.options.body ?? {}) as IDataObject;
		const rawKey = getPath(sentBody, spec.keyField, spec.keyField.includes('.'));
		if (isBlank(rawKey) || typeof rawKey === 'object') {
			throw invalidInput(this, keyLabel, 'A value is required', `Create or Update finds the record by its ${keyLabel}: give every record one`);
		}
		const key = String(rawKey).trim();
		const body = withTrimmedKey(sentBody, spec.keyField);
		return await oneAtATime(runOwner(this), async () => {
			const matches = await findByKey(this, requestData, resolved, key);
			if (matches.length > 1) {
				const ids = matches.map((record) => String(record[idProperty])).join(', ');
				throw new NodeOperationError(this.getNode(), `${matches.length} ${vendor} ${spec.plural} have the ${keyLabel} '${key}' [item ${this.getItemIndex()}]`, {
					itemIndex: this.getItemIndex(),
					description: `Create or Update changes only a record it can tell apart (IDs ${ids}). Give the records different ${keyLabel} values in ${vendor}, or use Update with an ID.`,
				});
			}
			const found = matches[0];
			const action: UpsertAction = found ? 'updated' : 'created';
			const target = found ? update : create;
			if (found && isBlank(found[idProperty])) {
				throw new NodeOperationError(this.getNode(), `The ${vendor} record with ${keyLabel} '${key}' came back without its ${idProperty} [item ${this.getItemIndex()}]`, {
					itemIndex: this.getItemIndex(),
				});
			}
			const items = await this.makeRoutingRequest({
				...requestData,
				options: { ...requestData.options, method: target.method, url: found ? updatePath(update, found[idProperty]) : create.path, body },
			});
			const records = unwrap(items, target.rootProperty).map((record) =>
				isEmpty(record) && found ? { [idProperty]: found[idProperty] as IDataObject[string] } : record,
			);
			rememberWrite(this, resolved, key, { ...(found ?? {}), ...body, ...(records[0] ?? {}) });
			// Paired here: under the error output n8n pairs RoutingNode's items only when none went there.
			return records.map((json) => ({ json: { ...json, [ACTION_PROPERTY]: action }, pairedItem: { item: this.getItemIndex() } }));
		});
	};
}

const article = (noun: string) => (/^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`);

/** The key input of a Create or Update screen: required, and saying what it is for. */
function keyInput(field: FieldSpec, noun: string): FieldSpec {
	return {
		...field,
		topLevel: true,
		omitWhenEmpty: true,
		required: true,
		description: `How the node finds the ${noun} again: the ${noun} with exactly this ${fieldLabel(field)} (spaces around it dropped) is updated, else one is created, so a rerun makes no duplicate`,
	};
}

/**
 * The catalog entry of a Create or Update operation: the create operation's fields and request
 * building, with the upsert loop instead of a single call. The key input keeps the create's
 * parameter name (saved workflows keep their value) but is required here.
 */
export function upsertOperation(ops: OperationSpec[], resource: string, spec: UpsertSpec, vendor: string, noun: string): OperationSpec {
	const resolved = resolveUpsert(ops, resource, spec);
	const { create, update, keyFieldSpec } = resolved;
	if ((update.fields ?? []).filter((field) => field.in === 'path').length !== 1) {
		throw new Error(`${resource}.${update.operation}: Create or Update needs exactly one path field for the found record's ID`);
	}
	return {
		...create,
		operation: 'upsert',
		name: 'Create or Update',
		action: `Create or update ${article(noun)}`,
		// No description: the action says it, and every byte is shipped to the editor (Cirrus has 13 of these).
		description: undefined,
		fields: (create.fields ?? []).map((field) => (field === keyFieldSpec ? keyInput(field, noun) : field)),
		rootProperty: undefined,
		emptyResponse: undefined,
		list: undefined,
		requestLoop: upsertRecord(resolved, vendor),
		// One lookup and write per item, each on its own (n8n's RoutingNode runs it).
		forAllItems: undefined,
		upsert: spec,
	};
}

/** A create operation whose key field is shown top level, so its Create or Update twin shares every input with it. */
export function keyOnTop(op: OperationSpec, keyField: string): OperationSpec {
	return { ...op, fields: (op.fields ?? []).map((field) => ((field.property ?? field.name) === keyField && field.in === 'body' ? { ...field, topLevel: true, omitWhenEmpty: true } : field)) };
}

export interface BatchUpsertSpec extends UpsertSpec {
	/** How the create and update operations send records (the same for both, e.g. QUINCE's `array` of up to 100). */
	batch: Omit<BatchSpec, 'checkRecord'>;
	/** Why a record could not be saved, checked for every record before any call. */
	checkRecord?: BatchSpec['checkRecord'];
	/** The key under which an update record carries the found record's ID, e.g. `id`. */
	updateIdKey: string;
}

/**
 * Create or Update for APIs that save records in batches: the first item gathers every item's
 * records (each checked first), looks each distinct key up once, then sends the new records to
 * the create call and the found ones, with their IDs, to the update call, both in chunks.
 * Costs: one list call per distinct key (more only if a key matches over a page of records),
 * plus ⌈new / chunk⌉ create calls and ⌈found / chunk⌉ update calls.
 */
export function upsertRecordsInBatches(resolved: ResolvedUpsert, spec: BatchUpsertSpec): RequestLoop {
	const { create, update } = resolved;
	const keyLabel = fieldLabel(resolved.keyFieldSpec);
	const idProperty = spec.idProperty ?? 'id';
	const recordKey = spec.recordKey ?? spec.keyField;
	const batch: BatchSpec = {
		...spec.batch,
		checkRecord: (record) => {
			if (keyOf(record, spec.keyField) === undefined) {
				return { problem: `A record has no ${spec.keyField}`, fix: `Create or Update finds each record by its ${keyLabel} (${spec.keyField}): give every record one` };
			}
			return spec.checkRecord?.(record);
		},
	};
	const loop: RequestLoop = async function (this: IExecutePaginationFunctions, requestData) {
		const { records: all, refused } = await collectRecords(this, batch, requestData);
		for (const entry of all) entry.record = withTrimmedKey(entry.record, spec.keyField);
		// With Continue On Fail an item whose key cannot be resolved is left out alone; without it, the run stops before any write.
		const failed = new Map<number, INodeExecutionData>();
		const fail = (error: unknown, itemIndex: number) => {
			if (!this.continueOnFail() || !(error instanceof NodeOperationError || error instanceof NodeApiError)) throw error;
			if (!failed.has(itemIndex)) failed.set(itemIndex, errorItem(error, itemIndex));
		};
		const firstWithKey = new Map<string, number>();
		for (const entry of all) {
			const key = keyOf(entry.record, spec.keyField)!;
			const earlier = firstWithKey.get(key);
			if (earlier !== undefined) {
				fail(invalidInput(this, batch.label, `Two records have the ${keyLabel} '${key}' (input items ${earlier} and ${entry.itemIndex})`, 'Give each record its own key, or merge the two records first', entry.itemIndex), entry.itemIndex);
				continue;
			}
			firstWithKey.set(key, entry.itemIndex);
		}
		const pace = pacerOf(this);
		const toCreate: SourcedRecord[] = [];
		const toUpdate: SourcedRecord[] = [];
		for (const entry of all) {
			if (failed.has(entry.itemIndex)) continue;
			const key = keyOf(entry.record, spec.keyField)!;
			let matches: IDataObject[];
			try {
				await pace(entry.itemIndex);
				matches = (await listRecords(this, requestData, resolved, key)).filter((record) => keyOf(record, recordKey) === key);
				if (matches.length > 1) {
					throw new NodeOperationError(this.getNode(), `${matches.length} ${spec.batch.vendor} ${spec.plural} have the ${keyLabel} '${key}' [item ${entry.itemIndex}]`, {
						itemIndex: entry.itemIndex,
						description: `Nothing was saved${this.continueOnFail() ? ' for this item' : ''}. Create or Update changes only a record it can tell apart (IDs ${matches.map((record) => String(record[idProperty])).join(', ')}).`,
					});
				}
			} catch (error) {
				fail(error, entry.itemIndex);
				continue;
			}
			if (matches.length === 1) toUpdate.push({ record: { [spec.updateIdKey]: matches[0][idProperty] as IDataObject[string], ...entry.record }, itemIndex: entry.itemIndex });
			else toCreate.push(entry);
		}
		// An item is written whole or not at all: a record of a failed item is not sent.
		const sendable = (entries: SourcedRecord[]) => entries.filter((entry) => !failed.has(entry.itemIndex));
		const created = await sendInChunks(this, batch, requestData, sendable(toCreate), create.path, pace);
		let updated: INodeExecutionData[];
		try {
			updated = await sendInChunks(this, batch, requestData, sendable(toUpdate), update.path, pace);
		} catch (error) {
			// `sendInChunks` already made it a NodeApiError, which the constructor hands back as is.
			const failed = new NodeApiError(this.getNode(), error as JsonObject);
			if (created.length) {
				const note = `The ${created.length} new records were created by earlier calls; the updates of this call were not saved.`;
				failed.description = [failed.description, note].filter(Boolean).join(' ');
			}
			throw failed;
		}
		const mark = (items: INodeExecutionData[], action: UpsertAction) =>
			items.map((item) => (item.error ? item : { ...item, json: { ...item.json, [ACTION_PROPERTY]: action } }));
		// Back in input order.
		return inItemOrder([...refused, ...failed.values(), ...mark(created, 'created'), ...mark(updated, 'updated')]);
	};
	return loop;
}

/** The catalog entry of a batch Create or Update: the create operation's fields with the key required. */
export function upsertInBatchesOperation(ops: OperationSpec[], resource: string, spec: BatchUpsertSpec, noun: string): OperationSpec {
	const resolved = resolveUpsert(ops, resource, spec);
	const { create, keyFieldSpec } = resolved;
	const operation: OperationSpec = {
		...create,
		operation: 'upsert',
		name: 'Create or Update',
		action: `Create or update ${article(noun)}`,
		description: `Update the ${noun}s whose ${fieldLabel(keyFieldSpec)} exists, create the others, in batches`,
		fields: (create.fields ?? []).map((field) => (field === keyFieldSpec ? keyInput(field, noun) : field)),
		upsert: spec,
		forAllItems: true,
	};
	const batch = { ...spec.batch, recordsOfItem: recordsFromOperation(() => operation, spec.batch.label) };
	operation.requestLoop = upsertRecordsInBatches(resolved, { ...spec, batch });
	return operation;
}
