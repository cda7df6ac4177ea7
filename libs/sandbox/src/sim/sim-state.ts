export interface SimProgress {
  percentage: number | null;
  currentStep: number | null;
  totalSteps: number | null;
}

/** One step of a payment's scripted lifecycle, in terms every kind can render in its own shape. */
export interface SimState {
  /** The provider's own status string (`completed`, `SUCCESS`, `bridging`, …), any string. */
  status: string;
  substatus?: string | null;
  progress?: SimProgress | null;
  txHash?: string | null;
  paymentType?: string | null;
  /** Amount received so far, as a decimal string. */
  received?: string | null;
  /** cyberpay's transaction list, rendered as given. */
  transactions?: Record<string, unknown>[];
  /** The whole answer body, sent verbatim instead of the kind's rendering. */
  body?: string;
  /** Move on from this step after this many ms in it, or after answering it this many times. */
  afterMs?: number;
  afterCalls?: number;
}

/** What a payment is besides its steps. */
export interface SimPaymentInfo {
  kind: string;
  id: string;
  /** Expected amount, a decimal string. */
  amount: string;
  currency: string;
  createdAt: number;
}
