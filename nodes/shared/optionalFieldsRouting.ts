import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { FieldSpec, OperationSpec, VendorCatalog } from './catalog';
import { parameterKey } from './fields';
import { setPath } from './requestHooks';

type PreSend = (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/** The collections `buildProperties` puts optional fields in. */
const COLLECTIONS = new Set(['filters', 'additionalFields', 'options', 'sortOptions']);

const isTop = (field: FieldSpec) => field.in === 'path' || field.required === true || field.topLevel === true;

/** The collection `buildProperties` puts an optional field of an operation in. */
function collectionOf(op: OperationSpec, field: FieldSpec): string {
	if (field.group === 'sort') return 'sortOptions';
	if (op.list) return 'filters';
	return field.in === 'body' ? 'additionalFields' : 'options';
}

/** Puts the optional fields the user added to the operation's collections on the request, by wire name. */
function sendOptionalFields(op: OperationSpec): PreSend | undefined {
	const optional = (op.fields ?? []).filter((field) => !isTop(field));
	if (optional.length === 0) return undefined;
	return async function (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) {
		const bodyFromJson = op.bodyJsonMode === true && this.getNodeParameter('bodyMode', 'fields') === 'json';
		const bags = new Map<string, IDataObject>();
		for (const field of optional) {
			if (field.in === 'body' && bodyFromJson) continue;
			const collection = collectionOf(op, field);
			if (!bags.has(collection)) bags.set(collection, (this.getNodeParameter(collection, {}) ?? {}) as IDataObject);
			const bag = bags.get(collection)!;
			const key = parameterKey(field);
			if (!Object.prototype.hasOwnProperty.call(bag, key)) continue;
			const value = bag[key];
			if (field.in === 'header') {
				opts.headers = { ...(opts.headers ?? {}), [field.name]: value as string };
				continue;
			}
			const location = field.in === 'query' ? 'qs' : 'body';
			if (!opts[location] || typeof opts[location] !== 'object') opts[location] = {};
			setPath(opts[location] as IDataObject, field.property ?? field.name, field.property !== undefined, value);
		}
		return opts;
	};
}

/**
 * Sends the optional fields of every operation with one pre-send hook on the operation, placed
 * before the catalog's own conversions, instead of one `send` routing per collection entry. The
 * requests are the same; the description loses ~60 bytes per optional field, which adds up for
 * large catalogs (n8n ships every description to the editor at start-up).
 * Apply to the output of `buildProperties` for the same catalog.
 */
export function routeOptionalFieldsOnce(properties: INodeProperties[], catalog: VendorCatalog): INodeProperties[] {
	const byKey = new Map(catalog.operations.map((op) => [`${op.resource}\u0000${op.operation}`, op]));
	return properties.map((property) => {
		if (property.name === 'operation' && property.type === 'options') {
			const resource = (property.displayOptions?.show?.resource as string[] | undefined)?.[0];
			const options = (property.options as INodePropertyOptions[]).map((option) => {
				const op = byKey.get(`${resource}\u0000${String(option.value)}`);
				const hook = op && sendOptionalFields(op);
				if (!hook || !option.routing) return option;
				const send = option.routing.send ?? {};
				return { ...option, routing: { ...option.routing, send: { ...send, preSend: [hook, ...(send.preSend ?? [])] } } };
			});
			return { ...property, options };
		}
		if (property.type === 'collection' && COLLECTIONS.has(property.name)) {
			const options = (property.options as INodeProperties[]).map((child) => {
				const send = child.routing?.send;
				if (!send || (send.type !== 'query' && send.type !== 'body') || Object.keys(child.routing!).length !== 1) return child;
				const { routing: _routing, ...rest } = child;
				void _routing;
				return rest as INodeProperties;
			});
			return { ...property, options };
		}
		return property;
	});
}
