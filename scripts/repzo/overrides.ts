/**
 * The hand-written part of the Repzo catalog: our names where the spec file name is not a good
 * n8n name, and the few places where the specs disagree with the SDK client Repzo ships.
 * The generator fails when an entry here no longer matches anything, so stale entries surface.
 */

export interface ResourceOverride {
	/** Singular display name in Title Case. */
	name?: string;
	/** Plural noun used in "Get many …" actions, lower case except acronyms. */
	plural?: string;
}

/** Keyed by spec file name without `.yaml`. */
export const RESOURCE_OVERRIDES: Record<string, ResourceOverride> = {
	'activity-feedback': { plural: 'activity feedback' },
	'activity-feedback-v2': { name: 'Activity Feedback V2', plural: 'activity feedback v2' },
	approvals: { name: 'Approval' },
	banks: { name: 'Bank' },
	bankslists: { name: 'Bank List' },
	checks: { name: 'Check' },
	'feedback-options': { name: 'Feedback Option' },
	fullinvoices: { name: 'Invoice' },
	inventory: { plural: 'inventory items' },
	measureunit: { name: 'Measure Unit' },
	'measureunit-family': { name: 'Measure Unit Family', plural: 'measure unit families' },
	'mail-unsubscribe': { plural: 'mail unsubscribe records' },
	media: { plural: 'media' },
	'media-storage': { plural: 'media storage items' },
	'msl-products': { name: 'MSL Product' },
	'payment-terms': { name: 'Payment Term' },
	payments: { name: 'Payment' },
	pricelist: { name: 'Price List' },
	'pricelist-item': { name: 'Price List Item' },
	'product-modifiers-group': { name: 'Product Modifier Group' },
	'quick-convert-to-pdf': { name: 'PDF' },
	settings: { name: 'Settings', plural: 'settings' },
	subcategory: { name: 'Subcategory', plural: 'subcategories' },
	'update-integration-meta': { name: 'Integration Meta Update' },
	'workorder-agenda': { plural: 'workorder agenda days' },
};

export interface OperationOverride {
	value?: string;
	name?: string;
	action?: string;
	description?: string;
}

/** Keyed by `<METHOD> <spec path>`, for operations whose derived wording reads badly. */
export const OPERATION_OVERRIDES: Record<string, OperationOverride> = {
	'POST /activity-ai-sales-order/{id}/generate': {
		name: 'Generate Recommendations',
		action: 'Generate recommendations for AI sales order activity',
	},
	'GET /activity-feedback-v2/analytics/detailed': {
		value: 'getDetailedAnalytics',
		name: 'Get Detailed Analytics',
		action: 'Get detailed activity feedback v2 analytics',
	},
	'POST /contract-installment/{id}/pay': { value: 'markPaid', name: 'Mark as Paid', action: 'Mark contract installment as paid' },
	'GET /contract-installment/overdue': { value: 'getOverdue', name: 'Get Many Overdue', action: 'Get many overdue contract installments' },
	'GET /feedback-options/templates': { name: 'Get Templates', action: 'Get predefined feedback option templates' },
	'POST /mail-unsubscribe': { name: 'Create', action: 'Add email to unsubscribe list' },
	'POST /mail-unsubscribe/check': { value: 'checkEmail', name: 'Check Email', action: 'Check whether email is unsubscribed' },
	'POST /quick-convert-to-pdf': { value: 'convert', name: 'Convert Document', action: 'Create PDF of document' },
	'POST /safe-invoice-serial-counter/next': {
		value: 'getNextSerial',
		name: 'Get Next Serial Number',
		action: 'Get next safe invoice serial number',
	},
};

/**
 * Spec paths the SDK client does not call: for these resources the client Repzo ships
 * (`end_points` in the SDK) uses another path, and we follow the client. Keyed by the spec's
 * collection path; the value must be one of the SDK's end points.
 */
export const PATH_FROM_SDK: Record<string, string> = {
	'/measure-unit': 'measureunits',
	'/measureunitfamily': 'measureunit-family',
	'/pricelist': 'pricelists',
	'/pricelistitem': 'pricelistsitems',
	'/product/sub-categories': 'product-sub-category',
	'/team': 'teams',
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
