import { sendRecordsInBatches } from '../../shared/batching';
import type { FieldSpec, ListSpec, OperationSpec, PollSpec, ResourceSpec, VendorCatalog } from '../../shared/catalog';
import { answerHasIds, answerIsJson, applyNoFolderFilter, checkQuinceResponse, keepErrorBodies, matchIdsToRecords, requireRecordId } from '../hooks';

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
});

/** A folder ID filter and its "no folder" twin, which `applyNoFolderFilter` sends as `ParentFolder: null`. */
function folderFilters(withoutLabel: string, withoutDescription: string, folderLabel = 'Folder ID'): FieldSpec[] {
	return [
		filter('ParentFolder', { kind: 'number', label: folderLabel, description: 'Only records directly in this folder' }),
		{ name: 'withoutFolder', in: 'body', kind: 'boolean', label: withoutLabel, description: withoutDescription },
	];
}
const inNoFolder = folderFilters('Only Without Folder', 'Whether to return only records that are in no folder');
const topLevelFolders = folderFilters('Only Top-Level Folders', 'Whether to return only folders that are in no other folder', 'Parent Folder ID');

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
	/** The ID key of update records as the docs spell it. */
	idKey?: 'id' | 'Id';
	writable: boolean;
	/** Dated documents: the trigger polls them by `DateFrom`/`DateTo` against their `Date`. */
	dated?: boolean;
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
			fields: spec.filters,
			preSend: hasFolderFilter ? [keepErrorBodies, applyNoFolderFilter] : [keepErrorBodies],
		},
	];
	if (!spec.writable) return ops;
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

const PARTNER_FIELDS =
	'Name, ParentFolder, PrintName, Memo, LegalAddress, ActualAddress, DeliveryAddress, Phone, SecondaryPhone, RegCode, Email, WebSite, Telegram, Viber, Whatsapp';

const modules: ModuleSpec[] = [
	{
		resource: { value: 'partner', name: 'Partner', description: 'Customers and suppliers' },
		module: 'partner',
		plural: 'partners',
		writable: true,
		recordFields: PARTNER_FIELDS,
		idKey: 'id',
		filters: [
			idFilter('partner'),
			...inNoFolder,
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
		filters: [idFilter('folder'), ...topLevelFolders],
	},
	{
		resource: { value: 'contract', name: 'Contract' },
		module: 'contract',
		plural: 'contracts',
		writable: true,
		filters: [
			idFilter('contract'),
			filter('Partner', { kind: 'number', label: 'Partner ID', description: 'Only contracts of this partner' }),
			companyFilter('contracts'),
			archiveFilter,
		],
	},
	{
		resource: { value: 'service', name: 'Service' },
		module: 'service',
		plural: 'services',
		writable: true,
		filters: [idFilter('service'), ...inNoFolder, priceTypeFilter, archiveFilter],
	},
	{
		resource: { value: 'serviceFolder', name: 'Service Folder' },
		module: 'service/folder',
		plural: 'service folders',
		writable: true,
		recordFields: 'Name, ParentFolder',
		filters: [idFilter('folder'), ...topLevelFolders],
	},
	{
		resource: { value: 'product', name: 'Product', description: 'Goods, kits and manufactured items' },
		module: 'product',
		plural: 'products',
		writable: true,
		filters: [
			idFilter('product'),
			...inNoFolder,
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
		filters: [idFilter('folder'), ...topLevelFolders],
	},
	{
		resource: { value: 'priceType', name: 'Price Type' },
		module: 'price_type',
		plural: 'price types',
		writable: true,
		recordFields: 'Name, Memo',
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

export const quinceCatalog: VendorCatalog = {
	vendor: 'QUINCE',
	customApiCallPath: '/api/v2/partner/list',
	resources: modules.map((spec) => spec.resource),
	operations: modules.flatMap(moduleOperations),
};
