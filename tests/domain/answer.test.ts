import { describe, expect, it } from 'vitest';
import { parseAnswerDraft, validateAnswer } from '../../src/domain/answer';
import { regionProfile } from '../../src/domain/regionProfiles';

const full = {
  cause: 'Rutinen var okänd.',
  actions: 'Utbildning.',
  consequences: 'Fördröjd dos.',
  followUp: 'Uppföljning i mars.',
  jointAnalysisNeeded: 'no' as const,
};

describe('the answer', () => {
  it('needs cause, actions and a joint-analysis decision in Göteborgsområdet', () => {
    expect(validateAnswer({}, regionProfile('goteborgsomradet')).map((p) => p.field)).toEqual([
      'cause',
      'actions',
      'jointAnalysisNeeded',
    ]);
    expect(
      validateAnswer({ cause: 'x', actions: 'y', jointAnalysisNeeded: 'yes' }, regionProfile('goteborgsomradet')),
    ).toEqual([]);
  });

  it('needs all four parts in Södra Älvsborg', () => {
    expect(
      validateAnswer({ cause: 'x', actions: 'y', jointAnalysisNeeded: 'no' }, regionProfile('sodra-alvsborg')).map(
        (p) => p.field,
      ),
    ).toEqual(['consequences', 'followUp']);
    expect(validateAnswer(full, regionProfile('sodra-alvsborg'))).toEqual([]);
  });

  it('blocks a personnummer in the answer', () => {
    expect(validateAnswer({ ...full, cause: 'Gäller 811218-9876' }, regionProfile('blekinge'))).toEqual([
      { field: 'cause', code: 'contains_personal_data' },
    ]);
  });

  it('reads a draft leniently', () => {
    expect(parseAnswerDraft({ cause: 'a', jointAnalysisNeeded: 'maybe' })).toEqual({
      cause: 'a',
      jointAnalysisNeeded: undefined,
      actions: undefined,
      consequences: undefined,
      followUp: undefined,
    });
  });
});
