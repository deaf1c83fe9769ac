import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecutePaginationFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';

import type { RequestLoop } from './catalog';
import { singleRequest, withVendorErrors } from './errors';
import { invalidInput } from './requestHooks';

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

function refuse(ctx: IExecutePaginationFunctions, label: string, itemIndex: number, problem: string, fix: string) {
	return invalidInput(ctx, label, problem, fix, itemIndex);
}

/** The parameter as item `itemIndex` sees it: expressions are evaluated against that item. */
function parameterForItem(ctx: IExecutePaginationFunctions, name: string, itemIndex: number): unknown {
	if (itemIndex === ctx.getItemIndex()) return ctx.getNodeParameter(name, undefined);
	const raw = ctx.getNode().parameters[name];
	if (typeof raw === 'string' && raw.startsWith('=')) return ctx.evaluateExpression(raw.slice(1), itemIndex);
	return raw;
}

function recordsOfItem(ctx: IExecutePaginationFunctions, spec: BatchSpec, itemIndex: number): IDataObject[] {
	let value = parameterForItem(ctx, spec.parameter, itemIndex);
	if (typeof value === 'string') {
		try {
			value = JSON.parse(value);
		} catch (error) {
			throw refuse(ctx, spec.label, itemIndex, 'Invalid JSON', `Check the JSON syntax (${(error as Error).message})`);
		}
	}
	const records = Array.isArray(value) ? value : [value];
	for (const record of records) {
		if (record === null || typeof record !== 'object' || Array.isArray(record)) {
			throw refuse(ctx, spec.label, itemIndex, 'Expected a record as a JSON object', 'Give an object, e.g. {"Name": "Acme"}, or an array of objects');
		}
	}
	return records as IDataObject[];
}

/** Every input item's records, each checked before anything is sent. */
export async function collectRecords(ctx: IExecutePaginationFunctions, spec: BatchSpec, requestData: BatchRequest): Promise<SourcedRecord[]> {
	const inputCount = Math.max(1, ctx.getWorkflowDataProxy(0).$input.all().length);
	const all: SourcedRecord[] = [];
	for (let itemIndex = 0; itemIndex < inputCount; itemIndex++) {
		const records = spec.recordsOfItem ? await spec.recordsOfItem(ctx, itemIndex, requestData) : recordsOfItem(ctx, spec, itemIndex);
		for (const record of records) {
			const refusal = spec.checkRecord?.(record);
			if (refusal) throw refuse(ctx, spec.label, itemIndex, refusal.problem, refusal.fix);
			all.push({ record, itemIndex });
		}
	}
	return all;
}

/** Sends the records in chunks the API accepts (to `url` when given), and returns one output item per record. */
export async function sendInChunks(
	ctx: IExecutePaginationFunctions,
	spec: BatchSpec,
	requestData: BatchRequest,
	all: SourcedRecord[],
	url?: string,
): Promise<INodeExecutionData[]> {
	const sendChunk = withVendorErrors(spec.vendor, singleRequest);
	const output: INodeExecutionData[] = [];
	for (let start = 0; start < all.length; start += spec.chunkSize) {
		const chunk = all.slice(start, start + spec.chunkSize);
		const records = chunk.map((entry) => entry.record);
		// Records built from fields leave those fields in the item's own body: send only the chunk.
		const body = spec.recordsOfItem ? {} : (requestData.options.body as IDataObject);
		let response: INodeExecutionData[];
		try {
			response = await sendChunk.call(ctx, {
				...requestData,
				options: { ...requestData.options, ...(url ? { url } : {}), body: { ...body, [spec.bodyProperty]: records } },
			});
		} catch (error) {
			// `withVendorErrors` already made it a NodeApiError, which the constructor hands back as is.
			const failed = new NodeApiError(ctx.getNode(), error as JsonObject);
			if (start > 0) {
				const saved = `The first ${start} records (up to input item ${all[start - 1].itemIndex}) were saved by earlier calls; records ${start + 1} to ${all.length} were not.`;
				failed.description = failed.description ? `${failed.description} ${saved}` : saved;
			}
			throw failed;
		}
		spec.combine(records, response).forEach((json, position) => {
			output.push({ json, pairedItem: { item: chunk[Math.min(position, chunk.length - 1)].itemIndex } });
		});
	}
	return output;
}

/** Builds the request loop of a batch write operation (set as the operation's `requestLoop`). */
export function sendRecordsInBatches(spec: BatchSpec): RequestLoop {
	return async function (this: IExecutePaginationFunctions, requestData) {
		// The first item sends for every item.
		if (this.getItemIndex() > 0) return [];
		return await sendInChunks(this, spec, requestData, await collectRecords(this, spec, requestData));
	};
}
