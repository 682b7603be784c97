/** Swedish texts of the sharing guard: text another organisation reads, held on this device. */
export const sharingSv = {
  heldBack:
    'Texten delas inte med den andra organisationen förrän personnumret är ersatt. Den finns bara här så länge.',
  heldTyping:
    'Numret du skriver delas med den andra organisationen först när det är klart, och aldrig om det är ett personnummer. Till dess finns texten bara här.',
  piiBlock: 'delas inte med den andra organisationen – ersätt det',
  submittedWhileOpen: 'Rapporten är skickad. Mottagande enhet läser det du skriver här; ett personnummer stannar här.',
  commentHasPersonalData:
    'Kommentaren innehåller ett personnummer eller liknande. Den syns för båda organisationerna: ta bort det först.',
};
