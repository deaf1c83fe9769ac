import type { FieldSpec, ListSpec, OperationSpec, SimplifySpec, VendorCatalog } from '../../shared/catalog';
import { upsertOperation } from '../../shared/upsert';
import { refuseEmptyUpdate, unwrapHistoryPage } from '../hooks';
import { guardantConnection } from '../connection';

/** Every Guardant list pages by offset/limit; 100 is the documented default and the stated maximum. */
function offsetPages(rootProperty?: string): ListSpec {
	return { pagination: 'offset', offsetParam: 'offset', limitParam: 'limit', maxPageSize: 100, rootProperty };
}

const direction: FieldSpec = {
	name: 'direction',
	in: 'query',
	kind: 'options',
	label: 'Sort Direction',
	description: 'Ascending or descending order',
	group: 'sort',
	options: [
		{ name: 'Ascending', value: 'asc' },
		{ name: 'Descending', value: 'desc' },
	],
	default: 'asc',
};

const archivedFilter: FieldSpec = {
	name: 'archived',
	in: 'query',
	kind: 'options',
	label: 'Archive Status',
	description: 'Leave this filter out to get archived and active records together',
	options: [
		{ name: 'Only Archived', value: true },
		{ name: 'Only Active', value: false },
	],
	default: false,
};

/** Guardant reads camelCase input names and answers with lowercase ones; users see plain labels. */
const customerFields: FieldSpec[] = [
	{ name: 'customerName', in: 'body', kind: 'string', label: 'First Name', description: 'First name of the customer, for a person', placeholder: 'e.g. Anna' },
	{ name: 'customerLastName', in: 'body', kind: 'string', label: 'Last Name', description: 'Last name of the customer, for a person', placeholder: 'e.g. Smith' },
	{ name: 'customerCompanyName', in: 'body', kind: 'string', label: 'Company Name', description: 'Name of the company, for a customer that is a company', placeholder: 'e.g. Acme Ltd' },
	{ name: 'customerEmail', in: 'body', kind: 'string', label: 'Email', description: 'Email address of the customer', placeholder: 'e.g. name@email.com' },
	{ name: 'customerPhone', in: 'body', kind: 'string', label: 'Phone', description: 'Phone number of the customer', placeholder: 'e.g. +1 555 0100' },
	{ name: 'customerDescription', in: 'body', kind: 'string', label: 'Description', description: 'A free-text note about the customer' },
	{
		name: 'customerStatus',
		in: 'body',
		kind: 'number',
		label: 'Status',
		description: 'Status code as shown in Guardant Station (0 or 1)',
		minValue: 0,
	},
	{ name: 'archived', in: 'body', kind: 'boolean', label: 'Archived', description: 'Whether the customer is archived' },
	{ name: 'crmId', in: 'body', kind: 'string', label: 'CRM ID', description: 'ID of the customer in your CRM. Create or Update finds the customer by it.' },
	{ name: 'refId', in: 'body', kind: 'string', label: 'Reference ID', description: 'Any external reference of your own' },
];

const customerId: FieldSpec = { name: 'customerId', in: 'path', kind: 'number', required: true, label: 'Customer ID', description: 'The customer, from the list or by ID', picker: { resource: 'customer' } };
const orderId: FieldSpec = { name: 'orderId', in: 'path', kind: 'number', required: true, label: 'Order ID', description: 'Customer → Get Orders lists the IDs' };
const productId: FieldSpec = { name: 'productId', in: 'path', kind: 'number', required: true, label: 'Product ID', description: 'ID of the product in Guardant Station' };
const serialId: FieldSpec = {
	name: 'serialId',
	in: 'path',
	kind: 'number',
	required: true,
	label: 'Serial ID',
	description: 'Numeric ID of the serial number (the _id field), not the serial text',
};
/** Hardware key IDs are signed 32-bit numbers and may be negative. */
const dongleId: FieldSpec = {
	name: 'dongleId',
	in: 'path',
	kind: 'number',
	required: true,
	label: 'Dongle ID',
	description: 'The number printed on the hardware key; it may be negative',
	picker: { resource: 'dongle' },
};

/** What Simplify keeps of a customer (Get and Get Many). */
const customerSimplify: SimplifySpec = { keep: ['_id', 'name', 'lastname', 'companyname', 'email', 'phone', 'status', 'archived', 'crmid', 'refid'] };

const customer: OperationSpec[] = [
	{
		resource: 'customer',
		operation: 'create',
		name: 'Create',
		action: 'Create customer',
		description: 'Create a company or a person that orders can be linked to',
		method: 'POST',
		path: '/v1.0/customers',
		rootProperty: 'customer',
		bodyJsonMode: true,
		fields: customerFields.map((field) =>
			['customerName', 'customerLastName', 'customerCompanyName'].includes(field.name)
				? { ...field, topLevel: true }
				: field.name === 'crmId'
					? { ...field, topLevel: true, omitWhenEmpty: true }
					: field,
		),
	},
	{
		resource: 'customer',
		operation: 'get',
		name: 'Get',
		action: 'Get customer',
		method: 'GET',
		path: '/v1.0/customers/{customerId}',
		simplify: customerSimplify,
		rootProperty: 'customer',
		fields: [customerId],
	},
	{
		resource: 'customer',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many customers',
		method: 'GET',
		path: '/v1.0/customers',
		simplify: customerSimplify,
		list: offsetPages('customers'),
		fields: [
			{
				name: 'type',
				in: 'query',
				kind: 'options',
				label: 'Customer Type',
				description: 'Leave this filter out to get companies and persons together',
				options: [
					{ name: 'Company', value: 'company' },
					{ name: 'Person', value: 'person' },
				],
				default: 'company',
			},
			archivedFilter,
			{
				name: 'sortby',
				in: 'query',
				kind: 'options',
				label: 'Sort By',
				description: 'Which names the customers are sorted by',
				group: 'sort',
				options: [
					{ name: 'Company, Then Last and First Name', value: 'default' },
					{ name: 'Last and First Name', value: 'name' },
					{ name: 'Company Name', value: 'company' },
				],
				default: 'default',
			},
			direction,
		],
	},
	{
		resource: 'customer',
		operation: 'update',
		name: 'Update',
		action: 'Update customer',
		description: 'Change a customer. Whether fields left out are kept is not documented, so send every field you want to keep.',
		method: 'PUT',
		path: '/v1.0/customers/{customerId}',
		rootProperty: 'customer',
		bodyJsonMode: true,
		fields: [customerId, ...customerFields],
		preSend: [refuseEmptyUpdate],
	},
	{
		resource: 'customer',
		operation: 'delete',
		name: 'Delete',
		action: 'Delete customer',
		method: 'DELETE',
		path: '/v1.0/customers/{customerId}',
		fields: [customerId],
		emptyResponse: { deleted: true },
	},
	{
		resource: 'customer',
		operation: 'getOrders',
		name: 'Get Orders',
		action: 'Get orders of customer',
		description: 'List the orders linked to a customer',
		method: 'GET',
		path: '/v1.0/customers/{customerId}/orders',
		simplify: { keep: ['_id', 'number', 'type', 'status', 'date', 'submitdate', 'quantity', 'description', 'crmid', 'refid'], dates: ['date', 'submitdate'] },
		list: offsetPages('orders'),
		fields: [
			customerId,
			{
				name: 'status',
				in: 'query',
				kind: 'multiOptions',
				label: 'Status',
				description: 'Only orders with one of these statuses',
				options: [
					{ name: 'Draft', value: 0 },
					{ name: 'Submit', value: 1 },
					{ name: 'Revoked', value: 2 },
				],
			},
			{
				name: 'sortby',
				in: 'query',
				kind: 'options',
				label: 'Sort By',
				description: 'Field the orders are sorted by',
				group: 'sort',
				options: [
					{ name: 'Number', value: 'number' },
					{ name: 'Submit Date', value: 'submitdate' },
				],
				default: 'number',
			},
			direction,
		],
	},
];

const order: OperationSpec[] = [
	{
		resource: 'order',
		operation: 'getProductFeatures',
		name: 'Get Product Features',
		action: 'Get product features of order',
		description: 'List the features of one product in an order, with default and order-specific license terms',
		method: 'GET',
		path: '/v1.0/orders/{orderId}/products/{productId}/features',
		rootProperty: 'features',
		fields: [orderId, productId],
	},
	{
		resource: 'order',
		operation: 'addDongle',
		name: 'Add Dongle',
		action: 'Add dongle to order',
		description: 'Attach a hardware key to a submitted order; a key can be attached only once',
		method: 'POST',
		path: '/v1.0/orders/{orderId}/dongles',
		rootProperty: 'dongle',
		fields: [
			orderId,
			{
				name: 'dongleId',
				in: 'body',
				kind: 'number',
				required: true,
				label: 'Dongle ID',
				description: 'The number printed on the hardware key; it may be negative',
				picker: { resource: 'dongle' },
			},
			{
				name: 'dongleModel',
				in: 'body',
				kind: 'options',
				label: 'Dongle Model',
				description: 'Model of the hardware key',
				options: [
					{ name: 'Unknown', value: 0 },
					{ name: 'DL (Software Key)', value: 1 },
					{ name: 'Sign', value: 2 },
					{ name: 'Time', value: 3 },
					{ name: 'Code', value: 4 },
					{ name: 'Code Time', value: 5 },
				],
				default: 4,
			},
			{ name: 'publicCode', in: 'body', kind: 'number', label: 'Public Code', description: 'Your public access code as a number' },
			{ name: 'typeFlags', in: 'body', kind: 'number', label: 'Type Flags', description: 'Capability bits of the key, e.g. network support' },
			{ name: 'netResource', in: 'body', kind: 'number', label: 'Network Resource', description: 'Network resource number of the key, as Guardant Station shows it' },
		],
	},
];

const product: OperationSpec[] = [
	{
		resource: 'product',
		operation: 'getFeatures',
		name: 'Get Features',
		action: 'Get features of product',
		description: 'List the features of a product with their default license terms',
		method: 'GET',
		path: '/v1.0/products/{productId}/features',
		rootProperty: 'features',
		fields: [productId],
	},
];

const serial: OperationSpec[] = [
	{
		resource: 'serial',
		operation: 'getBySerialNumber',
		name: 'Get by Serial Number',
		action: 'Get serial by serial number',
		description: 'Look a serial number up by its text, with its customer',
		method: 'GET',
		path: '/v1.0/serial/getinfo/{serialNumber}',
		rootProperty: 'serial',
		fields: [
			{
				name: 'serialNumber',
				in: 'path',
				kind: 'string',
				required: true,
				label: 'Serial Number',
				description: 'The serial number text, as issued to the customer',
				placeholder: 'e.g. ABCDEF-123456-ABCDEF-123456-ABCDEF',
			},
		],
	},
	{
		resource: 'serial',
		operation: 'update',
		name: 'Update',
		action: 'Update serial',
		description: 'Block or unblock a serial number, or change how many activations it allows',
		method: 'PUT',
		path: '/v1.0/serials/{serialId}',
		rootProperty: 'serial',
		fields: [
			serialId,
			{
				name: 'status',
				in: 'body',
				kind: 'options',
				label: 'Status',
				description: 'Block the serial number, or make it active again',
				options: [
					{ name: 'Active', value: 0 },
					{ name: 'Blocked', value: 1 },
				],
				default: 0,
			},
			{
				name: 'activationLimit',
				in: 'body',
				kind: 'number',
				label: 'Activation Limit',
				description: 'Not below the activations already made; at most 50, or 10 for a demo order',
				minValue: 0,
				maxValue: 50,
				default: 1,
			},
		],
		preSend: [refuseEmptyUpdate],
	},
	{
		resource: 'serial',
		operation: 'getActualLicense',
		name: 'Get Actual License',
		action: 'Get actual license of serial',
		description: 'Get the license a serial number currently carries',
		method: 'GET',
		path: '/v1.0/serials/{serialId}/getactuallicense',
		rootProperty: 'serial',
		fields: [serialId],
	},
];

const dongle: OperationSpec[] = [
	{
		resource: 'dongle',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many dongles',
		description: 'List your hardware keys, ordered by key ID',
		method: 'GET',
		path: '/v1.0/dongles',
		list: offsetPages('dongles'),
		fields: [direction],
	},
	{
		resource: 'dongle',
		operation: 'updateDriverType',
		name: 'Update Driver Type',
		action: 'Update driver type of dongle',
		description: 'Switch the driver a hardware key works with',
		method: 'PUT',
		path: '/v1.0/dongles/{dongleId}',
		rootProperty: 'dongle',
		fields: [
			dongleId,
			{
				name: 'driverType',
				in: 'body',
				kind: 'options',
				required: true,
				label: 'Driver Type',
				description: 'WinUSB is not listed because its code is not documented; give it as an expression if Guardant tells you the code',
				options: [
					{ name: 'Guardant Driver', value: 0 },
					{ name: 'HID', value: 2 },
				],
				default: 0,
			},
		],
	},
	{
		resource: 'dongle',
		operation: 'getHistory',
		name: 'Get History',
		action: 'Get history of dongle',
		description: 'List the firmware and update events of one hardware key',
		method: 'GET',
		path: '/v1.0/getdonglehistory/{dongleId}',
		// The key holding the events is not documented: the hook finds the array in each page.
		list: offsetPages(),
		postReceive: [unwrapHistoryPage],
		// History events have no ID: the whole event identifies it.
		poll: {
			noun: 'Dongle History Event',
			timestampFormat: 'unixSeconds',
			events: [{ kind: 'new', since: 'actiondatebegin', timestampProperty: 'actiondate' }],
		},
		fields: [
			dongleId,
			{
				name: 'actiondatebegin',
				in: 'query',
				kind: 'dateTime',
				dateFormat: 'unixSeconds',
				label: 'From',
				description: 'Only events at or after this moment',
			},
			{
				name: 'actiondateend',
				in: 'query',
				kind: 'dateTime',
				dateFormat: 'unixSeconds',
				label: 'To',
				description: 'Only events at or before this moment',
			},
			{ name: 'actionresult', in: 'query', kind: 'string', label: 'Result', description: 'Only events with this result' },
			direction,
		],
	},
];

/** The writes that also offer "Map Fields". */
const WRITES = ['create', 'update', 'upsert'];

export const guardantCatalog: VendorCatalog = {
	connection: guardantConnection,
	vendor: 'Guardant',
	customApiCallPath: '/v1.0/customers',
	resources: [
		{ value: 'customer', name: 'Customer', description: 'Companies and persons that orders are linked to', mapper: WRITES },
		{ value: 'order', name: 'Order' },
		{ value: 'product', name: 'Product' },
		{ value: 'serial', name: 'Serial Number', description: 'Software license keys' },
		{ value: 'dongle', name: 'Dongle', description: 'Hardware license keys' },
	],
	operations: [
		...customer,
		// Guardant cannot filter customers by CRM ID: the lookup reads the customer list once per run (one call per 100 customers).
		upsertOperation(customer, 'customer', { keyField: 'crmId', recordKey: 'crmid', idProperty: '_id', plural: 'customers' }, 'Guardant', 'customer'),
		...order,
		...product,
		...serial,
		...dongle,
	],
	// Guardant lists do not filter by name: the pickers search the names of the records they read.
	pickers: {
		customer: { id: '_id', label: [['companyname'], ['name', 'lastname'], ['email']] },
		dongle: { id: 'dongleid', label: ['dongleid'] },
	},
};
