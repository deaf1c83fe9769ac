import type { INodeProperties } from 'n8n-workflow';

import { buildProperties, pathExpression } from '../../nodes/shared/builder';
import type { VendorCatalog } from '../../nodes/shared/catalog';
import { vendorMessage } from '../../nodes/shared/request/failures';
import { titleCase } from '../../nodes/shared/fields';
import { formatDate } from '../../nodes/shared/requestHooks';

const catalog: VendorCatalog = {
	vendor: 'Example',
	resources: [{ value: 'thing', name: 'Thing' }],
	operations: [
		{
			resource: 'thing',
			operation: 'create',
			name: 'Create',
			action: 'Create thing',
			method: 'POST',
			path: '/things',
			fields: [
				{ name: 'title', in: 'body', kind: 'string', required: true },
				{ name: 'note', in: 'body', kind: 'string' },
			],
		},
		{
			resource: 'thing',
			operation: 'update',
			name: 'Update',
			action: 'Update thing',
			method: 'PUT',
			path: '/things/{id}',
			fields: [
				{ name: 'id', in: 'path', kind: 'string', required: true },
				{ name: 'title', in: 'body', kind: 'string', required: true },
				{ name: 'note', in: 'body', kind: 'string' },
			],
		},
	],
};

describe('shared engine', () => {
	test('a field used by several operations of a resource is emitted once', () => {
		const properties = buildProperties(catalog);
		const titles = properties.filter((property) => property.name === 'title');
		expect(titles).toHaveLength(1);
		expect(titles[0].displayOptions?.show?.operation).toEqual(['create', 'update']);
		const additional = properties.filter((property) => property.name === 'additionalFields') as INodeProperties[];
		expect(additional).toHaveLength(1);
	});

	test('path fields are URL-encoded into the path', () => {
		expect(pathExpression(catalog.operations[1])).toBe('=/things/{{encodeURIComponent(String($parameter["id"]))}}');
	});

	test('a path placeholder without a field is a catalog mistake caught at load', () => {
		expect(() => pathExpression({ ...catalog.operations[1], fields: [] })).toThrow('path field {id} is not described');
	});

	test('two fields with one parameter name in an operation are refused', () => {
		const clash: VendorCatalog = {
			...catalog,
			operations: [
				{
					...catalog.operations[0],
					fields: [
						{ name: 'id', in: 'query', kind: 'string' },
						{ name: 'id', in: 'body', kind: 'string' },
					],
				},
				catalog.operations[1],
			],
		};
		expect(() => buildProperties(clash)).toThrow('parameter name "id" is used twice');
	});

	test('every node gets a Custom API Call resource', () => {
		const resource = buildProperties(catalog).find((property) => property.name === 'resource');
		expect(resource?.options?.map((option) => (option as { value: string }).value)).toContain('customApiCall');
	});

	test.each([
		[{ message: 'Bad partner' }, 'Bad partner'],
		[{ error: { message: 'Nested words' } }, 'Nested words'],
		[{ errors: [{ message: 'First' }, { message: 'Second' }] }, 'First; Second'],
		[{ success: false, error: 'Flat text' }, 'Flat text'],
		['plain text body', 'plain text body'],
		['{"detail":"json in text"}', 'json in text'],
		[{}, undefined],
	])('vendor message of %j is %p', (body, expected) => {
		expect(vendorMessage(body)).toBe(expected);
	});

	test.each([
		['2024-05-01T08:30:00', 'dateTimeSpace', '2024-05-01 08:30:00'],
		['2024-05-01T08:30:00', 'date', '2024-05-01'],
		['2024-05-01T08:30:00Z', 'unixSeconds', 1714552200],
		['2024-05-01T08:30:00Z', 'epochMillis', 1714552200000],
		['2024-05-01 08:30:00', 'dateTimeSpace', '2024-05-01 08:30:00'],
		['not a date', 'date', undefined],
	] as const)('date %s as %s is %p', (input, format, expected) => {
		expect(formatDate(input, format)).toBe(expected);
	});

	test('labels are Title Case with ID/URL capitals', () => {
		expect(titleCase('partner_id')).toBe('Partner ID');
		expect(titleCase('customerName')).toBe('Customer Name');
		expect(titleCase('website_url')).toBe('Website URL');
	});
});
