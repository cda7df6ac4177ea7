import { AnomalyData, CloudEvent, EventType, PaymentStatusData, WatchEndedData } from './event';

export const EVENT_SOURCE = 'statushub/poller';

function cloudEvent<T extends PaymentStatusData | AnomalyData | WatchEndedData>(
  type: EventType,
  id: string,
  time: string,
  data: T,
): CloudEvent<T> {
  return {
    specversion: '1.0',
    id,
    source: EVENT_SOURCE,
    type,
    subject: data.orderId,
    time,
    datacontenttype: 'application/json',
    data,
  };
}

export function changedEventId(data: Pick<PaymentStatusData, 'provider' | 'paymentId' | 'version'>): string {
  return `${data.provider}:${data.paymentId}:${data.version}`;
}

export function statusChangedEvent(data: PaymentStatusData): CloudEvent<PaymentStatusData> {
  return cloudEvent('payment.status.changed', changedEventId(data), data.observedAt, data);
}

/** `k` counts the payment's anomalies: 1, 2, … */
export function anomalyEvent(data: AnomalyData, k: number): CloudEvent<AnomalyData> {
  return cloudEvent(
    'payment.status.anomaly',
    `${data.provider}:${data.paymentId}:anomaly:${k}`,
    data.anomaly.observedAt,
    data,
  );
}

export function watchEndedEvent(data: WatchEndedData): CloudEvent<WatchEndedData> {
  return cloudEvent('payment.watch.ended', `${data.provider}:${data.paymentId}:ended`, data.endedAt, data);
}
