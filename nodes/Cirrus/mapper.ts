/**
 * Cirrus dynamic (custom) fields in "Map Fields": listed from `GET /dynamicfields/` for the record's
 * group, and written the documented way, one `PUT /dynamicdata/{fieldid}/{resourceid}` per field
 * after the record itself is saved (a record's create and update bodies take no dynamic fields).
 */
import { NodeApiError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	JsonObject,
	ResourceMapperField,
} from 'n8n-workflow';

import { errorItem } from '../shared/batching';
import type { OperationSpec, RequestLoop } from '../shared/catalog';
import { VendorSender } from '../shared/request/sender';
import { sendExplained, singleRequest } from '../shared/request/routing';
import { extraValues, MAPPER_MODE } from '../shared/resourceMapper';
import { cirrusConnection } from './connection';
import { paths } from './catalog/paths';

/** Column IDs of dynamic fields: `dynamic_<field ID>`. */
const PREFIX = 'dynamic_';
const owns = (id: string) => id.startsWith(PREFIX);

/** The record types whose writes map dynamic fields (the `groups` of Dynamic Field → Get Many). */
export const DYNAMIC_GROUPS = ['account', 'contact', 'order'];

/** Cirrus's largest page. */
const PAGE_SIZE = 50;
/** Enough for any company's custom fields; stops a list that never ends. */
const MAX_PAGES = 20;

interface DynamicField {
	id?: number;
	name?: string;
	required?: boolean;
	readonly?: boolean;
	options?: Array<{ id?: number; label?: string }>;
}

/** The records of one list answer: a Cirrus page `{pages, items}`, alone or in a one-element array. */
function pageOf(body: unknown): { items: DynamicField[]; pages: number } {
	const first = (Array.isArray(body) ? body[0] : body) as IDataObject | undefined;
	if (first && typeof first === 'object' && Array.isArray(first.items)) return { items: first.items as DynamicField[], pages: Number(first.pages) || 1 };
	return { items: Array.isArray(body) ? (body as DynamicField[]) : [], pages: 1 };
}

/** The dynamic fields of a record type, as mapper columns; read-only ones are left out (Cirrus would not save them). */
export async function dynamicColumns(ctx: ILoadOptionsFunctions, op: OperationSpec): Promise<ResourceMapperField[]> {
	if (!DYNAMIC_GROUPS.includes(op.resource)) return [];
	const read = (name: string) => {
		const value = ctx.getCurrentNodeParameter(name);
		if (value !== undefined) return value;
		try {
			return ctx.getNodeParameter(name, undefined);
		} catch {
			return undefined;
		}
	};
	const sender = new VendorSender(ctx, 'Cirrus', cirrusConnection, read);
	const fields: DynamicField[] = [];
	for (let page = 1; page <= MAX_PAGES; page++) {
		const request: IHttpRequestOptions = {
			method: 'GET',
			url: paths.dynamicField.collection,
			headers: { ...cirrusConnection.headers },
			json: true,
			qs: { groups: op.resource, sorting: 'sorting_asc', page, per_page: PAGE_SIZE },
		};
		const { body } = await sender.send(request, { expectsRecords: true });
		const { items, pages } = pageOf(body);
		fields.push(...items);
		if (page >= pages || items.length < PAGE_SIZE) break;
	}
	return fields
		.filter((field) => field.id !== undefined && field.readonly !== true)
		.map((field) => {
			const column: ResourceMapperField = {
				id: `${PREFIX}${field.id}`,
				displayName: `${field.name ?? `Dynamic Field ${field.id}`} (Dynamic Field)`,
				// Updates change only what they are given.
				required: field.required === true && op.operation !== 'update',
				defaultMatch: false,
				canBeUsedToMatch: false,
				display: true,
				type: 'string',
			};
			if (field.options?.length) {
				column.type = 'options';
				column.options = field.options.filter((option) => option.id !== undefined).map((option) => ({ name: option.label ?? String(option.id), value: option.id! }));
			}
			return column;
		});
}

/** The documented body of one value: a choice as the option selected, anything else as text. */
function dynamicBody(type: string | undefined, value: unknown): IDataObject {
	return type === 'options' ? { selected: [{ id: Number(value) }] } : { value: typeof value === 'object' ? JSON.stringify(value) : String(value) };
}

/** Records saved per node run (weak keys: gone with the execution), as batch writes keep theirs. */
const savedRecords = new WeakMap<object, Map<string, INodeExecutionData[]>>();

/** A column's field name without the "(Dynamic Field)" note. */
const fieldName = (column: { id?: string; displayName?: string }) => (column.displayName ?? String(column.id)).replace(/\s*\(Dynamic Field\)$/, '');

const ACTIONS: Record<string, string> = { create: 'created', update: 'updated' };

/**
 * The error of a record that was saved while some of its dynamic fields were not: it names the record
 * and each field left unwritten with Cirrus's answer, so the saved record is never hidden by the failure.
 * Built on the first failure's error (already explained, so its HTTP status stays).
 */
function partlyWritten(op: OperationSpec, record: IDataObject, id: unknown, written: string[], failures: Array<{ column: { id?: string; displayName?: string }; error: NodeApiError }>, total: number): NodeApiError {
	const action = ACTIONS[op.operation] ?? (typeof record._action === 'string' ? record._action : 'saved');
	const unwrittenFields = failures.map(({ column, error: failed }) => ({ id: String(column.id).slice(PREFIX.length), name: fieldName(column), httpCode: failed.httpCode ?? null, message: failed.message }));
	const error = failures[0].error;
	const fields = unwrittenFields.map((field) => `'${field.name}' (${field.message})`).join(', ');
	error.message = `The Cirrus ${op.resource} ${String(id)} was ${action}, but ${failures.length} of its ${total} dynamic fields ${failures.length === 1 ? 'was' : 'were'} not written: ${fields}`;
	error.description = [
		written.length ? `Written: ${written.map((name) => `'${name}'`).join(', ')}.` : 'No dynamic field was written.',
		`The ${op.resource} itself is saved (ID ${String(id)}): set the missing fields with Update or Create or Update${op.operation === 'create' ? ', as running Create again would create a second one' : ''}.`,
	].join(' ');
	// The record and the fields as data too, for a workflow (error output, Error Trigger) that follows up.
	error.context = {
		...error.context,
		savedIds: [id as IDataObject[string]],
		record,
		unwrittenFields,
	};
	return error;
}

/**
 * The request loop of a Cirrus write with "Map Fields": the record is written by the operation's own
 * loop, then each mapped dynamic field of the saved record by its own call, through the same sender.
 * A field that fails does not stop the others; the record is then reported with the fields left out.
 */
export function withDynamicFields(op: OperationSpec): OperationSpec {
	const inner: RequestLoop = op.requestLoop ?? singleRequest;
	const pathId = (op.fields ?? []).find((field) => field.in === 'path');
	const loop: RequestLoop = async function (this: IExecutePaginationFunctions, requestData) {
		const single = this as unknown as IExecuteSingleFunctions;
		if (single.getNodeParameter('bodyMode', 'fields') !== MAPPER_MODE) return await inner.call(this, requestData);
		const values = extraValues(single, single.getItemIndex(), owns);
		if (values.length === 0) return await inner.call(this, requestData);
		// Retry On Fail runs the node again with the same execution data: a record saved by the failed try is not written twice, only its dynamic fields are sent again.
		const run = this.getExecuteData?.() as object | undefined;
		const memory = run ? (savedRecords.get(run) ?? new Map<string, INodeExecutionData[]>()) : undefined;
		if (run && memory) savedRecords.set(run, memory);
		const key = `${single.getItemIndex()}:${String(requestData.options.url)}:${JSON.stringify(requestData.options.body ?? null)}`;
		const items = memory?.get(key) ?? (await inner.call(this, requestData));
		memory?.set(key, items);
		const output: INodeExecutionData[] = [];
		for (const item of items) {
			const id = item.json.id ?? (pathId ? single.getNodeParameter(pathId.key ?? pathId.name, undefined) : undefined);
			const written: string[] = [];
			const failures: Array<{ column: (typeof values)[number]['column']; error: NodeApiError }> = [];
			for (const { column, value } of values) {
				const fieldId = String(column.id).slice(PREFIX.length);
				const url = paths.dynamicData.item.replace('{fieldid}', encodeURIComponent(fieldId)).replace('{resourceid}', encodeURIComponent(String(id)));
				const options = { ...requestData.options, method: 'PUT', url, qs: {}, body: dynamicBody(column.type, value) } as IHttpRequestOptions;
				try {
					await sendExplained(this, { ...requestData, options, postReceive: [] } as Parameters<RequestLoop>[0]);
					written.push(fieldName(column));
				} catch (error) {
					failures.push({ column, error: error instanceof NodeApiError ? error : new NodeApiError(this.getNode(), error as JsonObject) });
				}
			}
			if (failures.length === 0) {
				output.push(item);
				continue;
			}
			const error = partlyWritten(op, item.json, id, written, failures, values.length);
			if (!single.continueOnFail()) throw error;
			// Continue On Fail / error output: as a batch write does, the saved record is output and the error is an item of its own, both on this input item (n8n replaces an error item's data with its message).
			const itemIndex = single.getItemIndex();
			output.push({ ...item, pairedItem: { item: itemIndex } }, errorItem(error, itemIndex));
		}
		return output;
	};
	return { ...op, requestLoop: loop };
}
