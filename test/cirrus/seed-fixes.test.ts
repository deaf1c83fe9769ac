/**
 * Fixes from the seed audit (issue 12), through n8n's engine: article rows as the seed shapes them,
 * the challenge "download" operations named from the seed, Activity Type Create's missing body said,
 * file content from an n8n binary field, and nullable fields cleared with `null`.
 */
import nock from 'nock';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Cirrus } from '../../nodes/Cirrus/Cirrus.node';
import { Enapps } from '../../nodes/Enapps/Enapps.node';
import { Guardant } from '../../nodes/Guardant/Guardant.node';
import { Quince } from '../../nodes/Quince/Quince.node';
import { Repzo } from '../../nodes/Repzo/Repzo.node';
import { cirrusCatalog } from '../../nodes/Cirrus/catalog';
import { runNode } from '../harness';
import { API_PATH, BASE, TOKEN, tokenCredentials } from './fixtures';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

const op = (resource: string, operation: string) => cirrusCatalog.operations.find((candidate) => candidate.resource === resource && candidate.operation === operation)!;

function capture(method: 'post' | 'put', path: string) {
	const seen: { body?: Record<string, unknown> } = {};
	const scope = nock(BASE)
		[method](`${API_PATH}${path}`, (body: Record<string, unknown>) => {
			seen.body = body;
			return true;
		})
		.matchHeader('x-token', TOKEN)
		.reply(200, { id: 1 });
	return { scope, seen };
}

describe('order and quote rows name their article as {"id": …}', () => {
	test.each([
		['order', 'quantityordered'],
		['quote', 'quantity'],
	])('%s rows hint', (resource, quantity) => {
		const rows = op(resource, 'create').fields!.find((field) => field.name === 'rows')!;
		expect(rows.description).toContain(`"article": {"id": 12}, "${quantity}"`);
		expect(rows.description).not.toContain('articleid');
	});

	test('Order → Create sends the rows as given', async () => {
		const { scope, seen } = capture('post', '/orders/');
		const result = await runNode({
			node: 'cirrus',
			parameters: {
				authentication: 'apiToken',
				resource: 'order',
				operation: 'create',
				placedate: '2024-05-31T00:00:00Z',
				account: 12,
				user: 3,
				contact: 40,
				status: 2,
				additionalFields: { rows: '[{"article": {"id": 9}, "quantityordered": 2, "price": 99.5}]' },
			},
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen.body?.rows).toEqual([{ article: { id: 9 }, quantityordered: 2, price: 99.5 }]);
	});
});

describe('operations described from the seed', () => {
	test('the two "download the challenge contents" operations say so and mark their path as a guess', () => {
		for (const [operation, segment] of [
			['accept', 'accept'],
			['decline', 'decline'],
		]) {
			const spec = op('challenge', operation);
			expect(spec.name).toMatch(/^Download Contents/);
			expect(spec.description).toContain('download the challenge contents');
			expect(spec.description).toContain(`/challenges/{id}/${segment} is our guess`);
		}
	});

	test('Activity Type → Create says the seed documents no body and points to Body (JSON)', () => {
		const description = op('activityType', 'create').description!;
		expect(description).toContain('lists no request body');
		expect(description).toContain('JSON');
	});
});

describe('file content from an n8n binary field', () => {
	const fileBytes = Buffer.from('%PDF-1.4 quarterly report');
	const binaryItem = { json: {}, binary: { data: { data: fileBytes.toString('base64'), mimeType: 'application/pdf', fileName: 'report.pdf' } } };

	test('File → Create encodes the binary field as Base64 content', async () => {
		const { scope, seen } = capture('post', '/files/');
		const result = await runNode({
			node: 'cirrus',
			parameters: { authentication: 'apiToken', resource: 'file', operation: 'create', name: 'report.pdf', binaryPropertyName: 'data' },
			credentials: tokenCredentials,
			inputItems: [binaryItem],
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen.body).toEqual({ name: 'report.pdf', content: fileBytes.toString('base64') });
	});

	test('File → Update still takes Base64 text', async () => {
		const { scope, seen } = capture('put', '/files/5');
		const result = await runNode({
			node: 'cirrus',
			parameters: { authentication: 'apiToken', resource: 'file', operation: 'update', id: 5, name: 'a.txt', content: 'aGVsbG8=' },
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen.body).toEqual({ name: 'a.txt', content: 'aGVsbG8=' });
	});

	test.each([
		[{ binaryPropertyName: 'missing' }, "The input item has no binary field 'missing' in 'Input Binary Field' [item 0]"],
		[{ binaryPropertyName: 'data', content: 'aGVsbG8=' }, "Both a binary field and Base64 content are given in 'Input Binary Field' [item 0]"],
		[{}, "A value is required in 'Content (Base64)' [item 0]"],
	])('refused before any request: %j', async (extra, message) => {
		const result = await runNode({
			node: 'cirrus',
			parameters: { authentication: 'apiToken', resource: 'file', operation: 'create', name: 'report.pdf', ...extra },
			credentials: tokenCredentials,
			inputItems: [binaryItem],
		});
		expect(result.error?.message).toBe(message);
	});
});

describe('nullable fields can be cleared', () => {
	test('Contract → Update sends null for the picked references and text, and keeps the rest', async () => {
		const { scope, seen } = capture('put', '/contracts/8');
		const result = await runNode({
			node: 'cirrus',
			parameters: {
				authentication: 'apiToken',
				resource: 'contract',
				operation: 'update',
				id: 8,
				additionalFields: { description: 'Renewed', clearFields: ['financeaccount', 'responsible', 'responsibleservice', 'number2'] },
			},
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen.body).toEqual({ description: 'Renewed', financeaccount: null, responsible: null, responsibleservice: null, number2: null });
	});

	test('Object → Update clears the serial number', async () => {
		const { scope, seen } = capture('put', '/objects/3');
		const result = await runNode({
			node: 'cirrus',
			parameters: { authentication: 'apiToken', resource: 'object', operation: 'update', id: 3, additionalFields: { clearFields: ['serialnumber'] } },
			credentials: tokenCredentials,
		});
		expect(result.error).toBeUndefined();
		expect(scope.isDone()).toBe(true);
		expect(seen.body).toEqual({ serialnumber: null });
	});

	test('a field both set and cleared is refused, by its display name', async () => {
		const result = await runNode({
			node: 'cirrus',
			parameters: {
				authentication: 'apiToken',
				resource: 'contract',
				operation: 'update',
				id: 8,
				additionalFields: { financeaccount: 4, clearFields: ['financeaccount'] },
			},
			credentials: tokenCredentials,
		});
		expect(result.error?.message).toBe("'Finance Account ID' is both given a value and picked to clear in 'Fields to Clear' [item 0]");
	});

	test('Fields to Clear lists the seed\'s nullable contract fields by their labels', () => {
		const properties = new Cirrus().description.properties;
		const shownFor = (property: INodeProperties) =>
			(property.displayOptions?.show?.resource as string[] | undefined)?.includes('contract') &&
			(property.displayOptions?.show?.operation as string[] | undefined)?.includes('update');
		const collection = properties.find((property) => property.name === 'additionalFields' && shownFor(property))!;
		const clear = (collection.options as INodeProperties[]).find((option) => option.name === 'clearFields')!;
		const labels = (clear.options as INodePropertyOptions[]).map((option) => option.name);
		expect(labels).toEqual(expect.arrayContaining(['Finance Account ID', 'Responsible User ID', 'Service Responsible User ID', 'External Key']));
	});
});

describe('Custom API Call shows each vendor\'s own path example', () => {
	test.each([
		['Cirrus', '/accounts/', new Cirrus()],
		['Enapps', '/partners', new Enapps()],
		['Guardant', '/v1.0/customers', new Guardant()],
		['Quince', '/api/v2/partner/list', new Quince()],
		['Repzo', '/client', new Repzo()],
	] as const)('%s: e.g. %s', (_vendor, example, node) => {
		const properties = node.description.properties;
		expect(properties.find((property) => property.name === 'customPath')?.placeholder).toBe(`e.g. ${example}`);
	});
});
