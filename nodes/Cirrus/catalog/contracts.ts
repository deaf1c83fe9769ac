/** Contracts, the objects they cover and their reminders. */
import type { FieldSpec, OperationSpec } from '../../shared/catalog';
import { pages, q, b, p, yesOrNo, optionalAll } from './fields';
import { clearFieldsInput, sendClearedFields } from './clearFields';
import { paths } from './paths';

const contractFields: FieldSpec[] = [
	b.text('number', 'Number', { required: true }),
	b.text('number2', 'Second Number'),
	b.text('description', 'Description'),
	b.ref('status', 'Contract Status ID'),
	b.dateTime('start', 'Start', { required: true }),
	b.dateTime('end', 'End', { required: true }),
	b.dateTime('installdate', 'Install Date'),
	b.decimal('value', 'Value'),
	b.choice('financed', 'Financed', yesOrNo),
	b.ref('financeaccount', 'Finance Account ID'),
	b.ref('type', 'Contract Type ID'),
	b.ref('contact', 'Contact ID', { required: true }),
	b.ref('responsible', 'Responsible User ID', { required: true }),
	b.ref('responsibleservice', 'Service Responsible User ID'),
	b.number('reminderdays', 'Reminder Days', { required: true, description: 'Days before the end that a reminder is created' }),
	b.externalKey(),
];

/** "string or null", "integer or null", "IdObject or null" in the seed's contract update body. */
const CONTRACT_NULLABLE = ['number', 'number2', 'description', 'installdate', 'value', 'financed', 'financeaccount', 'responsible', 'responsibleservice', 'reminderdays', 'externalkey'];

export const contractsOperations: OperationSpec[] = [
	{
		resource: 'contract',
		operation: 'create',
		name: 'Create',
		action: 'Create contract',
		description: 'Create a contract',
		method: 'POST',
		path: paths.contract.collection,
		bodyJsonMode: true,
		fields: contractFields,
	},
	{
		resource: 'contract',
		operation: 'getMany',
		name: 'Get Many',
		action: 'Get many contracts',
		description: 'List contracts',
		method: 'GET',
		path: paths.contract.collection,
		list: pages,
		fields: [
			q.text('number', 'Number'),
			q.text('fulltext', 'Search Text', { description: 'Searches several text fields at once' }),
			q.ids('contactids', 'Contact IDs'),
			q.ids('financeaccountids', 'Finance Account IDs'),
			q.ids('responsibleids', 'Responsible User IDs'),
			q.ids('responsibleserviceids', 'Service Responsible User IDs'),
			q.ids('typeids', 'Contract Type IDs'),
			q.ids('statusids', 'Contract Status IDs'),
			q.ids('objectids', 'Object IDs'),
			q.externalKey(),
		],
	},
	{
		resource: 'contract',
		operation: 'update',
		name: 'Update',
		action: 'Update contract',
		description: 'Change fields of a contract',
		method: 'PUT',
		path: paths.contract.item,
		bodyJsonMode: true,
		// The seed documents these as nullable: Fields to Clear sends them as null.
		fields: [p.number('id', 'Contract ID'), ...optionalAll(contractFields), clearFieldsInput(contractFields, CONTRACT_NULLABLE)],
		preSend: [sendClearedFields(contractFields)],
	},
	{
		resource: 'contract',
		operation: 'get',
		name: 'Get',
		action: 'Get contract',
		description: 'Retrieve a contract by ID',
		method: 'GET',
		path: paths.contract.item,
		fields: [
			p.number('id', 'Contract ID'),
		],
	},
	{
		resource: 'contractObject',
		operation: 'getMany',
		name: 'Get Many',
		action: 'Get many contract objects',
		description: 'List the objects a contract covers',
		method: 'GET',
		path: paths.contractObject.collection,
		list: pages,
		fields: [
			p.number('contract_id', 'Contract ID'),
			q.text('location', 'Location'),
		],
	},
	{
		resource: 'contractObject',
		operation: 'upsert',
		name: 'Create or Update',
		action: 'Create or update a contract object',
		description: 'Add an object to a contract, or change its location',
		method: 'PUT',
		path: paths.contractObject.item,
		bodyJsonMode: true,
		fields: [
			p.number('contract_id', 'Contract ID'),
			p.number('object_id', 'Object ID'),
			b.text('location', 'Location'),
		],
	},
	{
		resource: 'contractObject',
		operation: 'get',
		name: 'Get',
		action: 'Get contract object',
		description: 'Retrieve one object a contract covers',
		method: 'GET',
		path: paths.contractObject.item,
		fields: [
			p.number('contract_id', 'Contract ID'),
			p.number('object_id', 'Object ID'),
		],
	},
	{
		resource: 'contractReminder',
		operation: 'get',
		name: 'Get',
		action: 'Get contract reminder',
		description: 'Retrieve one reminder activity of a contract',
		method: 'GET',
		path: paths.contractReminder.item,
		fields: [
			p.number('contract_id', 'Contract ID'),
			p.number('activity_id', 'Activity ID'),
		],
	},
	{
		resource: 'contractReminder',
		operation: 'getMany',
		name: 'Get Many',
		action: 'Get many contract reminders',
		description: 'List the reminder activities of a contract',
		method: 'GET',
		path: paths.contractReminder.collection,
		list: pages,
		fields: [
			p.number('contract_id', 'Contract ID'),
		],
	},
];
