import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecutePaginationFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';

import type { RequestLoop } from './catalog';
import { sendExplained } from './request/routing';
import { loopsForAllItems } from './customOperations';
import { invalidInput, parameterForItem } from './validation';

/**
 * A write that takes many records per call. Every input item gives one record (or an array of
 * records) through one JSON parameter; the first item's request sends the records of all items in
 * chunks, so 250 items cost 3 calls instead of 250. The other items send nothing.
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
	const input = ctx.getExecuteData?.()?.data?.main?.[0];
	if (input) return input;
	return ctx.getWorkflowDataProxy(0).$input.all() as INodeExecutionData[];
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

function idsOf(saved: INodeExecutionData[]): string {
	const ids = saved.map((item) => item.json.id).filter((id) => id !== undefined && id !== null);
	if (ids.length === 0) return '';
	const shown = ids.slice(0, 20).join(', ');
	return ` (IDs ${shown}${ids.length > 20 ? `, … ${ids.length - 20} more` : ''})`;
}

/** Every input item's records, each checked before anything is sent. */
export async function collectRecords(ctx: IExecutePaginationFunctions, spec: BatchSpec, requestData: BatchRequest): Promise<SourcedRecord[]> {
	const items = inputItems(ctx);
	const inputCount = Math.max(1, items.length);
	const all: SourcedRecord[] = [];
	for (let itemIndex = 0; itemIndex < inputCount; itemIndex++) {
		const records = spec.recordsOfItem ? await spec.recordsOfItem(ctx, itemIndex, requestData) : recordsOfItem(ctx, spec, items, itemIndex);
		for (const record of records) {
			const refusal = spec.checkRecord?.(record);
			if (refusal) throw invalidInput(ctx, spec.label, refusal.problem, refusal.fix, itemIndex);
			all.push({ record, itemIndex });
		}
	}
	return all;
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
				const before = saved.length
					? `Calls before this one saved ${saved.length} records (${itemRange(all.slice(0, start))})${idsOf(saved)}.`
					: 'No earlier call saved anything.';
				const after = `Records ${start + 1} to ${all.length} (${itemRange(all.slice(start))}) were not saved.`;
				if (!ctx.continueOnFail()) {
					failed.description = [failed.description, before, after, 'With Retry On Fail, a retry does not send the saved records again.']
						.filter(Boolean)
						.join(' ');
					throw failed;
				}
				// Continue On Fail: every record of this call gets an error item on its own input item; later calls still go.
				for (const entry of chunk) {
					output.push({ json: { error: failed.message }, error: failed, pairedItem: { item: entry.itemIndex } });
				}
				continue;
			}
		}
		saved.push(...answer);
		output.push(...answer);
	}
	return output;
}

/** Builds the request loop of a batch write operation (set as the operation's `requestLoop`). */
export function sendRecordsInBatches(spec: BatchSpec): RequestLoop {
	const loop: RequestLoop = async function (this: IExecutePaginationFunctions, requestData) {
		// The first item sends for every item.
		if (this.getItemIndex() > 0) return [];
		return await sendInChunks(this, spec, requestData, await collectRecords(this, spec, requestData));
	};
	loopsForAllItems.add(loop);
	return loop;
}
