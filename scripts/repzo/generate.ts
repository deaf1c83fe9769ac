/**
 * Writes the Repzo catalog (nodes/Repzo/catalog/generated.ts) from the pinned `repzo` package:
 * its OpenAPI files (`src/oas/*.yaml`) give methods, paths, body fields and query parameters; its
 * TypeScript types (`src/types/index.ts`) give the typed filters the specs leave as a loose object.
 *
 *   npx ts-node --transpile-only scripts/repzo/generate.ts           regenerate
 *   npx ts-node --transpile-only scripts/repzo/generate.ts --check   exit 1 when the committed file differs
 */
import * as fs from 'fs';
import * as yaml from 'js-yaml';
import * as path from 'path';
import * as ts from 'typescript';

import type { FieldOption, FieldSpec, HttpMethod, ListSpec, OperationSpec, ResourceSpec } from '../../nodes/shared/catalog';
import { titleCase } from '../../nodes/shared/fields';
import {
	ACRONYMS,
	JSON_QUERY_PARAMETERS,
	OPERATION_OVERRIDES,
	OPTION_LABELS,
	PATH_FROM_SDK,
	QUERY_LABELS,
	RESOURCE_OVERRIDES,
	SERVER_SET_BODY_FIELDS,
	SIMPLIFY,
	SORT_PARAMETERS,
	TIMESTAMP_QUERY_PARAMETERS,
} from './overrides';
import { describeField, type DraftField } from './describe';
import { loadFacts, nameFromSample, syncFactsFile, type SeedField, type SeedOperation } from './extract';
import { loadSdk, type Sdk, type SdkParam } from './sdk';

const ROOT = path.resolve(__dirname, '..', '..');
const PACKAGE_DIR = path.join(ROOT, 'node_modules', 'repzo');
const SPEC_DIR = path.join(PACKAGE_DIR, 'src', 'oas');
const OUTPUT = path.join(ROOT, 'nodes', 'Repzo', 'catalog', 'generated.ts');
const COMMAND = 'npx ts-node --transpile-only scripts/repzo/generate.ts';

/** The largest page Repzo documents (`per_page` / `limit` maximum 100 wherever the specs state one). */
const DEFAULT_MAX_PAGE = 100;
const PAGING_PARAMETERS = new Set(['page', 'per_page', 'limit', 'offset']);
/** Parameter names the shared builder uses itself. */
const RESERVED_KEYS = new Set([
	'resource',
	'operation',
	'returnAll',
	'limit',
	'filters',
	'additionalFields',
	'options',
	'sortOptions',
	'bodyMode',
	'bodyJson',
	'otherFilters',
]);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

// ---------------------------------------------------------------- OpenAPI reading

interface Schema {
	$ref?: string;
	type?: string;
	format?: string;
	enum?: Array<string | number>;
	items?: Schema;
	properties?: Record<string, Schema>;
	required?: string[];
	oneOf?: Schema[];
	anyOf?: Schema[];
	allOf?: Schema[];
	maximum?: number;
	additionalProperties?: unknown;
}

interface Parameter {
	$ref?: string;
	name: string;
	in: string;
	required?: boolean;
	schema?: Schema;
}

interface SpecOperation {
	summary?: string;
	parameters?: Parameter[];
	requestBody?: { $ref?: string; content?: Record<string, { schema?: Schema }> };
	responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
}

interface SpecDocument {
	paths: Record<string, Record<string, SpecOperation | Parameter[]>>;
	components?: Record<string, Record<string, unknown>>;
}

class Spec {
	constructor(
		readonly file: string,
		readonly doc: SpecDocument,
	) {}

	resolve<T extends { $ref?: string }>(value: T | undefined): T | undefined {
		let current = value;
		for (let depth = 0; current?.$ref; depth++) {
			if (depth > 20) throw new Error(`${this.file}: $ref loop at ${current.$ref}`);
			const parts = current.$ref.replace(/^#\//, '').split('/');
			current = parts.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], this.doc) as T | undefined;
			if (!current) throw new Error(`${this.file}: cannot resolve ${parts.join('/')}`);
		}
		return current;
	}

	/** Merges `allOf` parts into one object schema. */
	flatten(schema: Schema | undefined): Schema | undefined {
		const resolved = this.resolve(schema);
		if (!resolved?.allOf) return resolved;
		const merged: Schema = { type: 'object', properties: {}, required: [] };
		for (const part of resolved.allOf.map((entry) => this.flatten(entry))) {
			Object.assign(merged.properties!, part?.properties ?? {});
			merged.required!.push(...(part?.required ?? []));
		}
		Object.assign(merged.properties!, resolved.properties ?? {});
		merged.required!.push(...(resolved.required ?? []));
		return merged;
	}
}

// ---------------------------------------------------------------- wording

function words(text: string): string[] {
	return text
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.split(/[_\s./-]+/)
		.filter(Boolean)
		.map((word) => word.toLowerCase());
}

const titleWords = (list: string[]) => list.map((word) => ACRONYMS[word] ?? word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
const sentenceWords = (list: string[]) => list.map((word) => ACRONYMS[word] ?? word).join(' ');
const camel = (list: string[]) => list.map((word, index) => (index === 0 ? word : word.charAt(0).toUpperCase() + word.slice(1))).join('');

function pluralise(noun: string): string {
	if (/[^aeiou]y$/.test(noun)) return noun.slice(0, -1) + 'ies';
	if (/(s|x|ch|sh)$/.test(noun)) return noun + 'es';
	if (/[A-Z]$/.test(noun)) return noun + 's';
	return noun + 's';
}

interface Resource extends ResourceSpec {
	/** Lower-case singular for actions, e.g. `client`, `MSL product`. */
	singular: string;
	plural: string;
}

const usedResourceOverrides = new Set<string>();
const usedOperationOverrides = new Set<string>();
const usedPathOverrides = new Set<string>();
const usedSimplify = new Set<string>();

function resourceFor(file: string): Resource {
	const override = RESOURCE_OVERRIDES[file];
	if (override) {
		usedResourceOverrides.add(file);
		if (!override.reason?.trim()) throw new Error(`RESOURCE_OVERRIDES['${file}'] gives no reason`);
	}
	const nameWords = words(override?.name ?? file);
	const singular = sentenceWords(nameWords);
	return {
		value: camel(nameWords),
		name: override?.name ?? titleWords(nameWords),
		singular,
		plural: override?.plural ?? pluralise(singular),
	};
}

interface Naming {
	value: string;
	name: string;
	action: string;
	description?: string;
}

/** Our operation wording from the shape of the request: `GET /client` → Get Many, "Get many clients". */
function nameOperation(resource: Resource, method: HttpMethod, rest: string[], key: string): Naming {
	const hasId = rest.includes('{id}');
	const tail = rest.filter((segment) => segment !== '{id}');
	const tailWords = tail.flatMap(words);
	let naming: Naming;
	if (tail.length === 0 && !hasId && method === 'GET') naming = { value: 'getAll', name: 'Get Many', action: `Get many ${resource.plural}` };
	else if (tail.length === 0 && !hasId && method === 'POST') naming = { value: 'create', name: 'Create', action: `Create ${resource.singular}` };
	else if (tail.length === 0 && hasId && method === 'GET') naming = { value: 'get', name: 'Get', action: `Get ${resource.singular}` };
	else if (tail.length === 0 && hasId && (method === 'PUT' || method === 'PATCH')) {
		naming = { value: 'update', name: 'Update', action: `Update ${resource.singular}` };
	} else if (tail.length === 0 && hasId && method === 'DELETE') naming = { value: 'delete', name: 'Delete', action: `Delete ${resource.singular}` };
	else if (tail.join('/') === 'remove' && method === 'POST') {
		naming = { value: 'deleteMany', name: 'Delete Many', action: `Delete many ${resource.plural}` };
	} else if (tail.join('/') === 'status' && hasId) {
		naming = { value: 'updateStatus', name: 'Update Status', action: `Update ${resource.singular} status` };
	} else if (method === 'GET') {
		naming = {
			value: camel(['get', ...tailWords]),
			name: titleWords(['get', ...tailWords]),
			action: `Get ${resource.singular} ${sentenceWords(tailWords)}`,
		};
	} else {
		naming = {
			value: camel(tailWords),
			name: titleWords(tailWords),
			action: `${titleWords(tailWords.slice(0, 1))}${tailWords.length > 1 ? ' ' + sentenceWords(tailWords.slice(1)) : ''} ${resource.singular}`,
		};
	}
	const override = OPERATION_OVERRIDES[key];
	if (override) {
		usedOperationOverrides.add(key);
		const { reason, ...wording } = override;
		if (!reason?.trim()) throw new Error(`OPERATION_OVERRIDES['${key}'] gives no reason`);
		naming = { ...naming, ...wording };
	}
	return naming;
}

// ---------------------------------------------------------------- field kinds

type FieldShape = Pick<DraftField, 'kind' | 'options' | 'arrayFormat' | 'jsonKind' | 'dateFormat' | 'decimal'>;

function enumOptions(values: Array<string | number | boolean>): FieldOption[] {
	const unique = [...new Set(values)];
	const names = unique.map((value) => OPTION_LABELS[String(value)] ?? (titleCase(String(value)) || String(value)));
	return unique.map((value, index) => ({
		// Two values that read the same (e.g. `assignedTo` and `assigned_to`) keep their wire form.
		name: names.indexOf(names[index]) !== names.lastIndexOf(names[index]) ? String(value) : names[index],
		value,
	}));
}

/** How a JSON-schema value is entered and sent. Lists and objects in the query travel JSON-encoded. */
function shapeOfSchema(spec: Spec, raw: Schema | undefined, location: 'query' | 'body'): FieldShape {
	const schema = spec.flatten(raw);
	const listFormat = location === 'query' ? 'json' : 'array';
	if (!schema) return { kind: 'string' };
	const variants = (schema.oneOf ?? schema.anyOf)?.map((entry) => spec.flatten(entry)!);
	if (variants) {
		const scalar = (entry: Schema) => entry.type === 'string' && !entry.enum;
		const stringList = (entry: Schema) => entry.type === 'array' && !!entry.items && scalar(spec.flatten(entry.items)!);
		if (variants.every(scalar)) return { kind: 'string' };
		if (variants.every((entry) => scalar(entry) || stringList(entry))) {
			return location === 'query' ? { kind: 'stringList', arrayFormat: 'json' } : { kind: 'json', jsonKind: 'any' };
		}
		return { kind: 'json', jsonKind: 'any', ...(location === 'query' ? { arrayFormat: 'json' } : {}) };
	}
	switch (schema.type) {
		case 'string':
			if (schema.enum) return { kind: 'options', options: enumOptions(schema.enum) };
			if (schema.format === 'date-time') return { kind: 'dateTime', dateFormat: 'iso' };
			if (schema.format === 'date') return { kind: 'dateTime', dateFormat: 'date' };
			return { kind: 'string' };
		case 'integer':
		case 'number':
			if (schema.enum) return { kind: 'options', options: enumOptions(schema.enum) };
			return schema.type === 'integer' ? { kind: 'number' } : { kind: 'number', decimal: true };
		case 'boolean':
			return { kind: 'boolean' };
		case 'array': {
			const items = spec.flatten(schema.items);
			if (items?.type === 'string' && items.enum) return { kind: 'multiOptions', options: enumOptions(items.enum), arrayFormat: listFormat };
			if (items?.type === 'string' && !items.oneOf) return { kind: 'stringList', arrayFormat: listFormat };
			if (items?.type === 'integer' || items?.type === 'number') return { kind: 'numberList', arrayFormat: listFormat };
			return { kind: 'json', jsonKind: 'array', ...(location === 'query' ? { arrayFormat: 'json' } : {}) };
		}
		case 'object':
			return { kind: 'json', jsonKind: 'object', ...(location === 'query' ? { arrayFormat: 'json' } : {}) };
		default:
			if (schema.properties) return { kind: 'json', jsonKind: 'object', ...(location === 'query' ? { arrayFormat: 'json' } : {}) };
			return { kind: 'string' };
	}
}

/** How an SDK-typed query parameter is entered: literal unions become dropdowns, arrays comma lists. */
function shapeOfType(sdk: Sdk, type: ts.Type): FieldShape {
	const { checker } = sdk;
	const flat = (candidate: ts.Type): ts.Type[] => (candidate.isUnion() ? candidate.types.flatMap(flat) : [candidate]);
	const parts = flat(type).filter((part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null | ts.TypeFlags.Void)));
	const arrays = parts.filter((part) => checker.isArrayType(part));
	const elements = [
		...parts.filter((part) => !checker.isArrayType(part)),
		...arrays.flatMap((part) => flat(checker.getTypeArguments(part as ts.TypeReference)[0])),
	].filter((part) => !(part.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
	const is = (flag: ts.TypeFlags) => elements.length > 0 && elements.every((part) => (part.flags & flag) !== 0);
	const isList = arrays.length > 0;
	if (is(ts.TypeFlags.StringLiteral)) {
		const options = enumOptions(elements.map((part) => (part as ts.StringLiteralType).value));
		return isList ? { kind: 'multiOptions', options, arrayFormat: 'json' } : { kind: 'options', options };
	}
	if (is(ts.TypeFlags.BooleanLike) && !isList) return { kind: 'boolean' };
	if (is(ts.TypeFlags.NumberLike)) return isList ? { kind: 'numberList', arrayFormat: 'json' } : { kind: 'number', decimal: true };
	if (is(ts.TypeFlags.StringLike)) return isList ? { kind: 'stringList', arrayFormat: 'json' } : { kind: 'string' };
	if (elements.some((part) => part.flags & ts.TypeFlags.Any)) return { kind: 'string' };
	const jsonKind = isList && arrays.length === parts.length ? 'array' : !isList ? 'object' : 'any';
	return { kind: 'json', jsonKind, arrayFormat: 'json' };
}

/** How a field the seed documents is entered and sent, from the seed's type text. */
function shapeOfSeed(field: SeedField, location: 'query' | 'body'): FieldShape {
	const listFormat = location === 'query' ? 'json' : 'array';
	const jsonQuery = location === 'query' ? { arrayFormat: 'json' as const } : {};
	const type = field.type;
	if (field.enum?.length && (type === 'string' || type === 'integer' || type === 'number')) return { kind: 'options', options: enumOptions(field.enum) };
	switch (type) {
		case 'string':
			if (field.format === 'date-time') return { kind: 'dateTime', dateFormat: 'iso' };
			if (field.format === 'date') return { kind: 'dateTime', dateFormat: 'date' };
			return { kind: 'string' };
		case 'integer':
			return { kind: 'number' };
		case 'number':
			return { kind: 'number', decimal: true };
		case 'boolean':
			return { kind: 'boolean' };
		case 'Array of strings':
			if (field.itemsEnum?.length) return { kind: 'multiOptions', options: enumOptions(field.itemsEnum), arrayFormat: listFormat };
			return { kind: 'stringList', arrayFormat: listFormat };
		case 'Array of integers':
		case 'Array of numbers':
			return { kind: 'numberList', arrayFormat: listFormat };
		case 'Array of objects':
		case 'Array of arrays':
		case 'Array of booleans':
			return { kind: 'json', jsonKind: 'array', ...jsonQuery };
		case 'string or Array of strings':
			return location === 'query' ? { kind: 'stringList', arrayFormat: 'json' } : { kind: 'json', jsonKind: 'any' };
		case 'object':
			return { kind: 'json', jsonKind: 'object', ...jsonQuery };
		default:
			// `X (object) or Y (object)`, `string or number or boolean or object`, `any`.
			return { kind: 'json', jsonKind: /^\w+ \(object\)/.test(type) ? 'object' : 'any', ...jsonQuery };
	}
}

/** A field as the seed documents it: type, enum, default within the enum, numeric limits. */
function seedField(field: SeedField, location: 'query' | 'body'): DraftField {
	const shape = shapeOfSeed(field, location);
	if (field.name === null) throw new Error('A seed field without a name cannot become a catalog field');
	const spec: DraftField =
		location === 'query' ? queryField(field.name, field.required, shape) : { name: field.name, in: 'body', ...shape, ...(field.required ? { required: true } : {}) };
	if (spec.kind === 'options' && field.default !== undefined && spec.options!.some((option) => option.value === field.default)) {
		spec.default = field.default as string | number;
	}
	if (spec.kind === 'number') {
		// A lower limit above 0 only with the seed's own default, so an empty field never starts out of range.
		const seedDefault = typeof field.default === 'number' ? field.default : undefined;
		if (field.minimum !== undefined && (field.minimum <= 0 || seedDefault !== undefined)) spec.minValue = field.minimum;
		if (field.maximum !== undefined) spec.maxValue = field.maximum;
		if (seedDefault !== undefined && field.minimum !== undefined && field.minimum > 0) spec.default = seedDefault;
	}
	return spec;
}

function queryField(name: string, required: boolean, shape: FieldShape): DraftField {
	const timestamp = TIMESTAMP_QUERY_PARAMETERS[name];
	if (timestamp && shape.kind === 'number') {
		return { name, in: 'query', kind: 'dateTime', dateFormat: 'epochMillis', label: timestamp, ...(required ? { required } : {}) };
	}
	if (JSON_QUERY_PARAMETERS.has(name) && shape.kind === 'string') {
		return { name, in: 'query', kind: 'json', jsonKind: 'object', arrayFormat: 'json', ...(required ? { required } : {}) };
	}
	return {
		name,
		in: 'query',
		...shape,
		...(QUERY_LABELS[name] ? { label: QUERY_LABELS[name] } : {}),
		...(required ? { required } : {}),
		...(SORT_PARAMETERS.has(name) ? { group: 'sort' as const } : {}),
	};
}

const SINCE_FILTERS = ['from_updatedAt', 'to_updatedAt', 'from_createdAt', 'to_createdAt'];

const sortFields: FieldSpec[] = [
	queryField('sort', false, { kind: 'string' }),
	queryField('sortPageOrder', false, { kind: 'options', options: enumOptions(['asc', 'dsc']) }),
];

// ---------------------------------------------------------------- operations

interface Built {
	resources: Resource[];
	operations: OperationSpec[];
	/** Spec operations per file, for the count check. */
	specCount: number;
	/** `resource.operation` → the summary of the seed operation it implements. */
	seedSources: Record<string, string>;
	/** `resource.operation` of operations the seed does not have, with the SDK client method that calls them. */
	sdkOnly: Record<string, string>;
	seedCount: number;
}

/** The SDK client method that calls an operation of the seed-less kinds we keep (list, get, create). */
function sdkCaller(method: HttpMethod, rest: string[]): string | undefined {
	if (rest.length === 0) return method === 'GET' ? 'find' : method === 'POST' ? 'create' : undefined;
	if (rest.length === 1 && rest[0] === '{id}') return method === 'GET' ? 'get' : method === 'DELETE' ? 'remove' : method === 'PUT' || method === 'PATCH' ? 'update' : undefined;
	return undefined;
}

function collectionPath(spec: Spec): string {
	const paths = Object.keys(spec.doc.paths);
	const plain = paths.filter((candidate) => !candidate.includes('{')).sort((a, b) => a.length - b.length)[0];
	return plain ?? paths[0].split('/{')[0];
}

function responseRoot(spec: Spec, operation: SpecOperation): string | undefined {
	const success = Object.keys(operation.responses ?? {}).find((code) => code.startsWith('2'));
	const response = spec.resolve(success ? operation.responses![success] : undefined);
	const schema = spec.flatten(response?.content?.['application/json']?.schema);
	const keys = Object.keys(schema?.properties ?? {});
	if (keys.includes('data')) return 'data';
	if (keys.includes('result')) return 'result';
	return undefined;
}

function parametersOf(spec: Spec, pathItem: Record<string, SpecOperation | Parameter[]>, operation: SpecOperation): Parameter[] {
	const shared = (pathItem.parameters as Parameter[] | undefined) ?? [];
	return [...shared, ...(operation.parameters ?? [])].map((parameter) => spec.resolve(parameter)!);
}

/** Beyond this many nested-path filters under one key (e.g. 85 `permissions.*` flags of a rep), they are left to Other Filters. */
const MAX_NESTED_FILTERS = 5;

function sdkQueryFields(sdk: Sdk, params: SdkParam[], skip: Set<string>): DraftField[] {
	const nested = new Map<string, number>();
	for (const param of params) if (param.name.includes('.')) nested.set(param.name.split('.')[0], (nested.get(param.name.split('.')[0]) ?? 0) + 1);
	return params
		.filter((param) => !skip.has(param.name) && (nested.get(param.name.split('.')[0]) ?? 0) <= MAX_NESTED_FILTERS)
		// The SDK types mark some filters required that the specs do not (e.g. `meta.client` of approval
		// requests); only the specs decide what the user must fill in.
		.map((param) => queryField(param.name, false, shapeOfType(sdk, param.type)));
}

function listSpec(style: 'page' | 'offset', maxPageSize: number, rootProperty: string): ListSpec {
	if (style === 'offset') {
		return { pagination: 'offset', offsetParam: 'offset', limitParam: 'limit', maxPageSize, rootProperty };
	}
	return {
		pagination: 'page',
		pageParam: 'page',
		sizeParam: 'per_page',
		firstPage: 1,
		maxPageSize,
		rootProperty,
		totalPagesProperty: 'total_pages',
		currentPageProperty: 'current_page',
		nextPageProperty: 'next_page_url',
	};
}

/** Keeps labels and parameter names unique within one operation; abbreviations stay in capitals. */
function settleNames(op: OperationSpec): void {
	const keys = new Set<string>();
	const labels = new Map<string, FieldSpec>();
	for (const field of op.fields ?? []) {
		const ours = titleWords(words(field.name));
		if (!field.label && ours !== titleCase(field.name)) field.label = ours;
		let key = field.key ?? field.name.replace(/[^A-Za-z0-9_]/g, '_');
		if (RESERVED_KEYS.has(key)) key = `${key}Field`;
		while (keys.has(key)) key = `${field.in}_${key}`;
		keys.add(key);
		if (key !== field.name.replace(/[^A-Za-z0-9_]/g, '_')) field.key = key;
		const label = field.label ?? titleCase(field.name);
		const clash = labels.get(label);
		if (clash) {
			field.label = `${label} (${field.name})`;
			if (!clash.label || clash.label === label) clash.label = `${label} (${clash.name})`;
		}
		labels.set(label, field);
	}
}

/** The seed documents its own query parameters (not just one loose `params` object): it decides which filters exist. */
export const seedListsQuery = (seed: SeedOperation) => seed.queryParameters.some((parameter) => parameter.nameFrom === undefined && parameter.name !== 'params');

/** The seed's query parameters, the unnamed ones named from the SDK spec's parameter order (the seed prints their type, not their name). */
export function seedQueryParameters(seed: SeedOperation, sdkOrder: string[]): SeedField[] {
	if (!seed.queryParameters.some((parameter) => parameter.name === null)) return seed.queryParameters;
	try {
		return nameFromSample(seed.queryParameters, sdkOrder, 'SDK spec order');
	} catch (error) {
		throw new Error(`${seed.summary}: ${(error as Error).message}`);
	}
}

function buildOperation(
	sdk: Sdk,
	spec: Spec,
	resource: Resource,
	base: { spec: string; wire: string },
	specPath: string,
	verb: string,
	seed: SeedOperation | undefined,
): OperationSpec {
	const pathItem = spec.doc.paths[specPath];
	const operation = pathItem[verb] as SpecOperation;
	const method = verb.toUpperCase() as HttpMethod;
	const rest = specPath.slice(base.spec.length).split('/').filter(Boolean);
	const naming = nameOperation(resource, method, rest, `${method} ${specPath}`);
	const wirePath = base.wire + specPath.slice(base.spec.length);
	const parameters = parametersOf(spec, pathItem, operation);
	const namespace = sdk.namespaceByPath.get(base.wire.slice(1));
	const fields: DraftField[] = [];

	for (const parameter of parameters.filter((candidate) => candidate.in === 'path')) {
		fields.push({ name: parameter.name, in: 'path', kind: 'string', required: true, label: `${titleWords(words(resource.singular))} ID` });
	}

	const query = parameters.filter((candidate) => candidate.in === 'query');
	const looseParams = query.some((candidate) => candidate.name === 'params');
	const names = new Set(query.map((candidate) => candidate.name));
	const isCollectionGet = method === 'GET' && !rest.includes('{id}');
	// Paging: the seed's where it states one, the SDK's specs otherwise.
	const sdkStyle = names.has('limit') && names.has('offset') ? 'offset' : names.has('page') || names.has('per_page') || (looseParams && isCollectionGet) ? 'page' : undefined;
	const style = seed?.paging?.style ?? sdkStyle;
	const isList = method === 'GET' && style !== undefined;
	const seedQuery = seed !== undefined && seedListsQuery(seed);
	const typed = new Set<string>();
	if (seedQuery) {
		for (const parameter of seedQueryParameters(seed, query.map((candidate) => candidate.name))) {
			if (isList && PAGING_PARAMETERS.has(parameter.name!)) continue;
			fields.push(seedField(parameter, 'query'));
		}
	}
	for (const parameter of seedQuery ? [] : query) {
		if (parameter.name === 'params' || (isList && PAGING_PARAMETERS.has(parameter.name))) continue;
		typed.add(parameter.name);
		fields.push(queryField(parameter.name, parameter.required === true, shapeOfSchema(spec, parameter.schema, 'query')));
	}
	// The specs leave most filters as one loose object; the SDK types name them.
	// Where the seed lists the query parameters, the SDK adds none of its own.
	const sdkParams = seedQuery
		? undefined
		: isList && rest.length === 0
			? namespace
				? sdk.findParams(namespace)
				: undefined
			: method === 'GET' && rest.length === 1 && rest[0] === '{id}' && namespace
				? sdk.getParams(namespace)
				: undefined;
	if (sdkParams) fields.push(...sdkQueryFields(sdk, sdkParams.params, new Set([...typed, ...PAGING_PARAMETERS])));
	if (!seedQuery && isList && style === 'page' && looseParams && !sdkParams) fields.push(...sortFields);
	// The classic endpoints share one query builder with `from_<field>`/`to_<field>` ranges; where a
	// list takes any of the updated/created ranges, offer all four.
	if (!seedQuery && isList && (looseParams || fields.some((field) => SINCE_FILTERS.includes(field.name)))) {
		for (const name of SINCE_FILTERS.filter((candidate) => !fields.some((field) => field.name === candidate))) {
			fields.push(queryField(name, false, { kind: 'number' }));
		}
	}

	const bodySchema = spec.flatten(operation.requestBody ? spec.resolve(operation.requestBody)?.content?.['application/json']?.schema : undefined);
	if (seed?.body) {
		// The seed's body fields replace the SDK's.
		for (const field of seed.body) {
			if (SERVER_SET_BODY_FIELDS.has(field.name ?? '') && !field.required) continue;
			fields.push(seedField(field, 'body'));
		}
	} else if (bodySchema) {
		const required = new Set(bodySchema.required ?? []);
		for (const [name, property] of Object.entries(bodySchema.properties ?? {})) {
			if (SERVER_SET_BODY_FIELDS.has(name) && !required.has(name)) continue;
			fields.push({ name, in: 'body', ...shapeOfSchema(spec, property, 'body'), ...(required.has(name) ? { required: true } : {}) });
		}
	}

	let maxPageSize = DEFAULT_MAX_PAGE;
	for (const parameter of query) {
		const schema = spec.flatten(parameter.schema);
		if ((parameter.name === 'per_page' || parameter.name === 'limit') && schema?.maximum) maxPageSize = schema.maximum;
	}
	if (seed?.paging?.maxPageSize) maxPageSize = seed.paging.maxPageSize;

	const op: OperationSpec = { resource: resource.value, operation: naming.value, name: naming.name, action: naming.action, method, path: wirePath };
	if (naming.description) op.description = naming.description;
	if (fields.length) op.fields = fields;
	// The envelope key: the seed's response sample where there is one, the SDK's specs otherwise.
	if (isList) op.list = listSpec(style, maxPageSize, seed ? (seed.envelope ?? '') : 'data');
	else {
		const root = seed ? seed.envelope : responseRoot(spec, operation);
		if (root) op.rootProperty = root;
	}
	if (seed ? seed.body !== null : bodySchema) op.bodyJsonMode = true;
	settleNames(op);
	for (const field of op.fields ?? []) {
		const facts = field.in === 'body' ? seed?.body : field.in === 'query' ? seed?.queryParameters : seed?.pathParameters;
		const words = describeField(field, facts?.find((candidate) => candidate.name === field.name), resource.singular);
		field.description ??= words.description;
		field.hint ??= words.hint;
	}
	for (const field of fields) delete field.decimal;
	return op;
}

function build(seedOperations: SeedOperation[]): Built {
	const sdk = loadSdk(PACKAGE_DIR);
	const resources: Resource[] = [];
	const operations: OperationSpec[] = [];
	const seedBySummary = new Map(seedOperations.map((op) => [op.summary, op]));
	const seedSources: Record<string, string> = {};
	const sdkOnly: Record<string, string> = {};
	const usedSeed = new Set<string>();
	let specCount = 0;
	for (const file of fs.readdirSync(SPEC_DIR).filter((name) => name.endsWith('.yaml')).sort()) {
		const spec = new Spec(file, yaml.load(fs.readFileSync(path.join(SPEC_DIR, file), 'utf8')) as SpecDocument);
		const specName = file.replace(/\.yaml$/, '');
		const resource = resourceFor(specName);
		if (resources.some((existing) => existing.value === resource.value)) throw new Error(`${file}: resource ${resource.value} is used twice`);
		const specBase = collectionPath(spec);
		const pathOverride = PATH_FROM_SDK[specBase];
		if (pathOverride && !pathOverride.reason.trim()) throw new Error(`PATH_FROM_SDK['${specBase}'] gives no reason`);
		const sdkBase = pathOverride?.path;
		if (sdkBase !== undefined) {
			usedPathOverrides.add(specBase);
			if (!sdk.endPoints.has(sdkBase)) throw new Error(`PATH_FROM_SDK: the SDK has no end point ${sdkBase}`);
		}
		const base = { spec: specBase, wire: sdkBase !== undefined ? `/${sdkBase}` : specBase };
		const ops: OperationSpec[] = [];
		for (const [specPath, pathItem] of Object.entries(spec.doc.paths)) {
			if (!specPath.startsWith(specBase)) throw new Error(`${file}: ${specPath} is outside ${specBase}`);
			for (const verb of METHODS) {
				if (!pathItem[verb]) continue;
				specCount += 1;
				const summary = (pathItem[verb] as SpecOperation).summary ?? '';
				const seed = seedBySummary.get(summary);
				const op = buildOperation(sdk, spec, resource, base, specPath, verb, seed);
				if (ops.some((existing) => existing.operation === op.operation)) throw new Error(`${file}: operation ${op.operation} is used twice`);
				if (seed) {
					usedSeed.add(summary);
					seedSources[`${op.resource}.${op.operation}`] = summary;
				} else {
					// Not in the seed: kept only when Repzo's own client calls it.
					const rest = specPath.slice(base.spec.length).split('/').filter(Boolean);
					const caller = sdkCaller(op.method, rest);
					const endPoint = base.wire.slice(1);
					if (!caller || !sdk.methodsByPath.get(endPoint)?.has(caller)) continue;
					sdkOnly[`${op.resource}.${op.operation}`] = `Repzo.${sdk.namespaceByPath.get(endPoint) ?? endPoint}: ${caller}() on /${endPoint}`;
				}
				ops.push(op);
			}
		}
		const simplify = SIMPLIFY[specName];
		if (simplify) {
			usedSimplify.add(specName);
			const reads = ops.filter((op) => op.operation === 'get' || op.operation === 'getAll');
			if (reads.length !== 2) throw new Error(`SIMPLIFY: ${file} needs a Get and a Get Many`);
			for (const op of reads) op.simplify = simplify;
		}
		resources.push(resource);
		operations.push(...ops);
	}
	const stale = [
		...Object.keys(RESOURCE_OVERRIDES).filter((key) => !usedResourceOverrides.has(key)),
		...Object.keys(OPERATION_OVERRIDES).filter((key) => !usedOperationOverrides.has(key)),
		...Object.keys(PATH_FROM_SDK).filter((key) => !usedPathOverrides.has(key)),
		...Object.keys(SIMPLIFY).filter((key) => !usedSimplify.has(key)),
	];
	if (stale.length) throw new Error(`Overrides that match nothing in the specs: ${stale.join(', ')}`);
	const unmatched = seedOperations.filter((op) => !usedSeed.has(op.summary));
	if (unmatched.length) throw new Error(`Seed operations the SDK specs do not have (no path known): ${unmatched.map((op) => op.summary).join('; ')}`);
	return { resources, operations, specCount, seedSources, sdkOnly, seedCount: seedOperations.length };
}

// ---------------------------------------------------------------- output

function literal(value: unknown, indent = ''): string {
	if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
	if (typeof value !== 'object' || value === null) return String(value);
	if (Array.isArray(value)) return `[${value.map((entry) => literal(entry, indent)).join(', ')}]`;
	const entries = Object.entries(value as Record<string, unknown>).filter(([, entry]) => entry !== undefined);
	return `{ ${entries.map(([key, entry]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key)}: ${literal(entry, indent)}`).join(', ')} }`;
}

function render({ resources, operations, specCount, seedSources, sdkOnly, seedCount }: Built): string {
	const version = (JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }).version;
	const fieldNames = new Map<string, string>();
	const fieldLines: string[] = [];
	const listNames = new Map<string, string>();
	const listLines: string[] = [];
	const shared = (text: string, names: Map<string, string>, lines: string[], prefix: string, type: string) => {
		let name = names.get(text);
		if (!name) {
			name = `${prefix}${names.size}`;
			names.set(text, name);
			lines.push(`const ${name}: ${type} = ${text};`);
		}
		return name;
	};
	const opLines = operations.map((op) => {
		const { fields, list, ...rest } = op;
		const parts = Object.entries(rest).map(([key, value]) => `${key}: ${literal(value)}`);
		if (list) parts.push(`list: ${shared(literal(list), listNames, listLines, 'list', 'ListSpec')}`);
		if (fields) parts.push(`fields: [${fields.map((field) => shared(literal(field), fieldNames, fieldLines, 'f', 'FieldSpec')).join(', ')}]`);
		return `\t{ ${parts.join(', ')} },`;
	});
	const resourceLines = resources.map(({ value, name }) => `\t${literal({ value, name })},`);
	return [
		`// Generated from the seed repzo-api.txt (facts in scripts/repzo/seed-facts.json) and repzo@${version} (src/oas/*.yaml, src/types/index.ts) by scripts/repzo/generate.ts. Do not edit: run \`npm run generate:repzo\` (${COMMAND}).`,
		`import type { FieldSpec, ListSpec, OperationSpec, ResourceSpec } from '../../shared/catalog';`,
		'',
		`/** Operations in the catalog: the seed's, plus those only Repzo's SDK client calls. */`,
		`export const SPEC_OPERATION_COUNT = ${operations.length};`,
		'',
		`/** Operations in the seed (repzo-api.txt); repzo@${version}'s specs have ${specCount}. */`,
		`export const SEED_OPERATION_COUNT = ${seedCount};`,
		'',
		'/** `resource.operation` → the summary of the seed operation it implements. */',
		'export const SEED_SOURCES: Record<string, string> = {',
		...Object.entries(seedSources).map(([key, summary]) => `\t${literal(key)}: ${literal(summary)},`),
		'};',
		'',
		'/** Operations the seed does not have, kept because Repzo\'s SDK client calls them. */',
		'export const SDK_ONLY_OPERATIONS: Record<string, string> = {',
		...Object.entries(sdkOnly).map(([key, caller]) => `\t${literal(key)}: ${literal(caller)},`),
		'};',
		'',
		...listLines,
		'',
		...fieldLines,
		'',
		'export const generatedResources: ResourceSpec[] = [',
		...resourceLines,
		'];',
		'',
		'export const generatedOperations: OperationSpec[] = [',
		...opLines,
		'];',
		'',
	].join('\n');
}

function checkPinned(): void {
	const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
	const pinned = manifest.devDependencies?.repzo;
	const installed = (JSON.parse(fs.readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as { version: string }).version;
	if (!pinned || !/^\d+\.\d+\.\d+$/.test(pinned)) throw new Error(`package.json must pin repzo to an exact version (found ${pinned ?? 'none'})`);
	if (pinned !== installed) throw new Error(`package.json pins repzo@${pinned} but node_modules has ${installed}: run npm ci`);
}

function main(): void {
	checkPinned();
	const check = process.argv.includes('--check');
	// The seed's facts: extracted afresh where the seed is present (and the committed file kept in step), the committed file otherwise.
	const { facts, fromSeed } = loadFacts();
	if (fromSeed && !syncFactsFile(facts, check)) {
		console.error('scripts/repzo/seed-facts.json is out of date with the seed: run `npm run generate:repzo` and commit the result.');
		process.exit(1);
	}
	const output = render(build(facts.operations));
	if (check) {
		const committed = fs.existsSync(OUTPUT) ? fs.readFileSync(OUTPUT, 'utf8') : '';
		if (committed !== output) {
			console.error(`${path.relative(ROOT, OUTPUT)} is out of date: run \`npm run generate:repzo\` and commit the result.`);
			process.exit(1);
		}
		console.log(`${path.relative(ROOT, OUTPUT)} is up to date.`);
		return;
	}
	fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
	fs.writeFileSync(OUTPUT, output);
	console.log(`Wrote ${path.relative(ROOT, OUTPUT)}.`);
}

main();
