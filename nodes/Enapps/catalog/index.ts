import type { FieldSpec, OperationSpec, PollSpec, SimplifySpec, VendorCatalog } from '../../shared/catalog';
import { additionalFieldsToItems, optionsAsList } from '../hooks';
import { enappsConnection } from '../connection';

/** Pages the server serves: 1000 for reference data, 100 for documents. */
const referencePages = { pagination: 'page', pageParam: 'page', firstPage: 1, maxPageSize: 1000 } as const;
const documentPages = { pagination: 'page', pageParam: 'page', firstPage: 1, maxPageSize: 100 } as const;

const additionalFields: FieldSpec = {
	name: 'additional_fields',
	in: 'query',
	kind: 'stringList',
	arrayFormat: 'array',
	label: 'Additional Fields to Return',
	description: 'Names of client-specific fields to add to each record. The Additional Field resource lists them.',
	placeholder: 'e.g. x_region, x_account_manager',
};

const changedSince: FieldSpec = {
	name: 'write_date',
	in: 'query',
	kind: 'dateTime',
	dateFormat: 'dateTimeSpace',
	label: 'Changed Since',
	description: 'Only records changed at or after this moment',
};

const createdSince: FieldSpec = {
	name: 'create_date',
	in: 'query',
	kind: 'dateTime',
	dateFormat: 'dateTimeSpace',
	label: 'Created Since',
	description: 'Only records created at or after this moment',
};

const partnerFilter: FieldSpec = {
	name: 'partner_id',
	in: 'query',
	kind: 'number',
	label: 'Partner ID',
	description: 'Only records of this partner (company)',
	picker: { resource: 'partner' },
};

const requiredPartner: FieldSpec = { ...partnerFilter, required: true };

/** Trigger events: records carry the server's wall-clock `create_date` / `write_date`. */
const pollCreated: PollSpec = {
	idProperty: 'id',
	timestampFormat: 'dateTimeSpace',
	events: [{ kind: 'new', since: 'create_date', timestampProperty: 'create_date' }],
};
const pollCreatedOrWritten: PollSpec = {
	...pollCreated,
	events: [...pollCreated.events, { kind: 'newOrUpdated', since: 'write_date', timestampProperty: 'write_date' }],
};

/** Simplify: partners, contacts and products have 10 fields or fewer, so it is offered (readable dates) but off by default. */
const partnerSimplify: SimplifySpec = { keep: ['id', 'ref', 'name', 'crm_type', 'create_date', 'write_date'], dates: ['create_date', 'write_date'], defaultOff: true };
const productSimplify: SimplifySpec = { keep: ['id', 'default_code', 'name', 'family_id', 'list_price', 'currency'], defaultOff: true };

function recordId(label: string): FieldSpec {
	return { name: '_id', in: 'query', kind: 'number', label, key: 'recordId', description: 'Return only this record' };
}

const partner: OperationSpec[] = [
	{
		resource: 'partner',
		operation: 'get',
		name: 'Get',
		action: 'Get partner',
		description: 'Retrieve one partner (company) by its ID',
		method: 'GET',
		path: '/partners',
		simplify: partnerSimplify,
		fields: [{ ...recordId('Partner ID'), required: true, picker: { resource: 'partner' } }, additionalFields],
	},
	{
		resource: 'partner',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many partners',
		description: 'List customers and prospects',
		method: 'GET',
		path: '/partners',
		simplify: partnerSimplify,
		list: referencePages,
		poll: pollCreatedOrWritten,
		fields: [
			{
				name: 'crm_type',
				in: 'query',
				kind: 'options',
				label: 'CRM Type',
				description: 'Only customers or only prospects',
				options: [
					{ name: 'Customer', value: 'customer' },
					{ name: 'Prospect', value: 'prospect' },
				],
				default: 'customer',
			},
			changedSince,
			createdSince,
			{ name: 'ref', in: 'query', kind: 'string', label: 'Reference', description: "The partner's unique reference code" },
			{ name: 'website', in: 'query', kind: 'string', label: 'Website', description: 'Only the partner with this website URL', placeholder: 'e.g. https://example.com' },
			additionalFields,
		],
	},
];

const contact: OperationSpec[] = [
	{
		resource: 'contact',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many contacts',
		description: 'List the people at partners. A contact ID is what a sale order needs as ordering contact.',
		method: 'GET',
		path: '/contacts',
		simplify: { keep: ['id', 'partner_id', 'first_name', 'last_name', 'email', 'type', 'crm_type', 'create_date', 'write_date'], dates: ['create_date', 'write_date'], defaultOff: true },
		list: referencePages,
		poll: pollCreatedOrWritten,
		fields: [
			recordId('Contact ID'),
			{ name: 'email', in: 'query', kind: 'string', label: 'Email', description: 'Only contacts with this email address', placeholder: 'e.g. name@email.com' },
			partnerFilter,
			createdSince,
			changedSince,
			additionalFields,
		],
	},
];

const address: OperationSpec[] = [
	{
		resource: 'address',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many addresses',
		description: 'List partner addresses',
		method: 'GET',
		path: '/addresses',
		list: referencePages,
		fields: [recordId('Address ID'), partnerFilter, additionalFields],
	},
];

const saleOrder: OperationSpec[] = [
	{
		resource: 'saleOrder',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many sale orders',
		method: 'GET',
		path: '/orders',
		simplify: { keep: ['id', 'name', 'client_order_ref', 'partner_id', 'state', 'date_order', 'amount_untaxed', 'amount_total', 'currency', 'create_date'], dates: ['date_order', 'create_date'] },
		list: documentPages,
		poll: pollCreated,
		fields: [recordId('Sale Order ID'), partnerFilter, createdSince, additionalFields],
	},
	{
		resource: 'saleOrder',
		operation: 'create',
		name: 'Create',
		action: 'Create sale order',
		description: 'Create a sale order with its lines; a new delivery address is created with it when needed',
		method: 'POST',
		path: '/orders',
		bodyJsonMode: true,
		fields: [
			{
				name: 'partner_order_id',
				in: 'body',
				kind: 'number',
				required: true,
				label: 'Ordering Contact ID',
				description: 'The contact placing the order; it decides the price list',
				picker: { resource: 'contact' },
			},
			{
				name: 'shop_id',
				in: 'body',
				kind: 'number',
				required: true,
				label: 'Shop ID',
				description: 'Sales channel the order belongs to; ask your ERP administrator for the value',
			},
			{
				name: 'products',
				in: 'body',
				kind: 'json',
				jsonKind: 'array',
				required: true,
				// Version 1 only: version 2 takes the same lines one entry at a time (below).
				versions: [1],
				label: 'Order Lines (JSON)',
				default: '',
				placeholder: 'e.g. [{"product_id": 101, "qty": 2}]',
				description: 'Array of lines, each with product_id and qty, and parameters when the product has options',
			},
			{
				name: 'products',
				key: 'orderLines',
				in: 'body',
				kind: 'entries',
				required: true,
				versions: [2],
				label: 'Order Lines',
				description: "One entry per product ordered; the ERP prices each line from the contact's price list",
				entries: {
					name: 'line',
					label: 'Order Line',
					fields: [
						{ name: 'product_id', key: 'product', in: 'body', kind: 'number', required: true, label: 'Product', description: 'The product to order, from the list or by ID', picker: { resource: 'product' } },
						{ name: 'qty', in: 'body', kind: 'number', required: true, default: 1, minValue: 1, label: 'Quantity', description: 'How many units of the product to order, 1 or more' },
						{
							name: 'price_unit',
							key: 'unitPrice',
							in: 'body',
							kind: 'number',
							numberPrecision: 2,
							minValue: 0,
							default: 0,
							// 0 is no price: the line is then sent without one.
							omitWhenEmpty: true,
							label: 'Unit Price',
							description:
								"Leave 0 to let the ERP price the line from the contact's price list. Otherwise the ERP's own price for this contact, product and quantity, e.g. from 'Get Detail' of the product; the ERP refuses a different price.",
						},
						{
							name: 'parameters',
							key: 'options',
							in: 'body',
							kind: 'json',
							jsonKind: 'object',
							label: 'Product Options',
							description: 'Only for a product with options: the choice for each option by parameter name (names are case-sensitive). Leave {} otherwise.',
							placeholder: 'e.g. {"FINISHING": "DBZW"}',
							toWire: optionsAsList,
						},
					],
				},
			},
			{
				name: 'client_order_ref',
				in: 'body',
				kind: 'string',
				topLevel: true,
				label: 'Customer Reference',
				description: 'Customer PO number or web order reference',
			},
		],
	},
];

const invoice: OperationSpec[] = [
	{
		resource: 'invoice',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many invoices',
		description: 'List the invoices of one partner',
		method: 'GET',
		path: '/invoices',
		simplify: { keep: ['id', 'number', 'partner_id', 'reference', 'state', 'invoice_date', 'due_date', 'total_net', 'total_gross', 'currency'], dates: ['invoice_date', 'due_date'] },
		list: documentPages,
		poll: {
			idProperty: 'id',
			granularity: 'day',
			timestampFormat: 'date',
			events: [
				{
					kind: 'new',
					since: 'invoice_date',
					timestampProperty: 'invoice_date',
					name: 'New Invoice (by Invoice Date)',
					description: "Polls with 'Invoiced Since' (a day): an invoice counts once its invoice date is on or after the last one seen; one backdated to an earlier day is missed",
				},
			],
		},
		fields: [
			requiredPartner,
			recordId('Invoice ID'),
			{
				name: 'invoice_date',
				in: 'query',
				kind: 'dateTime',
				dateFormat: 'date',
				label: 'Invoiced Since',
				description: 'Only invoices dated on or after this day',
			},
			additionalFields,
		],
	},
];

const delivery: OperationSpec[] = [
	{
		resource: 'delivery',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many deliveries',
		description: 'List the outgoing deliveries of one partner',
		method: 'GET',
		path: '/stock_pickings',
		list: documentPages,
		poll: pollCreated,
		fields: [
			requiredPartner,
			recordId('Delivery ID'),
			createdSince,
			{ name: 'order_id', in: 'query', kind: 'number', label: 'Sale Order ID', description: 'Only deliveries of this sale order', picker: { resource: 'saleOrder' } },
			additionalFields,
		],
	},
	{
		resource: 'delivery',
		operation: 'getMoves',
		name: 'Get Moves',
		action: 'Get moves of delivery',
		description: 'List the lines (stock moves) of one delivery',
		method: 'GET',
		path: '/stock_moves',
		list: documentPages,
		fields: [
			{ name: 'picking_id', in: 'query', kind: 'number', required: true, label: 'Delivery ID', description: 'Delivery → Get Many lists the IDs' },
			additionalFields,
		],
	},
];

const product: OperationSpec[] = [
	{
		resource: 'product',
		operation: 'getBasic',
		name: 'Get Basic List',
		action: 'Get basic list of products',
		description: 'Fast catalogue dump without live prices, for a periodic full sync',
		method: 'GET',
		path: '/products/get_basic',
		simplify: productSimplify,
		list: referencePages,
		fields: [additionalFields],
	},
	{
		resource: 'product',
		operation: 'getFull',
		name: 'Get Full',
		action: 'Get full details of products',
		description: 'Up to 10 products with live price and availability',
		method: 'GET',
		path: '/products/get_full',
		simplify: productSimplify,
		fields: [
			{
				name: 'product_ids',
				in: 'query',
				kind: 'numberList',
				arrayFormat: 'array',
				required: true,
				label: 'Product IDs',
				description: 'At most 10 product IDs',
				placeholder: 'e.g. 101, 102',
			},
			{ ...partnerFilter, description: 'Partner whose price list applies' },
			additionalFields,
		],
	},
	{
		resource: 'product',
		operation: 'getDetail',
		name: 'Get Detail',
		action: 'Get detail of product',
		description: 'Live price and availability of one product for a customer, quantity and option choice',
		method: 'GET',
		path: '/products/get_detail',
		simplify: productSimplify,
		fields: [
			{ name: 'product_id', in: 'query', kind: 'number', required: true, label: 'Product ID', description: 'The product to price', picker: { resource: 'product' } },
			{ name: 'qty', in: 'query', kind: 'number', required: true, minValue: 1, label: 'Quantity', description: 'Quantity to price; price breaks depend on it' },
			{ ...partnerFilter, required: true, description: 'Partner whose price list applies' },
			{
				name: 'parameters',
				in: 'query',
				kind: 'json',
				jsonKind: 'object',
				arrayFormat: 'json',
				label: 'Product Options (JSON)',
				description: 'Chosen options by parameter name; names are case-sensitive',
				placeholder: 'e.g. {"FINISHING": "DBZW"}',
			},
		],
	},
];

const additionalField: OperationSpec[] = [
	{
		resource: 'additionalField',
		operation: 'getAll',
		name: 'Get Many',
		action: 'Get many additional fields',
		description: 'List the client-specific fields each endpoint can return, one item per endpoint',
		method: 'GET',
		path: '/additional_fields',
		postReceive: [additionalFieldsToItems],
	},
];

export const enappsCatalog: VendorCatalog = {
	vendor: 'Enapps ERP',
	// n8n renews the login token when the API answers 401.
	connection: enappsConnection,
	customApiCallPath: '/partners',
	resources: [
		{ value: 'partner', name: 'Partner', description: 'Companies: customers and prospects' },
		{ value: 'contact', name: 'Contact', description: 'People at partners' },
		{ value: 'address', name: 'Address' },
		{ value: 'saleOrder', name: 'Sale Order' },
		{ value: 'invoice', name: 'Invoice' },
		{ value: 'delivery', name: 'Delivery', description: 'Outgoing stock pickings and their moves' },
		{ value: 'product', name: 'Product' },
		{ value: 'additionalField', name: 'Additional Field', description: 'Client-specific fields per endpoint' },
	],
	operations: [...partner, ...contact, ...address, ...saleOrder, ...invoice, ...delivery, ...product, ...additionalField],
	// No Enapps list filters by name: the pickers search the names of the records they read.
	pickers: {
		partner: { label: ['name'] },
		contact: { label: [['first_name', 'last_name'], ['email']] },
		saleOrder: { label: ['name'] },
		product: { operation: 'getBasic', label: ['name'] },
	},
};
