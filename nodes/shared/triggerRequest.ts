/**
 * Runs a catalog list operation from a trigger's `poll()` through the same routing the action node
 * uses: the builder's own pre-send steps (field conversion, optional filters by wire name, vendor
 * hooks), the shared paginator and the vendor error mapping. n8n's RoutingNode only serves
 * declarative nodes, so this plays its part: it fills in the request defaults and the top-level
 * fields, and sends each page with `httpRequestWithAuthentication` like RoutingNode does.
 */
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeCredentialDescription,
	IPollFunctions,
} from 'n8n-workflow';

import { operationRouting } from './builder';
import type { OptionalPlacement } from './builder';
import type { FieldSpec, OperationSpec, VendorHttpOptions } from './catalog';
import { parameterKey } from './fields';
import { setPath } from './requestHooks';
import { requestStart, sendRouted } from './routeRequest';

export interface TriggerConnection {
	/** The credential type the node uses (may depend on an Authentication parameter). */
	credentialType: (ctx: IPollFunctions) => string;
	/** The API base URL from the credential, as the action node's `requestDefaults.baseURL` computes it. */
	baseUrl: (credentials: ICredentialDataDecryptedObject) => string;
	/** The action node's other request defaults (headers, `json`, `arrayFormat`). */
	requestDefaults: IDataObject;
	/** How the vendor's answers are read, as the action node's `buildProperties(…, { http })`. */
	http?: VendorHttpOptions;
}

/** The credential the node's settings select, by the credentials' display rules (e.g. an Authentication switch). */
export function selectedCredential(credentials: INodeCredentialDescription[]): (ctx: IPollFunctions) => string {
	return (ctx) => {
		const chosen = credentials.find((credential) =>
			Object.entries(credential.displayOptions?.show ?? {}).every(([name, values]) => (values ?? []).includes(ctx.getNodeParameter(name, '') as never)),
		);
		return (chosen ?? credentials[0]).name;
	};
}

/** The base URL most credentials hold in `baseUrl`, without a trailing slash. */
export const credentialBaseUrl = (credentials: ICredentialDataDecryptedObject) => String(credentials.baseUrl ?? '').replace(/\/+$/, '');

export interface InjectedField {
	field: FieldSpec;
	value: unknown;
}

export interface ListCall {
	op: OperationSpec;
	vendor: string;
	/** The vendor's answer checks (token renewal on 401, refusals in success bodies). */
	http?: VendorHttpOptions;
	/** The list's optional filters as the trigger shows them (all under `filters`). */
	filterFields: FieldSpec[];
	/** Fields the trigger shows at the top (required or path fields of the list). */
	topFields: FieldSpec[];
	injected: InjectedField[];
	/** Return every page at the largest size, or just the first `limit` records. */
	limit?: number;
}

export interface ListResult {
	records: IDataObject[];
	requests: number;
}

const isTopLevel = (field: FieldSpec) => field.in === 'path' || field.required === true || field.topLevel === true;

/** The optional filters and the top-level fields of a list, without the ones the trigger fills in itself. */
export function listInputs(op: OperationSpec, reserved: Set<string>): { filterFields: FieldSpec[]; topFields: FieldSpec[] } {
	const fields = (op.fields ?? []).filter((field) => !reserved.has(field.name));
	return {
		topFields: fields.filter(isTopLevel),
		filterFields: fields.filter((field) => !isTopLevel(field) && field.group !== 'sort'),
	};
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
export async function fetchList(ctx: IPollFunctions, connection: TriggerConnection, call: ListCall): Promise<ListResult> {
	const { op } = call;
	const placements: OptionalPlacement[] = call.filterFields.map((field) => ({ field, collection: 'filters', onlyWithFieldsBody: false }));
	const routing = operationRouting(call.vendor, op, placements, call.http ?? connection.http);
	const credentialType = connection.credentialType(ctx);
	const credentials = await ctx.getCredentials(credentialType);

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

	const options = requestStart(connection.requestDefaults, connection.baseUrl(credentials), op.method, fillPath(op, (key) => ctx.getNodeParameter(key, '')));
	for (const field of call.topFields) {
		if (field.in === 'path') continue;
		const value = ctx.getNodeParameter(parameterKey(field), field.default ?? '');
		place(options, field, value);
	}
	for (const { field, value } of call.injected) place(options, field, value);

	const { items, requests } = await sendRouted({ single, credentialType, options, routing, maxResults: call.limit });
	return { records: items.map((item) => item.json), requests };
}
