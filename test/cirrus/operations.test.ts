/**
 * Every Cirrus operation in the dropdowns, run through n8n's engine: the request goes to the documented
 * method and path with the X-Token header, required parameters and documented defaults are sent, and every
 * other field of the operation reaches the wire in the form Cirrus expects.
 */
import nock from 'nock';
import type { IDataObject } from 'n8n-workflow';

import { cirrusCatalog } from '../../nodes/Cirrus/catalog';
import type { FieldSpec, OperationSpec } from '../../nodes/shared/catalog';
import { runNode } from '../harness';
import { endpoints } from './endpoints';
import { API_PATH, BASE, TOKEN, tokenCredentials } from './fixtures';

/** The documented endpoints; Create or Update operations combine them and have their own tests (test/upsert). */
const documentedOperations = cirrusCatalog.operations.filter((op) => !op.upsert);

/** Body fields Cirrus takes as `[{ "id": n }]`. */
const ID_OBJECT_LISTS = new Set(['tags', 'accountgroups', 'files', 'followers', 'invitedusers', 'invitedcontacts', 'user', 'roles', 'departments', 'users']);

const key = (field: FieldSpec) => field.key ?? field.name.replace(/[^A-Za-z0-9_]/g, '_');

/** A value for the input, and what Cirrus should receive for it. */
function sample(field: FieldSpec, index: number): { input: unknown; wire: unknown } {
	// Within the field's bounds: the node refuses numbers outside them.
	const n = Math.min(field.maxValue ?? Infinity, Math.max(field.minValue ?? -Infinity, 100 + index));
	switch (field.kind) {
		case 'number':
			return { input: n, wire: n };
		case 'idReference':
			return { input: n, wire: { id: n } };
		case 'boolean':
			return { input: true, wire: true };
		case 'options': {
			const last = field.options![field.options!.length - 1].value;
			return { input: last, wire: last };
		}
		case 'multiOptions': {
			const values = field.options!.slice(0, 2).map((option) => option.value);
			return { input: values, wire: values.join(',') };
		}
		case 'dateTime':
			return field.dateFormat === 'date'
				? { input: '2024-05-31T10:20:30Z', wire: '2024-05-31' }
				: { input: '2024-05-31T10:20:30Z', wire: '2024-05-31T10:20:30.000Z' };
		case 'json':
			return field.jsonKind === 'array'
				? { input: '[{"id": 5, "note": "n"}]', wire: [{ id: 5, note: 'n' }] }
				: { input: '{"a": {"b": 1}}', wire: { a: { b: 1 } } };
		case 'numberList': {
			const list = [n, n + 1];
			if (field.arrayFormat !== 'array') return { input: `${n}, ${n + 1}`, wire: list.join(',') };
			if (field.in === 'body' && ID_OBJECT_LISTS.has(field.name)) return { input: `${n}, ${n + 1}`, wire: list.map((id) => ({ id })) };
			return { input: `${n}, ${n + 1}`, wire: list };
		}
		default:
			return { input: `text ${index}`, wire: `text ${index}` };
	}
}

/** Query values as nock parses them: strings, arrays of strings for repeated keys. */
function asQuery(value: unknown): unknown {
	return Array.isArray(value) ? value.map(String) : String(value);
}

interface Plan {
	parameters: IDataObject;
	path: string;
	query: IDataObject;
	body: IDataObject;
}

function plan(op: OperationSpec): Plan {
	const endpoint = endpoints[`${op.resource}.${op.operation}`];
	// Simplify off: this test compares the raw answer (test/simplify covers Simplify).
	const parameters: IDataObject = { authentication: 'apiToken', resource: op.resource, operation: op.operation, simplify: false };
	const collections: Record<string, IDataObject> = {};
	const query: IDataObject = {};
	const body: IDataObject = {};
	let path = endpoint.path;
	(op.fields ?? []).forEach((field, index) => {
		const documentedDefault = endpoint.defaults?.[field.name];
		if (field.in === 'path') {
			const value = field.kind === 'number' ? Math.min(field.maxValue ?? Infinity, 11 + index) : `kind${index}`;
			parameters[key(field)] = value;
			path = path.replace(`{${field.name}}`, String(value));
			return;
		}
		const target = field.in === 'query' ? query : body;
		// Inputs that steer the node rather than travel as themselves; test/cirrus/seed-fixes.test.ts covers them.
		if (field.name === 'clearFields' || field.name === 'binaryPropertyName') return;
		if (documentedDefault !== undefined) {
			// Left untouched: the node must send the documented default by itself.
			target[field.name] = field.in === 'query' ? String(documentedDefault) : documentedDefault;
			return;
		}
		const { input, wire } = sample(field, index);
		target[field.name] = field.in === 'query' ? asQuery(wire) : wire;
		if (field.required || field.topLevel) {
			parameters[key(field)] = input;
			return;
		}
		const bag = op.list ? 'filters' : field.in === 'body' ? 'additionalFields' : 'options';
		collections[bag] = { ...(collections[bag] ?? {}), [key(field)]: input };
	});
	Object.assign(parameters, collections);
	// Department updates repeat the path ID in the body.
	if (op.resource === 'department' && op.operation === 'update') body.id = parameters.id;
	if (op.list) {
		parameters.returnAll = false;
		parameters.limit = 3;
		if (op.list.pagination === 'page') Object.assign(query, { page: '1', per_page: '3' });
	}
	return { parameters, path: `${API_PATH}${path}`, query, body };
}

function reply(op: OperationSpec): { status: number; body: unknown; expected: unknown[] } {
	if (op.list?.pagination === 'page') {
		const items = [{ id: 1 }, { id: 2 }];
		return { status: 200, body: [{ page: 1, pages: 1, per_page: 3, total: 2, items }], expected: items };
	}
	if (op.list) return { status: 200, body: [{ id: 1 }, { id: 2 }], expected: [{ id: 1 }, { id: 2 }] };
	if (op.method === 'DELETE') return { status: 204, body: '', expected: [{ deleted: true }] };
	return { status: 200, body: { id: 1, ok: true }, expected: [{ id: 1, ok: true }] };
}

describe('Cirrus catalog against the documented endpoints', () => {
	test('every documented non-deprecated operation is in the dropdowns, and nothing else', () => {
		const inCatalog = documentedOperations.map((op) => `${op.resource}.${op.operation}`).sort();
		expect(inCatalog).toEqual(Object.keys(endpoints).sort());
		expect(inCatalog).toHaveLength(214);
	});

	test.each(documentedOperations.map((op) => [`${op.resource} → ${op.name}`, op] as const))(
		'%s: method, path, required parameters and paging',
		(_title, op) => {
			const endpoint = endpoints[`${op.resource}.${op.operation}`];
			expect(op.method).toBe(endpoint.method);
			expect(op.path).toBe(endpoint.path);
			const required = (op.fields ?? []).filter((field) => field.required).map((field) => field.name).sort();
			expect(required).toEqual([...(endpoint.required ?? [])].sort());
			for (const [name, value] of Object.entries(endpoint.defaults ?? {})) {
				expect(op.fields?.find((field) => field.name === name)?.default).toBe(value);
			}
		},
	);
});

describe('Cirrus operations through n8n', () => {
	const seen = new Set<string>();

	afterAll(() => {
		// Guards the loop below against silently skipping operations.
		expect(seen.size).toBe(documentedOperations.length);
	});

	test('every operation sends its method, path, X-Token, every field and its paging', async () => {
		const failures: string[] = [];
		for (const op of documentedOperations) {
			const expectation = plan(op);
			const answer = reply(op);
			let received: { method?: string; path?: string; query?: IDataObject; body?: unknown; headers?: IDataObject } = {};
			const scope = nock(BASE)
				.intercept(new RegExp(`^${API_PATH.replace(/\//g, '\\/')}\\/`), op.method)
				.query(true)
				.reply(function (uri, body) {
					const url = new URL(uri, BASE);
					const query: IDataObject = {};
					for (const name of new Set(url.searchParams.keys())) {
						const values = url.searchParams.getAll(name);
						query[name] = values.length > 1 ? values : values[0];
					}
					received = { method: this.req.method, path: url.pathname, query, body, headers: this.req.headers as IDataObject };
					return [answer.status, answer.body as nock.Body];
				});
			const result = await runNode({ node: 'cirrus', parameters: expectation.parameters, credentials: tokenCredentials });
			const label = `${op.resource}.${op.operation}`;
			try {
				expect(result.error).toBeUndefined();
				expect(scope.isDone()).toBe(true);
				expect(received.method).toBe(op.method);
				expect(received.path).toBe(expectation.path);
				expect(received.headers?.['x-token']).toBe(TOKEN);
				expect(received.headers?.['x-fields']).toBeUndefined();
				expect(received.query).toEqual(expectation.query);
				const sentBody = received.body === '' || received.body === undefined ? {} : received.body;
				expect(sentBody).toEqual(expectation.body);
				expect(result.items.map((item) => item.json)).toEqual(answer.expected);
				seen.add(label);
			} catch (error) {
				failures.push(`${label}: ${(error as Error).message}\n${result.error?.message ?? ''}`);
			}
			nock.cleanAll();
		}
		expect(failures).toEqual([]);
	});
});
