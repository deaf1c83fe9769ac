/**
 * Reads what the Repzo SDK (npm `repzo`) knows beyond its OpenAPI files: the endpoint paths its
 * client really calls, which `Service.<Namespace>` types each endpoint uses, and the typed query
 * parameters of `Find.Params` / `Get.Params`, resolved with the TypeScript checker.
 */
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';

export interface SdkParam {
	name: string;
	required: boolean;
	/** Resolved TypeScript type, without `undefined`. */
	type: ts.Type;
}

export interface SdkParams {
	params: SdkParam[];
	/** `[key: string]: any`: the endpoint takes further, untyped parameters. */
	open: boolean;
}

export interface Sdk {
	checker: ts.TypeChecker;
	/** Endpoint path segments the client calls, e.g. `client`, `teams`. */
	endPoints: Set<string>;
	/** Endpoint path → namespace under `Service`, e.g. `client` → `Client`. */
	namespaceByPath: Map<string, string>;
	/** Endpoint path → the client's methods on it, e.g. `cart` → find, get, create. */
	methodsByPath: Map<string, Set<string>>;
	findParams(namespace: string): SdkParams | undefined;
	getParams(namespace: string): SdkParams | undefined;
}

function propertyName(name: ts.PropertyName): string {
	return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : name.getText();
}

/** `Service.Client.Find.Params` → `Client`. */
function namespaceOfParamsType(node: ts.TypeNode | undefined, operation: 'Find' | 'Get'): string | undefined {
	if (!node) return undefined;
	const match = new RegExp(`^Service\\.(\\w+)\\.${operation}\\.Params$`).exec(node.getText().replace(/\s+/g, ''));
	return match?.[1];
}

function readEndPoints(source: ts.SourceFile): Map<string, string> {
	const endPoints = new Map<string, string>();
	source.forEachChild((statement) => {
		if (!ts.isVariableStatement(statement)) return;
		for (const declaration of statement.declarationList.declarations) {
			if (declaration.name.getText() !== 'end_points' || !declaration.initializer) continue;
			let initializer: ts.Expression = declaration.initializer;
			while (ts.isAsExpression(initializer) || ts.isSatisfiesExpression(initializer)) initializer = initializer.expression;
			if (!ts.isObjectLiteralExpression(initializer)) continue;
			for (const property of initializer.properties) {
				if (ts.isPropertyAssignment(property) && ts.isStringLiteral(property.initializer)) {
					endPoints.set(propertyName(property.name), property.initializer.text);
				}
			}
		}
	});
	return endPoints;
}

/** Each service object of the client class: `client = { _path: Repzo._end_points.CLIENT, find: (params?: Service.Client.Find.Params) => … }`. */
function readServices(source: ts.SourceFile, endPoints: Map<string, string>, methodsByPath: Map<string, Set<string>>): Map<string, string> {
	const namespaceByPath = new Map<string, string>();
	const visit = (node: ts.Node) => {
		if (ts.isPropertyDeclaration(node) && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
			let endPoint: string | undefined;
			let namespace: string | undefined;
			const methods = new Set<string>();
			for (const member of node.initializer.properties) {
				if (!ts.isPropertyAssignment(member)) continue;
				const key = propertyName(member.name);
				if (ts.isArrowFunction(member.initializer)) methods.add(key);
				if (key === '_path' && ts.isPropertyAccessExpression(member.initializer)) {
					endPoint = endPoints.get(member.initializer.name.text);
				}
				if ((key === 'find' || key === 'get') && ts.isArrowFunction(member.initializer)) {
					const parameters = member.initializer.parameters;
					const typed = key === 'find' ? parameters[0] : parameters[1];
					namespace ??= namespaceOfParamsType(typed?.type, key === 'find' ? 'Find' : 'Get');
				}
			}
			if (endPoint && namespace && !namespaceByPath.has(endPoint)) namespaceByPath.set(endPoint, namespace);
			if (endPoint) methodsByPath.set(endPoint, new Set([...(methodsByPath.get(endPoint) ?? []), ...methods]));
		}
		node.forEachChild(visit);
	};
	visit(source);
	return namespaceByPath;
}

export function loadSdk(packageDir: string): Sdk {
	const indexFile = path.join(packageDir, 'src', 'index.ts');
	const typesFile = path.join(packageDir, 'src', 'types', 'index.ts');
	const indexSource = ts.createSourceFile(indexFile, fs.readFileSync(indexFile, 'utf8'), ts.ScriptTarget.ES2020, true);
	const endPointsByKey = readEndPoints(indexSource);
	const methodsByPath = new Map<string, Set<string>>();
	const namespaceByPath = readServices(indexSource, endPointsByKey, methodsByPath);

	// Only the types file: its one import (a type from the client) is not needed to resolve parameters.
	const program = ts.createProgram([typesFile], { noResolve: true, noLib: false, strict: true, skipLibCheck: true });
	const checker = program.getTypeChecker();
	const typesSource = program.getSourceFile(typesFile);
	if (!typesSource) throw new Error(`Cannot read ${typesFile}`);
	const moduleSymbol = checker.getSymbolAtLocation(typesSource);
	const service = moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((symbol) => symbol.name === 'Service');
	if (!service) throw new Error('The SDK types no longer export namespace Service');

	const member = (symbol: ts.Symbol | undefined, name: string) =>
		symbol ? checker.getExportsOfModule(symbol).find((candidate) => candidate.name === name) : undefined;

	const readParams = (namespace: string, operation: 'Find' | 'Get'): SdkParams | undefined => {
		const paramsSymbol = member(member(member(service, namespace), operation), 'Params');
		if (!paramsSymbol) return undefined;
		const type = checker.getDeclaredTypeOfSymbol(paramsSymbol);
		const declaration = paramsSymbol.declarations?.[0];
		const params: SdkParam[] = checker.getPropertiesOfType(type).map((property) => {
			const location = property.valueDeclaration ?? declaration!;
			const propertyType = checker.getNonNullableType(checker.getTypeOfSymbolAtLocation(property, location));
			return { name: property.name, required: (property.flags & ts.SymbolFlags.Optional) === 0, type: propertyType };
		});
		const open = checker.getIndexInfosOfType(type).length > 0;
		return { params, open };
	};

	return {
		checker,
		endPoints: new Set(endPointsByKey.values()),
		namespaceByPath,
		methodsByPath,
		findParams: (namespace) => readParams(namespace, 'Find'),
		getParams: (namespace) => readParams(namespace, 'Get'),
	};
}
