import { describe, expect, it } from 'vitest';
import { RENDERER_REQUEST_SCHEMAS, REPLY_TYPES } from '../../protocol/renderer';
import {
  CONNECT_CHANNEL,
  PORT_CHANNEL,
  REQUEST_CHANNELS,
  REQUEST_TYPES,
  isRequestType,
  requestChannel,
  requestTypeOf,
} from './ipcChannels';

describe('the IPC channel allowlist', () => {
  it('has one channel for each request type of the protocol, and no other', () => {
    expect([...REQUEST_TYPES].sort()).toEqual(Object.keys(RENDERER_REQUEST_SCHEMAS).sort());
    expect([...REQUEST_TYPES].sort()).toEqual(Object.keys(REPLY_TYPES).sort());
    expect(new Set(REQUEST_CHANNELS).size).toBe(REQUEST_TYPES.length);
  });

  it('reads each channel back as its request type', () => {
    for (const type of REQUEST_TYPES) expect(requestTypeOf(requestChannel(type))).toBe(type);
  });

  it.each([
    'neurocanvas:request:readFile',
    'neurocanvas:request:',
    'neurocanvas:request:trainer ',
    'request:trainer',
    CONNECT_CHANNEL,
    PORT_CHANNEL,
    '',
  ])('knows %j as no request channel', (channel) => {
    expect(requestTypeOf(channel)).toBeNull();
  });

  it.each([['__proto__'], ['constructor'], [42], [null], ['listrecent']])(
    'knows %j as no request type',
    (type) => expect(isRequestType(type)).toBe(false),
  );
});
