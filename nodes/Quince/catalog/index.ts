import { sendRecordsInBatches } from '../../shared/batching';
import type { BatchSpec } from '../../shared/batching';
import type { FieldSpec, ListSpec, OperationSpec, PollSpec, ResourceSpec, SimplifySpec, VendorCatalog } from '../../shared/catalog';
import { recordsFromOperation } from '../../shared/itemRequest';
import { upsertInBatchesOperation } from '../../shared/upsert';
import { answerHasIds, answerIsJson, applyNoFolderFilter, checkQuinceResponse, keepErrorBodies, matchIdsToRecords, requireRecordId } from '../hooks';
import { quinceConnection } from '../connection';

/** Every list: `page` in the body from 1, a fixed 100 records per page, no total (stop on a short page). */
const pages: ListSpec = { pagination: 'page', pageParam: 'page', firstPage: 1, maxPageSize: 100, in: 'body', rootProperty: 'data' };

/** QUINCE accepts at most 100 records per create/update call. */
const BATCH_SIZE = 100;

const filter = (name: string, field: Omit<FieldSpec, 'name' | 'in' | 'property'>): FieldSpec => ({
	name,
	in: 'body',
	property: `filter.${name}`,
	...field,
});

const idFilter = (noun: string) => filter('Id', { kind: 'number', label: 'ID', description: `Only the ${noun} with this ID` });
const archiveFilter = filter('Archive', { kind: 'boolean', label: 'Include Archived', description: 'Whether to return archived records as well' });
const companyFilter = (noun: string) => filter('Company', { kind: 'number', label: 'Company ID', description: `Only ${noun} of this company of yours` });
const priceTypeFilter = filter('PriceType', {
	kind: 'numberList',
	arrayFormat: 'array',
	label: 'Price Type IDs',
	description: 'Price types to return prices for',
	placeholder: 'e.g. 113, 114',
	picker: { resource: 'priceType' },
});

/** A folder ID filter and its "no folder" twin, which `applyNoFolderFilter` sends as `ParentFolder: null`. */
function folderFilters(folder: string, withoutLabel: string, withoutDescription: string, folderLabel = 'Folder ID'): FieldSpec[] {
	return [
		filter('ParentFolder', { kind: 'number', label: folderLabel, description: 'Only records directly in this folder', picker: { resource: folder } }),
		{ name: 'withoutFolder', in: 'body', kind: 'boolean', label: withoutLabel, description: withoutDescription },
	];
}
const inNoFolder = (folder: string) => folderFilters(folder, 'Only Without Folder', 'Whether to return only records that are in no folder');
const topLevelFolders = (folder: string) =>
	folderFilters(folder, 'Only Top-Level Folders', 'Whether to return only folders that are in no other folder', 'Parent Folder ID');

/** Orders and documents must be listed for a period. */
const period = (noun: string): FieldSpec[] => [
	filter('DateFrom', { kind: 'dateTime', dateFormat: 'date', required: true, label: 'From Date', description: `First day of the ${noun} period` }),
	filter('DateTo', { kind: 'dateTime', dateFormat: 'date', required: true, label: 'To Date', description: `Last day of the ${noun} period` }),
];

interface ModuleSpec {
	resource: ResourceSpec;
	/** Path below `/api/v2`, e.g. `partner/folder`. */
	module: string;
	/** Plural noun for actions and descriptions, e.g. `partners`. */
	plural: string;
	filters: FieldSpec[];
	/** The record fields, for the Records description; empty when QUINCE does not document them. */
	recordFields?: string;
	/** Documented record fields, offered one by one (the first is required on create), beside Records (JSON). */
	named?: FieldSpec[];
	/** Create or Update by a key the list filters by, e.g. partners by `TaxNumber`. */
	upsertKey?: string;
	/** The ID key of update records as the docs spell it. */
	idKey?: 'id' | 'Id';
	writable: boolean;
	/** Dated documents: the trigger polls them by `DateFrom`/`DateTo` against their `Date`. */
	dated?: boolean;
	/** What Simplify keeps of the records Get Many lists. */
	simplify?: SimplifySpec;
}

/** Documents carry a `Date` (a day): every record of the cursor's day is a tie kept by its `Id`. */
const byDocumentDate = (noun: string): PollSpec => ({
	idProperty: 'Id',
	granularity: 'day',
	events: [
		{
			kind: 'new',
			since: 'DateFrom',
			until: 'DateTo',
			timestampProperty: 'Date',
			name: `New ${noun} (by Date)`,
			description: `Polls with 'From Date' (a day): a record counts once its date is on or after the last one seen; one dated on an earlier day is missed`,
		},
	],
});

const RECORDS_HINT = 'Each input item gives one record (or an array of records). All input items are sent together, 100 records per call.';

/**
 * One Records input for every create and update: n8n evaluates a parameter once per copy of it in
 * the description and per item, so a copy per resource made 1,000 items cost 40,000 evaluations.
 * What differs per resource (field names, the ID key) is in the operation's description.
 */
const recordsField: FieldSpec = {
	name: 'array',
	in: 'body',
	kind: 'json',
	jsonKind: 'any',
	key: 'records',
	label: 'Records',
	// Empty rather than `{{ $json }}`: n8n evaluates an expression parameter for every item even when it is the default.
	default: '',
	placeholder: 'e.g. {{ { Name: $json.company, Phone: $json.phone } }}',
	description:
		'The records to send, with QUINCE field names (those Get Many returns). Leave empty to send each input item as it is. Records to change need the ID of the record.',
	hint: RECORDS_HINT,
	topLevel: true,
	sentByRequestLoop: true,
};

function recordsNote(spec: ModuleSpec, update: boolean): string {
	const fields = spec.recordFields ? ` Fields: ${spec.recordFields}.` : '';
	return update ? `${fields} Each record needs its "${spec.idKey ?? 'Id'}".` : fields;
}

const RECORDS_JSON_HINT = 'Each input item gives one record or an array of records. All input items are sent together, 100 records per call.';

/** Why QUINCE would refuse a record of a resource with documented fields, checked before any call. */
function checkNamedRecord(spec: ModuleSpec, update: boolean): NonNullable<BatchSpec['checkRecord']> {
	const known = new Set([spec.idKey ?? 'Id', ...(spec.named ?? []).map((field) => field.name)]);
	const [nameField] = spec.named ?? [];
	const list = [...known].join(', ');
	return (record) => {
		if (!Object.keys(record).some((key) => known.has(key))) {
			return { problem: `A record has none of QUINCE's ${spec.plural.replace(/s$/, '')} fields`, fix: `Use QUINCE's field names, which are case-sensitive: ${list}` };
		}
		if (update) return requireRecordId(record);
		const name = record[nameField.name];
		if (name === undefined || name === null || String(name).trim() === '') {
			return { problem: `A record has no ${nameField.name}`, fix: `QUINCE needs a ${nameField.name} for every new record, e.g. {"${nameField.name}": "Acme"}` };
		}
		return undefined;
	};
}

/** Create Many / Update Many (and Create or Update) with named fields, or records as JSON. */
function namedWrite(spec: ModuleSpec, update: boolean, common: Pick<OperationSpec, 'resource' | 'method' | 'preSend' | 'postReceive'>, base: string): OperationSpec {
	const [nameField, ...others] = spec.named!;
	const idKey = spec.idKey ?? 'Id';
	const idField: FieldSpec = { name: idKey, in: 'body', kind: 'number', required: true, label: `${spec.resource.name} ID`, description: `The ID of the ${spec.plural.replace(/s$/, '')} to change` };
	const fields = update ? [idField, { ...nameField, required: false }, ...others] : [{ ...nameField, required: true }, ...others];
	const documented = spec.named!.map((field) => field.name).join(', ');
	const label = 'Records (JSON)';
	const op: OperationSpec = {
		...common,
		operation: update ? 'updateMany' : 'createMany',
		name: update ? 'Update Many' : 'Create Many',
		action: `${update ? 'Update' : 'Create'} many ${spec.plural}`,
		description: update
			? `Change ${spec.plural} in batches of up to 100; a batch with an unknown ID changes nothing`
			: `Create ${spec.plural} in batches of up to 100 and return each record with its new ID`,
		path: `${base}/${update ? 'update' : 'add'}`,
		fields,
		bodyJsonMode: true,
		bodyJson: {
			label,
			default: '={{ $json }}',
			description: `The ${spec.plural} as JSON, by default each input item as it is (every key of it is sent). QUINCE documents these keys: ${documented}${update ? ', and the record ID' : ''}.`,
			hint: RECORDS_JSON_HINT,
		},
	};
	op.forAllItems = true;
	op.requestLoop = sendRecordsInBatches({
		vendor: 'QUINCE',
		parameter: 'bodyJson',
		label,
		bodyProperty: 'array',
		chunkSize: BATCH_SIZE,
		checkRecord: checkNamedRecord(spec, update),
		checkAnswer: update ? answerIsJson : answerHasIds,
		combine: matchIdsToRecords,
		recordsOfItem: recordsFromOperation(() => op, label),
	});
	return op;
}

function moduleOperations(spec: ModuleSpec): OperationSpec[] {
	const { value: resource } = spec.resource;
	const base = `/api/v2/${spec.module}`;
	const common = { resource, method: 'POST' as const, preSend: [keepErrorBodies], postReceive: [checkQuinceResponse] };
	const hasFolderFilter = spec.filters.some((field) => field.name === 'withoutFolder');
	const ops: OperationSpec[] = [
		{
			...common,
			operation: 'getAll',
			name: 'Get Many',
			action: `Get many ${spec.plural}`,
			path: `${base}/list`,
			list: pages,
			poll: spec.dated ? byDocumentDate(spec.resource.name) : undefined,
			simplify: spec.simplify,
			fields: spec.filters,
			preSend: hasFolderFilter ? [keepErrorBodies, applyNoFolderFilter] : [keepErrorBodies],
		},
	];
	if (!spec.writable) return ops;
	if (spec.named) {
		ops.push(namedWrite(spec, false, common, base), namedWrite(spec, true, common, base));
		if (spec.upsertKey) {
			const noun = spec.plural.replace(/s$/, '');
			ops.push(
				upsertInBatchesOperation(
					ops,
					resource,
					{
						create: 'createMany',
						update: 'updateMany',
						lookup: 'getAll',
						keyField: spec.upsertKey,
						filter: `filter.${spec.upsertKey}`,
						idProperty: 'Id',
						updateIdKey: spec.idKey ?? 'Id',
						plural: spec.plural,
						checkRecord: checkNamedRecord(spec, false),
						batch: { vendor: 'QUINCE', parameter: 'bodyJson', label: 'Records (JSON)', bodyProperty: 'array', chunkSize: BATCH_SIZE, combine: matchIdsToRecords },
					},
					noun,
				),
			);
		}
		return ops;
	}
	for (const update of [false, true]) {
		ops.push({
			...common,
			operation: update ? 'updateMany' : 'createMany',
			name: update ? 'Update Many' : 'Create Many',
			action: `${update ? 'Update' : 'Create'} many ${spec.plural}`,
			description: update
				? `Change ${spec.plural} in batches of up to 100; a batch with an unknown ID changes nothing.${recordsNote(spec, update)}`
				: `Create ${spec.plural} in batches of up to 100 and return each record with its new ID.${recordsNote(spec, update)}`,
			path: `${base}/${update ? 'update' : 'add'}`,
			fields: [recordsField],
			forAllItems: true,
			requestLoop: sendRecordsInBatches({
				vendor: 'QUINCE',
				parameter: 'records',
				label: 'Records',
				bodyProperty: 'array',
				chunkSize: BATCH_SIZE,
				checkRecord: update ? requireRecordId : undefined,
				checkAnswer: update ? answerIsJson : answerHasIds,
				combine: matchIdsToRecords,
			}),
		});
	}
	return ops;
}

/** A documented text field of a QUINCE record. */
const text = (name: string, label: string, description?: string): FieldSpec => ({ name, in: 'body', kind: 'string', label, omitWhenEmpty: true, ...(description ? { description } : {}) });
const folderId = (label: string): FieldSpec => ({ name: 'ParentFolder', in: 'body', kind: 'number', label, description: 'Folder to put the record in: its whole-number ID, e.g. from Partner Folder → Get Many' });

/** Partner fields as the add/update documentation lists them, plus `TaxNumber` (see its description). */
const partnerFields: FieldSpec[] = [
	text('Name', 'Name', 'Name of the partner'),
	folderId('Folder ID'),
	text('PrintName', 'Print Name', 'Name on printed documents'),
	text('TaxNumber', 'Tax Number', 'Individual tax number (ІПН). QUINCE may not save it when a partner is created or changed: check the partner in QUINCE after a first run.'),
	text('RegCode', 'EDRPOU Code', 'Company registration code (ЄДРПОУ)'),
	text('Memo', 'Memo', 'A comment on the partner'),
	text('LegalAddress', 'Legal Address', 'Registered address of the partner'),
	text('ActualAddress', 'Actual Address', 'Where the partner actually works'),
	text('DeliveryAddress', 'Delivery Address', 'Where goods for the partner go'),
	text('Phone', 'Phone', 'Main phone number'),
	text('SecondaryPhone', 'Secondary Phone', 'Another phone number'),
	text('Email', 'Email', 'Email address, e.g. name@example.com'),
	text('WebSite', 'Website', 'Website address'),
	text('Telegram', 'Telegram', 'Telegram contact'),
	text('Viber', 'Viber', 'Viber contact'),
	text('Whatsapp', 'WhatsApp', 'WhatsApp contact'),
];

const folderFields: FieldSpec[] = [text('Name', 'Name', 'Name of the folder'), folderId('Parent Folder ID')];

const PARTNER_FIELDS =
	'Name, ParentFolder, PrintName, Memo, LegalAddress, ActualAddress, DeliveryAddress, Phone, SecondaryPhone, RegCode, Email, WebSite, Telegram, Viber, Whatsapp';

const modules: ModuleSpec[] = [
	{
		resource: { value: 'partner', name: 'Partner', description: 'Customers and suppliers', mapper: ['createMany', 'updateMany', 'upsert'] },
		module: 'partner',
		plural: 'partners',
		writable: true,
		recordFields: PARTNER_FIELDS,
		named: partnerFields,
		upsertKey: 'TaxNumber',
		idKey: 'id',
		simplify: { keep: ['Id', 'Name', 'TaxNumber', 'RegCode', 'Kind', 'Phone', 'E-mail', 'Email', 'LegalAddress', 'ParentFolder'] },
		filters: [
			idFilter('partner'),
			...inNoFolder('partnerFolder'),
			filter('Company', { kind: 'number', label: 'Company ID', description: 'Only partners with a contract with this company of yours' }),
			filter('TaxNumber', { kind: 'string', label: 'Tax Number', description: 'Individual tax number (ІПН)', placeholder: 'e.g. 1234567890' }),
			archiveFilter,
		],
	},
	{
		resource: { value: 'partnerFolder', name: 'Partner Folder' },
		module: 'partner/folder',
		plural: 'partner folders',
		writable: true,
		recordFields: 'Name, ParentFolder',
		named: folderFields,
		filters: [idFilter('folder'), ...topLevelFolders('partnerFolder')],
	},
	{
		resource: { value: 'contract', name: 'Contract' },
		module: 'contract',
		plural: 'contracts',
		writable: true,
		filters: [
			idFilter('contract'),
			filter('Partner', { kind: 'number', label: 'Partner ID', description: 'Only contracts of this partner', picker: { resource: 'partner' } }),
			companyFilter('contracts'),
			archiveFilter,
		],
	},
	{
		resource: { value: 'service', name: 'Service' },
		module: 'service',
		plural: 'services',
		writable: true,
		filters: [idFilter('service'), ...inNoFolder('serviceFolder'), priceTypeFilter, archiveFilter],
	},
	{
		resource: { value: 'serviceFolder', name: 'Service Folder' },
		module: 'service/folder',
		plural: 'service folders',
		writable: true,
		recordFields: 'Name, ParentFolder',
		named: folderFields,
		filters: [idFilter('folder'), ...topLevelFolders('serviceFolder')],
	},
	{
		resource: { value: 'product', name: 'Product', description: 'Goods, kits and manufactured items' },
		module: 'product',
		plural: 'products',
		writable: true,
		simplify: { keep: ['Id', 'Name', 'Kind', 'ParentFolder', 'Code', 'Unit', 'Price', 'Prices', 'Stock', 'Archive'] },
		filters: [
			idFilter('product'),
			...inNoFolder('productFolder'),
			priceTypeFilter,
			filter('Store', {
				kind: 'numberList',
				arrayFormat: 'array',
				label: 'Warehouse IDs',
				description: 'Warehouses to return stock for',
				placeholder: 'e.g. 3, 4',
			}),
			filter('Kind', {
				kind: 'options',
				label: 'Kind',
				options: [
					{ name: 'Goods Item', value: 'P' },
					{ name: 'Kit', value: 'K' },
					{ name: 'Manufactured Product', value: 'M' },
					{ name: 'SKU Item', value: 'U' },
					{ name: 'Base SKU Item', value: 'B' },
				],
				default: 'P',
			}),
			archiveFilter,
		],
	},
	{
		resource: { value: 'productFolder', name: 'Product Folder' },
		module: 'product/folder',
		plural: 'product folders',
		writable: true,
		recordFields: 'Name, ParentFolder',
		named: folderFields,
		filters: [idFilter('folder'), ...topLevelFolders('productFolder')],
	},
	{
		resource: { value: 'priceType', name: 'Price Type' },
		module: 'price_type',
		plural: 'price types',
		writable: true,
		recordFields: 'Name, Memo',
		named: [text('Name', 'Name', 'Name of the price type'), text('Memo', 'Memo', 'A comment on the price type')],
		filters: [idFilter('price type'), archiveFilter],
	},
	{
		resource: { value: 'price', name: 'Price', description: 'Prices of products by price type' },
		module: 'price',
		plural: 'prices',
		writable: false,
		filters: [
			priceTypeFilter,
			filter('Product', { kind: 'numberList', arrayFormat: 'array', label: 'Product IDs', placeholder: 'e.g. 201, 202' }),
		],
	},
	{
		resource: { value: 'order', name: 'Order' },
		module: 'order',
		plural: 'orders',
		writable: true,
		dated: true,
		simplify: { keep: ['Id', 'Number', 'Date', 'NumberOrderSite', 'Partner', 'Company', 'Sum', 'Currency', 'Status', 'Memo'], dates: ['Date'] },
		filters: [...period('order'), idFilter('order'), companyFilter('orders')],
	},
	{
		resource: { value: 'bankReceipt', name: 'Bank Receipt', description: 'Incoming payments to a bank account' },
		module: 'document/money_bank_income',
		plural: 'bank receipts',
		writable: true,
		dated: true,
		filters: [...period('document'), idFilter('document'), companyFilter('documents')],
	},
	{
		resource: { value: 'customerReturn', name: 'Customer Return', description: 'Goods returned by buyers' },
		module: 'document/outgoing_return',
		plural: 'customer returns',
		writable: false,
		dated: true,
		filters: [...period('document'), idFilter('document'), companyFilter('documents')],
	},
];

/** QUINCE names records `Name` and reads IDs as `Id` (some answers spell it `id`); its lists do not filter by name. */
const named = { id: ['Id', 'id'], label: ['Name'] };

export const quinceCatalog: VendorCatalog = {
	connection: quinceConnection,
	vendor: 'QUINCE',
	customApiCallPath: '/api/v2/partner/list',
	resources: modules.map((spec) => spec.resource),
	operations: modules.flatMap(moduleOperations),
	pickers: {
		partner: named,
		partnerFolder: named,
		serviceFolder: named,
		productFolder: named,
		priceType: { ...named, dropdown: true },
	},
};
