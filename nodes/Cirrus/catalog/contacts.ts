/** Contacts (people at accounts). */
import type { FieldSpec, OperationSpec, SimplifySpec } from '../../shared/catalog';
import { sendIdObjects } from '../hooks';
import { pages, sortBy, q, b, p, activeOrInactive, yesOrNo, followFields, optionalAll, tagsField } from './fields';
import { paths } from './paths';

const contactFields: FieldSpec[] = [
	b.text('name', 'Name', { required: true }),
	b.text('surname', 'Surname', { required: true }),
	b.text('function', 'Function'),
	b.text('department', 'Department'),
	b.text('email', 'Email', { placeholder: 'e.g. name@example.com' }),
	b.text('officephone', 'Office Phone'),
	b.text('cellphone', 'Mobile Phone'),
	b.text('title', 'Job Title'),
	b.text('street', 'Street'),
	b.text('city', 'City'),
	b.text('zip', 'Postal Code'),
	b.choice('primarycontact', 'Primary Contact', yesOrNo),
	b.text('socialmedia_fb', 'Facebook'),
	b.text('socialmedia_tw', 'Twitter'),
	b.text('socialmedia_li', 'LinkedIn'),
	b.text('idnumber', 'ID Number'),
	b.externalKey(),
	b.choice('active', 'Active', activeOrInactive),
	b.number('superiorid', 'Superior Contact ID'),
	tagsField,
];

/** What Simplify keeps of a contact (Get and Get Many). */
const contactSimplify: SimplifySpec = { keep: ['id', 'name', 'surname', 'title', 'email', 'phone', 'cellphone', 'account', 'externalkey', 'updated'], dates: ['updated'] };

export const contactsOperations: OperationSpec[] = [
	{
		resource: 'contact',
		operation: 'create',
		name: 'Create',
		action: 'Create contact',
		description: 'Create a contact',
		method: 'POST',
		path: paths.contact.collection,
		bodyJsonMode: true,
		preSend: [sendIdObjects('tags')],
		fields: [...contactFields, b.number('accountid', 'Account ID', { required: true })],
	},
	{
		resource: 'contact',
		operation: 'getMany',
		name: 'Get Many',
		action: 'Get many contacts',
		description: 'List contacts',
		method: 'GET',
		path: paths.contact.collection,
		list: pages,
		simplify: contactSimplify,
		fields: [
			q.number('accountid', 'Account ID'),
			q.ids('accounttypeids', 'Account Type IDs', { description: 'Only records of accounts of these types' }),
			q.ids('accountuserids', 'Account Owner IDs', { description: 'Only records of accounts owned by these users' }),
			q.choice('active', 'Active', activeOrInactive),
			q.like('cellphone', 'Mobile Phone'),
			q.like('city', 'City'),
			q.like('email', 'Email'),
			q.externalKey(),
			q.number('followedby', 'Followed By User ID', { description: 'Only records this user follows' }),
			q.text('fulltext', 'Search Text', { description: 'Searches name, surname, email, phone numbers, title, ID number and address' }),
			q.like('name', 'Name'),
			q.like('officephone', 'Office Phone'),
			q.like('surname', 'Surname'),
			q.like('title', 'Job Title'),
			q.choice('primarycontact', 'Primary Contact', yesOrNo),
			sortBy({ name: 'Name', surname: 'Surname', email: 'Email', primarycontact: 'Primary Contact' }, 'name_asc'),
		],
	},
	{
		resource: 'contact',
		operation: 'follow',
		name: 'Follow',
		action: 'Follow contact',
		description: 'Make a user follow a contact',
		method: 'POST',
		path: paths.contact.follow,
		fields: [
			...followFields('Contact ID', 'starts'),
		],
	},
	{
		resource: 'contact',
		operation: 'unfollow',
		name: 'Unfollow',
		action: 'Unfollow contact',
		description: 'Stop a user following a contact',
		method: 'POST',
		path: paths.contact.unfollow,
		fields: [
			...followFields('Contact ID', 'stops'),
		],
	},
	{
		resource: 'contact',
		operation: 'update',
		name: 'Update',
		action: 'Update contact',
		description: 'Change fields of a contact',
		method: 'PUT',
		path: paths.contact.item,
		bodyJsonMode: true,
		preSend: [sendIdObjects('tags')],
		fields: [p.number('id', 'Contact ID'), ...optionalAll(contactFields)],
	},
	{
		resource: 'contact',
		operation: 'get',
		name: 'Get',
		action: 'Get contact',
		description: 'Retrieve a contact by ID',
		method: 'GET',
		path: paths.contact.item,
		simplify: contactSimplify,
		fields: [
			p.number('id', 'Contact ID'),
		],
	},
];
