/** Batch writes: the records of every input item sent in chunks the API accepts, each saved record paired with its item. */
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';
import type { IDataObject, IExecutePaginationFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';

import type { RequestLoop } from './catalog';
import { sendExplained } from './request/routing';
import { invalidInput, parameterForItem, runItems } from './validation';

/**
 * A write that takes many records per call. Every input item gives one record (or an array of
 * records) through one JSON parameter; one item's request sends the records of that item and every
 * later one in chunks, so 250 items cost 3 calls instead of 250 (see `runForAllItems`).
 */
export interface BatchSpec {
	/** Vendor name used in error messages. */
	vendor: string;
	/** The n8n parameter holding each item's record(s). */
	parameter: string;
	/** The parameter's label, for error messages. */
	label: string;
	/** Body property that carries one chunk, e.g. `array`. */
	bodyProperty: string;
	/** Most records the API accepts per call. */
	chunkSize: number;
	/** Why the API would refuse this record, checked for all records before anything is sent. */
	checkRecord?: (record: IDataObject) => { problem: string; fix: string } | undefined;
	/** Why an answer cannot count as "saved" (e.g. not JSON, no IDs), or `undefined` when it can. */
	checkAnswer?: (records: IDataObject[], response: INodeExecutionData[]) => string | undefined;
	/** The output of one call: its records joined with what the API answered, one entry per record. */
	combine: (records: IDataObject[], response: INodeExecutionData[]) => IDataObject[];
	/** The records of one input item when they come from the operation's fields instead of `parameter`. */
	recordsOfItem?: (ctx: IExecutePaginationFunctions, itemIndex: number, requestData: BatchRequest) => Promise<IDataObject[]>;
}

type BatchRequest = Parameters<RequestLoop>[0];

export interface SourcedRecord {
	record: IDataObject;
	itemIndex: number;
}

/**
 * Calls that were answered as saved, per node run. n8n's Retry On Fail runs the node again with the
 * same execution data object, so a retry finds here what the failed attempt already saved and does
 * not send it twice. Gone with the execution (weak keys).
 */
const savedCalls = new WeakMap<object, Map<string, INodeExecutionData[]>>();

/** Empty or `{{ $json }}`: the record is the input item itself, no expression needs evaluating. */
const WHOLE_ITEM = /^(\s*|=\s*\{\{\s*\$json\s*\}\}\s*)$/;

function inputItems(ctx: IExecutePaginationFunctions): INodeExecutionData[] {
	return runItems(ctx) ?? (ctx.getWorkflowDataProxy(0).$input.all() as INodeExecutionData[]).slice(0, ctx.getNode().executeOnce === true ? 1 : undefined);
}

/** The output of an input item that failed (Continue On Fail): the error, on the item it names. */
export function errorItem(error: NodeApiError | NodeOperationError, itemIndex: number): INodeExecutionData {
	return { json: { error: error.message }, error, pairedItem: { item: itemIndex } };
}

/** Output items in input order (stable: an item's records keep their order). */
export function inItemOrder(items: INodeExecutionData[]): INodeExecutionData[] {
	const itemOf = (item: INodeExecutionData) => (item.pairedItem as { item?: number } | undefined)?.item ?? 0;
	return items.map((item, position) => ({ item, position })).sort((a, b) => itemOf(a.item) - itemOf(b.item) || a.position - b.position).map(({ item }) => item);
}

/** Waits before a call, as n8n's Request Options → Batching asks. */
export type Pacer = (itemIndex: number) => Promise<void>;

/**
 * Request Options → Batching (read with item 0, as RoutingNode reads it). RoutingNode waits the
 * interval before item i when i > 0 and i % Items per Batch = 0; here before a call whose input item
 * (a chunk's first record's) is in another batch of items than the previous call's.
 */
export function requestPacer(requestOptions: unknown): Pacer {
	const batch = ((requestOptions as IDataObject | undefined)?.batching as IDataObject | undefined)?.batch as IDataObject | undefined;
	const size = Number(batch?.batchSize) > 0 ? Number(batch?.batchSize) : 1;
	const interval = Number(batch?.batchInterval) || 0;
	let last: number | undefined;
	return async (itemIndex) => {
		const wait = interval > 0 && last !== undefined && Math.floor(itemIndex / size) !== Math.floor(last / size);
		last = itemIndex;
		if (wait) await sleep(interval);
	};
}

/** The pacer of a batch loop, from the node's Request Options as item 0 sees them. */
export function pacerOf(ctx: IExecutePaginationFunctions): Pacer {
	return requestPacer(parameterForItem(ctx, 'requestOptions', 0, {}));
}

function recordsOfItem(ctx: IExecutePaginationFunctions, spec: BatchSpec, items: INodeExecutionData[], itemIndex: number): IDataObject[] {
	const raw = ctx.getNode().parameters[spec.parameter] ?? '';
	let value = typeof raw === 'string' && WHOLE_ITEM.test(raw) && items[itemIndex] ? items[itemIndex].json : parameterForItem(ctx, spec.parameter, itemIndex, undefined);
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch (error) {
			throw invalidInput(ctx, spec.label, 'Invalid JSON', `Check the JSON syntax (${(error as Error).message})`, itemIndex);
		}
	}
	const records = Array.isArray(value) ? value : [value];
	for (const record of records) {
		if (record === null || typeof record !== 'object' || Array.isArray(record)) {
			throw invalidInput(ctx, spec.label, 'Expected a record as a JSON object', 'Give an object, e.g. {"Name": "Acme"}, or an array of objects', itemIndex);
		}
	}
	return records as IDataObject[];
}

/** "input items 0–99" */
function itemRange(entries: SourcedRecord[]): string {
	if (entries.length === 0) return 'no input items';
	const first = entries[0].itemIndex;
	const last = entries[entries.length - 1].itemIndex;
	return first === last ? `input item ${first}` : `input items ${first}–${last}`;
}

function savedIdsOf(saved: INodeExecutionData[]): unknown[] {
	return saved.map((item) => item.json.id).filter((id) => id !== undefined && id !== null);
}

/** Every saved ID, runs of consecutive numbers shortened to "5001–5200", so none is left out of the error. */
function idsOf(ids: unknown[]): string {
	if (ids.length === 0) return '';
	const parts: string[] = [];
	for (let start = 0; start < ids.length; ) {
		let end = start;
		while (end + 1 < ids.length && typeof ids[end] === 'number' && ids[end + 1] === (ids[end] as number) + 1) end++;
		parts.push(end - start >= 2 ? `${String(ids[start])}–${String(ids[end])}` : ids.slice(start, end + 1).map(String).join(', '));
		start = end + 1;
	}
	return ` (IDs ${parts.join(', ')})`;
}

export interface CollectedRecords {
	records: SourcedRecord[];
	/** With Continue On Fail: an error item for each input item whose records cannot be sent. */
	refused: INodeExecutionData[];
}

/**
 * The records of this call's input item and every later one, each checked before anything is sent.
 * Without Continue On Fail the first bad item stops the run; with it, only that item is left out.
 */
export async function collectRecords(ctx: IExecutePaginationFunctions, spec: BatchSpec, requestData: BatchRequest): Promise<CollectedRecords> {
	const items = inputItems(ctx);
	const inputCount = Math.max(1, items.length);
	const collected: CollectedRecords = { records: [], refused: [] };
	for (let itemIndex = ctx.getItemIndex(); itemIndex < inputCount; itemIndex++) {
		try {
			const records = spec.recordsOfItem ? await spec.recordsOfItem(ctx, itemIndex, requestData) : recordsOfItem(ctx, spec, items, itemIndex);
			for (const record of records) {
				const refusal = spec.checkRecord?.(record);
				if (refusal) throw invalidInput(ctx, spec.label, refusal.problem, refusal.fix, itemIndex);
			}
			collected.records.push(...records.map((record) => ({ record, itemIndex })));
		} catch (caught) {
			const error = caught instanceof NodeOperationError || caught instanceof NodeApiError ? caught : new NodeApiError(ctx.getNode(), caught as JsonObject, { itemIndex });
			if (!ctx.continueOnFail()) throw error;
			collected.refused.push(errorItem(error, itemIndex));
		}
	}
	return collected;
}

/**
 * Sends the records in chunks the API accepts (to `url` when given), and returns one output item per
 * record. With Continue On Fail a failed call gives an error item per record and later calls still go;
 * calls answered as saved are remembered per run, so Retry On Fail does not send them again.
 */
export async function sendInChunks(
	ctx: IExecutePaginationFunctions,
	spec: BatchSpec,
	requestData: BatchRequest,
	all: SourcedRecord[],
	url?: string,
	pace: Pacer = pacerOf(ctx),
): Promise<INodeExecutionData[]> {
	const run = ctx.getExecuteData?.() as object | undefined;
	const memory = run ? (savedCalls.get(run) ?? new Map<string, INodeExecutionData[]>()) : new Map<string, INodeExecutionData[]>();
	if (run) savedCalls.set(run, memory);
	const calls = Math.ceil(all.length / spec.chunkSize);
	const output: INodeExecutionData[] = [];
	const saved: INodeExecutionData[] = [];
	for (let start = 0; start < all.length; start += spec.chunkSize) {
		const chunk = all.slice(start, start + spec.chunkSize);
		const records = chunk.map((entry) => entry.record);
		const call = start / spec.chunkSize + 1;
		const key = `${url ?? ''}:${start}:${JSON.stringify(records)}`;
		let answer = memory.get(key);
		if (!answer) {
			// Records built from fields leave those fields in the item's own body: send only the chunk.
			const body = spec.recordsOfItem ? {} : (requestData.options.body as IDataObject);
			await pace(chunk[0].itemIndex);
			try {
				const response = await sendExplained(ctx, {
					...requestData,
					options: { ...requestData.options, ...(url ? { url } : {}), body: { ...body, [spec.bodyProperty]: records } },
				});
				const unusable = spec.checkAnswer?.(records, response);
				if (unusable) {
					throw new NodeApiError(ctx.getNode(), { message: unusable } as JsonObject, {
						message: `${spec.vendor} answered call ${call} of ${calls} (records ${start + 1}–${start + chunk.length}) ${unusable}`,
						description: `Whether these records were saved is unknown: check in ${spec.vendor} before running again.`,
						itemIndex: chunk[0].itemIndex,
					});
				}
				const combined = spec.combine(records, response).map((json, position) => ({
					json,
					pairedItem: { item: chunk[Math.min(position, chunk.length - 1)].itemIndex },
				}));
				memory.set(key, combined);
				answer = combined;
			} catch (error) {
				// The sender already made it a NodeApiError, which the constructor hands back as is.
				const failed = new NodeApiError(ctx.getNode(), error as JsonObject);
				const savedIds = savedIdsOf(saved);
				const before = saved.length
					? `Calls before this one saved ${saved.length} records (${itemRange(all.slice(0, start))})${idsOf(savedIds)}.`
					: 'No earlier call saved anything.';
				const after = `Records ${start + 1} to ${all.length} (${itemRange(all.slice(start))}) were not saved.`;
				if (!ctx.continueOnFail()) {
					failed.description = [failed.description, before, after, 'With Retry On Fail, a retry does not send the saved records again.']
						.filter(Boolean)
						.join(' ');
					// The IDs as data too, for a workflow (error output, Error Trigger) that reconciles them.
					failed.context = { ...failed.context, savedIds };
					throw failed;
				}
				// Continue On Fail: every record of this call gets an error item on its own input item; later calls still go.
				for (const entry of chunk) output.push(errorItem(failed, entry.itemIndex));
				continue;
			}
		}
		saved.push(...answer);
		output.push(...answer);
	}
	return output;
}

/**
 * Builds the request loop of a batch write operation (set as the operation's `requestLoop`, with
 * `forAllItems`): n8n calls it once per node run, for the first item whose own request could be built.
 */
export function sendRecordsInBatches(spec: BatchSpec): RequestLoop {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const { records, refused } = await collectRecords(this, spec, requestData);
		return inItemOrder([...refused, ...(await sendInChunks(this, spec, requestData, records))]);
	};
}
