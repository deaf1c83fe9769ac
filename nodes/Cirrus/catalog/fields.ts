/**
 * Short constructors for the Cirrus catalog, so each operation reads as a list of wire names and labels.
 * They only fill in `FieldSpec` data; the shared builder does the rest.
 */
import type { FieldLocation, FieldOption, FieldSpec, FieldType, ListSpec } from '../../shared/catalog';

type More = Partial<FieldSpec>;

/** Every paginated list: `page`/`per_page` (at most 50) and the `{page, pages, per_page, total, items}` envelope. */
export const pages: ListSpec = {
	pagination: 'page',
	pageParam: 'page',
	sizeParam: 'per_page',
	firstPage: 1,
	maxPageSize: 50,
	rootProperty: 'items',
	totalPagesProperty: 'pages',
	currentPageProperty: 'page',
};

/** A lookup list: one request, the body is the array. */
export const lookup: ListSpec = { pagination: 'none' };

export const WILDCARD_HINT = 'Use % as a wildcard, e.g. Acme%';

const EXTERNAL_KEY_DESCRIPTION = 'Your own key, e.g. the ID in another system';

/** ID lists: the example shows the separator, so no placeholder is needed. */
const ID_LIST_HINT = 'Comma-separated, e.g. 12, 15';

function field(location: FieldLocation, kind: FieldType, preset: More = {}) {
	return (name: string, label: string, more: More = {}): FieldSpec => ({ name, in: location, kind, label, ...preset, ...more });
}

function choice(location: FieldLocation, kind: 'options' | 'multiOptions') {
	return (name: string, label: string, options: FieldOption[], more: More = {}): FieldSpec => ({
		name,
		in: location,
		kind,
		label,
		options,
		...more,
	});
}

/** Query parameters. */
export const q = {
	text: field('query', 'string'),
	/** A text filter that takes `%` as a wildcard. */
	like: field('query', 'string', { hint: WILDCARD_HINT }),
	number: field('query', 'number'),
	/** Several IDs in one comma-separated parameter. */
	ids: field('query', 'numberList', { hint: ID_LIST_HINT }),
	/** Several IDs as a repeated parameter. */
	idArray: field('query', 'numberList', { arrayFormat: 'array', hint: ID_LIST_HINT }),
	date: field('query', 'dateTime', { dateFormat: 'date' }),
	dateTime: field('query', 'dateTime', { dateFormat: 'iso' }),
	choice: choice('query', 'options'),
	multi: choice('query', 'multiOptions'),
	/** The `externalkey` filter most records have. */
	externalKey: (more: More = {}): FieldSpec => field('query', 'string')('externalkey', 'External Key', { description: EXTERNAL_KEY_DESCRIPTION, ...more }),
};

/** Request body fields. */
export const b = {
	text: field('body', 'string'),
	number: field('body', 'number'),
	decimal: field('body', 'number', { numberPrecision: 2 }),
	bool: field('body', 'boolean'),
	date: field('body', 'dateTime', { dateFormat: 'date' }),
	dateTime: field('body', 'dateTime', { dateFormat: 'iso' }),
	/** A related record, sent as `{ "id": n }`. */
	ref: field('body', 'idReference'),
	/** Several related records, sent as `[{ "id": n }, ...]` (see `sendIdObjects`). */
	refs: field('body', 'numberList', { arrayFormat: 'array', hint: ID_LIST_HINT }),
	/** Plain IDs, sent as a JSON array of numbers. */
	ids: field('body', 'numberList', { arrayFormat: 'array', hint: ID_LIST_HINT }),
	json: field('body', 'json', { jsonKind: 'object' }),
	jsonList: field('body', 'json', { jsonKind: 'array' }),
	choice: choice('body', 'options'),
	/** The `externalkey` most records have. */
	externalKey: (more: More = {}): FieldSpec => field('body', 'string')('externalkey', 'External Key', { description: EXTERNAL_KEY_DESCRIPTION, ...more }),
};

/** Path parameters (always required). */
export const p = {
	number: field('path', 'number', { required: true }),
	text: field('path', 'string', { required: true }),
};

/** The tags of a record (sent as `[{ "id": n }]` with `sendIdObjects('tags')`). */
export const tagsField = b.refs('tags', 'Tag IDs');

/** The path of a monthly budget: the record's own ID, the year and the month. */
export function budgetPath(idName: string, idLabel: string): FieldSpec[] {
	return [p.number(idName, idLabel), p.number('year', 'Year'), p.number('month', 'Month', { minValue: 1, maxValue: 12 })];
}

export const yesOrNo: FieldOption[] = [
	{ name: 'Yes', value: 1 },
	{ name: 'No', value: 0 },
];

export const activeOrInactive: FieldOption[] = [
	{ name: 'Active', value: 1 },
	{ name: 'Inactive', value: 0 },
];

export const activeOrBoth: FieldOption[] = [...activeOrInactive, { name: 'Both', value: 2 }];

export const openOrClosed: FieldOption[] = [
	{ name: 'Open', value: 0 },
	{ name: 'Closed', value: 1 },
];

/**
 * The `sorting` parameter: `<field>_asc` / `<field>_desc` for each field given (wire name → label).
 * Cirrus requires it on most lists, so it defaults to the vendor's documented default.
 */
export function sortBy(sortFields: Record<string, string>, defaultValue?: string, required = true): FieldSpec {
	const options: FieldOption[] = Object.entries(sortFields).flatMap(([wire, label]) => [
		{ name: `${label} (Ascending)`, value: `${wire}_asc` },
		{ name: `${label} (Descending)`, value: `${wire}_desc` },
	]);
	const spec: FieldSpec = { name: 'sorting', in: 'query', kind: 'options', label: 'Sort By', options, required };
	if (defaultValue) spec.default = defaultValue;
	return spec;
}

/** The same fields with none required: an update that changes only the fields given. */
export function optionalAll(fields: FieldSpec[]): FieldSpec[] {
	return fields.map((spec) => {
		const optional = { ...spec };
		delete optional.required;
		return optional;
	});
}

/** The fields of a follow or unfollow request: the record and the user. */
export function followFields(recordLabel: string, who: 'starts' | 'stops'): FieldSpec[] {
	return [
		b.number('key', recordLabel, { required: true }),
		b.number('userid', 'User ID', { required: true, description: `The user who ${who} following` }),
	];
}
