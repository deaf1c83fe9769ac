import type { FieldSpec, OperationSpec, PickerSource, PollEvent, PollSpec, VendorCatalog } from '../../shared/catalog';
import { dropUnnamedQueryPairs } from '../../shared/queryPairs';
import { DOWNLOAD_PDF, downloadConvertedPdf, PDF_BINARY_FIELD, refuseEmptyUpdate } from '../hooks';
import { generatedOperations, generatedResources } from './generated';
import { withUpserts } from './upserts';
import { repzoConnection } from '../connection';

/** Most workflows start from clients: the first resource is the dropdown's default. */
const DEFAULT_RESOURCE = 'client';

const isUpdate = (op: OperationSpec) => op.bodyJsonMode === true && (op.method === 'PUT' || op.method === 'PATCH');

/**
 * Record pickers, declared by rule so they survive regeneration. Repzo records carry their ID in `_id`
 * and most a `name`; lists with a `search` parameter are searched by Repzo, the others by the picker.
 */
const RECORD_LABEL: PickerSource['label'] = [['name'], ['title'], ['serial_number.formatted'], ['client_name'], ['code']];

/** Lookup lists a user picks from a dropdown rather than a searchable list. */
const DROPDOWNS = new Set(['tag', 'team', 'category', 'subcategory', 'brand', 'measureUnit', 'measureUnitFamily', 'tax', 'paymentTerm', 'clientChannel', 'speciality', 'returnReason', 'customStatus', 'productGroup', 'assetType', 'assetPartType', 'workorderCategory']);

/** Field wire names that hold a record's ID, when the name alone does not say which (`*_id` and resource names do). */
const FIELD_RESOURCE: Record<string, string> = {
	pricelist: 'priceList',
	pricelist_id: 'priceList',
	sub_category: 'subcategory',
	measureunit: 'measureUnit',
	measureunits: 'measureUnit',
	measureunit_family: 'measureUnitFamily',
	teams: 'team',
	tags: 'tag',
	channel: 'clientChannel',
	paymentTerm: 'paymentTerm',
	assetType: 'assetType',
	assetPartUnit: 'assetPartUnit',
	asset_part: 'assetPart',
	asset_unit: 'assetUnit',
	visit_id: 'visit',
	check_id: 'check',
};

/** A list without required inputs and without a path placeholder can feed a picker. */
const pickable = new Set(
	generatedOperations
		.filter((op) => op.list && !op.path.includes('{') && (op.fields ?? []).every((field) => !field.required || field.default !== undefined))
		.map((op) => op.resource),
);

const camel = (name: string) => name.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());

function pickerFor(op: OperationSpec, field: FieldSpec): string | undefined {
	if (field.kind !== 'string' && field.kind !== 'stringList') return undefined;
	let resource: string | undefined;
	if (field.in === 'path') resource = field.name === 'id' ? op.resource : undefined;
	else resource = FIELD_RESOURCE[field.name] ?? (pickable.has(field.name) ? field.name : undefined) ?? (/_id$/.test(field.name) ? camel(field.name.replace(/_id$/, '')) : undefined);
	if (!resource || !pickable.has(resource)) return undefined;
	// A locator holds one record; several IDs get a picker only from a dropdown.
	if (field.kind === 'stringList' && !DROPDOWNS.has(resource)) return undefined;
	return resource;
}

/**
 * A list filter picked from a dropdown is chosen, not typed: its hint ("separated by commas") gives way
 * to the words the generator gives multi-select filters.
 */
function asPicker(field: FieldSpec, resource: string): FieldSpec {
	const chosen = DROPDOWNS.has(resource) && field.in === 'query' && field.kind === 'stringList' && field.hint !== undefined && field.description === undefined;
	return chosen ? { ...field, hint: undefined, description: 'Match any of the chosen values', picker: { resource } } : { ...field, picker: { resource } };
}

function withPickers(op: OperationSpec): OperationSpec {
	if (!op.fields?.some((field) => pickerFor(op, field))) return op;
	return {
		...op,
		fields: op.fields.map((field) => {
			const resource = pickerFor(op, field);
			return resource ? asPicker(field, resource) : field;
		}),
	};
}

const pickers: Record<string, PickerSource> = {};
for (const resource of pickable) {
	const list = generatedOperations.find((op) => op.resource === resource && op.list && !op.path.includes('{'));
	const searchable = (list?.fields ?? []).some((field) => field.name === 'search' && field.in === 'query');
	pickers[resource] = { id: '_id', label: RECORD_LABEL, search: searchable ? 'search' : undefined, dropdown: DROPDOWNS.has(resource) || undefined };
}

/**
 * Convert Document can also download the PDF it makes, as binary data ("email the invoice PDF" is two
 * nodes). Both inputs are read by the post-receive step, never sent (`sentByRequestLoop`); they sit
 * outside the body (`in: 'query'`) so they show in JSON body mode too. Off by default: saved workflows
 * get Repzo's answer only, as before.
 */
const pdfDownloadFields: FieldSpec[] = [
	{
		name: DOWNLOAD_PDF,
		in: 'query',
		kind: 'boolean',
		label: 'Download PDF',
		default: false,
		topLevel: true,
		sentByRequestLoop: true,
		description: "Whether to download the PDF and output it as binary data, e.g. to attach it to an email. The API key is sent only when the PDF is on Repzo's own host.",
	},
	{
		name: PDF_BINARY_FIELD,
		in: 'query',
		kind: 'string',
		label: 'Put Output File in Field',
		default: 'data',
		sentByRequestLoop: true,
		description: 'The binary field the downloaded PDF is put in (used with Download PDF on)',
	},
];

function withPdfDownload(op: OperationSpec): OperationSpec {
	if (op.resource !== 'pdf' || op.operation !== 'convert') return op;
	return { ...op, fields: [...(op.fields ?? []), ...pdfDownloadFields], postReceive: [...(op.postReceive ?? []), downloadConvertedPdf(repzoConnection)] };
}

/**
 * Trigger events of a list: Repzo's `from_createdAt` / `from_updatedAt` filters (epoch ms, "at or
 * after") against the records' own `createdAt` / `updatedAt`.
 */
function pollSpec(op: OperationSpec): PollSpec | undefined {
	const takes = (name: string) => (op.fields ?? []).some((field) => field.name === name && field.kind === 'dateTime');
	const events: PollEvent[] = [];
	if (takes('from_createdAt')) events.push({ kind: 'new', since: 'from_createdAt', timestampProperty: 'createdAt' });
	if (takes('from_updatedAt')) events.push({ kind: 'newOrUpdated', since: 'from_updatedAt', timestampProperty: 'updatedAt' });
	return events.length ? { idProperty: '_id', events } : undefined;
}

/**
 * Every operation of Repzo's published specs (generated), plus behaviour the data cannot carry:
 * list operations also take the free "Other Filters" pairs, updates refuse an empty body, and a
 * delete that answers without a body reports `{ deleted: true }`, Convert Document can download its PDF.
 * Create or Update operations come from
 * the key table in `upserts.ts`.
 */
/** Resources whose writes also offer "Map Fields". */
const MAPPED = new Set(['client', 'product']);

export const repzoCatalog: VendorCatalog = {
	vendor: 'Repzo',
	connection: repzoConnection,
	customApiCallPath: '/client',
	resources: [
		...generatedResources.filter((resource) => resource.value === DEFAULT_RESOURCE),
		...generatedResources.filter((resource) => resource.value !== DEFAULT_RESOURCE),
	].map((resource) => (MAPPED.has(resource.value) ? { ...resource, mapper: ['create', 'update', 'upsert'] } : resource)),
	operations: withUpserts(
		generatedOperations.map(withPickers).map(withPdfDownload).map((op): OperationSpec => {
			if (op.list) return { ...op, preSend: [dropUnnamedQueryPairs], poll: pollSpec(op) };
			if (isUpdate(op)) return { ...op, preSend: [refuseEmptyUpdate] };
			if (op.method === 'DELETE') return { ...op, emptyResponse: { deleted: true } };
			return op;
		}),
	),
	pickers,
};
