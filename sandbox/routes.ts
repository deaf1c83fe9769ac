/**
 * Catalog → route table. A route's behaviour comes from its method and the shape of its path, so a
 * new catalog operation is served without new server code.
 */
import type { OperationSpec, VendorCatalog } from '../nodes/shared/catalog';
import type { Route, RouteKind, RouteSegment } from './types';

export function normalizeTemplate(path: string): string {
	const trimmed = path.replace(/\?.*$/, '').replace(/\/+$/, '');
	return trimmed.startsWith('/') ? trimmed || '/' : `/${trimmed}`;
}

function parseSegments(template: string): RouteSegment[] {
	return template
		.split('/')
		.filter(Boolean)
		.map((part) => {
			const match = /^\{([^}]+)\}$/.exec(part);
			return match ? { value: match[1], param: true } : { value: part, param: false };
		});
}

/** Decides what a method on a path shape does. */
function routeKind(op: OperationSpec, segments: RouteSegment[], staticHasCreate: boolean): RouteKind {
	const endsWithParam = segments.length > 0 && segments[segments.length - 1].param;
	switch (op.method) {
		case 'GET':
			// A paged GET lists even when its path ends in a param (`/getdonglehistory/{id}`).
			return endsWithParam && !op.list ? 'get' : 'list';
		case 'POST':
			return endsWithParam ? 'update' : 'create';
		case 'PUT':
		case 'PATCH':
			// `PUT /users/me` names one document, not a collection member.
			return endsWithParam ? 'update' : staticHasCreate ? 'update' : 'singleton';
		case 'DELETE':
			return 'delete';
		default:
			return 'get';
	}
}

function collectionOf(segments: RouteSegment[], kind: RouteKind): { collection: string; scopeParams: string[]; itemParam?: string } {
	const itemSegments = kind === 'get' || kind === 'update' || kind === 'delete';
	const last = segments[segments.length - 1];
	const hasItem = itemSegments && last?.param;
	const base = hasItem ? segments.slice(0, -1) : segments;
	return {
		collection: '/' + base.map((segment) => (segment.param ? '{}' : segment.value)).join('/'),
		scopeParams: base.filter((segment) => segment.param).map((segment) => segment.value),
		itemParam: hasItem ? last.value : undefined,
	};
}

/**
 * Static segments outrank params position by position, so `/accounts/coordinates` is tried before
 * `/accounts/{id}`.
 */
function compareSpecificity(a: Route, b: Route): number {
	const length = Math.max(a.segments.length, b.segments.length);
	for (let i = 0; i < length; i++) {
		const left = a.segments[i];
		const right = b.segments[i];
		if (!left || !right) return (left ? 0 : 1) - (right ? 0 : 1);
		if (left.param !== right.param) return left.param ? 1 : -1;
	}
	return 0;
}

export function buildRoutes(catalog: VendorCatalog): Route[] {
	const byKey = new Map<string, Route>();
	const creates = new Set(
		catalog.operations.filter((op) => op.method === 'POST').map((op) => normalizeTemplate(op.path)),
	);
	for (const op of catalog.operations) {
		const template = normalizeTemplate(op.path);
		const key = `${op.method} ${template}`;
		const existing = byKey.get(key);
		if (existing) {
			existing.operations.push(op);
			existing.list ??= op.list;
			existing.rootProperty ??= op.rootProperty;
			continue;
		}
		const segments = parseSegments(template);
		const kind = routeKind(op, segments, creates.has(template));
		byKey.set(key, {
			method: op.method,
			template,
			segments,
			kind,
			...collectionOf(segments, kind),
			operations: [op],
			list: op.list,
			rootProperty: op.rootProperty,
		});
	}
	return [...byKey.values()].sort(compareSpecificity);
}

export interface RouteMatch {
	route: Route;
	params: Record<string, string>;
}

export function matchRoute(routes: Route[], method: string, path: string): RouteMatch | undefined {
	const parts = normalizeTemplate(path)
		.split('/')
		.filter(Boolean)
		.map((part) => {
			try {
				return decodeURIComponent(part);
			} catch {
				return part;
			}
		});
	for (const route of routes) {
		if (route.method !== method || route.segments.length !== parts.length) continue;
		const params: Record<string, string> = {};
		let ok = true;
		for (let i = 0; i < parts.length && ok; i++) {
			const segment = route.segments[i];
			if (segment.param) params[segment.value] = parts[i];
			else ok = segment.value === parts[i];
		}
		if (ok) return { route, params };
	}
	return undefined;
}

/** True when some route answers this path with another method (for 405 versus 404). */
export function pathKnown(routes: Route[], path: string): boolean {
	return ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].some((method) => matchRoute(routes, method, path) !== undefined);
}

/** `customers` → `customer`, `activities` → `activity`, `addresses` → `address`. */
export function singular(word: string): string {
	if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
	if (/(ss|x|ch|sh)es$/.test(word)) return word.replace(/es$/, '');
	if (/s$/.test(word) && !/ss$/.test(word)) return word.replace(/s$/, '');
	return word;
}

/** The last static segment of a collection: `/customers/{}/orders` → `orders`. */
export function resourceWord(collection: string): string {
	const statics = collection.split('/').filter((part) => part && part !== '{}');
	return statics[statics.length - 1] ?? 'record';
}

export function operationsOf(routes: Route[]): OperationSpec[] {
	return routes.flatMap((route) => route.operations);
}
