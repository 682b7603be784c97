/**
 * Common Swedish first names and surnames, for the PII guard's name warning. Data only, loaded
 * lazily by nameGuard (a dynamic import), so it never weighs on a screen's first load. Written
 * from general knowledge of the most frequent names in Sweden (older and younger generations,
 * and the most common names of newer Swedes); not a register extract.
 */

export const FIRST_NAMES: readonly string[] = `
Anna Eva Maria Karin Kristina Lena Kerstin Sara Emma Ingrid Marie Malin Linda Jenny Birgitta Elisabeth Sofia
Annika Susanne Johanna Monica Monika Carina Hanna Ulla Elin Inger Camilla Helena Åsa Anneli Katarina Cecilia
Therese Ida Margareta Linnea Julia Ebba Elsa Alice Maja Wilma Alma Olivia Astrid Ella Vera Agnes Saga Freja
Stella Ellen Alva Klara Selma Nora Elvira Signe Edith Tilde Moa Lova Frida Matilda Amanda Emelie Emilia
Josefin Caroline Louise Lisa Lina Jessica Sandra Angelica Petra Ulrika Charlotte Madeleine Pia Gunilla
Marianne Barbro Gunnel Britt Siv Birgit Ingegerd Gun Maj Märta Elsie Dagny Greta Ingeborg Gerd Solveig
Viola Ester Rut Dagmar Elise Karolina Anita Yvonne Agneta Christina Britta Lisbeth Irene Ann Anne Annelie
Mona Ewa Gunhild Berit Sonja Ingela Maud Mia Stina Tina Veronica Victoria Erika Fredrika Hedvig Ronja Tuva
Tyra Fatima Amina Aisha Sofie Mikaela Rebecka Nathalie Felicia Tove Isabelle Elina Mira Agda Hillevi Ylva
Eleonora Vendela Ingegärd Majken Gunvor Elna Svea Hjördis Ruth Laila Lilian Doris Iris Inga Elisabet
Lars Mikael Michael Anders Johan Erik Per Karl Peter Jan Thomas Daniel Fredrik Hans Andreas Stefan Mats
Mohammed Mohamed Muhammad Magnus Bengt Jonas Martin Mattias Niklas Björn Henrik Alexander Sven Bo Nils
Leif Göran Christer Ulf Marcus Markus David Oskar Oscar Lennart Gustav Gustaf Viktor Victor Olof Åke Kjell
Rolf Sebastian Emil Simon Kent Robert Tommy Patrik Joakim Christian Jonathan Tobias Anton Kenneth Roger
Jörgen Håkan Ingemar Gunnar Bertil Stig Rune Sture Arne Gösta Ove Tore Sten Hugo William Liam Noah Lucas
Elias Oliver Adam Ludvig Axel Filip Isak Leo Theo Vincent Albin Alfred Arvid Harry Melvin Edvin Frans
Sixten Folke Vidar Otto Ebbe Malte Love Gabriel Jakob Josef Ali Ahmed Hassan Mustafa Omar Yusuf Ibrahim
Abdi Kurt Sune Evert Helge Harald Ingvar Einar Torsten Holger Ragnar Allan Valter Walter Ivar Egon Ture
Knut Erland Birger Conny Roland Dan Claes Carl Johannes Jesper Rasmus Pontus Kristoffer Christoffer Jimmy
Johnny Benny Glenn Ronny Kristian Jens Ola Pär Tomas Urban Rickard Richard Krister Morgan Henry Elis
Vilgot Alvin Casper Linus Samuel Max Felix Viggo Hampus Melker Wilhelm Dennis Robin Kevin Jacob Algot
Bruno Charlie Tage Gottfrid Assar Hilding Artur Sigvard Nisse Lasse Janne Pelle Kalle Bosse Olle Putte
`
  .trim()
  .split(/\s+/);

export const SURNAMES: readonly string[] = `
Andersson Johansson Karlsson Carlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson
Gustavsson Pettersson Petersson Jonsson Jansson Hansson Bengtsson Jönsson Lindberg Jakobsson Jacobsson
Magnusson Olofsson Lindström Lindqvist Lindkvist Lindgren Axelsson Berg Bergström Lundberg Lind Lundgren
Lundqvist Mattsson Berglund Fredriksson Sandberg Henriksson Forsberg Sjöberg Wallin Engström Eklund
Danielsson Lundin Håkansson Björk Bergman Gunnarsson Holm Wikström Samuelsson Isaksson Fransson Bergqvist
Nyström Holmberg Arvidsson Löfgren Söderberg Nyberg Blomqvist Claesson Nordström Mårtensson Lundström
Viklund Björklund Eliasson Pålsson Berggren Sandström Nordin Ström Åberg Hermansson Ekström Holmgren
Sundberg Hedlund Dahlberg Hellström Sjögren Abrahamsson Falk Martinsson Öberg Andreasson Strömberg
Månsson Åkesson Sundström Dahl Lindholm Nordqvist Ivarsson Jonasson Lindblom Hussein Lindell Norberg
Göransson Sundqvist Lindahl Nordlund Berntsson Adolfsson Hedberg Lindén Holmqvist Malmberg Blom Strand
Söderström Englund Nyman Bäckström Sjöström Hedström Borg Ottosson Ekman Lilja Sandin Bergkvist Boman
Engberg Forsman Westerberg Johnsson Olausson Wiklund Rosén Backman Edvardsson Ekberg Östlund Sandell
Knutsson Augustsson Öhman Ljungberg Thorén Kjellberg Haglund Eklöf Wennberg Hallberg Sjödin Sundin
Ahlberg Hansen Nielsen Jensen Korhonen Virtanen Yilmaz Said Ibrahim Nguyen Kaya Granberg Fors Moberg Hägg
Sjölund Rydberg Östman Nygren Nyqvist Lundh Ahmadi Hosseini Mohammadi Abdullahi Osman Warsame Jama
Lindroth Palm Nordberg Lundmark Bergh Sjöholm Forslund Hedman Norén Åström Björkman Ståhl Grahn Roos
Ekholm Hedin Sandqvist Wahlström Berglöf Söderlund Lindmark Malm Ljung Sundén Hellberg Frisk Rask
`
  .trim()
  .split(/\s+/);

/**
 * Names that are also ordinary words ("Per dygn", "Inga läkemedel", "Max 4 tabletter",
 * "Berg"): at the start of a sentence they count only next to another name.
 */
export const AMBIGUOUS_NAMES: readonly string[] = `
Per Bo Hans Dag Maj Max Sten Björn Stig Axel Rut Inga Ester Saga Klara Lina Love Knut Said Berg Holm Lind
Björk Falk Blom Lilja Strand Ström Borg Fors Dahl Hägg Palm Malm Ljung Frisk Rask Roos Nord Ali Omar Leo
Otto Frans Mona Gun Vera Tilde Moa Iris Signe Ola Dan Kent Glenn Ewa Ann Pia Mia Tina
`
  .trim()
  .split(/\s+/);
