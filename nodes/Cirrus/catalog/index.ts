import type { FieldSpec, OperationSpec, PickerSource, VendorCatalog } from '../../shared/catalog';
import { accountsOperations } from './accounts';
import { activitiesOperations } from './activities';
import { articlesOperations } from './articles';
import { bankIdOperations } from './bankId';
import { challengesOperations } from './challenges';
import { contactsOperations } from './contacts';
import { contractsOperations } from './contracts';
import { withSharedDescriptions } from './descriptions';
import { dynamicFieldsOperations } from './dynamicFields';
import { externalServicesOperations } from './externalServices';
import { filesOperations } from './files';
import { leadsOperations } from './leads';
import { missionsOperations } from './missions';
import { objectsOperations } from './objects';
import { opportunitiesOperations } from './opportunities';
import { ordersOperations } from './orders';
import { pricesOperations } from './prices';
import { quotesOperations } from './quotes';
import { settingsOperations } from './settings';
import { cirrusUpserts } from './upserts';
import { usersOperations } from './users';
import { cirrusConnection } from '../connection';
import { DYNAMIC_GROUPS, withDynamicFields } from '../mapper';

export { deprecatedEndpoints, paths } from './paths';

const operations: OperationSpec[] = [
	...accountsOperations,
	...activitiesOperations,
	...articlesOperations,
	...contactsOperations,
	...ordersOperations,
	...dynamicFieldsOperations,
	...filesOperations,
	...challengesOperations,
	...leadsOperations,
	...opportunitiesOperations,
	...pricesOperations,
	...externalServicesOperations,
	...usersOperations,
	...missionsOperations,
	...contractsOperations,
	...objectsOperations,
	...settingsOperations,
	...bankIdOperations,
	...quotesOperations,
];

/** Names of records that Cirrus lists as `name` (and users, contacts as `name` + `surname`). */
const named: PickerSource = { label: ['name'] };
const person: PickerSource = { label: [['name', 'surname'], ['email']] };
/** A small list read whole into a dropdown. */
const lookupOf = (resource: string, operation?: string): PickerSource => ({ resource, operation, label: ['name'], dropdown: true });

/**
 * Record types users pick IDs of. Locators search by the list's own name filter where it has one (`%`
 * wildcards, or the full-text filter); the others, and every dropdown, read the records as they come.
 */
const pickers: Record<string, PickerSource> = {
	account: { ...named, search: 'name', searchPattern: '%{}%' },
	// A company's users are few: a dropdown, as owner pickers usually are.
	user: { ...person, dropdown: true },
	// Contacts' `name` filter matches the `name` field (the first name); full text also covers the surname and e-mail shown.
	contact: { ...person, search: 'fulltext' },
	article: { label: [['name'], ['number']], search: 'fulltext' },
	opportunity: { label: [['title'], ['description']], search: 'fulltext' },
	lead: { label: [['contactcompany'], ['contactname', 'contactsurname'], ['title']], search: 'fulltext' },
	// The orders' and quotes' full-text filter searches only their comments (seed), not the number or
	// reference shown: the picker matches what it shows in the pages it reads.
	order: { label: [['number'], ['referencecode'], ['deliveryname']] },
	quote: { label: [['number'], ['referencecode'], ['deliveryname']] },
	contract: { label: [['number'], ['description']], search: 'fulltext' },
	object: { ...named, search: 'fulltext' },
	file: named,
	// Price lists, folders, projects and subscriptions are few per company: dropdowns.
	priceList: lookupOf('priceList'),
	folder: lookupOf('folder'),
	project: lookupOf('project'),
	subscription: lookupOf('subscription'),
	accountType: {
		path: '/accounttypes/',
		list: { pagination: 'none' },
		label: ['name'],
		dropdown: true,
		note: 'Listed by GET /accounttypes/, deprecated by Cirrus but its only list of account types',
	},
	accountGroup: lookupOf('accountGroup'),
	activityType: lookupOf('activityType'),
	articleGroup: lookupOf('articleGroup'),
	articleUnit: lookupOf('articleUnit'),
	deliveryTerm: lookupOf('deliveryTerm'),
	deliveryType: lookupOf('deliveryType'),
	orderType: lookupOf('orderType'),
	orderStatus: lookupOf('orderStatus'),
	paymentTerm: lookupOf('paymentTerm'),
	leadStatus: lookupOf('leadStatus'),
	quoteStatus: lookupOf('quoteStatus'),
	department: lookupOf('department'),
	opportunityType: lookupOf('opportunity', 'getTypes'),
	opportunityStatus: lookupOf('opportunity', 'getStatuses'),
	warehouse: lookupOf('article', 'getWarehouses'),
};

/** Which picker an ID input uses: `resource.wireName` first, then the wire name alone. */
const pickerOfField: Record<string, string> = {
	userid: 'user',
	alternateuserid: 'user',
	ownerid: 'user',
	managerid: 'user',
	user: 'user',
	user2: 'user',
	activity_user: 'user',
	followedby: 'user',
	account: 'account',
	accountid: 'account',
	parentaccountid: 'account',
	financeaccount: 'account',
	contact: 'contact',
	primarycontact: 'contact',
	opportunity: 'opportunity',
	manager: 'user',
	responsible: 'user',
	responsibleservice: 'user',
	challenged: 'user',
	deliveryterm: 'deliveryTerm',
	deliverytype: 'deliveryType',
	paymentterm: 'paymentTerm',
	'order.status': 'orderStatus',
	'order.type': 'orderType',
	'quote.status': 'quoteStatus',
	'lead.status': 'leadStatus',
	'activity.type': 'activityType',
	altaccountid: 'account',
	contactid: 'contact',
	superiorid: 'contact',
	articleid: 'article',
	opportunityid: 'opportunity',
	leadid: 'lead',
	orderid: 'order',
	quoteid: 'quote',
	contract_id: 'contract',
	objectid: 'object',
	object_id: 'object',
	folderid: 'folder',
	parentfolderid: 'folder',
	projectid: 'project',
	pricelistid: 'priceList',
	accountgroups: 'accountGroup',
	accounttypeids: 'accountType',
	warehouseid: 'warehouse',
	'account.typeid': 'accountType',
	'account.typeids': 'accountType',
	'activity.typeid': 'activityType',
	'activity.typeids': 'activityType',
	'article.groupid': 'articleGroup',
	'article.unitid': 'articleUnit',
	'opportunity.typeid': 'opportunityType',
	'opportunity.statusid': 'opportunityStatus',
	'opportunity.statusids': 'opportunityStatus',
	'order.typeids': 'orderType',
	'order.statusids': 'orderStatus',
	'quote.statusids': 'quoteStatus',
};

/**
 * Optional inputs get a picker only for the records people pick most (the description the editor loads
 * has a size budget); required ones always do.
 */
const commonPickers = new Set(['user', 'account', 'contact', 'article', 'warehouse', 'priceList', 'folder']);

function pickerFor(op: OperationSpec, field: FieldSpec): string | undefined {
	// A record's own ID (path `id`, or `key` of Follow) is picked from its own list.
	const key = (field.in === 'path' && field.name === 'id') || field.name === 'key' ? op.resource : (pickerOfField[`${op.resource}.${field.name}`] ?? pickerOfField[field.name]);
	const source = key ? pickers[key] : undefined;
	if (!source || !(field.required || field.topLevel || commonPickers.has(key!))) return undefined;
	const many = field.kind === 'numberList' || field.kind === 'stringList';
	return !many || source.dropdown ? key : undefined;
}

function withPickers(op: OperationSpec): OperationSpec {
	if (!op.fields?.some((field) => pickerFor(op, field))) return op;
	return {
		...op,
		fields: op.fields.map((field) => {
			const key = pickerFor(op, field);
			return key ? { ...field, picker: { resource: key } } : field;
		}),
	};
}

/** The writes that also offer "Map Fields". */
const WRITES = ['create', 'update', 'upsert'];

export const cirrusCatalog: VendorCatalog = withSharedDescriptions({
	connection: cirrusConnection,
	vendor: 'Cirrus',
	customApiCallPath: '/accounts/',
	resources: [
		{ value: 'account', name: 'Account', description: 'Companies in the customer register', mapper: WRITES },
		{ value: 'accountGroup', name: 'Account Group', description: 'Groups that accounts belong to' },
		{ value: 'accountBudget', name: 'Account Budget', description: 'Monthly budget of an account' },
		{ value: 'activity', name: 'Activity', description: 'Meetings, calls and other appointments' },
		{ value: 'activityType', name: 'Activity Type', description: 'Kinds of activity and their questions' },
		{ value: 'article', name: 'Article', description: 'Products and services you sell' },
		{ value: 'articleGroup', name: 'Article Group', description: 'Groups of articles' },
		{ value: 'articleUnit', name: 'Article Unit', description: 'Units articles are sold in' },
		{ value: 'contact', name: 'Contact', description: 'People at your accounts', mapper: WRITES },
		{ value: 'deliveryTerm', name: 'Delivery Term', description: 'Delivery terms for orders and quotes' },
		{ value: 'deliveryType', name: 'Delivery Type', description: 'Delivery methods for orders and quotes' },
		{ value: 'dynamicField', name: 'Dynamic Field', description: 'Definitions of your custom fields' },
		{ value: 'dynamicData', name: 'Dynamic Field Value', description: 'Custom field values of one record' },
		{ value: 'file', name: 'File', description: 'Documents stored in Cirrus' },
		{ value: 'folder', name: 'Folder', description: 'Folders that hold files' },
		{ value: 'challenge', name: 'Challenge', description: 'Sales competitions between users' },
		{ value: 'leadActivity', name: 'Lead Activity', description: 'Follow-ups logged on leads' },
		{ value: 'lead', name: 'Lead', description: 'Prospects not yet in the customer register' },
		{ value: 'leadStatus', name: 'Lead Status', description: 'Stages a lead can be in' },
		{ value: 'opportunity', name: 'Opportunity', description: 'Deals in your sales pipeline' },
		{ value: 'order', name: 'Order', description: 'Customer orders', mapper: WRITES },
		{ value: 'orderType', name: 'Order Type', description: 'Kinds of order' },
		{ value: 'orderStatus', name: 'Order Status', description: 'Stages an order can be in' },
		{ value: 'paymentTerm', name: 'Payment Term', description: 'Payment terms for orders and quotes' },
		{ value: 'priceList', name: 'Price List', description: 'Prices of articles for a period' },
		{ value: 'priceGroup', name: 'Price Group', description: 'Quantity brackets used in price lists' },
		{ value: 'externalService', name: 'Person Lookup', description: 'Address lookup and credit check by personal identity number' },
		{ value: 'phoneCatalog', name: 'Phone Catalog', description: 'Phone brands, models and variants' },
		{ value: 'user', name: 'User', description: 'People who use Cirrus' },
		{ value: 'userBudget', name: 'User Budget', description: 'Monthly budget of a user' },
		{ value: 'department', name: 'Department', description: 'Departments users belong to' },
		{ value: 'role', name: 'Role', description: 'User roles' },
		{ value: 'kpi', name: 'KPI', description: 'Key figures of a user' },
		{ value: 'mission', name: 'Mission', description: 'Campaigns that target accounts, articles and users' },
		{ value: 'missionConnection', name: 'Mission Connection', description: 'Records connected to a mission' },
		{ value: 'contract', name: 'Contract', description: 'Service and finance contracts' },
		{ value: 'contractObject', name: 'Contract Object', description: 'Objects covered by a contract' },
		{ value: 'contractReminder', name: 'Contract Reminder', description: 'Reminder activities of a contract' },
		{ value: 'object', name: 'Object', description: 'Installed equipment and other tracked items' },
		{ value: 'objectCategory', name: 'Object Category', description: 'Model groups, contract types and contract statuses' },
		{ value: 'objectContract', name: 'Object Contract', description: 'Contracts that cover an object' },
		{ value: 'objectRelation', name: 'Object Relation', description: 'Records related to an object' },
		{ value: 'settings', name: 'Settings', description: 'Company-wide settings' },
		{ value: 'addon', name: 'Add-On', description: 'Add-ons enabled for your company' },
		{ value: 'bankId', name: 'BankID Signing', description: 'Electronic signatures with Swedish BankID' },
		{ value: 'bankIdRelation', name: 'BankID Relation', description: 'Links between signatures and records' },
		{ value: 'quote', name: 'Quote', description: 'Offers sent to customers' },
		{ value: 'quoteRelation', name: 'Quote Relation', description: 'Links between quotes and other records' },
		{ value: 'quoteStatus', name: 'Quote Status', description: 'Stages a quote can be in' },
		{ value: 'sortGroup', name: 'Sort Group', description: 'Groups used to sort records' },
		{ value: 'subscription', name: 'Subscription', description: 'Recurring orders' },
		{ value: 'project', name: 'Project', description: 'Projects linked to accounts' },
	],
	operations: [...operations, ...cirrusUpserts(operations)].map(withPickers).map((op) => (DYNAMIC_GROUPS.includes(op.resource) && WRITES.includes(op.operation) ? withDynamicFields(op) : op)),
	pickers,
});

/** List operations that accept `dynamicfield_id` + `dynamicfield_val` pairs (all are Get Many). */
export const dynamicFieldFilterResources = ['account', 'activity', 'article', 'contact', 'lead', 'opportunity', 'order', 'object', 'quote', 'project'];

/** Resources and operations whose documentation has no `X-Fields` header. */
export const withoutFieldMask = {
	resources: ['missionConnection', 'contractObject', 'contractReminder', 'objectContract', 'objectRelation'],
	operations: ['follow', 'unfollow', 'getProgress', 'upsert'],
};
