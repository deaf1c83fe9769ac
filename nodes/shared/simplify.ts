/**
 * Simplify: Get and Get Many of the records people sync most return at most 10 useful fields, with
 * dates as ISO 8601. Vendors declare which fields (catalog data); one post-receive step applies it.
 */
import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import type { OperationSpec, SimplifyRule, VendorCatalog } from './catalog';
import { formatDate, getPath } from './requestHooks';

// Vendor catalogs name the type from here too.
export type { SimplifyRule } from './catalog';

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

export function simplifyRecord(record: IDataObject, rule: SimplifyRule): IDataObject {
	const simplified: IDataObject = {};
	for (const field of rule.keep) {
		const value = getPath(record, field, false);
		if (value === undefined) continue;
		simplified[field] = (rule.dates?.includes(field) ? isoDate(value) : value) as IDataObject[string];
	}
	return simplified;
}

/**
 * The post-receive step. It runs on every response of the operation (each page of a list), after the
 * operation's own steps: a page keeps its envelope (paging reads it) with its records simplified.
 */
function simplifyResponse(catalog: VendorCatalog, rules: SimplifyRule[]) {
	const lists = new Map<string, OperationSpec>(catalog.operations.map((op) => [`${op.resource}.${op.operation}`, op]));
	return async function (this: IExecuteSingleFunctions, items: INodeExecutionData[]): Promise<INodeExecutionData[]> {
		// n8n splits an array body into items only when no post-receive step is set: do it here.
		const split = items.flatMap((item) => (Array.isArray(item.json) ? (item.json as IDataObject[]).map((json) => ({ json })) : [item]));
		if (!this.getNodeParameter('simplify', true)) return split;
		const resource = String(this.getNodeParameter('resource', ''));
		const operation = String(this.getNodeParameter('operation', ''));
		const rule = rules.find((candidate) => candidate.resource === resource && candidate.operations.includes(operation));
		if (!rule) return split;
		const root = lists.get(`${resource}.${operation}`)?.list?.rootProperty;
		return split.map((item) => {
			const records = root ? getPath(item.json, root, root.includes('.')) : undefined;
			if (root && Array.isArray(records)) {
				const envelope = { ...item.json };
				const simplified = (records as IDataObject[]).map((record) => simplifyRecord(record, rule));
				const parts = root.split('.');
				let parent = envelope;
				for (const part of parts.slice(0, -1)) parent = parent[part] = { ...(parent[part] as IDataObject) };
				parent[parts[parts.length - 1]] = simplified;
				return { ...item, json: envelope };
			}
			return { ...item, json: simplifyRecord(item.json, rule) };
		});
	};
}

/** One "Simplify" switch per default value and set of operations, shown exactly where a rule applies. */
export function simplifyProperties(catalog: VendorCatalog, rules: SimplifyRule[] = []): INodeProperties[] {
	for (const rule of rules) {
		if (rule.keep.length > MAX_FIELDS) throw new Error(`${catalog.vendor} ${rule.resource}: Simplify keeps at most ${MAX_FIELDS} fields`);
	}
	const step = simplifyResponse(catalog, rules);
	const groups = new Map<string, { defaultOn: boolean; operations: string[]; resources: string[] }>();
	for (const rule of rules) {
		const key = JSON.stringify([!rule.defaultOff, [...rule.operations].sort()]);
		const group = groups.get(key) ?? { defaultOn: !rule.defaultOff, operations: [...rule.operations].sort(), resources: [] };
		group.resources.push(rule.resource);
		groups.set(key, group);
	}
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
