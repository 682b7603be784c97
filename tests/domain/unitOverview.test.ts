import { describe, expect, it } from 'vitest';
import { countPerUnit } from '../../src/domain/unitOverview';
import { directionOf, filterInbox, isUnseen, seenAtAfterWrite } from '../../src/domain/inbox';
import { parseIsoDate, type IsoDate } from '../../src/domain/isoDate';
import { indexRow } from '../helpers/indexRows';

const today = parseIsoDate('2026-11-22') as IsoDate;
const vgr = { orgId: 'vgr', orgName: 'Västra Götalandsregionen' };

// VGR's coordinator: avdelning 12 and 14 receive; avdelning 12 also reports one to Göteborg.
const avd12 = { receivingUnitId: 'vgr-avd12', receivingUnit: 'Sahlgrenska avdelning 12' };
const avd14 = { receivingUnitId: 'vgr-avd14', receivingUnit: 'Östra avdelning 14' };
const rows = [
  indexRow({ ...avd12, seenAt: null, deadline: '2026-11-01' }), // new, overdue, unanswered
  indexRow({ ...avd12, seenAt: 20, updatedAt: 10, deadline: '2026-12-30' }), // unanswered
  indexRow({ ...avd12, seenAt: 20, updatedAt: 10, status: 'answered', deadline: '2026-11-01' }), // answered late: none
  indexRow({ ...avd14, seenAt: 5, updatedAt: 10, status: 'received', deadline: '2026-11-21' }), // new, overdue, unanswered
  indexRow({ ...avd14, seenAt: 20, updatedAt: 10, status: 'closed' }),
  indexRow({
    reporterUnit: 'Sahlgrenska avdelning 12',
    reporterOrganisation: 'Västra Götalandsregionen',
    receivingOrganisation: 'Göteborgs stad',
    receivingOrgId: 'goteborg',
    receivingUnitId: 'gbg-hemsjukvard',
    receivingUnit: 'Hemsjukvården Centrum',
    seenAt: null,
  }),
];
const received = rows.filter((r) => directionOf(r, vgr).includes('received'));
const sent = rows.filter((r) => directionOf(r, vgr).includes('sent'));

describe("the coordinator's counts per unit", () => {
  it('keeps cases to and from her units apart', () => {
    expect(received).toHaveLength(5);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.receivingOrgId).toBe('goteborg');
  });

  it('counts new, overdue and unanswered cases per receiving unit, most overdue first', () => {
    expect(countPerUnit(received, 'received', today)).toEqual([
      { key: 'vgr-avd12', name: 'Sahlgrenska avdelning 12', total: 3, new: 1, overdue: 1, unanswered: 2 },
      { key: 'vgr-avd14', name: 'Östra avdelning 14', total: 2, new: 1, overdue: 1, unanswered: 1 },
    ]);
  });

  it('counts what her units sent by the reporting unit', () => {
    expect(countPerUnit(sent, 'sent', today)).toEqual([
      {
        key: 'Sahlgrenska avdelning 12',
        name: 'Sahlgrenska avdelning 12',
        total: 1,
        new: 1,
        overdue: 0,
        unanswered: 1,
      },
    ]);
  });

  it.each<[string, object, number]>([
    ['new', { unit: 'vgr-avd12', newOnly: true }, 1],
    ['overdue', { unit: 'vgr-avd12', overdueOnly: true }, 1],
    ['unanswered', { unit: 'vgr-avd12', unansweredOnly: true }, 2],
    ['new', { unit: 'vgr-avd14', newOnly: true }, 1],
    ['overdue', { unit: 'vgr-avd14', overdueOnly: true }, 1],
    ['unanswered', { unit: 'vgr-avd14', unansweredOnly: true }, 1],
  ])('each %s count is exactly the cases its filter lists (%o)', (_kind, filter, expected) => {
    expect(filterInbox(received, filter, today, 'received')).toHaveLength(expected);
  });

  it('lists the reporting organisation as the other party for received cases, the receiving one for sent', () => {
    expect(filterInbox(received, { counterpart: 'Göteborgs stad' }, today, 'received')).toHaveLength(5);
    expect(filterInbox(sent, { counterpart: 'Göteborgs stad' }, today, 'sent')).toHaveLength(1);
    expect(filterInbox(sent, { counterpart: 'Västra Götalandsregionen' }, today, 'sent')).toHaveLength(0);
  });

  it('leaves out drafts and rows without a unit', () => {
    expect(
      countPerUnit(
        [indexRow({ status: 'draft' }), indexRow({ receivingUnitId: '', receivingUnit: '' })],
        'received',
        today,
      ),
    ).toEqual([]);
  });
});

describe('"Ny" is never set by one\'s own action', () => {
  it.each<[string, number | null, boolean, boolean]>([
    ['she answers a case she had opened', 50, true, false],
    ['she acts on a case never opened on this device', null, true, false],
    ['someone else answers after she opened it', 50, false, true],
    ['a case arrives that she never opened', null, false, true],
  ])('%s', (_name, seenBefore, byThisDevice, shownAsNew) => {
    const now = 100;
    const seenAt = seenAtAfterWrite(seenBefore, now, byThisDevice);
    expect(isUnseen({ updatedAt: now, seenAt })).toBe(shownAsNew);
  });

  it('never moves seenAt back', () => {
    expect(seenAtAfterWrite(200, 100, true)).toBe(200);
    expect(seenAtAfterWrite(200, 100, false)).toBe(200);
  });
});
