/** The output schemas n8n's editor previews before a node has run ("Usually outputs the following fields"). */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';

import nock from 'nock';

import { cirrusCatalog } from '../../nodes/Cirrus/catalog';
import type { VendorCatalog } from '../../nodes/shared/catalog';
import { writeOutputSchemas } from '../../scripts/schema/generate';
import { recordSchema, schemaFileTexts, type JsonSchema } from '../../scripts/schema/outputSchemas';
import { schemaScopes } from '../../scripts/schema/scope';
import { API_PATH, BASE as CIRRUS, tokenCredentials } from '../cirrus/fixtures';
import { runNode } from '../harness';

/** n8n 2.x's own lookup (the 1.x route builds the same path: `__schema__/v<version>/<resource>/<operation>.json`). */
const { resolveOutputSchemaPath } = require(resolve(__dirname, '..', '..', 'node_modules', 'n8n-core', 'dist', 'nodes-loader', 'output-schema-resolver.js')) as {
	resolveOutputSchemaPath(ref: { nodeDir: string; version: string; resource?: string; operation?: string }): string | undefined;
};

const each = (resources: string[], operations: string[]) => resources.flatMap((resource) => operations.map((operation) => `${resource}.${operation}`));

/** The main resources' Get, Get Many, Create and Create or Update, as the issue lists them (the operations each catalog has). */
const EXPECTED: Array<[string, string[]]> = [
	['Enapps', ['partner.get', 'partner.getAll', 'contact.getAll', 'product.getBasic', 'product.getFull', 'product.getDetail', 'saleOrder.getAll']],
	['Cirrus', [...each(['account', 'contact', 'order', 'activity'], ['get', 'getMany', 'create', 'upsert']), ...each(['opportunity'], ['get', 'getMany', 'create'])]],
	['Guardant', [...each(['customer'], ['get', 'getAll', 'create', 'upsert']), 'customer.getOrders']],
	['Quince', ['partner.getAll', 'partner.createMany', 'product.getAll', 'order.getAll']],
	['Repzo', [...each(['client', 'product', 'rep'], ['get', 'getAll', 'create', 'upsert']), ...each(['invoice', 'visit'], ['get', 'getAll', 'create'])]],
];

/** Node versions with a schema folder each; a node not listed has version 1 only. A new Enapps node is version 2. */
const VERSIONS: Record<string, string[]> = { Enapps: ['1.0.0', '2.0.0'] };

function schemaOf(catalog: VendorCatalog, key: string): JsonSchema {
	const [resource, operation] = key.split('.');
	const op = catalog.operations.find((candidate) => candidate.resource === resource && candidate.operation === operation)!;
	return recordSchema(catalog, op)!;
}

describe('Output schemas for the editor preview', () => {
	let dist: string;
	beforeAll(() => {
		dist = mkdtempSync(join(tmpdir(), 'schemas-'));
		writeOutputSchemas(dist);
	});
	afterAll(() => rmSync(dist, { recursive: true, force: true }));

	test.each(EXPECTED)('%s: the build writes a schema where n8n looks for each listed operation, for each node version, and no other', (folder, operations) => {
		const versions = VERSIONS[folder] ?? ['1.0.0'];
		const written = [...schemaFileTexts(schemaScopes()).keys()].filter((path) => path.startsWith(`nodes/${folder}/`));
		expect(written.sort()).toEqual(versions.flatMap((version) => operations.map((key) => `nodes/${folder}/__schema__/v${version}/${key.replace('.', '/')}.json`)).sort());
		for (const version of versions) {
			for (const key of operations) {
				const [resource, operation] = key.split('.');
				// The route hands n8n the version the editor padded (1 → 1.0.0).
				const path = resolveOutputSchemaPath({ nodeDir: join(dist, 'nodes', folder), version, resource, operation });
				expect(path && existsSync(path)).toBe(true);
				const schema = JSON.parse(readFileSync(path!, 'utf8')) as JsonSchema;
				// What the editor accepts: an object schema with at least one property.
				expect(schema.type).toBe('object');
				expect(Object.keys(schema.properties ?? {}).length).toBeGreaterThan(0);
			}
		}
	});

	test('Get many Cirrus accounts previews the 10 fields Simplify keeps; name is text as the create body sends it, type (sent as typeid) stays untyped', () => {
		const schema = schemaOf(cirrusCatalog, 'account.getMany');
		expect(Object.keys(schema.properties!)).toEqual(['id', 'name', 'number', 'type', 'user', 'phone', 'email', 'vatno', 'externalkey', 'updated']);
		expect(schema.properties!.id).toEqual({ type: 'number' });
		expect(schema.properties!.name).toEqual({ type: 'string' });
		expect(schema.properties!.updated).toEqual({ type: 'string' });
		expect(schema.properties!.type).toEqual({});
	});

	test('A changed catalog changes the schema: a field Simplify keeps is added, a body field changes kind', () => {
		const changed: VendorCatalog = {
			...cirrusCatalog,
			operations: cirrusCatalog.operations.map((op) => {
				if (op.resource !== 'account') return op;
				const fields = op.fields?.map((field) => (field.in === 'body' && field.name === 'number' ? { ...field, kind: 'number' as const } : field));
				return op.simplify ? { ...op, fields, simplify: { ...op.simplify, keep: [...op.simplify.keep, 'cellphone'] } } : { ...op, fields };
			}),
		};
		const before = schemaOf(cirrusCatalog, 'account.get');
		const after = schemaOf(changed, 'account.get');
		expect(before.properties!.cellphone).toBeUndefined();
		expect(after.properties!.cellphone).toEqual({ type: 'string' });
		expect(before.properties!.number).toEqual({ type: 'string' });
		expect(after.properties!.number).toEqual({ type: 'number' });
		// Create returns the created record: its preview follows too.
		expect(schemaOf(changed, 'account.create').properties!.cellphone).toEqual({ type: 'string' });
	});

	test('Get a Cirrus account: every field the node outputs is previewed, with the previewed type', async () => {
		nock(CIRRUS)
			.get(`${API_PATH}/accounts/7`)
			.reply(200, { id: 7, name: 'Acme', number: 'A-7', alt_name: 'x', type: { id: 2, name: 'Customer' }, user: { id: 5 }, phone: '+46 8', email: 'a@acme.test', vatno: 'SE1', externalkey: 'k7', info: 'long', updated: 1714557600 });

		const result = await runNode({ node: 'cirrus', parameters: { resource: 'account', operation: 'get', id: 7 }, credentials: tokenCredentials });

		expect(result.error).toBeUndefined();
		const schema = schemaOf(cirrusCatalog, 'account.get');
		const output = result.items[0].json;
		expect(Object.keys(output).sort()).toEqual(Object.keys(schema.properties!).sort());
		for (const [name, value] of Object.entries(output)) {
			const type = schema.properties![name].type;
			if (type) expect(`${name}: ${typeof value}`).toBe(`${name}: ${type}`);
		}
	});
});
