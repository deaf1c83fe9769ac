/** "Map Fields": n8n's resource mapper for a write operation, built from the catalog's body fields and sent through the same path as "Fields Below". */
import type {
	FieldType as MapperType,
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeProperties,
	INodePropertyOptions,
	INodeType,
	ResourceMapperField,
	ResourceMapperFields,
} from 'n8n-workflow';

import type { FieldSpec, OperationSpec, ResourceSpec, VendorCatalog } from './catalog';
import { fieldLabel, parameterKey } from './fields';
import { currentParameter } from './pickers';
import { setPath } from './requestHooks';
import { checkItemsFirst, fieldProblem, invalidInput, isBlank, parameterForItem, runItems } from './validation';

type PreSend = (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/** The `bodyMode` value that sends the mapper's fields. */
export const MAPPER_MODE = 'mapper';
/** The resource mapper parameter. */
export const MAPPER_PARAMETER = 'mappedFields';
/** The n8n `methods.resourceMapping` entry every vendor node registers. */
export const MAPPER_METHOD = 'getMappingFields';

/**
 * A vendor's own columns beside the catalog's (e.g. Cirrus dynamic fields), listed from the API when
 * the editor opens the mapper; the vendor's request loop writes their values (see `extraValues`).
 */
export type ExtraColumns = (ctx: ILoadOptionsFunctions, op: OperationSpec) => Promise<ResourceMapperField[]>;

/** Whether the resource offers "Map Fields" on this operation (the resource entry lists it). */
export function mapsFields(resource: ResourceSpec | undefined, op: OperationSpec): boolean {
	return op.bodyJsonMode === true && (resource?.mapper ?? []).includes(op.operation);
}

/** The fields the mapper lists: every body field the operation writes, in catalog order. */
export function mappableFields(op: OperationSpec): FieldSpec[] {
	return (op.fields ?? []).filter((field) => field.in === 'body' && !field.sentByRequestLoop);
}

const wireOf = (field: FieldSpec) => field.property ?? field.name;

function mapperType(field: FieldSpec): MapperType {
	switch (field.kind) {
		case 'number':
		case 'idReference':
			return 'number';
		case 'boolean':
			return 'boolean';
		case 'options':
			return 'options';
		case 'dateTime':
			return 'dateTime';
		case 'json':
			return field.jsonKind === 'array' ? 'array' : 'object';
		default:
			// Lists and multiple choices are typed as text: values separated by commas, as in "Fields Below".
			return 'string';
	}
}

/** The key of a Create or Update, or the ID of a batch update: the field the mapper matches on. */
function matchField(op: OperationSpec): FieldSpec | undefined {
	const fields = mappableFields(op);
	if (op.upsert) return fields.find((field) => wireOf(field) === op.upsert!.keyField);
	if (mapperMode(op) === 'update') return fields.find((field) => field.required);
	return undefined;
}

/** `add` for creates and updates of a record named in the path; `update` when the ID is a body field; `upsert` for Create or Update. */
function mapperMode(op: OperationSpec): 'add' | 'update' | 'upsert' {
	if (op.upsert) return 'upsert';
	const pathId = (op.fields ?? []).some((field) => field.in === 'path');
	return /^update/.test(op.operation) && !pathId ? 'update' : 'add';
}

/** The mapper's columns of an operation, as n8n's resource mapper reads them. */
export function mapperColumns(op: OperationSpec): ResourceMapperField[] {
	const match = matchField(op);
	return mappableFields(op).map((field) => {
		const column: ResourceMapperField = {
			id: parameterKey(field),
			displayName: fieldLabel(field),
			required: field.required === true,
			defaultMatch: field === match,
			canBeUsedToMatch: field === match,
			display: true,
			type: mapperType(field),
		};
		if (field.kind === 'options') column.options = (field.options ?? []).map((option): INodePropertyOptions => ({ name: option.name, value: option.value }));
		return column;
	});
}

/** The `bodyMode` input of an operation with "Map Fields": the given one plus the mapper option, last so saved values keep their meaning. */
export function withMapperOption(bodyMode: INodeProperties): INodeProperties {
	return {
		...bodyMode,
		description: 'Field by field, mapped from the input, or one JSON object',
		options: [...(bodyMode.options ?? []), { name: 'Map Fields', value: MAPPER_MODE, description: "Map the input's fields to the record's, by hand or automatically by name" }],
	};
}

/** The words of the match input: its title, the line under it and its tooltip. */
function matchLabels(match: FieldSpec, mode: 'add' | 'update' | 'upsert'): { title: string; hint: string; description: string } {
	const label = fieldLabel(match);
	return {
		title: `${label} to Match On`,
		hint: `The record with this ${label} is ${mode === 'upsert' ? 'updated, else one is created' : 'changed'}`,
		description: `Give the ${label} below (or as an input field of that name with Map Automatically); it is how the record is found`,
	};
}

/** The resource mapper input of one operation. */
export function mapperInput(op: OperationSpec): INodeProperties {
	const mode = mapperMode(op);
	const match = matchField(op);
	return {
		displayName: 'Fields',
		name: MAPPER_PARAMETER,
		type: 'resourceMapper',
		noDataExpression: true,
		default: { mappingMode: 'defineBelow', value: null },
		typeOptions: {
			loadOptionsDependsOn: ['resource', 'operation'],
			resourceMapper: {
				resourceMapperMethod: MAPPER_METHOD,
				mode,
				fieldWords: { singular: 'field', plural: 'fields' },
				// Only required fields at first, the others added one by one: the editor fills an untouched number with 0 and a switch with false, which would overwrite data.
				addAllFields: false,
				multiKeyMatch: false,
				supportAutoMap: true,
				// The editor shows `hint` under the match input and `description` only as its tooltip (n8n 1.x and 2.x alike).
				...(match ? { matchingFieldsLabels: matchLabels(match, mode) } : {}),
			},
		},
		description: 'Fields left empty are not sent; Map Automatically matches input field names to the record fields, ignoring case, spaces and punctuation',
	};
}

/** `tax_number`, `Tax Number` and `TaxNumber` read alike. */
export const looseName = (name: string): string => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A column as the saved mapping keeps it. */
export interface SavedColumn {
	id?: string;
	displayName?: string;
	type?: string;
	options?: Array<{ name?: string; value?: unknown }>;
}

interface MapperValue {
	mappingMode?: string;
	value?: IDataObject | null;
	schema?: SavedColumn[];
}

/**
 * The fields of an input item that match columns by name: exact column IDs and wire names first, then
 * labels. Every field counts: a column the editor marks `removed` was hidden in the other mode.
 */
function autoMapped(fields: FieldSpec[], item: IDataObject): Map<FieldSpec, unknown> {
	const byName = new Map<string, FieldSpec>();
	for (const field of fields) for (const name of [parameterKey(field), wireOf(field)]) if (!byName.has(looseName(name))) byName.set(looseName(name), field);
	for (const field of fields) if (!byName.has(looseName(fieldLabel(field)))) byName.set(looseName(fieldLabel(field)), field);
	const found = new Map<FieldSpec, unknown>();
	const exact = new Set<FieldSpec>();
	for (const [key, value] of Object.entries(item)) {
		const field = byName.get(looseName(key));
		if (!field || exact.has(field)) continue;
		if (key === wireOf(field) || key === parameterKey(field)) exact.add(field);
		found.set(field, value);
	}
	return found;
}

/** The raw mapping value as item `itemIndex` sees it (expressions evaluated). */
export function mappingOf(ctx: IExecuteSingleFunctions, itemIndex: number): MapperValue {
	const value = parameterForItem(ctx, MAPPER_PARAMETER, itemIndex, {});
	return (value && typeof value === 'object' ? value : {}) as MapperValue;
}

/** The input item's JSON, for "Map Automatically". */
function inputItem(ctx: IExecuteSingleFunctions, itemIndex: number): IDataObject {
	const item = runItems(ctx)?.[itemIndex] ?? (itemIndex === ctx.getItemIndex() ? ctx.getInputData?.() : undefined);
	return ((item as { json?: IDataObject } | undefined)?.json ?? {}) as IDataObject;
}

/**
 * The values item `itemIndex` maps to columns that are not catalog fields (`owns` tells which), with
 * their saved columns; "Map Automatically" matches them by ID or name as it does fields. Blank ones are left out.
 */
export function extraValues(ctx: IExecuteSingleFunctions, itemIndex: number, owns: (id: string) => boolean): Array<{ column: SavedColumn; value: unknown }> {
	const mapping = mappingOf(ctx, itemIndex);
	const columns = (mapping.schema ?? []).filter((column) => column.id !== undefined && owns(String(column.id)));
	const found: Array<{ column: SavedColumn; value: unknown }> = [];
	if (mapping.mappingMode === 'autoMapInputData') {
		const item = inputItem(ctx, itemIndex);
		const byName = new Map<string, unknown>(Object.entries(item).map(([key, value]) => [looseName(key), value]));
		for (const column of columns) {
			// A note in parentheses after the name, e.g. "(Dynamic Field)", is not part of it.
			const name = (column.displayName ?? '').replace(/\s*\([^)]*\)$/, '');
			const value = byName.get(looseName(String(column.id))) ?? byName.get(looseName(name));
			if (!isBlank(value)) found.push({ column, value });
		}
		return found;
	}
	const values = mapping.value ?? {};
	for (const column of columns) if (!isBlank(values[String(column.id)])) found.push({ column, value: values[String(column.id)] });
	return found;
}

/** The catalog fields item `itemIndex` maps, with their values. */
export function mappedFields(ctx: IExecuteSingleFunctions, op: OperationSpec, itemIndex: number): Map<FieldSpec, unknown> {
	const fields = mappableFields(op);
	const mapping = mappingOf(ctx, itemIndex);
	if (mapping.mappingMode === 'autoMapInputData') {
		const found = autoMapped(fields, inputItem(ctx, itemIndex));
		for (const [field, value] of found) if (isBlank(value)) found.delete(field);
		return found;
	}
	const values = mapping.value ?? {};
	const found = new Map<FieldSpec, unknown>();
	for (const field of fields) if (!isBlank(values[parameterKey(field)])) found.set(field, values[parameterKey(field)]);
	return found;
}

const inMapperMode = (ctx: IExecuteSingleFunctions, itemIndex: number) => parameterForItem(ctx, 'bodyMode', itemIndex, 'fields') === MAPPER_MODE;

/** Every item's mapped values checked against their fields before anything is sent, like "Fields Below". */
function checkMappedItems(op: OperationSpec): PreSend {
	const fields = mappableFields(op);
	return checkItemsFirst((ctx, itemIndex) => {
		if (!inMapperMode(ctx, itemIndex)) return undefined;
		const values = mappedFields(ctx, op, itemIndex);
		for (const field of fields) {
			const label = fieldLabel(field);
			if (!values.has(field)) {
				if (field.required) return invalidInput(ctx, label, 'A value is required', `Map a value to '${label}'`, itemIndex);
				continue;
			}
			const problem = fieldProblem(field, values.get(field));
			if (problem) return invalidInput(ctx, label, problem.problem, problem.fix, itemIndex);
		}
		// A vendor's own choice columns (e.g. Cirrus dynamic fields) take one of the options they were listed with.
		const known = new Set(fields.map(parameterKey));
		for (const { column, value } of extraValues(ctx, itemIndex, (id) => !known.has(id))) {
			const options = column.options ?? [];
			if (column.type !== 'options' || options.some((option) => String(option.value) === String(value))) continue;
			const names = options.map((option) => `'${String(option.value)}' (${String(option.name)})`).join(', ');
			return invalidInput(ctx, String(column.displayName ?? column.id), `'${String(value)}' is not one of the options`, `Choose one of the options: ${names}`, itemIndex);
		}
		return undefined;
	});
}

/** Puts the mapped values into the body by wire name; the catalog's pre-send step converts them next, as it does the fields'. */
function sendMappedFields(op: OperationSpec): PreSend {
	return async function (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) {
		if (this.getNodeParameter('bodyMode', 'fields') !== MAPPER_MODE) return opts;
		const body = (opts.body && typeof opts.body === 'object' && !Array.isArray(opts.body) ? opts.body : {}) as IDataObject;
		for (const [field, value] of mappedFields(this, op, this.getItemIndex())) setPath(body, wireOf(field), field.property !== undefined, value);
		opts.body = body;
		return opts;
	};
}

/** The pre-send steps "Map Fields" adds, placed before the catalog's own conversions. */
export function mapperSteps(op: OperationSpec): PreSend[] {
	return [checkMappedItems(op), sendMappedFields(op)];
}

/** The operation a resource/operation pair of the catalog names. */
function findOperation(catalog: VendorCatalog, resource: unknown, operation: unknown): OperationSpec | undefined {
	const spec = catalog.resources.find((entry) => entry.value === resource);
	const op = catalog.operations.find((entry) => entry.resource === resource && entry.operation === operation);
	return op && mapsFields(spec, op) ? op : undefined;
}

/** `methods.resourceMapping` of a vendor node: the columns of the operation on screen. */
export function buildMappingMethods(catalog: VendorCatalog, extraColumns?: ExtraColumns): NonNullable<INodeType['methods']>['resourceMapping'] {
	return {
		async [MAPPER_METHOD](this: ILoadOptionsFunctions): Promise<ResourceMapperFields> {
			const op = findOperation(catalog, currentParameter(this, 'resource'), currentParameter(this, 'operation'));
			if (!op) return { fields: [], emptyFieldsNotice: 'This operation has no fields to map' };
			const fields = mapperColumns(op);
			if (extraColumns) fields.push(...(await extraColumns(this, op)));
			return { fields };
		},
	};
}
