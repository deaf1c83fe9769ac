/**
 * Runs a catalog list operation from a trigger's `poll()` with the action node's own routing (field
 * conversion, optional filters by wire name, vendor hooks, the shared paginator) and its one sender:
 * this fills in what RoutingNode would (request defaults, top-level fields) for a poll.
 */
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodePropertyRouting, IPollFunctions } from 'n8n-workflow';

import { operationRouting } from './builder';
import type { OptionalPlacement } from './builder';
import type { FieldSpec, OperationSpec, VendorCatalog } from './catalog';
import { parameterKey } from './fields';
import { requestStart, sendRouted } from './request/routing';
import { requestDefaultsOf } from './request/sender';
import { setPath } from './requestHooks';

export interface InjectedField {
	field: FieldSpec;
	value: unknown;
}

export interface ListCall {
	op: OperationSpec;
	/** The list operation's routing with the trigger's filters, built once with the trigger. */
	routing: INodePropertyRouting;
	/** Fields the trigger shows at the top (required or path fields of the list). */
	topFields: FieldSpec[];
	injected: InjectedField[];
	/** Return every page at the largest size, or just the first `limit` records. */
	limit?: number;
}

const isTopLevel = (field: FieldSpec) => field.in === 'path' || field.required === true || field.topLevel === true;

/** The list's inputs as the trigger shows them (optional filters, top-level fields, without the ones the trigger fills in) and its routing. */
export function listInputs(catalog: VendorCatalog, op: OperationSpec, reserved: Set<string>): { filterFields: FieldSpec[]; topFields: FieldSpec[]; routing: INodePropertyRouting } {
	const fields = (op.fields ?? []).filter((field) => !reserved.has(field.name));
	const filterFields = fields.filter((field) => !isTopLevel(field) && field.group !== 'sort');
	const placements: OptionalPlacement[] = filterFields.map((field) => ({ field, collection: 'filters', onlyWithFieldsBody: false }));
	return { topFields: fields.filter(isTopLevel), filterFields, routing: operationRouting(catalog, op, placements) };
}

function place(target: IHttpRequestOptions, field: FieldSpec, value: unknown): void {
	const location = field.in === 'query' ? 'qs' : field.in === 'header' ? 'headers' : 'body';
	if (!target[location] || typeof target[location] !== 'object') target[location] = {};
	setPath(target[location] as IDataObject, field.property ?? field.name, field.property !== undefined, value);
}

function fillPath(op: OperationSpec, read: (key: string) => unknown): string {
	return op.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
		const field = (op.fields ?? []).find((candidate) => candidate.in === 'path' && candidate.name === name);
		return encodeURIComponent(String(field ? (read(parameterKey(field)) ?? '') : ''));
	});
}

/** Fetches a list the way the action node's Get Many does, from inside `poll()`. */
export async function fetchList(ctx: IPollFunctions, catalog: VendorCatalog, call: ListCall): Promise<IDataObject[]> {
	const { op, routing } = call;

	const parameter = (name: string, fallback?: unknown): unknown => {
		switch (name) {
			case 'resource':
				return op.resource;
			case 'operation':
				return op.operation;
			case 'returnAll':
				return call.limit === undefined;
			case 'limit':
				return call.limit ?? 0;
			default:
				return ctx.getNodeParameter(name, fallback as never);
		}
	};
	// The poll context stands in for RoutingNode's per-item context: the same hooks run on it.
	const single = Object.create(ctx, {
		getNodeParameter: { value: parameter },
		getItemIndex: { value: () => 0 },
	}) as IExecuteSingleFunctions;

	const options = requestStart(requestDefaultsOf(catalog.connection), op.method, fillPath(op, (key) => ctx.getNodeParameter(key, '')));
	for (const field of call.topFields) {
		if (field.in === 'path') continue;
		const value = ctx.getNodeParameter(parameterKey(field), field.default ?? '');
		place(options, field, value);
	}
	for (const { field, value } of call.injected) place(options, field, value);

	const items = await sendRouted({ single, options, routing, maxResults: call.limit });
	return items.map((item) => item.json);
}
