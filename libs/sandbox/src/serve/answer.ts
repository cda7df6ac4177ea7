import { Reply } from '../kinds/sim-kind';

/** What the sandbox does with one provider call. */
export type Answer =
  | { type: 'reply'; reply: Reply }
  /** Say nothing until the client gives up. */
  | { type: 'hang' }
  /** Drop the connection without an answer. */
  | { type: 'reset' }
  | { type: 'delay'; ms: number; then: Answer };

export const reply = (value: Reply): Answer => ({ type: 'reply', reply: value });
