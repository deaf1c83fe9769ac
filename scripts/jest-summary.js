// Prints jest's result as the plain closing line CI reads: "N passed, N failed".
const fs = require('fs');
const file = process.argv[2];
const result = JSON.parse(fs.readFileSync(file, 'utf8'));
console.log(`tests: ${result.numPassedTests} passed, ${result.numFailedTests} failed, ${result.numPendingTests} skipped`);
process.exit(result.success ? 0 : 1);
