'use strict';
// Runs a TypeScript file of this repository under plain node: `node -r ./libs/providers/bench/register.js file.ts`.
// Compiled by swc with the options jest uses; `@statushub/<lib>` resolves to `libs/<lib>/src`.
const { readFileSync } = require('node:fs');
const path = require('node:path');
const { transformSync } = require('@swc/core');

const root = path.resolve(__dirname, '../../..');
const options = {
  module: { type: 'commonjs' },
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
    keepClassNames: true,
    baseUrl: root,
    paths: { '@statushub/*': ['libs/*/src'] },
  },
};

require('reflect-metadata');
require.extensions['.ts'] = (module, filename) => {
  module._compile(transformSync(readFileSync(filename, 'utf8'), { ...options, filename }).code, filename);
};
