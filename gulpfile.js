const path = require('path');
const { task, src, dest } = require('gulp');

// Icons live in icons/ and are referenced as file:../icons/... from credentials and nodes.
task('build:icons', () => src(path.resolve('icons', '*.svg'), { encoding: false }).pipe(dest(path.resolve('dist', 'icons'))));

// Output schemas (n8n's "Usually outputs" preview), generated from the catalogs beside the compiled nodes.
task('build:schemas', async () => {
	require('ts-node').register({ transpileOnly: true });
	const { writeOutputSchemas } = require('./scripts/schema/generate');
	writeOutputSchemas(path.resolve('dist'));
});
