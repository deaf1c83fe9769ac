/**
 * Simplify: Get and Get Many of the records people sync most return at most 10 useful fields, with
 * dates as ISO 8601. Each such operation declares which fields (catalog data); one post-receive step applies it.
 */
import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationSpec, SimplifySpec, VendorCatalog } from './catalog';
import { formatDate, getPath } from './requestHooks';

const MAX_FIELDS = 10;

/** A date in whatever form the vendor sends it, as ISO 8601; anything unreadable stays as it is. */
export function isoDate(value: unknown): unknown {
	if (value === 0) return null;
	if (typeof value === 'number' && Number.isFinite(value)) return new Date(value < 1e11 ? value * 1000 : value).toISOString();
	if (typeof value === 'string' && value.trim() !== '') {
		const numeric = /^\d+$/.test(value.trim()) ? Number(value) : undefined;
		if (numeric !== undefined) return isoDate(numeric);
		return formatDate(value, 'iso') ?? value;
	}
	return value;
}

export function simplifyRecord(record: IDataObject, spec: SimplifySpec): IDataObject {
	const simplified: IDataObject = {};
	for (const field of spec.keep) {
		const value = getPath(record, field, false);
		if (value === undefined) continue;
		simplified[field] = (spec.dates?.includes(field) ? isoDate(value) : value) as IDataObject[string];
	}
	return simplified;
}

/**
 * The post-receive step. It runs on every response of the operation (each page of a list), after the
 * operation's own steps: a page keeps its envelope (paging reads it) with its records simplified.
 */
function simplifyResponse(catalog: VendorCatalog) {
	const operations = new Map<string, OperationSpec>(catalog.operations.map((op) => [`${op.resource}.${op.operation}`, op]));
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		// n8n splits an array body into items only when no post-receive step is set: do it here.
		const split = items.flatMap((item) => (Array.isArray(item.json) ? (item.json as IDataObject[]).map((json) => ({ json })) : [item]));
		if (!this.getNodeParameter('simplify', true)) return split;
		const op = operations.get(`${String(this.getNodeParameter('resource', ''))}.${String(this.getNodeParameter('operation', ''))}`);
		const spec = op?.simplify;
		if (!spec) return split;
		const root = op.list?.rootProperty;
		return split.map((item) => {
			const records = root ? getPath(item.json, root, root.includes('.')) : undefined;
			if (root && Array.isArray(records)) {
				const envelope = { ...item.json };
				const simplified = (records as IDataObject[]).map((record) => simplifyRecord(record, spec));
				const parts = root.split('.');
				let parent = envelope;
				for (const part of parts.slice(0, -1)) parent = parent[part] = { ...(parent[part] as IDataObject) };
				parent[parts[parts.length - 1]] = simplified;
				return { ...item, json: envelope };
			}
			return { ...item, json: simplifyRecord(item.json, spec) };
		});
	};
}

/**
 * One "Simplify" switch per default value and set of operations, shown exactly on the operations that
 * declare `simplify`: resources whose Get / Get Many offer it alike share one switch.
 */
export function simplifyProperties(catalog: VendorCatalog): INodeProperties[] {
	const declaring = catalog.operations.filter((op) => op.simplify);
	if (!declaring.length) return [];
	// Per resource and default value, the operations offering Simplify.
	const offers = new Map<string, { resource: string; defaultOn: boolean; operations: string[] }>();
	for (const op of declaring) {
		if (op.simplify!.keep.length > MAX_FIELDS) throw new Error(`${catalog.vendor} ${op.resource}.${op.operation}: Simplify keeps at most ${MAX_FIELDS} fields`);
		const defaultOn = !op.simplify!.defaultOff;
		const key = JSON.stringify([op.resource, defaultOn]);
		const offer = offers.get(key) ?? { resource: op.resource, defaultOn, operations: [] };
		offer.operations.push(op.operation);
		offers.set(key, offer);
	}
	const groups = new Map<string, { defaultOn: boolean; operations: string[]; resources: string[] }>();
	for (const offer of offers.values()) {
		const operations = [...offer.operations].sort();
		const key = JSON.stringify([offer.defaultOn, operations]);
		const group = groups.get(key) ?? { defaultOn: offer.defaultOn, operations, resources: [] };
		group.resources.push(offer.resource);
		groups.set(key, group);
	}
	const step = simplifyResponse(catalog);
	const simplifyInput: INodeProperties = {
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: 'Whether to return a simplified version of the response instead of the raw data',
	};
	return [...groups.values()].map((group) => ({
		...simplifyInput,
		...(group.defaultOn ? {} : { default: false }),
		displayOptions: { show: { resource: group.resources, operation: group.operations } },
		routing: { output: { postReceive: [step] } },
	}));
}
