import type { SimplifySpec } from '../../nodes/shared/catalog';

/**
 * The hand-written part of the Repzo catalog: our names where the spec file name is not a good
 * n8n name, the few places where the specs disagree with the SDK client Repzo ships, and what
 * Simplify keeps of the records people sync most.
 * The generator fails when an entry here no longer matches anything, so stale entries surface.
 */

export interface ResourceOverride {
	/** Singular display name in Title Case. */
	name?: string;
	/** Plural noun used in "Get many …" actions, lower case except acronyms. */
	plural?: string;
	/** Why the derived wording is not used (one line; the generator refuses an entry without one). */
	reason: string;
}

/** Keyed by spec file name without `.yaml`. */
export const RESOURCE_OVERRIDES: Record<string, ResourceOverride> = {
	'activity-feedback': { plural: 'activity feedback', reason: 'feedback has no plural' },
	'activity-feedback-v2': { name: 'Activity Feedback V2', plural: 'activity feedback v2', reason: 'keeps the V2 of the file name in capitals; feedback has no plural' },
	approvals: { name: 'Approval', reason: 'the spec file name is plural' },
	banks: { name: 'Bank', reason: 'the spec file name is plural' },
	bankslists: { name: 'Bank List', reason: 'the spec file name runs two plural words together' },
	checks: { name: 'Check', reason: 'the spec file name is plural' },
	'feedback-options': { name: 'Feedback Option', reason: 'the spec file name is plural' },
	fullinvoices: { name: 'Invoice', reason: 'Repzo\'s apps call these invoices; the file name runs two words together' },
	inventory: { plural: 'inventory items', reason: 'inventory has no plural' },
	measureunit: { name: 'Measure Unit', reason: 'the spec file name runs two words together' },
	'measureunit-family': { name: 'Measure Unit Family', plural: 'measure unit families', reason: 'the spec file name runs two words together; family → families' },
	'mail-unsubscribe': { plural: 'mail unsubscribe records', reason: 'a verb, not a noun: the records are unsubscribe records' },
	media: { plural: 'media', reason: 'media is already plural' },
	'media-storage': { plural: 'media storage items', reason: 'storage has no plural' },
	'msl-products': { name: 'MSL Product', reason: 'MSL is an acronym and the file name is plural' },
	'payment-terms': { name: 'Payment Term', reason: 'the spec file name is plural' },
	payments: { name: 'Payment', reason: 'the spec file name is plural' },
	pricelist: { name: 'Price List', reason: 'the spec file name runs two words together' },
	'pricelist-item': { name: 'Price List Item', reason: 'the spec file name runs two words together' },
	'product-modifiers-group': { name: 'Product Modifier Group', reason: 'modifiers reads wrongly inside a compound noun' },
	'quick-convert-to-pdf': { name: 'PDF', reason: 'a verb phrase, not a resource: the operation makes PDFs' },
	settings: { name: 'Settings', plural: 'settings', reason: 'settings is a plural-only noun' },
	subcategory: { name: 'Subcategory', plural: 'subcategories', reason: 'one word in English; y → ies' },
	'update-integration-meta': { name: 'Integration Meta Update', reason: 'a verb phrase, not a resource: the records are updates of integration meta' },
	'workorder-agenda': { plural: 'workorder agenda days', reason: 'an agenda is a list of days' },
};

export interface OperationOverride {
	value?: string;
	name?: string;
	action?: string;
	description?: string;
	/** Why the derived wording is not used (one line; the generator refuses an entry without one). */
	reason: string;
}

/** Keyed by `<METHOD> <spec path>`, for operations whose derived wording reads badly. */
export const OPERATION_OVERRIDES: Record<string, OperationOverride> = {
	'POST /activity-ai-sales-order/{id}/generate': {
		name: 'Generate Recommendations',
		action: 'Generate recommendations for AI sales order activity',
		reason: 'Generate alone does not say what is generated',
	},
	'GET /activity-feedback-v2/analytics/detailed': {
		value: 'getDetailedAnalytics',
		name: 'Get Detailed Analytics',
		action: 'Get detailed activity feedback v2 analytics',
		reason: 'the derived name repeats Get and reads backwards',
	},
	'POST /contract-installment/{id}/pay': { value: 'markPaid', name: 'Mark as Paid', action: 'Mark contract installment as paid', reason: 'the installment is not paid by the call, it is marked as paid' },
	'GET /contract-installment/overdue': { value: 'getOverdue', name: 'Get Many Overdue', action: 'Get many overdue contract installments', reason: 'it is a list: Get Many, not Get' },
	'GET /feedback-options/templates': { name: 'Get Templates', action: 'Get predefined feedback option templates', reason: 'the templates are predefined ones, not the user\'s' },
	'POST /mail-unsubscribe': { name: 'Create', action: 'Add email to unsubscribe list', reason: 'the call adds an address to the list' },
	'POST /mail-unsubscribe/check': { value: 'checkEmail', name: 'Check Email', action: 'Check whether email is unsubscribed', reason: 'Check alone does not say what is checked' },
	'POST /quick-convert-to-pdf': { value: 'convert', name: 'Convert Document', action: 'Create PDF of document', reason: 'the derived name would be the bare path' },
	'POST /safe-invoice-serial-counter/next': {
		value: 'getNextSerial',
		name: 'Get Next Serial Number',
		action: 'Get next safe invoice serial number',
		reason: 'Next alone does not say what comes next',
	},
};

/**
 * Spec paths the SDK client does not call: for these resources the client Repzo ships
 * (`end_points` in the SDK) uses another path, and we follow the client. Keyed by the spec's
 * collection path; the value must be one of the SDK's end points.
 */
export const PATH_FROM_SDK: Record<string, { path: string; reason: string }> = {
	'/measure-unit': { path: 'measureunits', reason: 'Repzo.measureunit calls /measureunits; the spec file says /measure-unit' },
	'/measureunitfamily': { path: 'measureunit-family', reason: 'Repzo.measureunitFamily calls /measureunit-family; the spec file says /measureunitfamily' },
	'/pricelist': { path: 'pricelists', reason: 'Repzo.priceList calls /pricelists; the spec file says /pricelist' },
	'/pricelistitem': { path: 'pricelistsitems', reason: 'Repzo.priceListItem calls /pricelistsitems; the spec file says /pricelistitem' },
	'/product/sub-categories': { path: 'product-sub-category', reason: 'Repzo.subcategory calls /product-sub-category; the spec file says /product/sub-categories' },
	'/team': { path: 'teams', reason: 'Repzo.team calls /teams; the spec file says /team' },
};

/** Query parameters that hold epoch-millisecond timestamps: offered as date pickers. */
export const TIMESTAMP_QUERY_PARAMETERS: Record<string, string> = {
	from_updatedAt: 'Updated Since',
	to_updatedAt: 'Updated Until',
	from_createdAt: 'Created Since',
	to_createdAt: 'Created Until',
	from_due_date: 'Due From',
	to_due_date: 'Due Until',
	// Exact-moment filters (SDK types): named so they do not read like the Since/Until range beside them.
	createdAt: 'Created At (Exact Moment)',
	updatedAt: 'Updated At (Exact Moment)',
};

/** Labels of common list parameters whose wire names read poorly. */
export const QUERY_LABELS: Record<string, string> = {
	sort: 'Sort Field',
	sortPageOrder: 'Sort Order',
	order: 'Sort Order',
	// A JSON list of sort keys, beside the single Sort Field: say what it is.
	sortBy: 'Sort Rules (JSON)',
};

/** Query parameters that order a list: shown in the Sort collection. */
export const SORT_PARAMETERS = new Set(['sort', 'sortPageOrder', 'order', 'sortBy']);

/** Query parameters whose value is JSON text (objects travel JSON-encoded in the query string). */
export const JSON_QUERY_PARAMETERS = new Set(['filter']);

/** Labels for option values that are abbreviations. */
export const OPTION_LABELS: Record<string, string> = {
	asc: 'Ascending',
	desc: 'Descending',
	dsc: 'Descending',
};

/** Record metadata the server sets itself: left out of request bodies unless a spec requires it. */
export const SERVER_SET_BODY_FIELDS = new Set(['_id', '__v', 'createdAt', 'updatedAt']);

/** Words kept in capitals in names and actions. */
export const ACRONYMS: Record<string, string> = { ai: 'AI', msl: 'MSL', ocr: 'OCR', pdf: 'PDF', id: 'ID', ids: 'IDs', url: 'URL' };

/**
 * What Simplify keeps of the records people sync most (at most 10 fields; `dates` read as ISO 8601),
 * written onto the resource's Get and Get Many. Keyed by spec file name without `.yaml`.
 */
export const SIMPLIFY: Record<string, SimplifySpec> = {
	client: { keep: ['_id', 'name', 'client_code', 'tax_number', 'phone', 'email', 'city', 'disabled', 'createdAt', 'updatedAt'], dates: ['createdAt', 'updatedAt'] },
	product: { keep: ['_id', 'name', 'sku', 'barcode', 'category', 'base_price', 'active', 'disabled', 'createdAt', 'updatedAt'], dates: ['createdAt', 'updatedAt'] },
	fullinvoices: {
		keep: ['_id', 'serial_number', 'client_id', 'client_name', 'total', 'status', 'issue_date', 'due_date', 'createdAt', 'updatedAt'],
		dates: ['issue_date', 'due_date', 'createdAt', 'updatedAt'],
	},
	visit: {
		keep: ['_id', 'client', 'client_name', 'rep', 'status', 'plannedDate', 'actualDate', 'notes', 'createdAt', 'updatedAt'],
		dates: ['plannedDate', 'actualDate', 'createdAt', 'updatedAt'],
	},
	rep: { keep: ['_id', 'name', 'username', 'phone', 'email', 'disabled', 'assigned_warehouse', 'createdAt', 'updatedAt'], dates: ['createdAt', 'updatedAt'] },
	warehouse: { keep: ['_id', 'name', 'code', 'type', 'disabled', 'createdAt', 'updatedAt'], dates: ['createdAt', 'updatedAt'] },
};

/**
 * Our words for body fields whose name alone says little ("sv_priceList", "rsp", "lat"): what the field
 * means in Repzo, its format, and where the value comes from. Keyed by field name, so one text serves
 * every resource that has the field (and the fields stay shared); facts from the seed's field notes.
 * Used only where the templates would merely restate the label; such a field not listed here gets no description.
 */
export const FIELD_DESCRIPTIONS: Record<string, string> = {
	// Clients
	client_code: 'Your own code for the client, e.g. its customer number in your ERP',
	cell_phone: 'Mobile number, ideally with the country code, e.g. +962790000000',
	phone1: 'Main phone number, ideally with the country code',
	phone2: 'Second phone number, ideally with the country code',
	contact_name: 'Person to speak to at the client',
	contact_title: 'Job title of that person, e.g. Purchasing Manager',
	credit_limit: 'Most the client may owe on credit, in your account’s currency',
	chain: 'Repzo ID (_id) of the chain client this client belongs to',
	isChain: 'Whether this client is a chain that other clients name in their Chain field',
	formatted_address: 'Whole address on one line, as shown on maps and documents',
	zip: 'ZIP or postal code of the address',
	postal_code: 'ZIP or postal code of the address',
	lat: 'Latitude of the location in decimal degrees, e.g. 31.95',
	lng: 'Longitude of the location in decimal degrees, e.g. 35.91',
	location_verified: 'Whether the client’s map position (Lat, Lng) has been checked on site',
	geofencing_radius: 'Distance around the client’s Lat/Lng within which the app places a rep at the client',
	target_visit: 'How many visits reps should make to this client',
	territory: 'Sales area the client is in, as free text',
	tax_number: 'The client’s tax registration number',
	sv_priceList: 'Repzo ID (_id) of the price list the client buys at, from Price List → Get Many',
	logo: 'Web address (URL) of the logo image',
	profile_pic: 'Web address (URL) of the profile picture',
	cover_photo: 'Web address (URL) of the cover picture',
	website: 'Web address (URL) of the website, starting with https://',
	extra_info: 'Anything else worth knowing about the contact, as free text',
	is_primary: 'Whether this is the client’s main location; Repzo’s default is false',
	// Products and variants
	active: 'Whether the product is in use; Disabled hides it from the apps',
	featured: 'Whether the product is highlighted in the apps',
	auditable: 'Whether the product is included in audits, e.g. shelf counts',
	frozen_sales: 'Whether selling the product is frozen',
	frozen_pre_sales: 'Whether pre-selling (taking orders for) the product is frozen',
	base_price: 'Base price of the product before price lists, sent as text',
	rsp: 'Recommended selling price to the end customer',
	sv_tax: 'Repzo ID (_id) of the tax applied to the product, from Tax → Get Many',
	sv_measureUnit: 'Repzo ID (_id) of the product’s measure unit, from Measure Unit → Get Many',
	measureunit_family: 'Repzo ID (_id) of the measure unit family, from Measure Unit Family → Get Many',
	local_description: 'Description in the second (local) language',
	html_description: 'Description with HTML formatting, e.g. <b>New</b>',
	product_img: 'Web address (URL) of the product image',
	variant_img: 'Web address (URL) of the variant image',
	default: 'Whether this is the product’s default variant',
	uuid: 'Unique identifier (UUID) of the variant, e.g. from your ERP',
	photo: 'Web address (URL) of the image',
	type: 'Kind of category; Repzo documents the value main',
	factor: 'How many base units one of this unit holds, e.g. 12 for a box of 12',
	parent: 'Repzo ID (_id) of the parent measure unit, from Measure Unit → Get Many',
	rate: 'Tax rate in percent, e.g. 16',
	// Reps
	username: 'Name the rep signs in to the Repzo app with',
	password: 'Password the rep signs in to the Repzo app with',
	role: 'Role of the rep in Repzo, which sets what the rep may do in the app',
	// Payments and checks
	paymentMethod: 'How it was paid, e.g. cash or check',
	checkNumber: 'Number printed on the check',
	bank: 'Bank the check is drawn on, by name or Repzo ID (_id)',
	accountNumber: 'Bank account number the check is drawn on',
	discount_percentage: 'Discount in percent when paid early, e.g. 2.5',
	payment_amount: 'Amount paid, in the contract’s currency',
	payment_reference: 'Your reference for the payment, e.g. a receipt number',
	// Media
	url: 'Web address (URL) of the file',
	thumbnailUrl: 'Web address (URL) of a small preview image',
	mimeType: 'File type as a MIME type, e.g. image/png',
	filename: 'File name, e.g. receipt.png',
	size: 'Size of the file, counted in bytes',
	isPublic: 'Whether anyone with the link can open the file',
};
