import type { OperationSpec, VendorCatalog } from '../../shared/catalog';
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
import { withPolling } from './polling';
import { pricesOperations } from './prices';
import { quotesOperations } from './quotes';
import { settingsOperations } from './settings';
import { usersOperations } from './users';

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

export const cirrusCatalog: VendorCatalog = withSharedDescriptions({
	vendor: 'Cirrus',
	customApiCallPath: '/accounts/',
	resources: [
		{ value: 'account', name: 'Account', description: 'Companies in the customer register' },
		{ value: 'accountGroup', name: 'Account Group', description: 'Groups that accounts belong to' },
		{ value: 'accountBudget', name: 'Account Budget', description: 'Monthly budget of an account' },
		{ value: 'activity', name: 'Activity', description: 'Meetings, calls and other appointments' },
		{ value: 'activityType', name: 'Activity Type', description: 'Kinds of activity and their questions' },
		{ value: 'article', name: 'Article', description: 'Products and services you sell' },
		{ value: 'articleGroup', name: 'Article Group', description: 'Groups of articles' },
		{ value: 'articleUnit', name: 'Article Unit', description: 'Units articles are sold in' },
		{ value: 'contact', name: 'Contact', description: 'People at your accounts' },
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
		{ value: 'order', name: 'Order', description: 'Customer orders' },
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
	operations: operations.map(withPolling),
});

/** List operations that accept `dynamicfield_id` + `dynamicfield_val` pairs (all are Get Many). */
export const dynamicFieldFilterResources = ['account', 'activity', 'article', 'contact', 'lead', 'opportunity', 'order', 'object', 'quote', 'project'];

/** Resources and operations whose documentation has no `X-Fields` header. */
export const withoutFieldMask = {
	resources: ['missionConnection', 'contractObject', 'contractReminder', 'objectContract', 'objectRelation'],
	operations: ['follow', 'unfollow', 'getProgress'],
};
