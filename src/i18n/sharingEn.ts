import type { sharingSv } from './sharingSv';

/** English texts of the sharing guard; same shape as the Swedish ones. */
export const sharingEn: typeof sharingSv = {
  heldBack:
    'This text is not shared with the other organisation until the identity number is replaced. Until then it is only on this device.',
  heldTyping:
    'The number you are typing is shared with the other organisation only once it is finished, and never if it is an identity number. Until then the text is only on this device.',
  piiBlock: 'is not shared with the other organisation – replace it',
  submittedWhileOpen:
    'The report has been sent. The receiving unit reads what you write here; an identity number stays on this device.',
  commentHasPersonalData:
    'The comment contains an identity number or similar. Both organisations see it: remove it first.',
};
