/**
 * Reads the facts of Repzo's API document (`repzo-api.txt`, the project's authority for Repzo) into
 * one record per operation: its summary, the method its shape implies, query and path parameters and
 * body fields with types, enums and limits, the response envelope key and the paging it documents.
 *
 * The document is the text of Repzo's rendered API reference. It names no paths and no methods, and
 * it leaves out the name of an object-typed field (the name is on a fold-out button); for body fields
 * the name is recovered from the request sample, whose keys follow the schema's order.
 *
 * Only facts are kept (names, types, enums, numbers); the document's prose is not copied.
 *
 *   npx ts-node --transpile-only scripts/repzo/extract.ts           rewrite scripts/repzo/seed-facts.json
 *   npx ts-node --transpile-only scripts/repzo/extract.ts --check   exit 1 when the committed file differs
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

import type { HttpMethod } from '../../nodes/shared/catalog';

const ROOT = path.resolve(__dirname, '..', '..');
/**
 * The seed lives beside the package in the project's shared folder (`../shared/seeds/`; one level
 * further up from a git worktree under `wt/`). It is absent in CI, where the committed facts are used.
 * `REPZO_SEED=<file>` points elsewhere (`REPZO_SEED=none` acts as a clean clone without the seed).
 */
export const SEED_FILE =
	(process.env.REPZO_SEED ? path.resolve(process.env.REPZO_SEED) : undefined) ??
	[path.resolve(ROOT, '..', 'shared', 'seeds', 'repzo-api.txt'), path.resolve(ROOT, '..', '..', 'shared', 'seeds', 'repzo-api.txt')].find((candidate) =>
		fs.existsSync(candidate),
	) ?? path.resolve(ROOT, '..', 'shared', 'seeds', 'repzo-api.txt');
export const FACTS_FILE = path.join(ROOT, 'scripts', 'repzo', 'seed-facts.json');

export interface SeedField {
	/** Wire name; for an object field whose name the document leaves out, recovered from the sample. */
	name: string;
	/** How the name was found when the document does not print it. */
	nameFrom?: 'request sample' | 'unnamed query object';
	required: boolean;
	/** The document's type text, e.g. `string`, `integer`, `Array of strings`, `string or Array of strings`. */
	type: string;
	/** `date-time`, `date`, `email`, `uri`, `float`, … */
	format?: string;
	enum?: Array<string | number>;
	/** Enum of each array item. */
	itemsEnum?: Array<string | number>;
	default?: unknown;
	/** A single allowed value. */
	value?: unknown;
	minimum?: number;
	maximum?: number;
	/** The document describes the field (its text is not kept). */
	described: boolean;
}

export interface SeedOperation {
	/** Position in the document, from 1. */
	index: number;
	/** First line of the operation in the document, for review. */
	line: number;
	/** Resource heading, when the document prints one; otherwise taken from the group's list summary. */
	resource: string;
	resourceFrom: 'heading' | 'list summary' | 'summary';
	/** The operation's title in the document (unique; the key we match on). */
	summary: string;
	/**
	 * Methods consistent with the document: it prints none, so they follow from the summary's verb, the
	 * body and the path parameters (e.g. an update with a body is PUT or PATCH).
	 */
	methods: HttpMethod[];
	pathParameters: SeedField[];
	queryParameters: SeedField[];
	/** `null`: the operation documents no request body. */
	body: SeedField[] | null;
	/** Top-level keys of the response sample. */
	responseKeys: string[];
	/** The key holding the record(s), if the sample has an envelope (`data`, `result`). */
	envelope: string | null;
	/** Whether the envelope holds a list (`[`) or one record (`{`). */
	envelopeHolds: 'list' | 'record' | null;
	/** Paging the document states through query parameters, with the largest page it allows. */
	paging: { style: 'offset' | 'page'; sizeParam: string; maxPageSize: number | null } | null;
}

export interface SeedFacts {
	source: string;
	sha256: string;
	operationCount: number;
	operations: SeedOperation[];
}

const TYPE_LINE =
	/^(?:(?:string|integer|number|boolean|object|any|null)|Array of (?:strings|objects|integers|numbers|booleans|arrays))(?:\s|$)|^\w+ \(object\)(?: or \w+ \(object\))*$/;
const CONSTRAINT_LINE = /^(Default|Enum|Items Enum|Example|Value|Possible values):\s*(.*)$/;
const NAME_LINE = /^[A-Za-z_$][\w.$[\]-]*$/;

function parseValues(text: string): Array<string | number> {
	const values: Array<string | number> = [];
	const pattern = /"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)/g;
	for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
		values.push(match[1] !== undefined ? match[1] : Number(match[2]));
	}
	return values;
}

function parseDefault(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return text;
	}
}

function parseType(text: string): Pick<SeedField, 'type' | 'format' | 'minimum' | 'maximum'> {
	let rest = text;
	const result: Pick<SeedField, 'type' | 'format' | 'minimum' | 'maximum'> = { type: '' };
	const range = /\[\s*(-?[\d.]+)\s*\.\.\s*(-?[\d.]+)\s*\]/.exec(rest);
	if (range) {
		result.minimum = Number(range[1]);
		result.maximum = Number(range[2]);
		rest = rest.replace(range[0], '');
	}
	const min = />=\s*(-?[\d.]+)/.exec(rest);
	if (min) {
		result.minimum = Number(min[1]);
		rest = rest.replace(min[0], '');
	}
	const max = /<=\s*(-?[\d.]+)/.exec(rest);
	if (max) {
		result.maximum = Number(max[1]);
		rest = rest.replace(max[0], '');
	}
	const format = /<([\w-]+)>/.exec(rest);
	if (format) {
		result.format = format[1];
		rest = rest.replace(format[0], '');
	}
	// `Array of objects (FeedbackQuestion)`: the schema's name is not a fact we need.
	result.type = rest.replace(/\([^)]*\)/, '').replace(/\s+/g, ' ').trim();
	return result;
}

interface RawField extends Omit<SeedField, 'name'> {
	name: string | null;
}

/** Parses one parameter or body section: `name`, optional `required`, a type line, constraints, then prose. */
function parseFields(lines: string[]): RawField[] {
	const fields: RawField[] = [];
	let pendingName: string | null = null;
	let pendingRequired = false;
	let current: RawField | undefined;
	for (let index = 0; index < lines.length; index++) {
		const line = lines[index].trim();
		const next = lines[index + 1]?.trim() ?? '';
		if (!line) continue;
		if (line === 'required' && (TYPE_LINE.test(next) || next === '')) {
			pendingRequired = true;
			continue;
		}
		if (TYPE_LINE.test(line)) {
			current = { name: pendingName, required: pendingRequired, ...parseType(line), described: false };
			fields.push(current);
			pendingName = null;
			pendingRequired = false;
			continue;
		}
		const constraint = CONSTRAINT_LINE.exec(line);
		if (constraint && current) {
			const [, kind, text] = constraint;
			if (kind === 'Enum') current.enum = parseValues(text);
			else if (kind === 'Items Enum') current.itemsEnum = parseValues(text);
			else if (kind === 'Default') current.default = parseDefault(text);
			else if (kind === 'Value') current.value = parseDefault(text);
			continue;
		}
		if (NAME_LINE.test(line) && (next === 'required' || TYPE_LINE.test(next))) {
			pendingName = line;
			continue;
		}
		if (current) current.described = true;
	}
	return fields;
}

/** Top-level keys of a sample (`  • "key": …`), with what each opens. */
function sampleKeys(lines: string[]): Array<{ key: string; opens: string }> {
	const keys: Array<{ key: string; opens: string }> = [];
	for (const line of lines) {
		const match = /^ {2}• "((?:[^"\\]|\\.)+)":\s*(.*)$/.exec(line);
		if (match) keys.push({ key: match[1], opens: match[2].trim().charAt(0) });
	}
	return keys;
}

/**
 * Gives the unnamed (object) body fields the sample keys no named field takes, in order; each must sit
 * between the sample keys of its named neighbours.
 */
function nameFromSample(fields: RawField[], keys: string[]): SeedField[] {
	const named = new Set(fields.map((field) => field.name).filter((name): name is string => name !== null));
	const free = keys.filter((key) => !named.has(key));
	const unnamed = fields.filter((field) => field.name === null);
	if (free.length !== unnamed.length) {
		throw new Error(`${unnamed.length} unnamed fields but ${free.length} free sample keys (${free.join(', ')})`);
	}
	let next = 0;
	let lastPosition = -1;
	return fields.map((field, index) => {
		if (field.name !== null) {
			const position = keys.indexOf(field.name);
			if (position >= 0) lastPosition = position;
			return field as SeedField;
		}
		const name = free[next++];
		const position = keys.indexOf(name);
		const following = fields.slice(index + 1).map((entry) => (entry.name === null ? -1 : keys.indexOf(entry.name))).find((at) => at >= 0) ?? keys.length;
		if (position < lastPosition || position > following) throw new Error(`The sample key ${name} is out of order for unnamed field ${index + 1}`);
		lastPosition = position;
		return { ...field, name, nameFrom: 'request sample' };
	});
}

const GET_VERBS = new Set(['get', 'find', 'retrieve', 'list', 'preview', 'search']);
const DELETE_VERBS = new Set(['delete', 'remove']);

function methodsOf(summary: string, hasBody: boolean): HttpMethod[] {
	const verb = summary.split(' ')[0].toLowerCase();
	const second = summary.split(' ')[1]?.toLowerCase();
	if (verb === 'bulk' && DELETE_VERBS.has(second ?? '')) return hasBody ? ['POST', 'DELETE'] : ['DELETE'];
	if (hasBody) {
		if (verb === 'update') return ['PUT', 'PATCH'];
		if (DELETE_VERBS.has(verb)) return ['DELETE', 'POST'];
		if (GET_VERBS.has(verb) || verb === 'check') return ['POST'];
		return ['POST'];
	}
	if (GET_VERBS.has(verb)) return ['GET'];
	if (DELETE_VERBS.has(verb)) return ['DELETE'];
	return ['POST', 'PUT', 'PATCH'];
}

const LIST_SUMMARY = /^(Find|Get all) (.+)$/;

/** The facts of every operation in the document's text. */
export function extractFacts(text: string): SeedFacts {
	const lines = text.split(/\r?\n/);
	const starts = lines.flatMap((line, index) => (line === 'Authorizations:' ? [index] : []));
	const operations: SeedOperation[] = [];
	let resource = '';
	let resourceFrom: SeedOperation['resourceFrom'] = 'summary';
	let previousEnd = 0;
	for (let position = 0; position < starts.length; position++) {
		const start = starts[position];
		// The lines between the previous operation's last sample and this one: [heading, heading text,] summary[, text].
		const preamble: Array<{ line: string; at: number }> = [];
		for (let index = start - 1; index > previousEnd; index--) {
			const line = lines[index];
			if (line === '}' || line.startsWith('Download OpenAPI')) break;
			if (line.trim()) preamble.unshift({ line: line.trim(), at: index });
		}
		if (position === 0) preamble.shift(); // the document's own introduction
		// Two lines are a summary and its text, unless they read as a heading (no verb) and a list summary.
		let summaryAt = 0;
		if (preamble.length >= 3) summaryAt = preamble.length - 2;
		else if (preamble.length === 2 && LIST_SUMMARY.test(preamble[1].line) && !/^(Get|Find|Create|Update|Delete|Remove) /.test(preamble[0].line)) summaryAt = 1;
		// `Activity Feedback V2`, `Asset Part` …: a heading is a noun phrase in Title Case.
		if (summaryAt > 0) {
			resource = preamble[0].line;
			resourceFrom = 'heading';
		}
		const summary = preamble[summaryAt].line;
		const list = LIST_SUMMARY.exec(summary);
		if (summaryAt === 0 && list) {
			resource = list[2];
			resourceFrom = 'list summary';
		} else if (summaryAt === 0 && !resource) {
			resource = summary;
			resourceFrom = 'summary';
		}

		const end = position + 1 < starts.length ? starts[position + 1] : lines.length;
		const block = lines.slice(start + 2, end);
		const section = (title: (line: string) => boolean) => {
			const from = block.findIndex(title);
			if (from < 0) return undefined;
			const to = block.findIndex((line, index) => index > from && /^(path Parameters|query Parameters|Request Body schema:.*|Responses)$/.test(line));
			return block.slice(from + 1, to < 0 ? block.length : to);
		};
		const samples = (title: string) => {
			const from = block.findIndex((line) => line === title);
			if (from < 0) return [];
			const to = block.findIndex((line, index) => index > from && line === '}');
			return block.slice(from, to < 0 ? block.length : to + 1);
		};
		const pathSection = section((line) => line === 'path Parameters');
		const querySection = section((line) => line === 'query Parameters');
		const bodySection = section((line) => line.startsWith('Request Body schema:'));
		const requestKeys = sampleKeys(samples('Request samples')).map((entry) => entry.key);
		const responseKeys = sampleKeys(samples('Response samples'));

		const pathParameters = parseFields(pathSection ?? []).map((field) => field as SeedField);
		const queryParameters = parseFields(querySection ?? []).map((field): SeedField =>
			field.name === null ? { ...field, name: 'params', nameFrom: 'unnamed query object' } : (field as SeedField),
		);
		const body = bodySection ? nameFromSample(parseFields(bodySection), requestKeys) : null;

		const envelopeEntry = responseKeys.find((entry) => entry.key === 'data') ?? responseKeys.find((entry) => entry.key === 'result');
		const names = new Map(queryParameters.map((field) => [field.name, field]));
		let paging: SeedOperation['paging'] = null;
		if (names.has('limit') && names.has('offset')) paging = { style: 'offset', sizeParam: 'limit', maxPageSize: names.get('limit')!.maximum ?? null };
		else if (names.has('page') || names.has('per_page')) {
			paging = { style: 'page', sizeParam: 'per_page', maxPageSize: names.get('per_page')?.maximum ?? null };
		}

		operations.push({
			index: position + 1,
			line: preamble[summaryAt].at + 1,
			resource,
			resourceFrom,
			summary,
			methods: methodsOf(summary, body !== null),
			pathParameters,
			queryParameters,
			body,
			responseKeys: responseKeys.map((entry) => entry.key),
			envelope: envelopeEntry?.key ?? null,
			envelopeHolds: envelopeEntry ? (envelopeEntry.opens === '[' ? 'list' : 'record') : null,
			paging,
		});
		previousEnd = start;
	}
	const summaries = new Set(operations.map((op) => op.summary));
	if (summaries.size !== operations.length) throw new Error('Two operations of the document share a summary');
	return {
		source: 'repzo-api.txt',
		sha256: crypto.createHash('sha256').update(text).digest('hex'),
		operationCount: operations.length,
		operations,
	};
}

/** One line per field, parameter list or small value; one block per operation: reviewable in a diff. */
export function renderFacts(facts: SeedFacts): string {
	const render = (value: unknown, indent: string, depth: number): string => {
		if (value === null || typeof value !== 'object' || depth >= 4) return JSON.stringify(value);
		const inner = indent + '\t';
		if (Array.isArray(value)) {
			if (value.length === 0 || value.every((entry) => entry === null || typeof entry !== 'object')) return JSON.stringify(value);
			return `[\n${value.map((entry) => inner + render(entry, inner, depth + 1)).join(',\n')}\n${indent}]`;
		}
		const entries = Object.entries(value as Record<string, unknown>);
		return `{\n${entries.map(([key, entry]) => `${inner}${JSON.stringify(key)}: ${render(entry, inner, depth + 1)}`).join(',\n')}\n${indent}}`;
	};
	return render(facts, '', 0) + '\n';
}

/** The seed's facts: read from the document when it is present, otherwise from the committed file. */
export function loadFacts(): { facts: SeedFacts; fromSeed: boolean } {
	if (fs.existsSync(SEED_FILE)) return { facts: extractFacts(fs.readFileSync(SEED_FILE, 'utf8')), fromSeed: true };
	return { facts: JSON.parse(fs.readFileSync(FACTS_FILE, 'utf8')) as SeedFacts, fromSeed: false };
}

/** Writes (or, with `check`, compares) the committed facts file. Returns false when it is out of date. */
export function syncFactsFile(facts: SeedFacts, check: boolean): boolean {
	const output = renderFacts(facts);
	const committed = fs.existsSync(FACTS_FILE) ? fs.readFileSync(FACTS_FILE, 'utf8') : '';
	if (check) return committed === output;
	if (committed !== output) fs.writeFileSync(FACTS_FILE, output);
	return true;
}

if (require.main === module) {
	if (!fs.existsSync(SEED_FILE)) {
		console.log(`${SEED_FILE} is not here: ${path.relative(ROOT, FACTS_FILE)} stays as committed.`);
	} else {
		const { facts } = loadFacts();
		const check = process.argv.includes('--check');
		if (!syncFactsFile(facts, check)) {
			console.error(`${path.relative(ROOT, FACTS_FILE)} is out of date: run \`npx ts-node --transpile-only scripts/repzo/extract.ts\`.`);
			process.exit(1);
		}
		console.log(`${path.relative(ROOT, FACTS_FILE)}: ${facts.operationCount} operations ${check ? 'match the seed' : 'written'}.`);
	}
}
