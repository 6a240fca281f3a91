/**
 * Test support for the training panel's views: a client whose requests are kept here, as the host
 * would receive them, and a way to deliver the current run's trainer messages to the page.
 */
import { act } from '@testing-library/react';
import {
  PROTOCOL_VERSION as v,
  type HostMessage,
  type TrainerMessage,
} from '../../../../src/protocol';
import type { RendererRequest } from '../../../../src/protocol/renderer';
import { HostClient } from '../../../../src/protocol/rendererClient';
import { hostStore } from '../../host/hostStore';
import { trainingController } from '../appTraining';

export function connectPanel() {
  const sent: RendererRequest[] = [];
  const client = new HostClient((request) => sent.push(request));
  const detach = trainingController.attach(client);
  hostStore.getState().connected(client);
  const trainerSent = () =>
    sent.flatMap((r) => (r.type === 'trainer' ? [r.message] : [])) as HostMessage[];
  const runId = () => trainerSent().findLast((m) => m.type === 'start')!.runId;
  /** Delivers a message of the current run, as the host forwards it. */
  const say = (message: TrainerMessage) =>
    act(() =>
      client.receive({ v, type: 'trainerMessage', message: { ...message, runId: runId() } }),
    );
  return { client, sent, trainerSent, say, detach };
}

/** Lets views that redraw once per animation frame catch up. */
export function nextFrame(): Promise<void> {
  return act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
}
