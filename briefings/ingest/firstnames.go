package ingest

import (
	"strings"
	"unicode/utf8"
)

// givenNames maps common given names, across the languages news reports
// most, to the gender they most often carry. The list only serves two
// purposes: telling that "Kai Mensah" is a person and not a place, and
// letting "she" skip past a man. A name missing from it is compatible with
// either pronoun, so the list errs on the side of being short.
var givenNames = map[string]gender{}

func init() {
	for _, n := range strings.Fields(`
		aaron abdul abdullah adam adrian ahmed ahmad akira alan albert alberto alejandro aleksandr
		alexander alexandre alexei alexey ali alfred amir anders andre andreas andrei andrew andrey
		andriy angelo anthony antonio antony anton arjun arnold arthur ashok aziz barack bashar ben
		benjamin bernard bill bob boris brad brandon brian bruce carl carlos charles chris christian
		christopher colin craig dan daniel danny dave david dennis dmitry dmitri donald doug douglas
		edward emmanuel enrique eric erik evgeny fabio felipe fernando francesco francis francisco frank
		franz frederick gabriel gary george georg gerhard giorgio giuseppe gordon goran graham greg
		gregory hans harry hassan henrik henry hugo ian ibrahim igor ilya isaac ivan jack jacob jacques
		jake james jan jason javier jean jeff jeffrey jens jerome jim joachim joe joel johan johannes
		john jon jonas jonathan jorge jose josef joseph juan julian jurgen justin kai karl kevin kim
		klaus kurt lars lee leon leonid liam lorenzo luis lukas luca luke mahmoud manuel marc marcel
		marco marcus mario mark martin mateusz matteo matthew max michael michel miguel mike mikhail
		miklos mohamed mohammed muhammad nathan neil nicholas nick nicolas nikolai nikolay oleg oleksandr
		oleksiy olaf oliver omar oscar oskar pablo paolo patrick paul paulo pavel pedro peter petr
		petro philip philippe pierre pieter piotr rafael rahul raj ralph ramon raul ravi richard rick
		robert roberto roger roman ron ronald rui ryan salman sam samuel sanjay scott sean sebastian
		sergei sergey sergio serhiy simon stefan stephen steve steven stuart sven taras ted thomas
		tim timothy tobias tom tomas tomasz tony valery vasily victor viktor vincent vladimir
		vladislav volodymyr walt walter wang wei william wolfgang xavier yaroslav yevgeny youssef yuri
		yusuf zbigniew`) {
		givenNames[n] = male
	}
	for _, n := range strings.Fields(`
		aisha alessandra alexandra alice alicia alina alla amanda amara amy ana anastasia andrea angela
		angelika anita ann anna anne annalena annika antonia ashley barbara beatrice birgit brigitte
		camille carla carmen caroline catherine cecilia charlotte chloe christina christine claire
		clara claudia cristina daria deborah diana diane donna dorothy elena eleni elisabeth elizabeth
		ellen elsa emily emma eva fatima fiona francesca frederica gabriela giulia grace hanna hannah
		heather helen helena ines ingrid irina isabel isabella jacinda jane janet jennifer jessica
		joanna julia julie karen karin katarina katharina kate katherine kathleen kathryn katja
		kristina laura leila lena lillian linda lisa liz lucia lucy magdalena malgorzata margaret
		margit margarita maria marie marina marta martha mary maya melanie mia michelle monica nadia
		nadine nancy natalia natalie natasha nicole nina olena olga paula petra priya rachel rebecca
		rita rosa ruth sabine sandra sara sarah sofia sophie stephanie susan svetlana tanya tatiana
		teresa ursula valentina vera veronica victoria vesna yulia yuliia zoe`) {
		givenNames[n] = female
	}
}

// givenGender looks a lower-case word up in givenNames, without its
// accents when it has any ("maría" is "maria") and by its first part when
// it is hyphenated ("jean-françois").
func givenGender(w string) (gender, bool) {
	if g, ok := givenNames[w]; ok {
		return g, true
	}
	if i := strings.IndexByte(w, '-'); i > 0 {
		return givenGender(w[:i])
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			folded := foldWords(w, nil)
			if len(folded) == 1 {
				g, ok := givenNames[folded[0]]
				return g, ok
			}
			return unknownGender, false
		}
	}
	return unknownGender, false
}
