/**
 * The shape in which every vendor describes its operations. A vendor folder holds only data of
 * these types (plus a few named hooks); `buildProperties` turns it into n8n declarative properties.
 */
import type {
	DeclarativeRestApiSettings,
	ICredentialDataDecryptedObject,
	IDataObject,
	INodeCredentialDescription,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

/**
 * Sends one item's request as several calls (a list's pages, or a batch split into chunks): it calls
 * `this.makeRoutingRequest` once per call and returns the items the node outputs.
 */
export type RequestLoop = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Where a field travels in the request. */
export type FieldLocation = 'path' | 'query' | 'body' | 'header';

/**
 * - `string`, `number`, `boolean`: sent as typed.
 * - `options`: one value of `options`; `multiOptions`: several, joined by `arrayFormat`.
 * - `dateTime`: an n8n date picker, converted to `dateFormat` before sending.
 * - `json`: an object or array typed as JSON, validated and parsed before sending.
 * - `stringList` / `numberList`: comma-separated input, sent per `arrayFormat`.
 * - `idReference`: a number the node wraps as `{ "id": n }`.
 * - `entries`: a list the user fills one entry at a time (n8n's fixedCollection), sent as an array of
 *   objects built from `entries.fields`.
 */
export type FieldType =
	| 'string'
	| 'number'
	| 'boolean'
	| 'options'
	| 'multiOptions'
	| 'dateTime'
	| 'json'
	| 'stringList'
	| 'numberList'
	| 'idReference'
	| 'entries';

/**
 * - `iso`: ISO 8601 as given by the picker; `date`: `yyyy-MM-dd`;
 * - `dateTimeSpace`: `yyyy-MM-dd HH:mm:ss`; `unixSeconds` / `epochMillis`: numbers.
 */
export type DateFormat = 'iso' | 'date' | 'dateTimeSpace' | 'unixSeconds' | 'epochMillis';

/**
 * How a list travels: `csv` one comma-joined string, `array` a real array (repeated query keys or a
 * JSON array in the body), `json` a JSON-encoded string (objects in the query string).
 */
export type ArrayFormat = 'csv' | 'array' | 'json';

export interface FieldOption {
	name: string;
	value: string | number | boolean;
	description?: string;
}

export interface FieldSpec {
	/** Name on the wire. */
	name: string;
	in: FieldLocation;
	kind: FieldType;
	/** Label shown to the user; defaults to the wire name in Title Case. */
	label?: string;
	/** n8n parameter name, when the wire name is not a safe identifier or clashes. */
	key?: string;
	/** Wire path in dot notation when it differs from `name`, e.g. `filter.Archive`. */
	property?: string;
	required?: boolean;
	default?: string | number | boolean | string[];
	description?: string;
	hint?: string;
	placeholder?: string;
	options?: FieldOption[];
	dateFormat?: DateFormat;
	arrayFormat?: ArrayFormat;
	/** For `multiOptions`/lists with `csv`: the separator (default `,`). */
	separator?: string;
	minValue?: number;
	maxValue?: number;
	/** For `number`: digits after the decimal point the input allows (default 0 = integer). */
	numberPrecision?: number;
	/** For `json`: what the parsed value must be. */
	jsonKind?: 'object' | 'array' | 'any';
	/** Keep this field top level even though it is optional (e.g. a key filter users always set). */
	topLevel?: boolean;
	/**
	 * Leave the field out when it is empty, instead of sending `""` (for optional text fields shown top
	 * level); for a number inside an `entries` entry, when it is 0.
	 */
	omitWhenEmpty?: boolean;
	/** The operation's request loop checks and sends this field itself (e.g. batch records): no routing, no per-item check. */
	sentByRequestLoop?: boolean;
	/** `sort`: an optional field that orders results; shown in its own "Sort" collection, as n8n's UX guidelines ask. */
	group?: 'sort';
	/**
	 * The field holds the ID of a record of this resource: the user picks it from that resource's list
	 * (a resource locator, or a dropdown for a small lookup list), as declared in `VendorCatalog.pickers`.
	 */
	picker?: FieldPicker;
	/** The node versions that show the field (n8n's `@version` rule); absent: every version. */
	versions?: number[];
	/** For `entries`: what one entry holds and how it is named. */
	entries?: EntriesSpec;
	/** The vendor's own form of the converted value, applied last (e.g. an object sent as a list of one-key objects). */
	toWire?: (value: unknown) => unknown;
}

/** One entry of an `entries` field: its inputs (each sent under its wire name) and its name. */
export interface EntriesSpec {
	/** n8n's name of the entry group, e.g. `line`. */
	name: string;
	/** Singular label in Title Case: the "Add …" button and error messages, e.g. `Order Line`. */
	label: string;
	fields: FieldSpec[];
}

export interface FieldPicker {
	/** A key of the catalog's `pickers`, usually the resource whose list supplies the records. */
	resource: string;
}

/**
 * Where the records of a picker come from and how one reads. The records are fetched with the list
 * operation `operation` of the resource (same path, paging and credential as Get Many); a list the node
 * has no operation for (e.g. a deprecated endpoint) gives its own `path` and `list`.
 */
export interface PickerSource {
	/** The resource whose list supplies the records (default: the key in `pickers`). */
	resource?: string;
	/** The list operation (default: the resource's first list operation without required inputs). */
	operation?: string;
	/** For a list without an operation in the node: its path and paging. */
	path?: string;
	list?: ListSpec;
	/** What the records are called in the picker, plural, e.g. `accounts`. */
	plural?: string;
	/** Record properties holding the ID, the first one present wins (default `id`). */
	id?: string | string[];
	/**
	 * Record properties joined (by a space) into the name shown. Several lists: the first that gives a
	 * name (e.g. a company name, else first and last name). The ID is shown when all are empty.
	 */
	label: string[] | string[][];
	/**
	 * A filter of the list operation (its wire name) that matches names: search text is sent there.
	 * Without it, the picker searches the names of the records it reads.
	 */
	search?: string;
	/** How the search text is sent, `{}` standing for the text, e.g. `%{}%` for a wildcard filter. */
	searchPattern?: string;
	/** A small lookup list (types, statuses, units): a dropdown of all its records instead of a searchable picker. */
	dropdown?: boolean;
	/** Said in the picker's description, e.g. that the list endpoint is deprecated. */
	note?: string;
}

/** Pagination of a list operation. */
export interface ListSpec {
	/**
	 * - `page`: `pageParam` counts pages from `firstPage`; `sizeParam` sets the page size (absent when fixed).
	 * - `offset`: `offsetParam` counts records from 0; `limitParam` sets the page size.
	 * - `none`: one request returns everything.
	 */
	pagination: 'page' | 'offset' | 'none';
	/** Largest page the API serves (or its fixed page size). */
	maxPageSize?: number;
	pageParam?: string;
	sizeParam?: string;
	firstPage?: number;
	offsetParam?: string;
	limitParam?: string;
	/** Where the paging parameters travel (default `query`). */
	in?: 'query' | 'body';
	/** Where the records are in a page response; empty when the body itself is the array. */
	rootProperty?: string;
	/** A property holding the number of pages: stop when the current page reaches it. */
	totalPagesProperty?: string;
	/** A property holding the current page number, read together with `totalPagesProperty`. */
	currentPageProperty?: string;
	/** A property that is empty on the last page, e.g. `next_page_url`. */
	nextPageProperty?: string;
}

/**
 * One trigger event a list can offer: the list is asked for records whose `since` filter is at or
 * after the cursor, and the cursor moves to the newest `timestampProperty` the records carry.
 */
export interface PollEvent {
	/** `new` → "New <Resource>", `newOrUpdated` → "New or Updated <Resource>". */
	kind: 'new' | 'newOrUpdated';
	/** Wire name of the list filter that takes the lower bound (a `dateTime` field of the list). */
	since: string;
	/** Wire name of an upper-bound filter the API requires (e.g. QUINCE `DateTo`). */
	until?: string;
	/** The record property holding the time the filter compares, in the vendor's own format. */
	timestampProperty: string;
	/** Dropdown name when "New <Resource>" would mislead, e.g. `New Order (by Place Date)`. */
	name?: string;
	/** Shown under the Event dropdown: what makes a record count, and what it misses. */
	description?: string;
}

/** How a list can be polled by the vendor's trigger node; read by `triggerBuilder.ts`, `triggerCursor.ts` and `triggerRequest.ts`. */
export interface PollSpec {
	events: PollEvent[];
	/** The record's unique ID property; absent when records have none (the whole record identifies it). */
	idProperty?: string;
	/**
	 * How record timestamps compare: `timestamp` to the second or finer; `day` when they carry only a
	 * date, so every record of the cursor's day is a tie kept by ID.
	 */
	granularity?: 'timestamp' | 'day';
	/** Format of `timestampProperty` in records (default: ISO 8601, or the since field's format). */
	timestampFormat?: DateFormat;
	/** Singular resource noun for event names when the resource name does not fit, e.g. `Dongle History Event`. */
	noun?: string;
}

/** A "Create or Update" operation's key and the operations it combines; `upsert.ts` runs it. */
export interface UpsertSpec {
	/** The create operation of the resource (default `create`). */
	create?: string;
	/** The update operation of the resource (default `update`); its one path field takes the found record's ID. */
	update?: string;
	/** The list operation that finds records (default `getMany`, else `getAll`). */
	lookup?: string;
	/** Wire name of the create body field holding the key, e.g. `externalkey`. */
	keyField: string;
	/**
	 * Wire name of the list filter that selects records by the key. Without it the lookup reads every
	 * page once per run and matches here (say what that costs in the README).
	 */
	filter?: string;
	/** More list parameters for the lookup, e.g. `{ active: 2 }` so inactive records are found too. */
	lookupParams?: IDataObject;
	/** Property of a listed record that holds the key, when it is spelled differently from `keyField`. */
	recordKey?: string;
	/** Property of a listed record that holds its ID (default `id`). */
	idProperty?: string;
	/** Plural noun for messages, e.g. `accounts`. */
	plural: string;
}

export interface OperationSpec {
	resource: string;
	/** Operation value, unique within the resource. */
	operation: string;
	/** Dropdown name in Title Case, not repeating the resource: `Get Many`. */
	name: string;
	/** Sentence-case action including the resource: `Get many partners`. */
	action: string;
	description?: string;
	method: HttpMethod;
	/** Path below the base URL; `{name}` marks a path field. */
	path: string;
	fields?: FieldSpec[];
	list?: ListSpec;
	/** Unwraps a single-record (or unpaged) response, e.g. `data`. */
	rootProperty?: string;
	/** Offer a "Body (JSON)" mode that sends a whole object instead of the individual fields. */
	bodyJsonMode?: boolean;
	/** How the JSON input of `bodyJsonMode` is named and filled by default, when not "Body (JSON)" / `{}`. */
	bodyJson?: { label: string; default: string; description: string; hint?: string };
	/** Extra vendor hooks run before sending, after the catalog's own conversions. */
	preSend?: Array<(this: IExecuteSingleFunctions, opts: IHttpRequestOptions) => Promise<IHttpRequestOptions>>;
	/** Extra vendor hooks run on the response, after the error check and before unwrapping. */
	postReceive?: Array<
		(this: IExecuteSingleFunctions, items: INodeExecutionData[], response: IN8nHttpFullResponse) => Promise<INodeExecutionData[]>
	>;
	/** A custom request loop for a non-list operation, e.g. splitting a batch into chunks the API accepts. */
	requestLoop?: RequestLoop;
	/** The request loop answers for every input item from one call (batch writes): n8n runs it once per node run. */
	forAllItems?: boolean;
	/** What the node returns for an empty success body (e.g. `{ deleted: true }`). */
	emptyResponse?: Record<string, unknown>;
	/** A "Create or Update" operation: which key finds the record, and the operations it combines (see `upsertOperation`). */
	upsert?: UpsertSpec;
	/** On a list: the events the vendor's trigger node offers from it. */
	poll?: PollSpec;
	/** On a Get or Get Many of records people sync most: the "Simplify" switch and the fields it keeps. */
	simplify?: SimplifySpec;
}

/**
 * How a vendor's nodes reach its API, written once for the action node, the trigger and the pickers:
 * the credentials, the base URL, the request defaults and how the vendor's answers are read.
 */
export interface VendorConnection {
	/** The credential types, with the display rules that choose between them (e.g. an Authentication switch). */
	credentials: INodeCredentialDescription[];
	/** The API base URL for a credential, without a trailing slash. */
	baseUrl: (credentials: ICredentialDataDecryptedObject) => string;
	/** Headers every request sends. */
	headers: Record<string, string>;
	/** How list values travel in the query string (n8n's `arrayFormat`), when not n8n's default. */
	arrayFormat?: 'repeat' | 'brackets' | 'indices' | 'comma';
	/**
	 * Credential types whose token n8n renews when the API answers 401 (n8n renews only when its request
	 * helper throws, so the sender asks once more that way). OAuth2 credentials are always treated so.
	 */
	renewingCredentials?: string[];
	/** A refusal the vendor reports inside a success answer (e.g. `success: false`): the vendor's words, or undefined. */
	refusal?: (body: unknown) => string | undefined;
}

/** Which fields "Simplify" keeps on a Get or Get Many; `simplify.ts` applies it. */
export interface SimplifySpec {
	/** The fields kept, in this order (at most 10). */
	keep: string[];
	/** Kept fields holding dates: Unix seconds, epoch milliseconds or date text become ISO 8601 (`0` → null). */
	dates?: string[];
	/** Off by default where records have 10 fields or fewer (n8n's guideline). */
	defaultOff?: boolean;
}

export interface ResourceSpec {
	value: string;
	name: string;
	description?: string;
	/** Write operations (with `bodyJsonMode`) that also offer "Map Fields", n8n's resource mapper (see `resourceMapper.ts`). */
	mapper?: string[];
}

export interface VendorCatalog {
	/** Plural-free noun used in action wording fallbacks, e.g. `Enapps`. */
	vendor: string;
	/** How the vendor's nodes reach its API: every request of the action node, its trigger and its pickers. */
	connection: VendorConnection;
	/** A real path of this vendor, shown as the Custom API Call path example, e.g. `/client`. */
	customApiCallPath?: string;
	resources: ResourceSpec[];
	operations: OperationSpec[];
	/** Record types users pick IDs of (fields point here with `picker`), keyed by resource. */
	pickers?: Record<string, PickerSource>;
}
