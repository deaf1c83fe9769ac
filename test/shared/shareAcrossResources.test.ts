import type { INodeProperties } from 'n8n-workflow';

import { shareAcrossResources } from '../../nodes/shared/shareAcrossResources';

const operation = (resource: string, values: string[]): INodeProperties => ({
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	default: values[0],
	displayOptions: { show: { resource: [resource] } },
	options: values.map((value) => ({ name: value, value })),
});
const field = (name: string, resource: string, operations: string[], description = name): INodeProperties => ({
	displayName: name,
	name,
	type: 'string',
	default: '',
	description,
	displayOptions: { show: { resource: [resource], operation: operations } },
});

/** What a resource/operation screen shows, in order. */
function screen(properties: INodeProperties[], resource: string, op: string): string[] {
	return properties
		.filter((property) => property.name !== 'operation')
		.filter((property) => (property.displayOptions?.show?.resource as string[]).includes(resource) && (property.displayOptions?.show?.operation as string[]).includes(op))
		.map((property) => property.name);
}

describe('shareAcrossResources', () => {
	const properties = [
		operation('a', ['getMany', 'getCoordinates', 'get']),
		operation('b', ['getMany', 'get']),
		field('sorting', 'a', ['getMany'], 'A order'),
		field('returnAll', 'a', ['getMany', 'getCoordinates']),
		field('limit', 'a', ['getMany', 'getCoordinates']),
		field('sorting', 'b', ['getMany'], 'B order'),
		field('returnAll', 'b', ['getMany']),
		field('limit', 'b', ['getMany']),
		field('id', 'b', ['get']),
	];
	const shared = shareAcrossResources(properties);

	test('merges identical properties whose operation lists differ, and keeps every screen as it was', () => {
		expect(shared.filter((property) => property.name === 'returnAll')).toHaveLength(1);
		expect(shared.find((property) => property.name === 'limit')?.displayOptions?.show).toEqual({ resource: ['a', 'b'], operation: ['getMany', 'getCoordinates'] });
		for (const [resource, op] of [['a', 'getMany'], ['a', 'getCoordinates'], ['a', 'get'], ['b', 'getMany'], ['b', 'get']]) {
			expect(screen(shared, resource, op)).toEqual(screen(properties, resource, op));
		}
		expect(screen(shared, 'b', 'getMany')).toEqual(['sorting', 'returnAll', 'limit']);
	});

	test('does not merge where the combined lists would show a property on a screen that lacked it', () => {
		const withGet = [operation('a', ['getMany', 'get']), operation('b', ['getMany', 'get']), field('x', 'a', ['getMany', 'get']), field('x', 'b', ['getMany'])];
		expect(shareAcrossResources(withGet).filter((property) => property.name === 'x')).toHaveLength(2);
	});

	test('does not merge where no single order would keep both screens', () => {
		const crossing = [operation('a', ['getMany']), operation('b', ['getMany']), field('x', 'a', ['getMany']), field('y', 'a', ['getMany']), field('y', 'b', ['getMany']), field('x', 'b', ['getMany'])];
		const result = shareAcrossResources(crossing);
		expect(screen(result, 'a', 'getMany')).toEqual(['x', 'y']);
		expect(screen(result, 'b', 'getMany')).toEqual(['y', 'x']);
	});
});
