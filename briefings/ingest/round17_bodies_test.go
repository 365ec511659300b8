package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound17OutletCountry: a national paper named for its country
// ("<Country> Herald") reports that country's bodies by their bare names
// ("the Office of the Prime Minister"); where the registry lists the
// body with the country and the story names no country of its own, the
// outlet's says which. An outlet named for no listed place leaves the
// body as the copy gives it.
func TestRound17OutletCountry(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Tavalu", Kind: "place", Role: "Island state"},
		{Name: "Office of the Prime Minister of Tavalu", Kind: "organisation", Role: "Tavalu's prime minister's office"},
	}}
	text := strings.Join([]string{
		"Reef fishing paused",
		"No new fishing licences will be issued for the outer reef until a survey of fish stocks is finished, the Government has announced.",
		`In a statement on Monday, the Office of the Prime Minister said Cabinet had agreed to the pause "to give the reef a season to rest".`,
		"Fishers at the harbour said they had not been told how long the survey would take.",
	}, "\n\n")
	for _, c := range []struct {
		name, outlet, want string
	}{
		{"a paper named for the country", "Tavalu Herald", "Office of the Prime Minister of Tavalu"},
		{"a paper named for the country after 'The'", "The Tavalu Times", "Office of the Prime Minister of Tavalu"},
		{"negative: a paper named for no listed place", "Harbour Weekly", "Office of the Prime Minister"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a := ingest.ReadText(text)
			a.Outlet = c.outlet
			d, err := ingest.New(reg).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			wantSpeakers(t, d, map[string]string{"to give the reef a season to rest": c.want})
		})
	}
}

// TestRound17OwnersBodyNamed: "The <Owner>'s <body noun>, <Full Name>,"
// names the body that speaks; the owner, a defined term in capitals ("the
// Company"), is no speaker. A firm's full name ending in its legal form
// is a body even when a title word ("General") stands among its capitals.
func TestRound17OwnersBodyNamed(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "an insurer named after the defined term's possessive", paras: []string{
			"Refinery fire",
			`Harbour Oils Limited (the "Company") informs its shareholders that a fire broke out at its refinery on Saturday.`,
			"The Company estimates that the unit will be unavailable for eight weeks.",
			`The Company's insurer, Atlantic Mutual Assurance S.A., has confirmed in writing that the policy covers "all damage resulting from the fire".`,
		}, want: map[string]string{"all damage resulting from the fire": "Atlantic Mutual Assurance S.A."}},
		{name: "an insurer with a title word in its name", paras: []string{
			"Transformer damaged",
			`Northgate Solar Holdings Limited (the "Company") announces that the transformer for its solar plant was damaged in transit.`,
			"The Company expects the plant to start operating three months later than planned.",
			`The Company's marine cargo insurer, Windward Marine & General Insurance Company Limited, has confirmed that the damage is "covered under the policy".`,
		}, want: map[string]string{"covered under the policy": "Windward Marine & General Insurance Company Limited"}},
	})
}

// TestRound17ShoutedHeadings: a heading set wholly in capitals, long and
// with an article or a possessive in it (a release's headline, a case's
// title), names no one: "the Board" or "the Court" after it is the body
// the copy names, not a run of the heading's capitals. A factbox heading
// that names a party in capitals, with no article, still names it.
func TestRound17ShoutedHeadings(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Reserve Bank of Norland", Kind: "organisation", Role: "Norland's central bank"},
		{Name: "Northern Party for Work and Welfare", Kind: "organisation", Role: "Norland centre-left party", Aliases: []string{"NPWW"}},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a central bank's release headline", reg: reg, paras: []string{
			"RESERVE BANK OF NORLAND\nCommunications Office",
			"PRESS RELEASE No. 7/2026",
			"SECOND REGULAR MEETING OF 2026 OF THE RATES BOARD: RBN HOLDS ITS KEY RATE AT 5%",
			"Port Alden, 3 March 2026 - The Rates Board (RB) of the Reserve Bank of Norland (RBN) held its second regular meeting of 2026 on Tuesday at the Bank's offices in Port Alden.",
			"Having looked at the figures for prices, wages and lending, the RB decided to keep its key rate unchanged.",
			`The Board noted that inflation had fallen and was expected to return "to the target band by the end of next year".`,
		}, want: map[string]string{"to the target band by the end of next year": "Reserve Bank of Norland"}},
		{name: "negative: a factbox heading naming a party", reg: reg, paras: []string{
			"FACTBOX-Norland coalition talks: what the parties are saying",
			"PORT ALDEN, March 3 (Reuters) - Norland parties began talks on Monday to form a government after an election that left no one with a majority.",
			"Here is what the parties have said:",
			"NORTHERN PARTY FOR WORK AND WELFARE (NPWW) - 18 SEATS",
			`* The centre-left party said it would "not rule anything out" in the talks.`,
		}, want: map[string]string{"not rule anything out": "Northern Party for Work and Welfare"}},
	})
}

// TestRound17FrenchBodyNames: "des" joins the words of a French body's
// name as "de" and "du" do ("Compagnie des <Noun> de <Place>",
// "Fédération des <Noun>"), so the body keeps its first word.
func TestRound17FrenchBodyNames(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a bus company named in French", paras: []string{
			"Harbour road closed for repairs",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Société des Transports de Valmont (STV) said its coastal line would be diverted and warned of "longer journeys at peak times".`,
		}, want: map[string]string{"longer journeys at peak times": "Société des Transports de Valmont"}},
		{name: "a firefighters' unit named in French", paras: []string{
			"Warehouse fire",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The fire was fought by the Brigade des Sapeurs-Pompiers Volontaires (BSPV), which said the blaze was out "by dawn, with no one hurt".`,
		}, want: map[string]string{"by dawn, with no one hurt": "Brigade des Sapeurs-Pompiers Volontaires"}},
	})
}

// TestRound17StateFormInBody: a state's official name ("Commonwealth of
// <Name>", "Republic of <Name>") at the head of a body's name that ends
// in its head word is the body's seat: the body is read whole, not cut at
// the state's "of".
func TestRound17StateFormInBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a police force named with its commonwealth", paras: []string{
			"Vendors told to move",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Commonwealth of Valmora Police Force said that clearing the stalls was "a matter for the town council".`,
		}, want: map[string]string{"a matter for the town council": "Commonwealth of Valmora Police Force"}},
		{name: "a navy named with its republic", paras: []string{
			"Fishing boat rescued",
			"The figures were published on Tuesday after a week of delays, and officials said more details would follow later in the month.",
			`The Republic of Tessaly Coast Guard said the crew were "cold but unharmed".`,
		}, want: map[string]string{"cold but unharmed": "Republic of Tessaly Coast Guard"}},
	})
}

// TestRound17BareHead: "the Commission" after a joint commission named in
// full and again by a shorter form ("the Joint Commission") is the one
// body, in the registry's name, not two to choose between.
func TestRound17BareHead(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Norland-Valmora Joint Commission for the Tessa River", Kind: "organisation", Role: "Bilateral river commission"},
	}}
	runSpeakerCases(t, draftArticle, []speakerCase{
		{name: "a joint commission by its head word", reg: reg, paras: []string{
			"River commission meets",
			"The ministers of Norland and Valmora today co-chaired the third session of the Norland-Valmora Joint Commission for the Tessa River, which adopted a joint statement on fishing.",
			`In the statement, the Commission "reaffirms the shared duty of both countries to protect the river".`,
			`The Commission also "calls on its partners" to fund a common monitoring system for the river's fish.`,
			"The fourth session of the Joint Commission will be held in Valmora next year.",
		}, want: map[string]string{"calls on its partners": "Norland-Valmora Joint Commission for the Tessa River"}},
	})
}
