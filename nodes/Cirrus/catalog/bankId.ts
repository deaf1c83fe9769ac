/** BankID signing and the records signatures belong to. */
import type { OperationSpec } from '../../shared/catalog';
import { pages, q, b, p } from './fields';
import { paths } from './paths';

export const bankIdOperations: OperationSpec[] = [
	{
		resource: 'bankId',
		operation: 'sign',
		name: 'Start',
		action: 'Start BankID signing',
		description: 'Ask a person to sign with BankID. The vendor recommends its GraphQL gateway for new work (no animated QR codes here).',
		method: 'POST',
		path: paths.bankId.collection,
		bodyJsonMode: true,
		fields: [
			b.text('abstract', 'Text to Sign', { required: true, description: 'The text the signer sees in the BankID app' }),
			b.text('digest', 'Hidden Data', { description: 'Data signed along but not shown to the signer' }),
			b.text('personalnumber', 'Personal Identity Number', { description: 'Personal identity number of the person who should sign', placeholder: 'e.g. 198001011234' }),
			b.json('requirement', 'Requirement', { description: 'BankID requirements as a JSON object' }),
			b.text('nonce', 'Nonce'),
		],
	},
	{
		resource: 'bankId',
		operation: 'update',
		name: 'Update',
		action: 'Update BankID signing',
		description: 'Update or cancel a signing request',
		method: 'PUT',
		path: paths.bankId.item,
		bodyJsonMode: true,
		fields: [
			p.number('id', 'BankID Signing ID'),
			b.text('nonce', 'Nonce'),
			b.text('status', 'Status'),
			b.text('hintcode', 'Hint Code'),
			b.text('orderref', 'Order Reference'),
			b.text('completiondata', 'Completion Data'),
			b.text('errorcode', 'Error Code'),
		],
	},
	{
		resource: 'bankId',
		operation: 'get',
		name: 'Get',
		action: 'Get BankID signing',
		description: 'Check the status of a signing request',
		method: 'GET',
		path: paths.bankId.item,
		fields: [
			p.number('id', 'BankID Signing ID'),
		],
	},
	{
		resource: 'bankIdRelation',
		operation: 'create',
		name: 'Create',
		action: 'Create BankID relation',
		description: 'Create a BankID relation',
		method: 'POST',
		path: paths.bankIdRelation.collection,
		bodyJsonMode: true,
		fields: [
			b.number('signature', 'Signature ID', { required: true }),
			b.choice('type', 'Related Record Type', [{ name: 'Order', value: 'order' }], { required: true }),
			b.number('otherid', 'Other Record ID', { required: true, description: 'ID of the related record' }),
		],
	},
	{
		resource: 'bankIdRelation',
		operation: 'getMany',
		name: 'Get Many',
		action: 'Get many BankID relations',
		description: 'List BankID relations',
		method: 'GET',
		path: paths.bankIdRelation.collection,
		list: pages,
		fields: [
			q.choice('type', 'Related Record Type', [{ name: 'Order', value: 'order' }]),
			q.number('otherid', 'Other Record ID', { description: 'ID of the related record' }),
			q.number('signatureid', 'Signature ID'),
		],
	},
];
