/** Dynamic (custom) field definitions and the values records hold. */
import type { OperationSpec } from '../../shared/catalog';
import { pages, sortBy, q, b, p } from './fields';
import { paths } from './paths';

export const dynamicFieldsOperations: OperationSpec[] = [
	{
		resource: 'dynamicField',
		operation: 'getMany',
		name: 'Get Many',
		action: 'Get many dynamic fields',
		description: 'List dynamic fields',
		method: 'GET',
		path: paths.dynamicField.collection,
		list: pages,
		fields: [
			q.multi('groups', 'Groups', [{ name: 'Account', value: 'account' }, { name: 'Contact', value: 'contact' }, { name: 'Order', value: 'order' }, { name: 'Opportunity', value: 'opportunity' }, { name: 'Article', value: 'article' }], { description: 'Only fields of these record types' }),
			q.number('typeid', 'Field Type ID'),
			q.text('fieldname', 'Field Name'),
			sortBy({ name: 'Name', sorting: 'Sort Order', groupname: 'Group Name' }, 'sorting_asc'),
		],
	},
	{
		resource: 'dynamicField',
		operation: 'get',
		name: 'Get',
		action: 'Get dynamic field',
		description: 'Retrieve a dynamic field by ID',
		method: 'GET',
		path: paths.dynamicField.item,
		fields: [
			p.number('id', 'Dynamic Field ID'),
		],
	},
	{
		resource: 'dynamicData',
		operation: 'getMany',
		name: 'Get Many',
		action: 'Get many dynamic field values',
		description: 'List the custom field values of one record',
		method: 'GET',
		path: paths.dynamicData.collection,
		list: pages,
		fields: [
			q.choice('resourcetype', 'Record Type', [{ name: 'Account', value: 'account' }, { name: 'Contact', value: 'contact' }, { name: 'Order', value: 'order' }, { name: 'Quote', value: 'quote' }, { name: 'Opportunity', value: 'opportunity' }, { name: 'Activity', value: 'activity' }, { name: 'Article', value: 'article' }], { required: true, description: 'The kind of record whose values to list' }),
			q.number('resourceid', 'Record ID', { required: true, description: 'ID of the record whose values to list, e.g. from Account → Get Many' }),
			q.text('fieldname', 'Field Name'),
			q.idArray('fieldids', 'Field IDs'),
			sortBy({ name: 'Name', sorting: 'Sort Order' }, 'sorting_asc'),
		],
	},
	{
		resource: 'dynamicData',
		operation: 'update',
		name: 'Update',
		action: 'Update dynamic field value',
		description: 'Set a custom field value of one record',
		method: 'PUT',
		path: paths.dynamicData.item,
		bodyJsonMode: true,
		fields: [
			p.number('fieldid', 'Field ID', { description: 'The dynamic field to set' }),
			p.number('resourceid', 'Record ID', { description: 'The record whose value to set' }),
			b.jsonList('selected', 'Selected Options', { description: 'Options to select, e.g. [{"id": 4}]' }),
			b.jsonList('unselected', 'Unselected Options', { description: 'Options to clear, e.g. [{"id": 5}]' }),
			b.text('value', 'Value', { description: 'New value of a text or number field; for a choice field use Selected Options' }),
		],
	},
];
