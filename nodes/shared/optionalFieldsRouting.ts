import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyOptions,
	NodeParameterValueType,
} from 'n8n-workflow';

import type { FieldSpec, OperationSpec, VendorCatalog } from './catalog';
import { parameterKey } from './fields';
import { setPath } from './requestHooks';

type PreSend = (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/** Where an optional field of one operation sits: a collection, shown under extra conditions (e.g. `bodyMode`). */
interface Placement {
	field: FieldSpec;
	collection: string;
	conditions: Record<string, unknown[]>;
}

const opKey = (resource: string, operation: string) => `${resource}\u0000${operation}`;

/** A collection entry routed the plain way `buildProperties` routes catalog fields. */
function plainSend(child: INodeProperties): { type: 'query' | 'body'; property: string } | undefined {
	const routing = child.routing;
	const send = routing?.send;
	if (!routing || Object.keys(routing).length !== 1 || !send || (send.type !== 'query' && send.type !== 'body')) return undefined;
	if (typeof send.property !== 'string' || send.property.startsWith('=')) return undefined;
	if (send.value !== undefined && send.value !== '={{$value}}') return undefined;
	if (send.preSend || send.paginate !== undefined) return undefined;
	return { type: send.type, property: send.property };
}

/** The catalog field a collection entry of an operation stands for, if it is routed exactly as the field says. */
function fieldOf(op: OperationSpec, child: INodeProperties): FieldSpec | undefined {
	const send = plainSend(child);
	if (!send) return undefined;
	const field = (op.fields ?? []).find((candidate) => candidate.in !== 'path' && parameterKey(candidate) === child.name);
	if (!field || field.in !== send.type || (field.property ?? field.name) !== send.property) return undefined;
	// The hook writes the wire path as the field says; the routing must mean the same.
	const dotted = child.routing?.send?.propertyInDotNotation !== false;
	if (dotted !== (field.property !== undefined) && /[.[]/.test(send.property)) return undefined;
	return field;
}

/** Puts the entries the user added to the operation's collections on the request, by wire name. */
function sendPlacedFields(placements: Placement[], defaults: Map<string, unknown>): PreSend {
	return async function (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) {
		const bags = new Map<string, IDataObject | undefined>();
		const current = (name: string) => this.getNodeParameter(name, defaults.get(name) as NodeParameterValueType) as unknown;
		for (const { field, collection, conditions } of placements) {
			if (!bags.has(collection)) {
				const shown = Object.entries(conditions).every(([name, values]) => values.includes(current(name)));
				bags.set(collection, shown ? ((this.getNodeParameter(collection, {}) ?? {}) as IDataObject) : undefined);
			}
			const bag = bags.get(collection);
			const key = parameterKey(field);
			if (!bag || !Object.prototype.hasOwnProperty.call(bag, key)) continue;
			const location = field.in === 'query' ? 'qs' : 'body';
			if (!opts[location] || typeof opts[location] !== 'object') opts[location] = {};
			setPath(opts[location] as IDataObject, field.property ?? field.name, field.property !== undefined, bag[key]);
		}
		return opts;
	};
}

/**
 * Sends the optional fields of every operation with one pre-send hook on the operation, placed
 * before the catalog's own conversions, instead of one `send` routing per collection entry. The
 * requests are the same; the description loses ~60 bytes per optional field, which adds up for
 * large catalogs (n8n ships every description to the editor at start-up).
 * Apply to the output of `buildProperties` for the same catalog. Placements are read from that
 * output, so a collection is only rewritten when every entry of it maps onto a catalog field of
 * every operation that shows it; anything else keeps its routing.
 */
export function routeOptionalFieldsOnce(properties: INodeProperties[], catalog: VendorCatalog): INodeProperties[] {
	const operations = new Map(catalog.operations.map((op) => [opKey(op.resource, op.operation), op]));
	const defaults = new Map<string, unknown>();
	for (const property of properties) if (!defaults.has(property.name)) defaults.set(property.name, property.default);

	const placements = new Map<string, Placement[]>();
	const rewritten = new Set<INodeProperties>();
	for (const property of properties) {
		const show = property.displayOptions?.show;
		if (property.type !== 'collection' || !show?.resource || !show.operation || property.displayOptions?.hide) continue;
		const { resource: resources, operation: operationValues, ...conditions } = show as Record<string, unknown[]>;
		const found: Array<[string, Placement]> = [];
		let complete = true;
		for (const resource of resources) {
			for (const value of operationValues) {
				const op = operations.get(opKey(String(resource), String(value)));
				if (!op) continue;
				for (const child of property.options as INodeProperties[]) {
					const field = fieldOf(op, child);
					if (!field) complete = false;
					else found.push([opKey(op.resource, op.operation), { field, collection: property.name, conditions }]);
				}
			}
		}
		if (!complete || found.length === 0) continue;
		rewritten.add(property);
		for (const [key, placement] of found) placements.set(key, [...(placements.get(key) ?? []), placement]);
	}

	return properties.map((property) => {
		if (rewritten.has(property)) {
			const options = (property.options as INodeProperties[]).map(({ routing: _routing, ...child }) => {
				void _routing;
				return child as INodeProperties;
			});
			return { ...property, options };
		}
		if (property.name !== 'operation' || property.type !== 'options') return property;
		const resource = (property.displayOptions?.show?.resource as string[] | undefined)?.[0] ?? '';
		const options = (property.options as INodePropertyOptions[]).map((option) => {
			const placed = placements.get(opKey(resource, String(option.value)));
			if (!placed || !option.routing) return option;
			const send = option.routing.send ?? {};
			return { ...option, routing: { ...option.routing, send: { ...send, preSend: [sendPlacedFields(placed, defaults), ...(send.preSend ?? [])] } } };
		});
		return { ...property, options };
	});
}
