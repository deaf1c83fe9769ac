/** What the "Map Fields" tests share: the catalogs, sample values per field, and a recording vendor. */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { cirrusCatalog } from '../../nodes/Cirrus/catalog';
import { guardantCatalog } from '../../nodes/Guardant/catalog';
import { quinceCatalog } from '../../nodes/Quince/catalog';
import { repzoCatalog } from '../../nodes/Repzo/catalog';
import type { FieldSpec, OperationSpec, VendorCatalog } from '../../nodes/shared/catalog';
import { parameterKey } from '../../nodes/shared/fields';
import { pickerInput } from '../../nodes/shared/pickers';
import { mappableFields, mapsFields } from '../../nodes/shared/resourceMapper';
import { BASE as CIRRUS, API_PATH, page, tokenCredentials } from '../cirrus/fixtures';
import { BASE as GUARDANT, credentials as guardantCredentials } from '../guardant/fixtures';
import { BASE as QUINCE, credentials as quinceCredentials } from '../quince/fixtures';
import { PICKED_DATE, BASE as REPZO, credentials as repzoCredentials, sampleInput } from '../repzo/fixtures';

export interface Vendor {
	node: string;
	catalog: VendorCatalog;
	base: string;
	credentials: Record<string, IDataObject>;
	/** What the vendor answers: an empty list for a lookup, a saved record for a write. */
	reply: (method: string, path: string) => unknown;
}

const repzoPage = (data: unknown[]) => ({ data, total_result: data.length, current_count: data.length, total_pages: 1, current_page: 1, per_page: 100, next_page_url: null });

export const vendors: Vendor[] = [
	{ node: 'quince', catalog: quinceCatalog, base: QUINCE, credentials: quinceCredentials, reply: (_method, path) => ({ success: true, data: path.endsWith('/list') ? [] : [{ id: 1 }] }) },
	{ node: 'repzo', catalog: repzoCatalog, base: REPZO, credentials: repzoCredentials, reply: (method) => (method === 'GET' ? repzoPage([]) : { _id: 'r1' }) },
	{ node: 'guardant', catalog: guardantCatalog, base: GUARDANT, credentials: guardantCredentials, reply: (method) => (method === 'GET' ? { customers: [] } : { customer: { _id: 1 } }) },
	{ node: 'cirrus', catalog: cirrusCatalog, base: CIRRUS, credentials: tokenCredentials, reply: (method) => (method === 'GET' ? page([], 1, 1) : { id: 1 }) },
];

/** Every operation with "Map Fields", with its vendor. */
export function mappedOperations(): Array<{ vendor: Vendor; op: OperationSpec }> {
	return vendors.flatMap((vendor) =>
		vendor.catalog.operations
			.filter((op) => mapsFields(vendor.catalog.resources.find((resource) => resource.value === op.resource), op))
			.map((op) => ({ vendor, op })),
	);
}

export { PICKED_DATE };

/** A value a user gives a field, the same in both modes except lists: an array in a multiple-choice input, text in the mapper. */
export function sample(field: FieldSpec, mapper: boolean): unknown {
	return mapper && field.kind === 'multiOptions' ? String(field.options![0].value) : sampleInput(field);
}

function fieldsInputValue(catalog: VendorCatalog, field: FieldSpec): unknown {
	const input = pickerInput(field, catalog);
	const value = sample(field, false);
	if (input?.type === 'resourceLocator') return { __rl: true, mode: 'id', value };
	if (input?.type === 'multiOptions') return String(value).split(',').map((entry) => (field.kind === 'numberList' ? Number(entry) : entry.trim()));
	return value;
}

const isTop = (field: FieldSpec) => field.in === 'path' || field.required || field.topLevel;

/** The parameters of one operation with every field given: "Fields Below" or "Map Fields" (defined below). */
export function parametersFor(catalog: VendorCatalog, op: OperationSpec, mapper: boolean): IDataObject {
	const parameters: IDataObject = { resource: op.resource, operation: op.operation, bodyMode: mapper ? 'mapper' : 'fields' };
	const mapped: IDataObject = {};
	for (const field of op.fields ?? []) {
		if (field.sentByRequestLoop) continue;
		const key = parameterKey(field);
		if (mapper && mappableFields(op).includes(field)) {
			mapped[key] = sample(field, true) as IDataObject[string];
			continue;
		}
		const collection = isTop(field) ? undefined : field.in === 'body' ? 'additionalFields' : 'options';
		const value = fieldsInputValue(catalog, field) as IDataObject[string];
		if (collection) parameters[collection] = { ...((parameters[collection] as IDataObject | undefined) ?? {}), [key]: value };
		else parameters[key] = value;
	}
	if (mapper) parameters.mappedFields = { mappingMode: 'defineBelow', value: mapped, matchingColumns: [], schema: [] };
	return parameters;
}

export interface Seen {
	method: string;
	path: string;
	body: unknown;
}

/** Answers every request to the vendor and records it. */
export function recordVendor(vendor: Vendor): Seen[] {
	const seen: Seen[] = [];
	for (const method of ['get', 'post', 'put', 'patch', 'delete'] as const) {
		nock(vendor.base)
			.persist()
			[method](/.*/)
			.query(true)
			.reply(200, (uri: string, body: unknown) => {
				seen.push({ method: method.toUpperCase(), path: uri, body });
				return vendor.reply(method.toUpperCase(), uri.split('?')[0]) as IDataObject;
			});
	}
	return seen;
}

export { API_PATH };
