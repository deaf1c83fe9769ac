/** Challenges (sales competitions between users). */
import type { OperationSpec } from '../../shared/catalog';
import { pages, lookup, sortBy, q, b, p } from './fields';
import { paths } from './paths';

export const challengesOperations: OperationSpec[] = [
	{
		resource: 'challenge',
		operation: 'create',
		name: 'Create',
		action: 'Create challenge',
		description: 'Create a challenge',
		method: 'POST',
		path: paths.challenge.collection,
		bodyJsonMode: true,
		fields: [
			b.ref('challenged', 'Challenged User ID', { required: true }),
			b.dateTime('startdate', 'Start Date', { required: true }),
			b.ref('type', 'Challenge Type ID'),
		],
	},
	{
		resource: 'challenge',
		operation: 'getMany',
		name: 'Get Many',
		action: 'Get many challenges',
		description: 'List challenges',
		method: 'GET',
		path: paths.challenge.collection,
		list: pages,
		fields: [
			q.number('challengerid', 'Challenger User ID'),
			q.number('challengedid', 'Challenged User ID'),
			q.number('typeid', 'Challenge Type ID'),
			q.number('winnerid', 'Winner User ID'),
			q.choice('status', 'Status', [{ name: 'Pending', value: 'pending' }, { name: 'Unanswered', value: 'unanswered' }, { name: 'Ongoing', value: 'ongoing' }, { name: 'Won', value: 'won' }, { name: 'Lost', value: 'lost' }, { name: 'All', value: 'all' }, { name: 'Closed', value: 'closed' }], { required: true, default: 'pending' }),
			q.date('datespan_start', 'Date From', { description: 'Only challenges that took place on or after this day' }),
			q.date('datespan_end', 'Date To', { description: 'Only challenges that took place on or before this day' }),
			sortBy({ active: 'Active', type: 'Type', winner: 'Winner', challenger: 'Challenger', challenged: 'Challenged User' }, 'active_desc'),
		],
	},
	{
		resource: 'challenge',
		operation: 'getTypes',
		name: 'Get Types',
		action: 'Get challenge types',
		description: 'List the kinds of challenge',
		method: 'GET',
		path: paths.challenge.types,
		list: lookup,
	},
	{
		resource: 'challenge',
		operation: 'getUserStats',
		name: 'Get User Stats',
		action: 'Get challenge stats of user',
		description: 'Retrieve the score, level and achievements of a user',
		method: 'GET',
		path: paths.challenge.userStats,
		fields: [
			p.number('id', 'Challenge ID'),
		],
	},
	{
		resource: 'challenge',
		operation: 'get',
		name: 'Get',
		action: 'Get challenge',
		description: 'Retrieve a challenge by ID',
		method: 'GET',
		path: paths.challenge.item,
		fields: [
			p.number('id', 'Challenge ID'),
		],
	},
	{
		resource: 'challenge',
		operation: 'accept',
		name: 'Download Contents by Accept Path',
		action: 'Download challenge contents by accept path',
		description:
			'The API document calls this "download the challenge contents" and answers with the challenge ID and status; it names no path, so /challenges/{id}/accept is our guess: if Cirrus answers 404, use Custom API Call',
		method: 'GET',
		path: paths.challenge.accept,
		fields: [
			p.number('id', 'Challenge ID'),
		],
	},
	{
		resource: 'challenge',
		operation: 'decline',
		name: 'Download Contents by Decline Path',
		action: 'Download challenge contents by decline path',
		description:
			'The second operation the API document calls "download the challenge contents" (answer: challenge ID and status); it names no path, so /challenges/{id}/decline is our guess: if Cirrus answers 404, use Custom API Call',
		method: 'GET',
		path: paths.challenge.decline,
		fields: [
			p.number('id', 'Challenge ID'),
		],
	},
];
