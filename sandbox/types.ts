import type { IncomingHttpHeaders } from 'http';

import type { ListSpec, OperationSpec, VendorCatalog } from '../nodes/shared/catalog';
import type { Random } from './seed';

export type SandboxRecord = Record<string, unknown>;

/** One request as a vendor sees it: the path is below the vendor's prefix and API base. */
export interface SandboxRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	headers: IncomingHttpHeaders;
	/** Parsed JSON, form or multipart fields; undefined when there was no body. */
	body: unknown;
	rawBody: string;
}

export interface SandboxResponse {
	status: number;
	body?: unknown;
	headers?: Record<string, string>;
	/** Send `body` as this exact text instead of JSON (used for malformed-JSON faults); a Buffer goes as these exact bytes (a file). */
	rawText?: string | Buffer;
}

/**
 * What a catalog operation means for the server, derived from its method and path shape:
 * `GET /x` lists, `GET /x/{id}` reads one, `POST /x` creates, `PUT|PATCH /x/{id}` updates,
 * `DELETE /x/{id}` deletes.
 */
export type RouteKind = 'list' | 'get' | 'create' | 'update' | 'delete' | 'singleton' | 'rpc';

export interface RouteSegment {
	value: string;
	param: boolean;
}

export interface Route {
	method: string;
	/** The catalog path without a trailing slash, e.g. `/accounts/{id}`. */
	template: string;
	segments: RouteSegment[];
	kind: RouteKind;
	/** Records live here: the template up to the item, params written `{}`: `/customers/{}/orders`. */
	collection: string;
	/** Names of the params that scope a nested collection (`id` in `/customers/{id}/orders`). */
	scopeParams: string[];
	/** The param naming the record, for get/update/delete. */
	itemParam?: string;
	/** Every catalog operation served by this route (several may share a method and path). */
	operations: OperationSpec[];
	/** Pagination of the list, from the first operation that describes one. */
	list?: ListSpec;
	/** An operation-level unwrap key, e.g. `data`. */
	rootProperty?: string;
}

/** Everything a vendor adapter needs to answer one matched request. */
export interface RouteContext {
	request: SandboxRequest;
	route: Route;
	params: Record<string, string>;
	scope: string[];
}

export interface ListPage {
	records: SandboxRecord[];
	total: number;
	/** Page number as the client counts it (for page-style lists). */
	page: number;
	pageSize: number;
	totalPages: number;
	offset: number;
}

/**
 * The vendor-specific part of the sandbox: authentication, envelopes, error shapes, field naming
 * and seed templates. Everything generic (routing, storage, filters, paging) lives in the engine.
 */
export interface VendorAdapter {
	/** Lowercase vendor key, also the URL prefix: `/enapps`. */
	key: string;
	/** Folder under `nodes/` holding the vendor's catalog. */
	catalogFolder: string;
	/** Path between the vendor prefix and the catalog paths, as the credential's default has it. */
	apiBase: string;
	/** Name of the record id field in responses. */
	idField: string;
	/** A collection whose records are keyed by another field (e.g. Guardant dongles by `dongleid`). */
	idFieldFor?(collection: string): string | undefined;
	/** `number` ids count up from 1; `objectId` ids are 24 hex characters (MongoDB style). */
	idKind: 'number' | 'objectId';
	/** Paths that read one shared collection, e.g. `/products/get_basic` → `/products`. */
	aliases?: Record<string, string>;
	/** Requests the catalog does not describe, answered before authentication (e.g. a login call). */
	publicRoutes?(request: SandboxRequest, sandbox: VendorRuntime): SandboxResponse | undefined;
	/** Undefined when the request may proceed, else the vendor's refusal. */
	authenticate(request: SandboxRequest, sandbox: VendorRuntime): SandboxResponse | undefined;
	/** Answers a request the adapter handles itself (RPC APIs, computed endpoints), or undefined. */
	handle?(request: SandboxRequest, sandbox: VendorRuntime): SandboxResponse | undefined;
	/** The vendor's error body for a status and message. */
	error(status: number, message: string, details?: Record<string, unknown>): SandboxResponse;
	listBody(page: ListPage, context: RouteContext): unknown;
	/** A list without pagination (lookups): all records. */
	unpagedBody(records: SandboxRecord[], context: RouteContext): unknown;
	recordBody(record: SandboxRecord, context: RouteContext): unknown;
	createdBody?(record: SandboxRecord, context: RouteContext): unknown;
	/** Body for a delete; undefined answers 204 No Content. */
	deletedBody?(record: SandboxRecord, context: RouteContext): unknown;
	/** Turns a request body into stored (response-shaped) fields, e.g. adding timestamps. */
	toRecord?(body: Record<string, unknown>, context: RouteContext, mode: 'create' | 'update', runtime: VendorRuntime): SandboxRecord;
	/** Seed fields for one record of a collection; the engine adds the id. */
	template?(collection: string, index: number, random: Random, runtime: VendorRuntime): SandboxRecord | undefined;
	/** Fields every seeded record of the vendor carries on top (ids aside), e.g. timestamps. */
	seedExtras?(collection: string, index: number, random: Random, runtime: VendorRuntime): SandboxRecord;
	/** How many records to seed in a collection; undefined (or no hook) for the default, enough for at least three pages. */
	seedCount?(collection: string, list: ListSpec | undefined, scoped: boolean): number | undefined;
	/**
	 * What a list's free-text search parameter matches, for vendors whose lists take one (the engine
	 * otherwise ignores it); undefined leaves the list unfiltered.
	 */
	search?(text: string, collection: string): ((record: SandboxRecord) => boolean) | undefined;
	/** The vendor's name for that free-text parameter (default `search`; Cirrus says `fulltext`). */
	searchParam?: string;
	/** A filter predicate for a query key the adapter understands specially, e.g. `_id`. */
	filter?(key: string, value: string | string[]): ((record: SandboxRecord) => boolean) | undefined;
	/** The order a list asks for (default: id order, as stored). */
	sort?(input: Record<string, unknown>, collection: string): { field: string; descending: boolean } | undefined;
	/** Query/body keys that control paging or sorting and must not filter records. */
	controlParams?: string[];
	/** What an oversized page size gets: clamped silently, or refused with 400. */
	oversizedPage?: 'clamp' | 'reject';
	/** Page size used when a list request does not name one. */
	defaultPageSize?(list: ListSpec): number;
}

/** What a vendor adapter may call back into: its catalog, its collections and its time. */
export interface VendorRuntime {
	adapter: VendorAdapter;
	catalog: VendorCatalog;
	routes: Route[];
	collection(name: string, scope?: string[]): import('./store').Collection;
	now(): number;
	/** Per-vendor scratch state (issued tokens and the like), reset with the data. */
	state: Record<string, unknown>;
}
