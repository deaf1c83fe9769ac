/** "Other Filters": name/value pairs sent as query parameters on lists, for filters the catalog does not name. */
import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';

import type { OperationSpec, VendorCatalog } from './catalog';

export interface QueryPairsOptions {
	/** Which operations offer the list (e.g. every list operation). */
	appliesTo: (op: OperationSpec) => boolean;
	displayName?: string;
	description?: string;
	placeholder?: string;
	namePlaceholder?: string;
}

/** n8n parameter name of the key/value list; catalog fields must not use it. */
export const QUERY_PAIRS_PARAMETER = 'otherFilters';

/**
 * A key/value list whose pairs travel as query parameters, for the filters a catalog does not type
 * (e.g. "Other Filters" on list operations). One property per operation value, shown for every
 * resource where that operation applies, so the display rule never matches an operation it should not.
 * The pairs are sent by the property's own pre-send step.
 */
export function queryPairsProperties(catalog: VendorCatalog, options: QueryPairsOptions): INodeProperties[] {
	const resourcesByOperation = new Map<string, string[]>();
	for (const op of catalog.operations) {
		if (!options.appliesTo(op)) continue;
		const resources = resourcesByOperation.get(op.operation) ?? [];
		resources.push(op.resource);
		resourcesByOperation.set(op.operation, resources);
	}
	return [...resourcesByOperation].map(([operation, resources]) => ({
		displayName: options.displayName ?? 'Other Filters',
		name: QUERY_PAIRS_PARAMETER,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: options.placeholder ?? 'Add Filter',
		description: options.description ?? 'Query parameters the fields above do not cover, sent as given',
		default: {},
		displayOptions: { show: { resource: resources, operation: [operation] } },
		routing: { send: { preSend: [sendQueryPairs] } },
		options: [
			{
				displayName: 'Filter',
				name: 'pair',
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '', placeholder: options.namePlaceholder ?? 'e.g. status' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	}));
}

/** Each named pair as a query parameter, its value as given (a pair without a name is left out). */
export async function sendQueryPairs(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	const pairs = this.getNodeParameter(`${QUERY_PAIRS_PARAMETER}.pair`, []) as Array<{ name?: unknown; value?: unknown }>;
	for (const pair of pairs) {
		const name = String(pair.name ?? '');
		if (name === '') continue;
		opts.qs = { ...(opts.qs ?? {}), [name]: pair.value ?? '' };
	}
	return opts;
}

/** A pair left without a name would be sent as an empty query key: drop it. */
export async function dropUnnamedQueryPairs(this: IExecuteSingleFunctions, opts: IHttpRequestOptions): Promise<IHttpRequestOptions> {
	if (opts.qs && Object.prototype.hasOwnProperty.call(opts.qs, '')) delete opts.qs[''];
	return opts;
}
