"""Common first names in the Netherlands, folded (lower case, no diacritics).

The privacy check uses them to tell "Carin Vonk" (a person) from "Health Impact" (a phrase):
a capitalised pair is a likely name when its first word is a first name. A missing name only
lowers the check's confidence (the pair is still offered, with "laten staan" preselected).
"""

from __future__ import annotations

_NAMES = """
aad aafke aagje abdel abdul abdullah abe abel abraham achmed ada adam adri adriaan adrianus
adrie agnes ahmed ahmet aisha ali alice alida aline alex alexander alexandra alfred alida
alwin amber amina amy ana andre andrea andreas angela angelique anita anja anke ann anna
anne anneke anneloes annelies annemarie annemieke annet annette annie anouk anton antoine
antonie antoon ard arend arie arian arjan arjen arnold arnoud aron arthur astrid aukje ayse
bart bas bastiaan beatrix bea ben benjamin bernard bert berend bernadette betty bianca bob
boris bram brenda bregje britt bruno caroline carla carin carina carlo carmen carola casper
cathy cecile charlotte chantal chris christa christiaan christian christine cindy claire
clara claudia coby cor corine corne cornelis cornelia daan daniel danielle dave
david debora demi dennis derk desiree dick didi diederik dieuwke dik dirk dominique dora
dorien doris edwin eefje eelco egbert eline elise elisabeth elke ellen els elly elmar elsa
emiel emile emma eric erik erika erna ernst esther eva evert evelien ewout fabian fatima
fatma femke fenna ferdinand fleur floor floris frank frans freek frits gabriel gea geert
gemma gerard gerben gerda gerrit gert gertjan gijs gerrie gina gonny greetje gregor guido
hanneke hans hanna hannah harm harrie harry hasan hein hendrik henk henny henri herman
hester hilde hugo huub ibrahim ilse inge ineke ingrid irene iris ivo jaap jacob jacqueline
jan janneke jannie jans jasper jeanine jelle jeroen jesse jessica jet jetske joke joop joost
jordy jorien jos jose josephine joris joyce judith jules julia juliette julian justin karel
karin kees kim klaas koen kees lara laura leo leon leonie lex liam lidwien lieke lies
liesbeth lieve lilian linda lisa lise lisette lotte louis lucas lucia luc lydia maaike maarten
madelon maik manon marc marcel marco margot margreet maria marianne marieke marielle marije
marijke marinus mario marion mariska marja marjan marjolein mark marleen marloes martijn
martin martine mathijs matthijs max mehmet meike melanie menno merel michel michelle mieke
miranda mirjam mohamed mohammed monique nadia najima natasha nathalie niels nicole nienke
nils noah noor nora olga otto paul paula pauline peter petra piet pieter pim priscilla
quinten rachid rachel ralph ramon renate rene richard rick rik rina rob robbert robert robin
roel roelof roland romy ronald ron roos rosa rosalie ruben rudi rudy rutger ruud sabine
sacha sander sandra sanne sara sarah saskia sebastiaan simone sjaak sjoerd sofie sonja
sophie stan stef stefan stephan stijn susan suzanne sven sylvia tamara tanja teun theo thijs
thomas tim tineke tjeerd tom ton toos truus twan vera victor vincent wendy wessel wietske
wil wilco willem willemijn willy wim wouter yara yasmin yvette yvonne zoe ashley kevin
joey jurgen mustafa youssef samira khadija hatice emre
"""

FIRST_NAMES = frozenset(_NAMES.split())
