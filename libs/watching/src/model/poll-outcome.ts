import { Transition } from '@statushub/contract';
import { PollFailureKind } from './poll-failure';

/** How one poll ended: what the answer did to the payment, why there was none, or our own failure. */
export type PollOutcome = Transition['kind'] | PollFailureKind | 'internal_error';
