/**
 * Freezes what a saved workflow depends on, per node type and node version: every parameter's name,
 * type, default, display rules, option values (nested ones too), `required`, the type options that
 * change what a saved value means, resource-locator modes, and the credentials. Display names and
 * descriptions are left out: their words may improve without a new version. Rules on Resource and
 * Operation (on a trigger: on Event) are kept as the list of screens that show each parameter
 * (collection members too, as `collection.member`), so regrouping properties that show the same is
 * no change.
 *
 * `npm run snapshot:nodes` writes test/snapshots/node-versions/<node>.v<version>.json for every
 * version that has none yet. A snapshot that exists is a released version: the script never
 * overwrites it unless told to by `--rewrite <node>@<version>` (only for a version not yet released).
 * test/upgrade/snapshot.test.ts fails when a snapshot and the current description differ.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';

import type { INodeCredentialDescription, INodeProperties, INodePropertyCollection, INodePropertyOptions, INodeType, INodeTypeDescription } from 'n8n-workflow';

export const ROOT = join(__dirname, '..', '..');
export const SNAPSHOT_DIR = join(ROOT, 'test', 'snapshots', 'node-versions');

/** Type options that decide how a saved value is read or refused; the rest only shape the editor. */
const MEANINGFUL_TYPE_OPTIONS = ['multipleValues', 'loadOptionsMethod', 'searchListMethod', 'minValue', 'maxValue'];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface NodeVersionSnapshot {
	node: string;
	version: number;
	credentials: Json[];
	parameters: Json[];
}

/** One loaded node type: its name, its versions, and the description n8n uses for each version. */
export interface NodeTypeVersions {
	name: string;
	versions: number[];
	describe(version: number): INodeTypeDescription;
}

/** Node types as n8n's loader finds them: every class exported by nodes/**\/*.node.ts. */
export function loadNodeTypes(): NodeTypeVersions[] {
	const found: NodeTypeVersions[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.name.endsWith('.node.ts')) {
				for (const value of Object.values(require(full) as Record<string, unknown>)) {
					if (typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value))) found.push(versionsOf(new (value as new () => INodeType)()));
				}
			}
		}
	};
	walk(join(ROOT, 'nodes'));
	return found.sort((a, b) => a.name.localeCompare(b.name));
}

function versionsOf(instance: INodeType): NodeTypeVersions {
	// A versioned node type (n8n's VersionedNodeType) keeps one class per version.
	const versioned = instance as unknown as { nodeVersions?: Record<number, INodeType>; description: INodeTypeDescription };
	if (versioned.nodeVersions) {
		const byVersion = versioned.nodeVersions;
		return {
			name: versioned.description.name,
			versions: Object.keys(byVersion).map(Number).sort((a, b) => a - b),
			describe: (version) => byVersion[version].description,
		};
	}
	const { description } = instance;
	const versions = (Array.isArray(description.version) ? [...description.version] : [description.version]).sort((a, b) => a - b);
	return { name: description.name, versions, describe: () => description };
}

/** Whether a version matches one `@version` display value (a number or an n8n `_cnd` condition). */
function versionMatches(rule: unknown, version: number): boolean {
	if (typeof rule === 'number') return rule === version;
	const condition = (rule as { _cnd?: Record<string, unknown> } | null)?._cnd;
	if (!condition) return false;
	return Object.entries(condition).every(([operator, operand]) => {
		const value = operand as number;
		switch (operator) {
			case 'eq':
				return version === value;
			case 'not':
				return version !== value;
			case 'gte':
				return version >= value;
			case 'lte':
				return version <= value;
			case 'gt':
				return version > value;
			case 'lt':
				return version < value;
			case 'between': {
				const { from, to } = operand as { from: number; to: number };
				return version >= from && version <= to;
			}
			default:
				throw new Error(`@version condition "${operator}" is not understood by the snapshot script`);
		}
	});
}

/**
 * The display rules as they stand for one version: `@version` rules are decided here (the element is
 * dropped when they hide it) and removed, so adding version 2 leaves version 1's snapshot as it was.
 */
function displayForVersion(displayOptions: INodeProperties['displayOptions'], version: number): { visible: boolean; rules?: JsonObject } {
	if (!displayOptions) return { visible: true };
	const show = displayOptions.show?.['@version'];
	const hide = displayOptions.hide?.['@version'];
	if (show && !show.some((rule) => versionMatches(rule, version))) return { visible: false };
	if (hide && hide.some((rule) => versionMatches(rule, version))) return { visible: false };
	const rules: JsonObject = {};
	for (const kind of ['show', 'hide'] as const) {
		const entries = Object.entries(displayOptions[kind] ?? {}).filter(([key]) => key !== '@version');
		if (entries.length > 0) rules[kind] = Object.fromEntries(entries.map(([key, values]) => [key, (values ?? []) as Json[]]));
	}
	return { visible: true, rules: Object.keys(rules).length > 0 ? rules : undefined };
}

/**
 * The screens of a node: with a Resource dropdown, `resource:operation` (or the resource alone where it
 * has no Operation dropdown); without one, a trigger's `event` values. A parameter's snapshot lists the
 * screens that show it, so how the description groups its properties (one per resource or event, or
 * one shared by many, options of a collection carrying `/resource` or `/event` rules) is no part of
 * the snapshot; what each screen offers is.
 */
interface ScreenMap {
	all: string[];
	/** The root parameters whose values pick a screen: resource and operation, or event. */
	keys: string[];
	/** Those parameters' values on each screen (operation undefined where the resource has no dropdown). */
	of: Map<string, Record<string, string | undefined>>;
}

function screenMap(properties: INodeProperties[], version: number): ScreenMap | undefined {
	const resourceInput = properties.find((property) => property.name === 'resource' && property.type === 'options' && displayForVersion(property.displayOptions, version).visible);
	if (!resourceInput) return eventScreens(properties, version);
	const offered = new Map<string, string[]>();
	for (const property of properties) {
		const display = displayForVersion(property.displayOptions, version);
		const resources = property.displayOptions?.show?.resource;
		if (property.name !== 'operation' || property.type !== 'options' || !display.visible || !resources) continue;
		for (const resource of resources.map(String)) {
			const values = ((property.options ?? []) as INodePropertyOptions[]).map((option) => String(option.value));
			offered.set(resource, [...(offered.get(resource) ?? []), ...values]);
		}
	}
	const map: ScreenMap = { all: [], keys: ['resource', 'operation'], of: new Map() };
	for (const option of (resourceInput.options ?? []) as INodePropertyOptions[]) {
		const resource = String(option.value);
		const operations = offered.get(resource);
		if (!operations) {
			map.all.push(resource);
			map.of.set(resource, { resource });
			continue;
		}
		for (const operation of operations) {
			const screen = `${resource}:${operation}`;
			map.all.push(screen);
			map.of.set(screen, { resource, operation });
		}
	}
	return map;
}

/** A polling trigger's screens: the values of its Event dropdown (one shown whatever else is set). */
function eventScreens(properties: INodeProperties[], version: number): ScreenMap | undefined {
	const eventInput = properties.find((property) => property.name === 'event' && property.type === 'options' && !displayForVersion(property.displayOptions, version).rules);
	if (!eventInput || !displayForVersion(eventInput.displayOptions, version).visible) return undefined;
	const map: ScreenMap = { all: [], keys: ['event'], of: new Map() };
	for (const option of (eventInput.options ?? []) as INodePropertyOptions[]) {
		const event = String(option.value);
		map.all.push(event);
		map.of.set(event, { event });
	}
	return map;
}

/** The screens (of those given) a rule set shows an element on, and the rules left over (on other parameters). */
function splitScreens(rules: JsonObject | undefined, within: string[], screens: ScreenMap, nested: boolean): { shown: string[]; rest?: JsonObject } {
	const absolute = screens.keys.map((key) => `/${key}`);
	const keys = nested ? absolute : [...screens.keys, ...absolute];
	const rest: JsonObject = {};
	let shown = within;
	for (const kind of ['show', 'hide'] as const) {
		const kept: JsonObject = {};
		for (const [key, values] of Object.entries((rules?.[kind] ?? {}) as JsonObject)) {
			if (!keys.includes(key)) {
				kept[key] = values;
				continue;
			}
			const part = key.replace(/^\//, '');
			const listed = (values as Json[]).map(String);
			shown = shown.filter((screen) => {
				const value = screens.of.get(screen)![part];
				const matches = value !== undefined && listed.includes(value);
				return kind === 'show' ? matches : !matches;
			});
		}
		if (Object.keys(kept).length > 0) rest[kind] = kept;
	}
	return { shown, rest: Object.keys(rest).length > 0 ? rest : undefined };
}

interface Level {
	/** Names of the enclosing collections, joined with dots, as a prefix. */
	prefix: string;
	/** The screens the enclosing collection is on (all, at the top level). */
	within: string[];
	/** The enclosing collections' own other display rules, outermost first. */
	inside?: Json[];
}

/** One entry per parameter, collection members flattened to `collection.member` with the screens that show them. */
function parameterEntries(properties: INodeProperties[], version: number, screens: ScreenMap | undefined, level: Level, out: Array<{ entry: JsonObject; screens?: string[] }>): void {
	for (const property of properties) {
		const display = displayForVersion(property.displayOptions, version);
		if (!display.visible) continue;
		const nested = level.prefix !== '';
		const placed = screens ? splitScreens(display.rules, level.within, screens, nested) : { shown: level.within, rest: display.rules };
		if (screens && placed.shown.length === 0) continue;
		const entry: JsonObject = { name: `${level.prefix}${property.name}`, type: property.type, default: (property.default ?? null) as Json };
		if (placed.rest) entry.displayOptions = placed.rest;
		if (level.inside) entry.inside = level.inside;
		if (property.required) entry.required = true;
		const typeOptions = Object.fromEntries(
			MEANINGFUL_TYPE_OPTIONS.filter((key) => property.typeOptions?.[key] !== undefined).map((key) => [key, property.typeOptions![key] as Json]),
		);
		if (Object.keys(typeOptions).length > 0) entry.typeOptions = typeOptions;
		if (property.extractValue) entry.extractValue = property.extractValue as unknown as Json;
		if (property.type === 'options' || property.type === 'multiOptions') {
			entry.options = ((property.options ?? []) as INodePropertyOptions[]).map((option) => option.value as Json);
		} else if (property.type === 'fixedCollection') {
			entry.options = ((property.options ?? []) as INodePropertyCollection[]).map((group) => ({ name: group.name, values: parameters(group.values, version, undefined) }));
		}
		if (property.type === 'resourceLocator') {
			entry.modes = (property.modes ?? []).map((mode) => {
				const described: JsonObject = { name: mode.name, type: mode.type };
				if (mode.typeOptions?.searchListMethod) described.searchListMethod = mode.typeOptions.searchListMethod;
				if (mode.extractValue) described.extractValue = mode.extractValue as unknown as Json;
				return described;
			});
		}
		out.push({ entry, screens: screens ? placed.shown : undefined });
		if (property.type === 'collection') {
			const inside = [...(level.inside ?? []), (placed.rest ?? null) as Json];
			const members = (property.options ?? []) as INodeProperties[];
			parameterEntries(members, version, screens, { prefix: `${entry.name as string}.`, within: placed.shown, inside: inside.some((rules) => rules !== null) ? inside : undefined }, out);
		}
	}
}

/**
 * The parameters a saved workflow can hold: identical entries are merged and list every screen that
 * shows them (no list: every screen, or a node without a Resource or Event dropdown).
 */
function parameters(properties: INodeProperties[], version: number, screens = screenMap(properties, version)): Json[] {
	const found: Array<{ entry: JsonObject; screens?: string[] }> = [];
	parameterEntries(properties, version, screens, { prefix: '', within: screens?.all ?? [] }, found);
	const merged = new Map<string, { entry: JsonObject; screens: Set<string>; twice: Set<string> }>();
	for (const { entry, screens: shown } of found) {
		const key = text(canonical(entry));
		const existing = merged.get(key) ?? merged.set(key, { entry, screens: new Set(), twice: new Set() }).get(key)!;
		for (const screen of shown ?? []) (existing.screens.has(screen) ? existing.twice : existing.screens).add(screen);
	}
	return [...merged.values()].map(({ entry, screens: shown, twice }) => {
		const listed: JsonObject = screens && shown.size < screens.all.length ? { ...entry, screens: [...shown].sort() } : entry;
		// The same parameter twice on one screen is a fault the merge above must not hide.
		return twice.size > 0 ? { ...listed, shownTwiceOn: [...twice].sort() } : listed;
	});
}

function credentials(list: INodeCredentialDescription[] | undefined, version: number): Json[] {
	const out: Json[] = [];
	for (const credential of list ?? []) {
		const display = displayForVersion(credential.displayOptions, version);
		if (!display.visible) continue;
		const entry: JsonObject = { name: credential.name };
		if (credential.required) entry.required = true;
		if (display.rules) entry.displayOptions = display.rules;
		out.push(entry);
	}
	return out;
}

/** The snapshot of one node type at one version, in canonical order. */
export function snapshotOf(type: NodeTypeVersions, version: number): NodeVersionSnapshot {
	const description = type.describe(version);
	return canonical({
		node: type.name,
		version,
		credentials: credentials(description.credentials, version),
		parameters: parameters(description.properties, version),
	} as unknown as Json) as unknown as NodeVersionSnapshot;
}

const text = (value: Json) => JSON.stringify(value);
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const nameOf = (value: Json) => (value !== null && typeof value === 'object' && !Array.isArray(value) && typeof value.name === 'string' ? value.name : '');
/** By name first, so the copies of one parameter stand together in the file. */
const byText = (a: Json, b: Json) => compare(nameOf(a), nameOf(b)) || compare(text(a), text(b));

/**
 * Sorted keys, and lists whose order means nothing sorted too: display rule values (they are sets),
 * option values, parameters (copies of one name differ by their display rules), credentials, modes.
 * Defaults keep their order (a saved value is compared as it is). A file's snapshot passes through
 * here as well, so comparing is plain equality.
 */
export function canonical(value: Json, keepOrder = false): Json {
	if (Array.isArray(value)) {
		const items = value.map((item) => canonical(item, keepOrder));
		return keepOrder ? items : [...items].sort(byText);
	}
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.keys(value)
				.sort()
				.map((name) => [name, canonical(value[name], keepOrder || name === 'default' || name === 'extractValue')]),
		);
	}
	return value;
}

/**
 * Whether a difference only adds an optional top-level parameter: a saved workflow does not hold it, so
 * it takes the default, which keeps the old behaviour (the saved-workflow tests prove that per node).
 */
export function isOptionalAddition(line: string): boolean {
	const match = /^parameters: added [^\n]*?: (\{.*\})$/s.exec(line);
	if (!match) return false;
	try {
		return (JSON.parse(match[1]) as JsonObject).required !== true;
	} catch {
		return false;
	}
}

type Entry = JsonObject;

/** Every screen (resource:operation, or event) a snapshot names (parameters without a list show on all of them). */
function offeredScreens(snapshot: NodeVersionSnapshot): Set<string> {
	const offered = new Set<string>();
	for (const entry of snapshot.parameters as Entry[]) for (const screen of (entry.screens as string[] | undefined) ?? []) offered.add(screen);
	return offered;
}

/** The screens a parameter copy shows on: its list, else every screen. */
function screensOf(entry: Entry, offered: Set<string>): Set<string> {
	return Array.isArray(entry.screens) ? new Set(entry.screens as string[]) : offered;
}

const isChoice = (entry: Entry) => entry.type === 'options' || entry.type === 'multiOptions';

/** A copy without its screens and, for a choice, its option values: what must stay equal. */
function rest(entry: Entry): string {
	const copy: Entry = { ...entry };
	delete copy.screens;
	if (isChoice(entry)) delete copy.options;
	return text(canonical(copy));
}

/** Whether `now` serves what `was` did: the same parameter, every option value it had still there. */
function keeps(now: Entry, was: Entry): boolean {
	if (now.name !== was.name || rest(now) !== rest(was)) return false;
	return !isChoice(was) || (was.options as Json[]).every((value) => (now.options as Json[]).some((option) => text(option) === text(value)));
}

/**
 * Whether the current snapshot only adds to the released one: every released parameter still shows,
 * unchanged, on every screen it showed on, except that a choice may offer more values (a saved
 * workflow holds one of the old ones, which keeps its meaning); anything else new is optional.
 * A parameter split into copies (e.g. one resource's Send Body As gains "Map Fields") passes.
 */
export function onlyAdds(released: NodeVersionSnapshot, current: NodeVersionSnapshot): boolean {
	if (text(canonical(released.credentials as Json)) !== text(canonical(current.credentials as Json))) return false;
	const offered = offeredScreens(current);
	const releasedOffered = offeredScreens(released);
	for (const screen of releasedOffered) if (!offered.has(screen)) return false;
	const before = released.parameters as Entry[];
	const after = current.parameters as Entry[];
	const unchanged = (entry: Entry, among: Entry[]) => among.some((other) => text(other) === text(entry));
	const covering = new Set<Entry>();
	for (const was of before) {
		if (unchanged(was, after)) continue;
		const candidates = after.filter((now) => keeps(now, was));
		if (candidates.length === 0) return false;
		const served = new Set<string>();
		for (const now of candidates) for (const screen of screensOf(now, offered)) served.add(screen);
		if ([...screensOf(was, releasedOffered)].some((screen) => !served.has(screen))) return false;
		if (was.required === true) for (const now of candidates) covering.add(now);
	}
	return after.every((now) => unchanged(now, before) || now.required !== true || covering.has(now));
}

/** One line per parameter or credential copy that was added, removed or changed (its key is name + display rules). */
export function differences(released: NodeVersionSnapshot, current: NodeVersionSnapshot): string[] {
	const lines: string[] = [];
	for (const list of ['credentials', 'parameters'] as const) {
		const keyed = (entries: Json[]) => {
			const map = new Map<string, string>();
			for (const entry of entries) {
				const key = `${nameOf(entry)} ${text((entry as JsonObject).displayOptions ?? null)}`;
				// Copies with the same name and rules are told apart by their place among them.
				let unique = key;
				for (let copy = 2; map.has(unique); copy += 1) unique = `${key} (copy ${copy})`;
				map.set(unique, text(entry));
			}
			return map;
		};
		const before = keyed(released[list]);
		const after = keyed(current[list]);
		for (const [key, was] of before) {
			if (!after.has(key)) lines.push(`${list}: removed ${key}: ${was}`);
			else if (after.get(key) !== was) lines.push(`${list}: changed ${key}:\n  released: ${was}\n  now:      ${after.get(key)}`);
		}
		for (const [key, now] of after) if (!before.has(key)) lines.push(`${list}: added ${key}: ${now}`);
	}
	return lines;
}

export function snapshotFile(node: string, version: number): string {
	return join(SNAPSHOT_DIR, `${node}.v${version}.json`);
}

export function serialize(snapshot: NodeVersionSnapshot): string {
	return `${JSON.stringify(snapshot, null, '\t')}\n`;
}

export function readSnapshot(file: string): NodeVersionSnapshot {
	return canonical(JSON.parse(readFileSync(file, 'utf8')) as Json) as unknown as NodeVersionSnapshot;
}

/** Every snapshot file on disk, as node name and version. */
export function snapshotFiles(): Array<{ node: string; version: number; file: string }> {
	if (!existsSync(SNAPSHOT_DIR)) return [];
	return readdirSync(SNAPSHOT_DIR)
		.map((name) => /^(.+)\.v(\d+)\.json$/.exec(name))
		.filter((match): match is RegExpExecArray => match !== null)
		.map((match) => ({ node: match[1], version: Number(match[2]), file: join(SNAPSHOT_DIR, match[0]) }));
}

function main(argv: string[]): number {
	const rewrite = new Set<string>();
	for (let index = 0; index < argv.length; index += 1) {
		if (argv[index] === '--rewrite' && argv[index + 1]) rewrite.add(argv[(index += 1)]);
		else {
			process.stderr.write(`unknown argument ${argv[index]}; usage: npm run snapshot:nodes [-- --rewrite <node>@<version>]\n`);
			return 2;
		}
	}
	mkdirSync(SNAPSHOT_DIR, { recursive: true });
	let differing = 0;
	for (const type of loadNodeTypes()) {
		for (const version of type.versions) {
			const file = snapshotFile(type.name, version);
			const current = serialize(snapshotOf(type, version));
			const label = `${type.name}@${version}`;
			if (!existsSync(file) || rewrite.has(label)) {
				writeFileSync(file, current);
				process.stdout.write(`wrote ${label} (${current.length} bytes)\n`);
			} else if (serialize(readSnapshot(file)) === current) {
				process.stdout.write(`unchanged ${label}\n`);
			} else if (differences(readSnapshot(file), snapshotOf(type, version)).every(isOptionalAddition)) {
				// Adding an optional parameter keeps saved workflows as they were: the snapshot grows, nothing in it changes.
				const added = differences(readSnapshot(file), snapshotOf(type, version));
				writeFileSync(file, current);
				process.stdout.write(`extended ${label}: ${added.length} optional parameter(s) added\n`);
			} else if (onlyAdds(readSnapshot(file), snapshotOf(type, version))) {
				// New option values and optional parameters: every saved value keeps its meaning.
				const added = differences(readSnapshot(file), snapshotOf(type, version));
				writeFileSync(file, current);
				process.stdout.write(`extended ${label}: ${added.length} addition(s) (option values, optional parameters)\n`);
			} else {
				differing += 1;
				process.stdout.write(`DIFFERS ${label}: a released version must not change (add a new node version, see README); not overwritten\n`);
				for (const line of differences(readSnapshot(file), snapshotOf(type, version))) process.stdout.write(`  ${line}\n`);
			}
		}
	}
	return differing > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
