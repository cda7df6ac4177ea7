'use strict';
// node bench/profile-summary.js <file.cpuprofile> [top]: where a profiled server spent its CPU, by
// function (self time) and by origin (package, node internals, app bundle, GC), idle excluded.
const fs = require('node:fs');

function origin(url) {
  if (!url) {
    return '(native/V8)';
  }
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) {
    return pkg[1];
  }
  if (url.startsWith('node:')) {
    return 'node internals';
  }
  return url.replace(/^file:\/\//, '').replace(process.cwd() + '/', '');
}

function summarize(profile, top) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map();
  const intervals = profile.timeDeltas;
  profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (intervals[i] ?? 0)));
  const byFunction = new Map();
  const byOrigin = new Map();
  let busy = 0;
  for (const [id, micros] of selfMicros) {
    const { callFrame } = nodes.get(id);
    if (callFrame.functionName === '(idle)') {
      continue;
    }
    busy += micros;
    const name = `${callFrame.functionName || '(anonymous)'} ${origin(callFrame.url)}:${callFrame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    const from = callFrame.url ? origin(callFrame.url) : callFrame.functionName;
    byOrigin.set(from, (byOrigin.get(from) ?? 0) + micros);
  }
  const rank = (map) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, micros]) => `${((100 * micros) / busy).toFixed(1).padStart(5)} %  ${name}`);
  return [
    `busy ${(busy / 1e6).toFixed(2)} s of CPU samples`,
    '',
    'by origin:',
    ...rank(byOrigin),
    '',
    'by function (self time):',
    ...rank(byFunction),
  ].join('\n');
}

if (require.main === module) {
  const [file, top = '25'] = process.argv.slice(2);
  console.log(summarize(JSON.parse(fs.readFileSync(file, 'utf8')), Number(top)));
}

module.exports = { summarize };
