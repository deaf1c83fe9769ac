const path = require('path');
const { task, src, dest } = require('gulp');

// Icons live in icons/ and are referenced as file:../icons/... from credentials and nodes.
task('build:icons', () => src(path.resolve('icons', '*.svg'), { encoding: false }).pipe(dest(path.resolve('dist', 'icons'))));
