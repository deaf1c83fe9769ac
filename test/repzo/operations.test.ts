/**
 * Every operation of the catalog, run through n8n's real engine: right method, path (IDs encoded),
 * API key, every required field and one optional field on the wire, and the record unwrapped.
 */
import nock from 'nock';

import { generatedOperations, SPEC_OPERATION_COUNT } from '../../nodes/Repzo/catalog/generated';
import { runNode } from '../harness';
import { API_KEY, BASE, credentials, sampleFor } from './fixtures';

interface Captured {
	query: URLSearchParams;
	body: Record<string, unknown>;
}

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());

test(`the catalog holds all ${SPEC_OPERATION_COUNT} operations of the specs, once each`, () => {
	expect(generatedOperations).toHaveLength(SPEC_OPERATION_COUNT);
	// The seed's 435 and the 4 only Repzo's SDK client calls (cart, workorder agenda).
	expect(SPEC_OPERATION_COUNT).toBe(439);
	const keys = generatedOperations.map((op) => `${op.method} ${op.path}`);
	expect(new Set(keys).size).toBe(keys.length);
});

const table = generatedOperations.map((op) => [`${op.resource} → ${op.name} (${op.method} ${op.path})`, op] as const);

test.each(table)('%s', async (_title, op) => {
	const { parameters, path, sent } = sampleFor(op);
	let captured: Captured | undefined;
	const record = { _id: 'r1' };
	const reply = op.list
		? op.list.rootProperty
			? { [op.list.rootProperty]: [record], total_pages: 1, current_page: 1 }
			: [record]
		: op.rootProperty
			? { success: true, [op.rootProperty]: record }
			: record;
	const scope = nock(BASE)
		.intercept(path, op.method)
		.query(true)
		.matchHeader('api-key', API_KEY)
		.reply(200, function (uri, body) {
			captured = { query: new URL(uri, BASE).searchParams, body: (typeof body === 'string' && body ? JSON.parse(body) : body) as Record<string, unknown> };
			return reply;
		});

	const result = await runNode({ node: 'repzo', parameters, credentials });

	expect(result.error).toBeUndefined();
	expect(scope.isDone()).toBe(true);
	expect(result.items.map((item) => item.json)).toEqual([record]);
	for (const { field, value } of sent) {
		const wire = field.property ?? field.name;
		if (field.in === 'query') expect([wire, captured!.query.get(wire)]).toEqual([wire, value]);
		else expect([wire, captured!.body[wire]]).toEqual([wire, value]);
	}
	if (op.list?.sizeParam) expect(captured!.query.get(op.list.sizeParam)).toBe('1');
	if (op.list?.limitParam) expect(captured!.query.get(op.list.limitParam)).toBe('1');
});
