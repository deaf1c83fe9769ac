/**
 * QUINCE Create Many over 500 input items is 5 calls of 100. When one call fails, nothing that
 * was saved is hidden, every record that was not saved says so on its own input item, and n8n's
 * Retry On Fail does not save anything twice.
 */
import nock from 'nock';

import { runNode } from '../harness';
import { BASE, credentials } from './fixtures';

type Body = { array: Array<{ Name: string }> };

const input = Array.from({ length: 500 }, (_, index) => ({ Name: `Partner ${index}` }));
const parameters = { resource: 'partner', operation: 'createMany', bodyMode: 'json', bodyJson: '={{ $json }}' };

/** A QUINCE that saves what it is sent, numbering IDs from 5001, unless `refuse` says otherwise for a call. */
function quince(refuse: (call: number) => [number, unknown] | undefined = () => undefined) {
	const server = { calls: 0, saved: [] as string[] };
	nock(BASE)
		.persist()
		.post('/api/v2/partner/add')
		.reply((_uri, body) => {
			server.calls += 1;
			const refusal = refuse(server.calls);
			if (refusal) return refusal;
			const ids = (body as Body).array.map((record) => {
				server.saved.push(record.Name);
				return { id: 5000 + server.saved.length };
			});
			return [200, { success: true, data: ids }];
		});
	return server;
}

describe('QUINCE Create Many: a refused batch hides nothing', () => {
	test('with Continue On Fail, batch 3 of 5 refused gives 400 saved records with IDs and 100 error items, each on its own input item', async () => {
		const server = quince((call) => (call === 3 ? [200, { success: false, error: 'Поле Name задублювано' }] : undefined));

		const result = await runNode({ node: 'quince', parameters, credentials, input, continueOnFail: true });

		expect(server.calls).toBe(5);
		expect(server.saved).toHaveLength(400);
		expect(result.items).toHaveLength(500);
		result.items.forEach((item, index) => expect(item.pairedItem).toEqual({ item: index }));
		expect(result.items[0].json).toEqual({ id: 5001, Name: 'Partner 0' });
		expect(result.items[199].json).toEqual({ id: 5200, Name: 'Partner 199' });
		for (const item of result.items.slice(200, 300)) expect(item.json).toEqual({ error: 'QUINCE refused the request: Поле Name задублювано' });
		expect(result.items[300].json).toEqual({ id: 5201, Name: 'Partner 300' });
		expect(result.items.filter((item) => typeof item.json.id === 'number')).toHaveLength(400);
	});

	test('without Continue On Fail the error says how many records were saved, by which items, and which were not', async () => {
		const server = quince((call) => (call === 3 ? [500, { success: false, error: 'Внутрішня помилка' }] : undefined));

		const result = await runNode({ node: 'quince', parameters, credentials, input });

		expect(server.calls).toBe(3);
		expect(result.error?.message).toBe('QUINCE answered HTTP 500: Внутрішня помилка');
		// Every saved ID, not the first 20 (issue 18): consecutive IDs read as one range.
		expect(result.error?.description).toContain('Calls before this one saved 200 records (input items 0–199) (IDs 5001–5200).');
		expect(result.error?.description).toContain('Records 201 to 500 (input items 200–499) were not saved.');
	});

	test("n8n's Retry On Fail after a transient 500 on batch 3 does not send batches 1 and 2 again", async () => {
		const server = quince((call) => (call === 3 ? [500, { success: false, error: 'Тимчасово недоступно' }] : undefined));

		const result = await runNode({ node: 'quince', parameters, credentials, input, retry: { retryOnFail: true, maxTries: 2, waitBetweenTries: 1 } });

		expect(result.error).toBeUndefined();
		expect(server.calls).toBe(6);
		expect(server.saved).toHaveLength(500);
		expect(new Set(server.saved).size).toBe(500);
		expect(result.items.map((item) => item.json.id)).toEqual(Array.from({ length: 500 }, (_, index) => 5001 + index));
		result.items.forEach((item, index) => expect(item.pairedItem).toEqual({ item: index }));
	});
});

describe('QUINCE Create Many: an answer that does not say what was saved fails', () => {
	test.each([
		['malformed JSON', '{"success": true, "data": [{"id": 1'],
		['an empty body', ''],
	])('HTTP 200 with %s fails the batch instead of passing records without IDs', async (_what, answer) => {
		nock(BASE)
			.post('/api/v2/partner/add')
			.reply(200, (_uri, body) => ({ success: true, data: (body as Body).array.map((_record, index) => ({ id: index + 1 })) }))
			.post('/api/v2/partner/add')
			.reply(200, answer, { 'Content-Type': 'application/json' });

		const result = await runNode({ node: 'quince', parameters, credentials, input: input.slice(0, 150) });

		expect(result.items).toEqual([]);
		// h1's error reading (main) names a body that is not JSON before the batch's answer check sees it.
		expect(result.error?.message).toMatch(/^QUINCE answered (call 2 of 2 \(records 101–150\) with HTTP 200 and a body that is not a JSON object|HTTP 200 with a body that is not JSON)/);
		expect(result.error?.description).toContain('Calls before this one saved 100 records (input items 0–99)');
	});

	test('HTTP 200 with success but no IDs fails a create', async () => {
		nock(BASE).post('/api/v2/partner/add').reply(200, { success: true });

		const result = await runNode({ node: 'quince', parameters, credentials, input: input.slice(0, 3) });

		expect(result.error?.message).toBe('QUINCE answered call 1 of 1 (records 1–3) with HTTP 200 but without the IDs of the new records');
	});
});
