/**
 * Batch writes read `{{ $json }}` and `{{ $json.Name }}` straight from the item for speed
 * (nodes/shared/quickExpression.ts). Whatever that shortcut gives must be what n8n's expression
 * engine gives, so every item of a batch sends what the first one (evaluated by n8n) sends.
 */
import nock from 'nock';
import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeType } from 'n8n-workflow';

import { quickItemValue } from '../../nodes/shared/quickExpression';
import { addNodeType, runNode } from '../harness';
import { BASE, credentials } from '../quince/fixtures';

type Body = { array: IDataObject[] };

/** A QUINCE that saves what it is sent and keeps every body it received. */
function quince() {
	const bodies: Body[] = [];
	nock(BASE)
		.persist()
		.post('/api/v2/partner/add')
		.reply((_uri, body) => {
			bodies.push(body as Body);
			return [200, { success: true, data: (body as Body).array.map((_record, index) => ({ id: 100 + index })) }];
		});
	return bodies;
}

const createMany = (name: string) => ({ resource: 'partner', operation: 'createMany', bodyMode: 'fields', Name: name });

describe('QUINCE Partner → Create Many with Name from an expression sends the same value for every item', () => {
	test("'={{ $json.Name }} ' (a space after the braces) sends 'Acme ' for all 3 items", async () => {
		const bodies = quince();

		const result = await runNode({ node: 'quince', parameters: createMany('={{ $json.Name }} '), credentials, input: [{ Name: 'Acme' }, { Name: 'Acme' }, { Name: 'Acme' }] });

		expect(result.error).toBeUndefined();
		expect(bodies).toEqual([{ array: [{ Name: 'Acme ' }, { Name: 'Acme ' }, { Name: 'Acme ' }] }]);
	});

	test("'={{ $json.Name }} ' on the number 42 sends the text '42 ' for all 3 items", async () => {
		const bodies = quince();

		const result = await runNode({ node: 'quince', parameters: createMany('={{ $json.Name }} '), credentials, input: [{ Name: 42 }, { Name: 42 }, { Name: 42 }] });

		expect(result.error).toBeUndefined();
		expect(bodies).toEqual([{ array: [{ Name: '42 ' }, { Name: '42 ' }, { Name: '42 ' }] }]);
	});

	test("'= {{ $json.Name }}' and a trailing newline keep what is outside the braces for all 3 items", async () => {
		const bodies = quince();

		await runNode({ node: 'quince', parameters: createMany('= {{ $json.Name }}'), credentials, input: [{ Name: 'A' }, { Name: 'B' }, { Name: 'C' }] });
		await runNode({ node: 'quince', parameters: createMany('={{ $json.Name }}\n'), credentials, input: [{ Name: 'A' }, { Name: 'B' }, { Name: 'C' }] });

		expect(bodies).toEqual([{ array: [{ Name: ' A' }, { Name: ' B' }, { Name: ' C' }] }, { array: [{ Name: 'A\n' }, { Name: 'B\n' }, { Name: 'C\n' }] }]);
	});

	test("'={{ $json.Name }}' sends each item's name as it is", async () => {
		const bodies = quince();

		const result = await runNode({ node: 'quince', parameters: createMany('={{ $json.Name }}'), credentials, input: [{ Name: 'Acme' }, { Name: 'Beta' }, { Name: 'Gamma' }] });

		expect(result.error).toBeUndefined();
		expect(bodies).toEqual([{ array: [{ Name: 'Acme' }, { Name: 'Beta' }, { Name: 'Gamma' }] }]);
	});
});

/** A node that answers, for each item, what the shortcut and n8n's own expression engine make of `expression`. */
const comparer: INodeType = {
	description: {
		displayName: 'Quick Expression Comparer',
		name: 'quickExpressionComparer',
		group: ['transform'],
		version: 1,
		description: 'Test only',
		defaults: { name: 'Quick Expression Comparer' },
		inputs: ['main'] as never,
		outputs: ['main'] as never,
		properties: [{ displayName: 'Expression', name: 'expression', type: 'hidden', default: '' }],
	},
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNode().parameters.expression as string;
		return [
			this.getInputData().map((_item, index) => {
				const quick = quickItemValue(this, raw, index);
				let engine: unknown;
				try {
					engine = this.evaluateExpression(raw.slice(1), index);
				} catch (error) {
					engine = { error: (error as Error).message };
				}
				return { json: { quick: quick === undefined ? 'not taken' : (quick.value as IDataObject), engine: engine as IDataObject } };
			}),
		];
	},
};

const item = { 'Two\nlines': 'kept', Name: 'Acme', Count: 42, Flag: true, Zero: 0, Empty: '', 'Full name': 'Ada Lovelace', Nested: { a: 1 }, Nothing: null };

describe("the shortcut gives what n8n's expression engine gives, or leaves the expression to it", () => {
	beforeAll(() => addNodeType(comparer));

	// [expression, whether the shortcut may take it]
	test.each([
		['={{ $json.Name }}', true],
		['={{$json.Name}}', true],
		['={{\t$json.Name\t}}', true],
		['={{\n  $json.Name\n}}', true],
		['={{ $json.Count }}', true],
		['={{ $json.Flag }}', true],
		['={{ $json.Zero }}', true],
		['={{ $json.Empty }}', true],
		['={{ $json["Full name"] }}', true],
		["={{ $json[ 'Full name' ] }}", true],
		['={{ $json }}', true],
		['={{ $json.Name }} ', false],
		['={{ $json.Name }}\n', false],
		['={{ $json.Name }}\t', false],
		['= {{ $json.Name }}', false],
		['=\t{{ $json.Name }}', false],
		['=\n{{ $json.Name }}', false],
		['={{ $json.Count }} ', false],
		['={{ $json.Flag }}\n', false],
		['={{ $json["Full name"] }} ', false],
		['={{ $json }} ', false],
		['= {{ $json }}', false],
		['={{ $json.Nested }}', false],
		['={{ $json.Nothing }}', false],
		['={{ $json.Missing }}', false],
		['={{ $json.Name }}{{ $json.Name }}', false],
		['={{ $json["Two\nlines"] }}', false],
	])('%j', async (expression, taken) => {
		const result = await runNode({ node: 'quickExpressionComparer', parameters: { expression }, credentials: {}, input: [item, { ...item, Name: 'Beta' }] });

		expect(result.error).toBeUndefined();
		for (const { json } of result.items) {
			if (taken) expect(json.quick).toEqual(json.engine);
			else expect(json).toEqual({ quick: 'not taken', engine: json.engine });
		}
	});
});
