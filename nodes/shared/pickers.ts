/**
 * Record pickers: a catalog field that says "this is a <resource> ID" (`FieldSpec.picker`) becomes an
 * n8n resource locator ("From List" with search, "By ID") or, for a small lookup list, a dropdown. The
 * records come from that resource's list operation in the same catalog: same method, path, paging,
 * credential and error mapping as Get Many. Values typed by hand or mapped by an expression still work:
 * a locator value `{ __rl, mode, value }` and a plain string or number are sent alike.
 */
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
	INodeProperties,
	INodePropertyMode,
	INodePropertyModeTypeOptions,
	INodePropertyOptions,
	INodeType,
} from 'n8n-workflow';

import type { FieldSpec, HttpMethod, ListSpec, OperationSpec, PickerSource, VendorCatalog } from './catalog';
import { fieldInput, fieldLabel, parameterKey } from './fields';
import { extractPage, isLastPage } from './pagination';
import { VendorSender } from './request/sender';
import { getPath, invalidInput, setPath } from './requestHooks';

type PreSend = (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/** Records per picker page (the API's maximum when smaller). */
const PICKER_PAGE_SIZE = 100;
/** A client-side search reads at most this many pages per call before handing back a token. */
const SEARCH_SCAN_PAGES = 5;
/** A dropdown reads at most this many pages. */
const DROPDOWN_MAX_PAGES = 20;
/** A dropdown whose first page says how many pages there are asks for at most this many of the rest at once. */
const DROPDOWN_PARALLEL_PAGES = 4;

/** A picker source with everything resolved: the request it sends and how it pages. */
interface ResolvedSource extends PickerSource {
	key: string;
	method: HttpMethod;
	path: string;
	list: ListSpec;
	/** Inputs the list always sends (required ones with a default, e.g. a sort order). */
	fixed: FieldSpec[];
	searchField?: FieldSpec;
}

function resolveSource(catalog: VendorCatalog, key: string): ResolvedSource {
	const source = catalog.pickers?.[key];
	if (!source) throw new Error(`${catalog.vendor}: no picker source "${key}"`);
	const resource = source.resource ?? key;
	if (source.path) {
		if (!source.list) throw new Error(`${catalog.vendor}: picker "${key}" gives a path without a list`);
		return { ...source, key, method: 'GET', path: source.path, list: source.list, fixed: [] };
	}
	const usable = (op: OperationSpec) =>
		op.resource === resource &&
		op.list !== undefined &&
		!op.path.includes('{') &&
		(op.fields ?? []).every((field) => !field.required || field.default !== undefined);
	const op = catalog.operations.find((candidate) => (source.operation ? candidate.resource === resource && candidate.operation === source.operation : usable(candidate)));
	if (!op || !usable(op)) throw new Error(`${catalog.vendor}: picker "${key}" has no list operation without required inputs`);
	const fields = op.fields ?? [];
	const searchField = source.search ? fields.find((field) => field.name === source.search) : undefined;
	if (source.search && !searchField) throw new Error(`${catalog.vendor}: picker "${key}" searches by "${source.search}", which ${op.resource}.${op.operation} does not have`);
	return {
		...source,
		key,
		method: op.method,
		path: op.path,
		list: op.list!,
		fixed: fields.filter((field) => field.required && field.default !== undefined),
		searchField,
	};
}

/** The value of a locator or of a plain input: `{ __rl, value }` gives its value, anything else is itself. */
export function locatorValue(value: unknown): unknown {
	if (value !== null && typeof value === 'object' && 'mode' in value && 'value' in value) return (value as IDataObject).value;
	return value;
}

/** A locator mode: "From List" (type `list`, searching with the method) or "By ID" (type `string`). */
function locatorMode(displayName: string, name: string, typeOptions?: INodePropertyModeTypeOptions): INodePropertyMode {
	const mode = { displayName, name } as INodePropertyMode;
	mode.type = typeOptions ? 'list' : 'string';
	if (typeOptions) mode.typeOptions = typeOptions;
	return mode;
}

/** "Owner User ID" → "The owner user, from the list or by ID": what an undescribed picker holds. */
function pickedWhat(label: string, source: PickerSource): string {
	const noun = label.replace(/\s+(ID|IDs|Reference ID)$/, '').replace(/\b([A-Z])([a-z]+)/g, (_word, first: string, rest: string) => first.toLowerCase() + rest);
	return source.dropdown ? `The ${noun}, from the list` : `The ${noun}, from the list or by ID`;
}

/**
 * The input of a picker field: a resource locator, or a dropdown for a lookup list. Undefined when the
 * field has no picker (it keeps its plain input).
 */
export function pickerInput(field: FieldSpec, catalog: VendorCatalog): INodeProperties | undefined {
	if (!field.picker) return undefined;
	const source = catalog.pickers?.[field.picker.resource];
	if (!source) throw new Error(`${catalog.vendor}: field ${field.name} points to unknown picker "${field.picker.resource}"`);
	const base = fieldInput(field);
	// The source's note goes where the field is required (the description the editor loads has a size budget).
	const what = field.description ?? pickedWhat(base.displayName, source);
	const description = field.required && source.note ? `${what.replace(/\.$/, '')}. ${source.note}.` : what;
	const property: INodeProperties = { displayName: base.displayName, name: base.name, type: 'string', default: '' };
	if (source.dropdown) {
		const multiple = field.kind === 'numberList' || field.kind === 'stringList' || field.kind === 'multiOptions';
		property.type = multiple ? 'multiOptions' : 'options';
		property.default = multiple ? [] : '';
		property.typeOptions = { loadOptionsMethod: field.picker.resource };
		property.description = description;
	} else {
		// Several IDs in one input stay a comma-separated list; a locator holds one record.
		if (field.kind === 'numberList' || field.kind === 'stringList') return undefined;
		property.type = 'resourceLocator';
		property.default = { mode: 'list', value: '' };
		property.modes = [locatorMode('From List', 'list', { searchListMethod: field.picker.resource, searchable: true }), locatorMode('By ID', 'id')];
		property.description = description;
	}
	if (field.required) property.required = true;
	if (field.hint) property.hint = field.hint;
	return property;
}

/**
 * Fills the path fields that are pickers into the URL (the builder leaves their `{name}` in place),
 * with the value n8n extracts from the locator; refuses an empty one with the field's label.
 */
export function fillPickedPath(op: OperationSpec): PreSend | undefined {
	const fields = (op.fields ?? []).filter((field) => field.in === 'path' && field.picker);
	if (!fields.length) return undefined;
	return async function (this: IExecuteSingleFunctions, opts: IHttpRequestOptions) {
		for (const field of fields) {
			const value = locatorValue(this.getNodeParameter(parameterKey(field), '', { extractValue: true }));
			if (value === undefined || value === null || String(value).trim() === '') {
				const label = fieldLabel(field);
				throw invalidInput(this, label, 'A value is required', `Pick the record in '${label}' from the list, or enter its ID`);
			}
			opts.url = String(opts.url).replace(`{${field.name}}`, encodeURIComponent(String(value).trim()));
		}
		return opts;
	};
}

/** A parameter as the editor currently has it (the node's saved value otherwise); undefined when unset. */
export function currentParameter(ctx: ILoadOptionsFunctions, name: string): unknown {
	const value = ctx.getCurrentNodeParameter(name);
	if (value !== undefined) return value;
	try {
		return ctx.getNodeParameter(name, undefined);
	} catch {
		return undefined;
	}
}

function recordId(record: IDataObject, source: PickerSource): string | number | undefined {
	for (const key of ([] as string[]).concat(source.id ?? 'id')) {
		const value = getPath(record, key, key.includes('.'));
		if (typeof value === 'string' || typeof value === 'number') return value;
	}
	return undefined;
}

function recordName(record: IDataObject, source: PickerSource, id: string | number): string {
	const alternatives = (Array.isArray(source.label[0]) ? source.label : [source.label]) as string[][];
	for (const keys of alternatives) {
		const parts = keys
			.map((key) => getPath(record, key, key.includes('.')))
			.filter((value) => (typeof value === 'string' && value.trim() !== '') || typeof value === 'number')
			.map((value) => String(value).trim());
		if (parts.length) return parts.join(' ');
	}
	return String(id);
}

function toOptions(records: IDataObject[], source: PickerSource): INodeListSearchItems[] {
	const options: INodeListSearchItems[] = [];
	for (const record of records) {
		const id = recordId(record, source);
		if (id === undefined) continue;
		options.push({ name: recordName(record, source, id), value: id });
	}
	return options;
}

interface Page {
	records: IDataObject[];
	/** Where the next page starts (page number or offset), undefined after the last page. */
	next?: number;
	/** How many pages the list has, where the answer says so (page-numbered lists). */
	pages?: number;
}

/** One sender for all the pages of one picker call: the credential and settings are read once, not per page. */
function senderOf(ctx: ILoadOptionsFunctions, catalog: VendorCatalog): VendorSender {
	return new VendorSender(ctx, catalog.vendor, catalog.connection, (name) => currentParameter(ctx, name));
}

/** Reads one page of a picker's list, the way the list operation pages. */
async function readPage(sender: VendorSender, catalog: VendorCatalog, source: ResolvedSource, start: number | undefined, search?: string): Promise<Page> {
	const list = source.list;
	const location = list.in === 'body' ? 'body' : 'qs';
	const options: IHttpRequestOptions = {
		method: source.method as IHttpRequestMethods,
		url: source.path,
		headers: { ...catalog.connection.headers },
		json: true,
		qs: {},
	};
	if (catalog.connection.arrayFormat) options.arrayFormat = catalog.connection.arrayFormat;
	if (source.method !== 'GET') options.body = {};
	const place = (field: FieldSpec, value: unknown) => {
		const target = field.in === 'query' ? 'qs' : field.in === 'header' ? 'headers' : 'body';
		options[target] ??= {};
		setPath(options[target] as IDataObject, field.property ?? field.name, field.property !== undefined, value);
	};
	for (const field of source.fixed) place(field, field.default);
	if (search && source.searchField) place(source.searchField, (source.searchPattern ?? '{}').replace('{}', search));

	const sizeParam = list.pagination === 'page' ? list.sizeParam : list.limitParam;
	const size = sizeParam ? Math.min(list.maxPageSize ?? PICKER_PAGE_SIZE, PICKER_PAGE_SIZE) : list.maxPageSize;
	const pageNumber = start ?? (list.pagination === 'page' ? (list.firstPage ?? 1) : 0);
	if (list.pagination !== 'none') {
		if (location === 'body') options.body ??= {};
		const params = options[location] as IDataObject;
		if (list.pagination === 'page') params[list.pageParam ?? 'page'] = pageNumber;
		else params[list.offsetParam ?? 'offset'] = pageNumber;
		if (sizeParam && size !== undefined) params[sizeParam] = size;
	}

	const { body } = await sender.send(options, { expectsRecords: true });
	// As n8n's routing does: an array answer is one item per entry (records, or an envelope in an array).
	const items = (Array.isArray(body) ? body : [body]).map((json) => ({ json: (json ?? {}) as IDataObject }));
	const page = extractPage(items, list.rootProperty);
	if (list.pagination === 'none' || isLastPage(list, page, pageNumber, size)) return { records: page.records };
	if (list.pagination !== 'page') return { records: page.records, next: pageNumber + page.records.length };
	const stated = list.totalPagesProperty ? Number(page.meta?.[list.totalPagesProperty]) : NaN;
	return { records: page.records, next: pageNumber + 1, pages: Number.isInteger(stated) && stated > pageNumber ? stated : undefined };
}

function matches(option: INodeListSearchItems, search: string): boolean {
	const wanted = search.toLowerCase();
	return option.name.toLowerCase().includes(wanted) || String(option.value).toLowerCase() === wanted;
}

/** `listSearch` of one source: one page per call, searched by the API when it filters by name. */
function listSearchMethod(catalog: VendorCatalog, source: ResolvedSource) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const search = filter?.trim() || undefined;
		let start = paginationToken !== undefined && paginationToken !== '' ? Number(paginationToken) : undefined;
		const sender = senderOf(this, catalog);
		if (!search || source.searchField) {
			const page = await readPage(sender, catalog, source, start, search);
			return withToken(toOptions(page.records, source), page.next);
		}
		// The API cannot filter by name: read pages and keep the matching records.
		const results: INodeListSearchItems[] = [];
		for (let scanned = 0; scanned < SEARCH_SCAN_PAGES; scanned++) {
			const page = await readPage(sender, catalog, source, start);
			results.push(...toOptions(page.records, source).filter((option) => matches(option, search)));
			start = page.next;
			if (start === undefined || results.length > 0) break;
		}
		return withToken(results, start);
	};
}

function withToken(results: INodeListSearchItems[], next: number | undefined): INodeListSearchResult {
	return next === undefined ? { results } : { results, paginationToken: String(next) };
}

/** `loadOptions` of a lookup list: every record, by name. */
function loadOptionsMethod(catalog: VendorCatalog, source: ResolvedSource) {
	return async function (this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
		const sender = senderOf(this, catalog);
		const first = await readPage(sender, catalog, source, undefined);
		const records = [...first.records];
		let start = first.next;
		// Where the first page states how many there are, the rest are asked for together (a few at a
		// time): the dropdown fills after two round trips instead of one per page.
		const stated = first.pages !== undefined && start !== undefined ? Math.min(first.pages, DROPDOWN_MAX_PAGES) : undefined;
		if (stated !== undefined && start !== undefined) {
			const rest = Array.from({ length: Math.max(0, stated - start + 1) }, (_, index) => start! + index);
			for (let at = 0; at < rest.length; at += DROPDOWN_PARALLEL_PAGES) {
				const pages = await Promise.all(rest.slice(at, at + DROPDOWN_PARALLEL_PAGES).map((number) => readPage(sender, catalog, source, number)));
				for (const page of pages) records.push(...page.records);
			}
			start = undefined;
		}
		for (let pages = 1; start !== undefined && pages < DROPDOWN_MAX_PAGES; pages++) {
			const page = await readPage(sender, catalog, source, start);
			records.push(...page.records);
			start = page.next;
		}
		return toOptions(records, source).sort((a, b) => a.name.localeCompare(b.name));
	};
}

/** The `methods` of a node: one `listSearch` per record picker, one `loadOptions` per lookup dropdown. */
export function buildPickerMethods(catalog: VendorCatalog): NonNullable<INodeType['methods']> {
	const listSearch: NonNullable<NonNullable<INodeType['methods']>['listSearch']> = {};
	const loadOptions: NonNullable<NonNullable<INodeType['methods']>['loadOptions']> = {};
	for (const key of Object.keys(catalog.pickers ?? {})) {
		const source = resolveSource(catalog, key);
		if (source.dropdown) loadOptions[key] = loadOptionsMethod(catalog, source);
		else listSearch[key] = listSearchMethod(catalog, source);
	}
	return { listSearch, loadOptions };
}

/** Checks every picker of a catalog can be served (throws at build time, so a bad catalog fails its tests). */
export function checkPickers(catalog: VendorCatalog): void {
	for (const key of Object.keys(catalog.pickers ?? {})) resolveSource(catalog, key);
	for (const op of catalog.operations) {
		for (const field of op.fields ?? []) {
			if (field.picker && !catalog.pickers?.[field.picker.resource]) {
				throw new Error(`${op.resource}.${op.operation}: field ${field.name} points to unknown picker "${field.picker.resource}"`);
			}
		}
	}
}
