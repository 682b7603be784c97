/** Swedish texts of the sharing guard: text another organisation reads, held on this device. */
export const sharingSv = {
  heldBack:
    'Texten delas inte med den andra organisationen förrän personnumret är ersatt. Den finns bara på den här enheten så länge.',
  heldTyping:
    'Numret du skriver delas med den andra organisationen först när det är klart, och aldrig om det är ett personnummer. Till dess finns texten bara på den här enheten.',
  piiBlock: 'delas inte med den andra organisationen – ersätt det',
  submittedWhileOpen:
    'Rapporten är skickad. Mottagande enhet läser det du skriver här; ett personnummer stannar på den här enheten.',
  commentHasPersonalData:
    'Kommentaren innehåller ett personnummer eller liknande. Den syns för båda organisationerna: ta bort det först.',
};
