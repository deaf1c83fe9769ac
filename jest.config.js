/**
 * Every suite runs twice: once on the n8n 2.x engine (n8n-core / n8n-workflow 2.41) and once on the
 * n8n 1.x engine (n8n-core 1.122.48 / n8n-workflow 1.120.31, the pair n8n 1.123.81 ships). In the 1.x
 * project every `n8n-core` / `n8n-workflow` import, ours and n8n-core's own, resolves to the 1.x
 * packages, so our nodes meet the same classes a real n8n 1.x would give them.
 * `npx jest --selectProjects n8n-1x` (or n8n-2x) runs one major.
 */
const base = {
	preset: 'ts-jest',
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
	setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
};

/** @type {import('jest').Config} */
module.exports = {
	testTimeout: 30000,
	projects: [
		{ ...base, displayName: 'n8n-2x' },
		{
			...base,
			displayName: 'n8n-1x',
			// The minimum-version load check, the sandbox, the import structure and the version snapshots do not depend on the engine: run them once.
			testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/compat/', '<rootDir>/test/sandbox/', '<rootDir>/test/structure.test.ts', '<rootDir>/test/upgrade/snapshot.test.ts'],
			moduleNameMapper: {
				'^n8n-core$': '<rootDir>/node_modules/n8n-core-1x',
				'^n8n-core/(.*)$': '<rootDir>/node_modules/n8n-core-1x/$1',
				'^n8n-workflow$': '<rootDir>/node_modules/n8n-workflow-1x',
				'^n8n-workflow/(.*)$': '<rootDir>/node_modules/n8n-workflow-1x/$1',
			},
		},
	],
};
