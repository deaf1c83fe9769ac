/**
 * `npm run sandbox`: serves all five vendor APIs on loopback until stopped.
 * Options: --port 8787 (or SANDBOX_PORT; 0 = any free port), --host 127.0.0.1, --catalogs source|dist, --quiet.
 */
import type { CatalogSource } from './catalogs';
import { SANDBOX_SECRETS } from './secrets';
import { startSandbox } from './server';

function option(name: string): string | undefined {
	const index = process.argv.indexOf(`--${name}`);
	if (index >= 0) return process.argv[index + 1];
	const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`));
	return inline?.slice(name.length + 3);
}

async function main(): Promise<void> {
	const port = Number(option('port') ?? process.env.SANDBOX_PORT ?? 8787);
	const catalogs = (option('catalogs') ?? 'source') as CatalogSource;
	const quiet = process.argv.includes('--quiet');
	const sandbox = await startSandbox({
		host: option('host') ?? '127.0.0.1',
		port,
		catalogs,
		log: quiet ? undefined : (line) => console.log(line),
	});
	console.log(`Sandbox listening on ${sandbox.url} (catalogs from ${catalogs})`);
	for (const vendor of sandbox.vendors.values()) {
		const secrets = SANDBOX_SECRETS[vendor.adapter.key as keyof typeof SANDBOX_SECRETS];
		console.log(`  ${vendor.adapter.key.padEnd(9)} ${sandbox.vendorUrl(vendor.adapter.key)}${vendor.adapter.apiBase}  ${vendor.catalog.operations.length} operations  ${JSON.stringify(secrets)}`);
	}
	for (const [key, problem] of Object.entries(sandbox.missing)) console.log(`  ${key.padEnd(9)} not served: ${problem}`);
	console.log(`  admin     ${sandbox.url}/__sandbox`);
	const stop = () => {
		void sandbox.close().then(() => process.exit(0));
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
