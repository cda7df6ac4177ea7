'use strict';
// Preloaded (`node -r`) into every server under test, which knows nothing of the bench: answers the
// runner's requests for memory and CPU profiles over the IPC channel.
const { serve } = require('../lib/rpc');

serve(require('./probe-handlers'));
