import { describe, expect, it } from 'vitest';
import {
  inboxHref,
  inboxQuery,
  parseInboxQuery,
  type InboxView,
  namesDirection,
  sideWithCases,
} from '../../src/domain/inboxQuery';

describe('the inbox view in the address', () => {
  it.each<[string, string, InboxView]>([
    ['nothing chosen', '', { direction: 'received', filter: {} }],
    [
      'a unit and its overdue cases',
      'enhet=vgr-avd12&forsenade=1',
      { direction: 'received', filter: { unit: 'vgr-avd12', overdueOnly: true } },
    ],
    [
      'sent by one unit, new only',
      'riktning=fran&enhet=Sahlgrenska+avdelning+12&nya=1',
      { direction: 'sent', filter: { unit: 'Sahlgrenska avdelning 12', newOnly: true } },
    ],
    ['unanswered', 'obesvarade=1', { direction: 'received', filter: { unansweredOnly: true } }],
    [
      'status, area, agreement, organisation and search',
      'status=received&omrade=sip&overenskommelse=vg-sip&organisation=G%C3%B6teborgs+stad&sok=helg',
      {
        direction: 'received',
        filter: {
          status: 'received',
          area: 'sip',
          agreementId: 'vg-sip',
          counterpart: 'Göteborgs stad',
          search: 'helg',
        },
      },
    ],
  ])('reads %s', (_name, query, view) => {
    expect(parseInboxQuery(Object.fromEntries(new URLSearchParams(query)))).toEqual(view);
  });

  it.each<[string, Record<string, string>, InboxView]>([
    ['an unknown status', { status: 'bortglömd' }, { direction: 'received', filter: {} }],
    ['the draft status (never in an inbox)', { status: 'draft' }, { direction: 'received', filter: {} }],
    ['a flag that is not 1', { forsenade: 'ja', nya: '0' }, { direction: 'received', filter: {} }],
    ['an unknown direction', { riktning: 'upp' }, { direction: 'received', filter: {} }],
    ['an empty value', { enhet: '  ' }, { direction: 'received', filter: {} }],
    ['an unknown parameter', { foo: 'bar' }, { direction: 'received', filter: {} }],
  ])('leaves out %s', (_name, params, view) => {
    expect(parseInboxQuery(params)).toEqual(view);
  });

  it('takes the first of a repeated parameter and bounds a long one', () => {
    expect(parseInboxQuery({ enhet: ['a', 'b'] }).filter.unit).toBe('a');
    expect(parseInboxQuery({ sok: 'x'.repeat(500) }).filter.search).toHaveLength(200);
  });

  it('writes a view back to the same address it was read from', () => {
    const view: InboxView = {
      direction: 'sent',
      filter: { unit: 'Hemtjänsten Centrum', overdueOnly: true, search: 'helg' },
    };
    const href = inboxHref('/inkorg', view);
    expect(href).toBe('/inkorg?riktning=fran&enhet=Hemtj%C3%A4nsten+Centrum&sok=helg&forsenade=1');
    expect(parseInboxQuery(Object.fromEntries(new URL(href, 'http://x').searchParams))).toEqual(view);
  });

  it('writes nothing for an empty view, and leaves out unset and false values', () => {
    expect(inboxHref('/inkorg', { direction: 'received', filter: {} })).toBe('/inkorg');
    expect(inboxQuery({ direction: 'received', filter: { status: '', newOnly: false, unit: '' } })).toEqual({});
  });
});

describe('whether the address names a side', () => {
  it.each([
    [{}, false],
    [{ enhet: 'vgr-avd12' }, false],
    [{ riktning: 'till' }, true],
    [{ riktning: 'fran' }, true],
  ])('%o → %s', (params, expected) => {
    expect(namesDirection(params)).toBe(expected);
  });
});

describe('the side a coordinator lands on', () => {
  it.each([
    [{ received: 3, sent: 5 }, 'received'],
    [{ received: 0, sent: 4 }, 'sent'],
    [{ received: 2, sent: 0 }, 'received'],
    [{ received: 0, sent: 0 }, 'received'],
  ] as const)('%o → %s', (totals, side) => {
    expect(sideWithCases(totals)).toBe(side);
  });
});
