/**
 * The request body another input item would send. Batch operations send the records of every item
 * from the first item's call; this builds item N's record the way n8n builds item N's own request:
 * its top-level fields routed into the body, then the operation's pre-send steps (optional fields,
 * conversions, required checks naming `[item N]`, Body (JSON)), all seeing item N's parameters.
 */
import type { IDataObject, IExecutePaginationFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { OperationSpec, RequestLoop } from './catalog';
import { parameterKey } from './fields';
import { quickItemValue } from './quickExpression';
import { invalidInput, setPath } from './requestHooks';

/** A parameter as item `itemIndex` sees it: every expression inside it evaluated for that item. */
function resolveForItem(ctx: IExecutePaginationFunctions, value: unknown, itemIndex: number): unknown {
	if (typeof value === 'string') {
		if (!value.startsWith('=')) return value;
		return (quickItemValue(ctx, value, itemIndex) ?? { value: ctx.evaluateExpression(value.slice(1), itemIndex) }).value;
	}
	if (Array.isArray(value)) return value.map((entry) => resolveForItem(ctx, entry, itemIndex));
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value as IDataObject).map(([key, entry]) => [key, resolveForItem(ctx, entry, itemIndex)]));
	}
	return value;
}

/** The execution context as item `itemIndex` would have it, for the parameters and the item number. */
function contextOfItem(ctx: IExecutePaginationFunctions, itemIndex: number): IExecutePaginationFunctions {
	const parameters = ctx.getNode().parameters;
	return Object.create(ctx, {
		getItemIndex: { value: () => itemIndex },
		getNodeParameter: {
			value: (name: string, fallback?: unknown) => {
				const raw = name.split('.').reduce<unknown>((value, part) => (value as IDataObject | undefined)?.[part], parameters);
				return raw === undefined ? fallback : resolveForItem(ctx, raw, itemIndex);
			},
		},
	}) as IExecutePaginationFunctions;
}

const isTop = (field: NonNullable<OperationSpec['fields']>[number]) =>
	field.in === 'body' && (field.required || field.topLevel);

/** The body item `itemIndex` sends for `op` (the current item's is already built). */
export async function bodyOfItem(
	ctx: IExecutePaginationFunctions,
	requestData: Parameters<RequestLoop>[0],
	op: OperationSpec,
	itemIndex: number,
): Promise<unknown> {
	if (itemIndex === ctx.getItemIndex()) return requestData.options.body;
	const itemCtx = contextOfItem(ctx, itemIndex);
	const body: IDataObject = {};
	const fieldsBody = !op.bodyJsonMode || itemCtx.getNodeParameter('bodyMode', 'fields') === 'fields';
	for (const field of (op.fields ?? []).filter(isTop)) {
		if (!fieldsBody) break;
		const value = itemCtx.getNodeParameter(parameterKey(field), undefined);
		if (value !== undefined) setPath(body, field.property ?? field.name, field.property !== undefined, value);
	}
	let options = { ...requestData.options, body, qs: {}, headers: { ...(requestData.options.headers ?? {}) } } as IHttpRequestOptions;
	for (const step of requestData.preSend) options = await step.call(itemCtx, options);
	return options.body;
}

/**
 * A batch operation's records of one item, built from the operation's own fields (or its JSON
 * input, which may hold an array of records). `op` is read late: the operation refers to itself.
 */
export function recordsFromOperation(op: () => OperationSpec, label: string) {
	return async function (ctx: IExecutePaginationFunctions, itemIndex: number, requestData: Parameters<RequestLoop>[0]): Promise<IDataObject[]> {
		const body = await bodyOfItem(ctx, requestData, op(), itemIndex);
		const records = Array.isArray(body) ? body : [body];
		for (const record of records) {
			if (record === null || typeof record !== 'object' || Array.isArray(record)) {
				throw invalidInput(ctx, label, 'Expected a record as a JSON object', 'Give an object, e.g. {"Name": "Acme"}, or an array of objects', itemIndex);
			}
		}
		return records as IDataObject[];
	};
}
