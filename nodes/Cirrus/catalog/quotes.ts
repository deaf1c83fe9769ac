/** Quotes, quote relations and quote statuses. */
import type { FieldOption, FieldSpec, OperationSpec } from '../../shared/catalog';
import { sendIdObjects } from '../hooks';
import { pages, sortBy, q, b, p, yesOrNo, optionalAll, tagsField } from './fields';
import { paths } from './paths';
import { backdated, pollByDay } from './polling';
import { deliveryAddressFields, documentAmountFields, documentRefFields, documentTextFields, documentUpdateOnlyFields } from './salesDocuments';

/** What a quote relation links the quote to. */
const relatedRecordTypes: FieldOption[] = [{ name: 'Account', value: 'account' }, { name: 'Opportunity', value: 'opportunity' }, { name: 'Contact', value: 'contact' }, { name: 'User', value: 'user' }, { name: 'Second User', value: 'user2' }, { name: 'Order', value: 'order' }];

const quoteMetaTypes: FieldOption[] = [{ name: 'Active', value: 'active' }, { name: 'Expired', value: 'expired' }, { name: 'Denied', value: 'denied' }, { name: 'Order', value: 'order' }];

const quoteFields: FieldSpec[] = [
	b.date('placedate', 'Place Date', { required: true }),
	b.ref('status', 'Quote Status ID', { required: true }),
	b.ref('deliveryterm', 'Delivery Term ID', { required: true }),
	b.ref('paymentterm', 'Payment Term ID', { required: true }),
	b.ref('deliverytype', 'Delivery Type ID', { required: true }),
	b.ref('account', 'Account ID', { required: true }),
	b.ref('contact', 'Contact ID', { required: true }),
	b.ref('user', 'User ID', { required: true }),
	...documentRefFields,
	b.date('validtodate', 'Valid Until'),
	...documentAmountFields,
	b.date('deliverydate', 'Delivery Date'),
	...deliveryAddressFields,
	...documentTextFields,
	tagsField,
	b.jsonList('rows', 'Rows', { description: 'Quote rows as a JSON array, e.g. [{"article": {"id": 12}, "quantity": 2, "price": 99.5}]' }),
];

const quoteStatusFields: FieldSpec[] = [
	b.text('name', 'Name', { required: true }),
	b.number('sortorder', 'Sort Order'),
	b.choice('isdefault', 'Default', yesOrNo),
	b.choice('metatype', 'Meta Type', quoteMetaTypes),
];

export const quotesOperations: OperationSpec[] = [
	{
		resource: 'quote',
		operation: 'create',
		name: 'Create',
		action: 'Create quote',
		description: 'Create a quote',
		method: 'POST',
		path: paths.quote.collection,
		bodyJsonMode: true,
		preSend: [sendIdObjects('tags')],
		fields: quoteFields,
	},
	{
		resource: 'quote',
		operation: 'getMany',
		name: 'Get Many',
		action: 'Get many quotes',
		description: 'List quotes',
		method: 'GET',
		path: paths.quote.collection,
		list: pages,
		poll: pollByDay({ kind: 'new', since: 'placedate_start', timestampProperty: 'placedate', name: 'New Quote (by Place Date)', description: backdated('Place Date From') }),
		fields: [
			q.externalKey(),
			q.text('altnumber', 'Alternative Number'),
			q.ids('accountids', 'Account IDs'),
			q.ids('statusids', 'Quote Status IDs'),
			q.ids('contactids', 'Contact IDs'),
			q.ids('opportunityids', 'Opportunity IDs'),
			q.ids('userids', 'User IDs'),
			q.ids('user2ids', 'Second User IDs'),
			q.ids('orderids', 'Order IDs'),
			q.ids('activityids', 'Activity IDs'),
			q.date('placedate_start', 'Place Date From'),
			q.date('placedate_end', 'Place Date To'),
			q.date('validtodate_start', 'Valid Until From'),
			q.date('validtodate_end', 'Valid Until To'),
			q.date('deliverydate_start', 'Delivery Date From'),
			q.date('deliverydate_end', 'Delivery Date To'),
			q.text('fulltext', 'Search Text', { description: 'Searches the internal and external comments' }),
			sortBy({ placedate: 'Place Date', validtodate: 'Valid Until', deliverydate: 'Delivery Date', number: 'Number', externalkey: 'External Key' }, 'placedate_desc'),
		],
	},
	{
		resource: 'quote',
		operation: 'update',
		name: 'Update',
		action: 'Update quote',
		description: 'Change fields of a quote',
		method: 'PUT',
		path: paths.quote.item,
		bodyJsonMode: true,
		preSend: [sendIdObjects('tags')],
		fields: [p.number('id', 'Quote ID'), ...optionalAll(quoteFields), ...documentUpdateOnlyFields],
	},
	{
		resource: 'quote',
		operation: 'get',
		name: 'Get',
		action: 'Get quote',
		description: 'Retrieve a quote by ID',
		method: 'GET',
		path: paths.quote.item,
		fields: [
			p.number('id', 'Quote ID'),
		],
	},
	{
		resource: 'quoteRelation',
		operation: 'create',
		name: 'Create',
		action: 'Create quote relation',
		description: 'Create a quote relation',
		method: 'POST',
		path: paths.quoteRelation.collection,
		bodyJsonMode: true,
		fields: [
			b.number('quoteid', 'Quote ID', { required: true }),
			b.choice('type', 'Related Record Type', relatedRecordTypes, { required: true }),
			b.number('otherid', 'Other Record ID', { required: true, description: 'ID of the related record' }),
			b.text('value', 'Value'),
		],
	},
	{
		resource: 'quoteRelation',
		operation: 'getMany',
		name: 'Get Many',
		action: 'Get many quote relations',
		description: 'List quote relations',
		method: 'GET',
		path: paths.quoteRelation.collection,
		list: pages,
		fields: [
			q.choice('type', 'Related Record Type', relatedRecordTypes),
			q.number('otherid', 'Other Record ID', { description: 'ID of the related record' }),
			q.number('quoteid', 'Quote ID'),
			q.text('value', 'Value'),
		],
	},
	{
		resource: 'quoteStatus',
		operation: 'create',
		name: 'Create',
		action: 'Create quote status',
		description: 'Create a quote status',
		method: 'POST',
		path: paths.quoteStatus.collection,
		bodyJsonMode: true,
		fields: quoteStatusFields,
	},
	{
		resource: 'quoteStatus',
		operation: 'getMany',
		name: 'Get Many',
		action: 'Get many quote statuses',
		description: 'List quote statuses',
		method: 'GET',
		path: paths.quoteStatus.collection,
		list: pages,
		fields: [
			q.choice('metatype', 'Meta Type', quoteMetaTypes),
			q.choice('default', 'Default', yesOrNo),
			sortBy({ sorting: 'Sort Order', name: 'Name', number: 'Number' }, 'sorting_asc'),
		],
	},
	{
		resource: 'quoteStatus',
		operation: 'update',
		name: 'Update',
		action: 'Update quote status',
		description: 'Change fields of a quote status',
		method: 'PUT',
		path: paths.quoteStatus.item,
		bodyJsonMode: true,
		fields: [p.number('id', 'Quote Status ID'), ...optionalAll(quoteStatusFields)],
	},
	{
		resource: 'quoteStatus',
		operation: 'get',
		name: 'Get',
		action: 'Get quote status',
		description: 'Retrieve a quote status by ID',
		method: 'GET',
		path: paths.quoteStatus.item,
		fields: [
			p.number('id', 'Quote Status ID'),
		],
	},
];
