'use strict';
// npm run bench [-- --quick] [--rounds=3] [--suites=fanout,polling] [--scenarios=a,b,c,d,e]
//   [--variants=bare,socketio,gateway] [--profile]
// npm run bench -- --from=bench/results/<time>.json   (the report again from a saved run, nothing measured)
// Fan-out and polling, each measured against baselines run in the same invocation, interleaved.
const path = require('node:path');
const fs = require('node:fs');
const { describeMachine } = require('./lib/machine');
const { writeResults, RESULTS_DIR } = require('./lib/report');
const { runFanoutSuite, resummarizeFanout } = require('./fanout/suite');
const { fanoutTargets, fanoutTables } = require('./fanout/report');
const { runPollingSuite, resummarizePolling } = require('./polling/suite');
const { pollingTargets, pollingTables } = require('./polling/report');

function parseOptions(argv) {
  const flags = Object.fromEntries(
    argv
      .filter((a) => a.startsWith('--'))
      .map((a) => {
        const [key, value] = a.slice(2).split('=');
        return [key, value ?? true];
      }),
  );
  const list = (value, all) => (typeof value === 'string' ? value.split(',') : all);
  const quick = Boolean(flags.quick);
  return {
    quick,
    rounds: Number(flags.rounds ?? (quick ? 1 : 3)),
    suites: list(flags.suites, ['fanout', 'polling']),
    scenarioIds: list(flags.scenarios, ['a', 'b', 'c', 'd', 'e']),
    variantNames: list(flags.variants, ['bare', 'socketio', 'gateway']),
    profile: Boolean(flags.profile),
    from: typeof flags.from === 'string' ? flags.from : undefined,
    natsUrl: process.env.NATS_URL ?? 'nats://127.0.0.1:4222',
  };
}

const SUITES = {
  fanout: {
    title: 'Fan-out (gateway)',
    run: runFanoutSuite,
    resummarize: resummarizeFanout,
    targets: (result) => fanoutTargets(result.summary),
    tables: fanoutTables,
  },
  polling: {
    title: 'Polling (poller against the sandbox)',
    run: runPollingSuite,
    resummarize: resummarizePolling,
    targets: pollingTargets,
    tables: pollingTables,
  },
};

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const result = options.from ? rereport(options.from) : await measure(options);
  const { jsonFile, mdFile, md } = await writeResults(result);
  console.log(`\n${md}\n`);
  console.log(`results: ${path.relative(process.cwd(), jsonFile)}, ${path.relative(process.cwd(), mdFile)}`);
}

async function measure(options) {
  const started = Date.now();
  const log = (line) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
  const profileDir = options.profile ? path.join(RESULTS_DIR, 'profiles') : undefined;
  if (profileDir) {
    fs.mkdirSync(profileDir, { recursive: true });
  }
  const machine = await describeMachine(options.natsUrl);
  log(`machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, nats-server ${machine.natsServer}`);
  const suites = {};
  for (const name of options.suites.filter((s) => SUITES[s])) {
    suites[name] = await SUITES[name].run({ ...options, profileDir, log });
  }
  const seconds = (Date.now() - started) / 1000;
  return report({ startedAt: new Date(started).toISOString(), seconds, options, machine, suites });
}

/** A saved run's report again, its summaries recomputed from the raw runs. */
function rereport(file) {
  const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
  const suites = Object.fromEntries(
    Object.entries(saved.suites).map(([name, result]) => [name, SUITES[name].resummarize(result)]),
  );
  return report({ ...saved, suites });
}

function report({ startedAt, seconds, options, machine, suites }) {
  return {
    startedAt,
    seconds,
    options,
    machine,
    suites,
    targets: Object.entries(suites).flatMap(([name, r]) => SUITES[name].targets(r)),
    sections: Object.entries(suites).map(([name, r]) => ({ title: SUITES[name].title, body: SUITES[name].tables(r) })),
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
