'use strict';
// The contract's own TypeScript (names, event builders), compiled on load, so the bench publishes real events.
const fs = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const CONTRACT = path.join(__dirname, '..', '..', 'libs', 'contract', 'src');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { code } = transformSync(source, {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

module.exports = {
  ...require(path.join(CONTRACT, 'names.ts')),
  ...require(path.join(CONTRACT, 'event-builders.ts')),
};
