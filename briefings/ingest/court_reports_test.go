package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestCourtReports: a court's release. The court that decided a case did
// so ", ruling that …" and a party "contended that …"; a law office that
// stands as a party ("X v The Attorney General of Y") is "the Attorney
// General" after, when no one holds it by name; "the Court" is the court
// the release's first sentence names, though lower courts are named too;
// an "It" opening a sentence goes on with the body the sentence before
// opens with, not with one whose "power" it mentions in passing.
func TestCourtReports(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Andean Court of Justice", Kind: "organisation", Role: "Regional court", Aliases: []string{"ACJ"}},
	}}
	text := `Court sides with river villages

LIMA – The Andean Court of Justice (ACJ) today allowed an appeal by three river villages, ruling that the 2023 dam permit was granted "without hearing those who live downstream."

The appeal, Rio Claro Villages Association and Others v The Attorney General of Peru, began in the Superior Court of Cusco and went on to the Court of Appeal of Peru.

The Attorney General, represented by Ms. Lucia Ferrand, contended that the permit was "a lawful use of the Minister's powers" under the water law.

The Court made clear that its ruling does not touch the Government's power to license dams on the river. It stressed that water and consultation "are not rival goods" and that a new permit may follow.`
	wantSpeakers(t, draftWith(t, reg, text), map[string]string{
		"without hearing those who live downstream.": "Andean Court of Justice",
		"a lawful use of the Minister's powers":      "Attorney General of Peru",
		"are not rival goods":                        "Andean Court of Justice",
	})
}

// TestNamedAttorneyGeneral: an Attorney General the article names is
// that person, not the office.
func TestNamedAttorneyGeneral(t *testing.T) {
	t.Parallel()
	text := `Ruling appealed

The appeal, Delta Growers v The Attorney General of Kenya, was heard in Nairobi on Monday by three judges of the appeal court.

Attorney General Wanjiru Kamau-Otieno said the ruling was "wrong in law".

The Attorney General contended that the growers had "no standing at all".`
	wantSpeakers(t, draftWith(t, nil, text), map[string]string{
		"wrong in law":       "Wanjiru Kamau-Otieno",
		"no standing at all": "Wanjiru Kamau-Otieno",
	})
}
