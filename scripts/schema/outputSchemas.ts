/**
 * Output schemas for n8n's schema preview ("Usually outputs the following fields"), generated from the
 * catalogs. Before a node has run, the editor asks `GET /schemas/<node type>/<version>/<resource>/<operation>.json`
 * and n8n serves `__schema__/v<version>/<resource>/<operation>.json` from the folder of the node's file,
 * for community packages as for its own nodes; the version is padded to three parts (1 → 1.0.0).
 *
 * A record's properties are the ones the catalog knows a record has: the fields Simplify keeps (plus,
 * where Simplify is off by default, the ID and timestamp a trigger reads), and for Create Many the
 * documented fields sent back with the new ID. A property is typed only where the catalog says how the record holds it (a body field of the
 * same name, a date Simplify converts, the ID field of Get, the poll's timestamp format); the rest stay
 * untyped, as query filters say how to ask, not what comes back.
 */
import type { INodeProperties, INodeTypeDescription } from 'n8n-workflow';

import type { FieldSpec, OperationSpec, VendorCatalog } from '../../nodes/shared/catalog';

export interface JsonSchema {
	$schema?: string;
	type?: string;
	properties?: Record<string, JsonSchema>;
	items?: JsonSchema;
}

/** The operations of one vendor that get a schema, as `resource.operation`, and the vendor's nodes. */
export interface VendorSchemaScope {
	/** Folder under nodes/ (and dist/nodes/) that holds the vendor's node files. */
	folder: string;
	catalog: VendorCatalog;
	/** The action node's description: its version(s) name the schema folders. */
	action: INodeTypeDescription;
	operations: string[];
}

export interface SchemaFile {
	/** Path below the vendor folder, e.g. `__schema__/v1.0.0/partner/get.json`. */
	path: string;
	schema: JsonSchema;
}

const JSON_SCHEMA = 'http://json-schema.org/draft-07/schema#';
const CREATE_OPERATIONS = new Set(['create', 'upsert', 'createMany']);

/** n8n's padding of a node version into the folder name: 1 → 1.0.0, 1.1 → 1.1.0. */
export function padVersion(version: number): string {
	return String(version).split('.').concat(['0', '0']).slice(0, 3).join('.');
}

function versionsOf(description: INodeTypeDescription): number[] {
	return Array.isArray(description.version) ? description.version : [description.version];
}

/** The name a field has in the record: its wire path's last part (`filter.Id` → `Id`). */
function recordName(field: FieldSpec): string {
	return (field.property ?? field.name).split('.').pop() as string;
}

/** How a record holds a value the node sends as this field. */
function fieldType(field: FieldSpec): JsonSchema {
	switch (field.kind) {
		case 'string':
		case 'dateTime':
			return { type: 'string' };
		case 'number':
			return { type: 'number' };
		case 'boolean':
			return { type: 'boolean' };
		case 'options': {
			const types = new Set((field.options ?? []).map((option) => typeof option.value));
			return types.size === 1 ? { type: [...types][0] } : {};
		}
		case 'multiOptions':
		case 'stringList':
			return { type: 'array', items: { type: 'string' } };
		case 'numberList':
			return { type: 'array', items: { type: 'number' } };
		case 'idReference':
			return { type: 'object', properties: { id: { type: 'number' } } };
		case 'json':
			return field.jsonKind === 'object' ? { type: 'object' } : field.jsonKind === 'array' ? { type: 'array' } : {};
	}
}

function find(catalog: VendorCatalog, resource: string, operation: string): OperationSpec | undefined {
	return catalog.operations.find((op) => op.resource === resource && op.operation === operation);
}

/** The operation whose Simplify list names the record's fields: the op itself, else Get, else a list of the resource. */
function recordSource(catalog: VendorCatalog, op: OperationSpec): OperationSpec | undefined {
	if (op.simplify) return op;
	const siblings = catalog.operations.filter((other) => other.resource === op.resource && other.simplify);
	return siblings.find((other) => other.operation === 'get') ?? siblings.find((other) => other.list && other.path === op.path) ?? siblings.find((other) => other.list);
}

/** The record schema an operation outputs; undefined when the catalog does not say what it returns. */
export function recordSchema(catalog: VendorCatalog, op: OperationSpec): JsonSchema | undefined {
	const source = recordSource(catalog, op);
	const properties: Record<string, JsonSchema> = {};
	const sameResource = catalog.operations.filter((other) => other.resource === (source ?? op).resource);
	// Body fields of the resource's writes say how a record holds a value; query filters do not.
	const written = new Map<string, FieldSpec>();
	for (const other of sameResource.filter((candidate) => candidate.method !== 'GET' && !candidate.list)) {
		for (const field of other.fields ?? []) if (field.in === 'body' && !written.has(recordName(field))) written.set(recordName(field), field);
	}
	const get = sameResource.find((other) => other.operation === 'get');
	// Get's ID field types the ID of the records it reads (not of a sub-list such as a customer's orders).
	const readsSameRecords = get && source && get.path.startsWith(source.path);
	const idField = readsSameRecords || !source ? (get?.fields ?? []).find((field) => field.in === 'path' || field.key === 'recordId') : undefined;
	const idProperty = source?.poll?.idProperty ?? (source?.simplify?.keep ?? []).find((name) => /^_?id$/i.test(name));
	// Simplify on by default: the node outputs just the kept fields, dates as ISO 8601 text.
	const simplified = Boolean(source?.simplify) && !source?.simplify?.defaultOff;
	const type = (name: string): JsonSchema => {
		if (name === idProperty && idField) return fieldType(idField);
		if (source?.simplify?.dates?.includes(name) && simplified) return { type: 'string' };
		// A timestamp a trigger reads from the resource's records, in the format the poll declares.
		const poll = sameResource.find((other) => other.poll?.events.some((event) => event.timestampProperty === name))?.poll;
		if (poll) return ['unixSeconds', 'epochMillis'].includes(poll.timestampFormat ?? '') ? { type: 'number' } : { type: 'string' };
		const field = written.get(name);
		return field ? fieldType(field) : {};
	};
	if (op.operation === 'createMany') {
		// Each record comes back as sent, with its new ID.
		const sent = (op.fields ?? []).filter((field) => field.in === 'body' && recordName(field) !== 'array');
		if (!sent.length) return undefined;
		properties.id = idField ? fieldType(idField) : {};
		for (const field of sent) properties[recordName(field)] = fieldType(field);
		return { $schema: JSON_SCHEMA, type: 'object', properties };
	}
	if (!source) return undefined;
	const names = [...(source.simplify?.keep ?? [])];
	if (!simplified) {
		// The whole record is output: the ID and timestamp the trigger reads are in it too.
		for (const name of [source.poll?.idProperty, ...(source.poll?.events ?? []).map((event) => event.timestampProperty)]) if (name && !names.includes(name)) names.push(name);
	}
	for (const name of names) properties[name] = type(name);
	return { $schema: JSON_SCHEMA, type: 'object', properties };
}

function hasParameter(description: INodeTypeDescription, name: string): boolean {
	return description.properties.some((property: INodeProperties) => property.name === name);
}

/** Every schema file of a vendor's action node. */
export function vendorSchemaFiles(scope: VendorSchemaScope): SchemaFile[] {
	const { catalog, action } = scope;
	if (!hasParameter(action, 'resource') || !hasParameter(action, 'operation')) throw new Error(`${action.name} has no resource/operation parameters: n8n would not find its schemas`);
	const files: SchemaFile[] = [];
	for (const key of scope.operations) {
		const [resource, operation] = key.split('.');
		const op = find(catalog, resource, operation);
		if (!op) throw new Error(`${catalog.vendor}: no operation ${key}`);
		const schema = recordSchema(catalog, op);
		if (!schema) throw new Error(`${catalog.vendor} ${key}: the catalog does not say what it returns`);
		if (!op.simplify && !CREATE_OPERATIONS.has(operation)) throw new Error(`${catalog.vendor} ${key}: neither a read with Simplify nor a create`);
		for (const version of versionsOf(action)) files.push({ path: `__schema__/v${padVersion(version)}/${resource}/${operation}.json`, schema });
	}
	return files;
}

/** The schema files as `dist/nodes/<folder>/...` relative paths and their JSON text. */
export function schemaFileTexts(scopes: VendorSchemaScope[]): Map<string, string> {
	const texts = new Map<string, string>();
	for (const scope of scopes) {
		for (const file of vendorSchemaFiles(scope)) texts.set(`nodes/${scope.folder}/${file.path}`, `${JSON.stringify(file.schema, null, 2)}\n`);
	}
	return texts;
}
