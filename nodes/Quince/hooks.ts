import { NodeApiError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';

import { vendorMessage } from '../shared/request/failures';
import { invalidInput } from '../shared/requestHooks';

/** QUINCE reports failures in the body (`success: false`); let every answer reach `checkQuinceResponse`. */
export async function keepErrorBodies(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	opts.ignoreHttpStatusErrors = true;
	return opts;
}

/**
 * "Only Without Folder" / "Only Top-Level Folders": QUINCE selects these with `ParentFolder: null`,
 * which an n8n field cannot send by itself.
 */
export async function applyNoFolderFilter(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const body = opts.body as IDataObject;
	if (!body || !('withoutFolder' in body)) return opts;
	const withoutFolder = body.withoutFolder === true;
	delete body.withoutFolder;
	if (!withoutFolder) return opts;
	const filter = (body.filter ?? {}) as IDataObject;
	if (filter.ParentFolder !== undefined) {
		throw invalidInput(this, 'Folder ID', 'A folder ID and "without folder" exclude each other', 'Remove one of the two filters');
	}
	body.filter = { ...filter, ParentFolder: null };
	return opts;
}

const idOf = (entry: unknown): unknown =>
	entry !== null && typeof entry === 'object' ? ((entry as IDataObject).id ?? (entry as IDataObject).Id ?? (entry as IDataObject).ID) : entry;

const isId = (value: unknown) => (typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value.trim() !== '');

/** The IDs an update could not find. The docs say the answer lists them without naming the key, so look for any ID list. */
function unknownIds(body: IDataObject): unknown[] {
	const places = [body, body.error].filter((place): place is IDataObject => !!place && typeof place === 'object' && !Array.isArray(place));
	for (const place of places) {
		for (const [key, value] of Object.entries(place)) {
			if (!Array.isArray(value) || !/(not.?found|unknown|missing|invalid|^ids$|^data$)/i.test(key)) continue;
			const ids = value.map(idOf).filter(isId);
			if (ids.length) return ids;
		}
	}
	return [];
}

function describeRefusal(operation: string, unknownIdsNamed: boolean): string {
	if (!['createMany', 'updateMany', 'upsert'].includes(operation)) return 'Check the values named in the message, and the token in the credential.';
	const fix = unknownIdsNamed ? 'Remove or correct the IDs it could not find.' : 'Check the records against the message.';
	return `QUINCE saves all records of a call or none: nothing from this call was saved. ${fix}`;
}

/** QUINCE's own words when a successful answer says `success: false`, else undefined (used by the pickers). */
export function quinceRefusal(body: unknown): string | undefined {
	if (!body || typeof body !== 'object' || (body as IDataObject).success !== false) return undefined;
	const record = body as IDataObject;
	return vendorMessage(record.error ?? record) ?? 'no reason given';
}

/** Turns `success: false` (at any HTTP status) and HTTP failures into an error with QUINCE's own message. */
export async function checkQuinceResponse(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = (response.body && typeof response.body === 'object' ? response.body : { message: response.body }) as IDataObject;
	const status = response.statusCode;
	if (status < 400 && body.success !== false) return items;

	const said = vendorMessage(body.error ?? body) ?? (body.error !== undefined ? JSON.stringify(body.error) : 'no reason given');
	const ids = unknownIds(body);
	const named = ids.length && !ids.every((id) => said.includes(String(id))) ? ` (IDs not found: ${ids.join(', ')})` : '';
	throw new NodeApiError(this.getNode(), body as JsonObject, {
		message: status >= 400 ? `QUINCE answered HTTP ${status}: ${said}${named}` : `QUINCE refused the request: ${said}${named}`,
		description: describeRefusal(String(this.getNodeParameter('operation', '')), ids.length > 0),
		httpCode: String(status),
		itemIndex: this.getItemIndex(),
	});
}

/** Create/update answers list the saved IDs in the order of the records sent: put each ID on its record. */
export function matchIdsToRecords(records: IDataObject[], response: INodeExecutionData[]): IDataObject[] {
	const body = response[0]?.json ?? {};
	const ids = (Array.isArray(body.data) ? body.data : []).map(idOf);
	if (ids.length === records.length) return records.map((record, position) => ({ id: ids[position] as IDataObject[string], ...record }));
	// Nothing to match (an update may answer without IDs), or counts that cannot be matched safely.
	if (ids.length === 0) return records;
	return records.map((record) => ({ ...record, id: null, batchIds: ids as IDataObject[] }));
}

/** An answer that tells nothing (empty, not JSON) cannot count as saved. */
export function answerIsJson(_records: IDataObject[], response: INodeExecutionData[]): string | undefined {
	const body = response.length === 1 ? (response[0].json as unknown) : undefined;
	if (body === null || typeof body !== 'object' || Array.isArray(body) || Object.keys(body).length === 0) {
		return 'with HTTP 200 and a body that is not a JSON object';
	}
	return undefined;
}

/** A create answer must list the new IDs, or the records come out without them. */
export function answerHasIds(records: IDataObject[], response: INodeExecutionData[]): string | undefined {
	const notJson = answerIsJson(records, response);
	if (notJson) return notJson;
	const data = (response[0].json as IDataObject).data;
	const ids = Array.isArray(data) ? data.map(idOf).filter(isId) : [];
	return ids.length === 0 ? 'with HTTP 200 but without the IDs of the new records' : undefined;
}

/** Every update record must carry its ID (`id` for partners, `Id` elsewhere in the docs). */
export function requireRecordId(record: IDataObject): { problem: string; fix: string } | undefined {
	const id = record.id ?? record.Id ?? record.ID;
	if (isId(id)) return undefined;
	return { problem: 'A record has no ID', fix: 'Give each record the ID of the record to change, e.g. {"Id": 116, "Name": "New name"}' };
}
