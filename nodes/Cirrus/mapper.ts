/**
 * Cirrus dynamic (custom) fields in "Map Fields": listed from `GET /dynamicfields/` for the record's
 * group, and written the documented way, one `PUT /dynamicdata/{fieldid}/{resourceid}` per field
 * after the record itself is saved (a record's create and update bodies take no dynamic fields).
 */
import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	ResourceMapperField,
} from 'n8n-workflow';

import type { OperationSpec, RequestLoop } from '../shared/catalog';
import { VendorSender } from '../shared/request/sender';
import { singleRequest } from '../shared/request/routing';
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

/**
 * The request loop of a Cirrus write with "Map Fields": the record is written by the operation's own
 * loop, then each mapped dynamic field of the saved record by its own call, through the same sender.
 */
export function withDynamicFields(op: OperationSpec): OperationSpec {
	const inner: RequestLoop = op.requestLoop ?? singleRequest;
	const pathId = (op.fields ?? []).find((field) => field.in === 'path');
	const loop: RequestLoop = async function (this: IExecutePaginationFunctions, requestData) {
		const items = await inner.call(this, requestData);
		const single = this as unknown as IExecuteSingleFunctions;
		if (single.getNodeParameter('bodyMode', 'fields') !== MAPPER_MODE) return items;
		const values = extraValues(single, single.getItemIndex(), owns);
		if (values.length === 0) return items;
		const written: INodeExecutionData[] = [];
		for (const item of items) {
			const id = item.json.id ?? (pathId ? single.getNodeParameter(pathId.key ?? pathId.name, undefined) : undefined);
			for (const { column, value } of values) {
				const fieldId = String(column.id).slice(PREFIX.length);
				const url = paths.dynamicData.item.replace('{fieldid}', encodeURIComponent(fieldId)).replace('{resourceid}', encodeURIComponent(String(id)));
				const options = { ...requestData.options, method: 'PUT', url, qs: {}, body: dynamicBody(column.type, value) } as IHttpRequestOptions;
				await this.makeRoutingRequest({ ...requestData, options, postReceive: [] } as Parameters<RequestLoop>[0]);
			}
			written.push(item);
		}
		return written;
	};
	return { ...op, requestLoop: loop };
}
