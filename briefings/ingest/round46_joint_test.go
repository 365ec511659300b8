package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound46JointPageVoice: on a page that is a joint statement itself,
// published by one of its parties, the statement's words that no one is
// named for ("The two sides …" in marks, a closing paragraph with no
// verb) go to the publishing body; the same words on a page that is no
// joint statement stay unattributed.
func TestRound46JointPageVoice(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Varnia Reserve Bank", Kind: "organisation", Role: "central bank"},
		{Name: "Ostmark National Bank", Kind: "organisation", Role: "central bank"},
	}}
	const q1 = "The two sides agreed to link their payment systems by the spring and to share fraud alerts within the hour."
	const q2 = "We invite the other central banks of the region to join the link on the same terms."
	body := []string{
		"Rell, 4 March 2026. The Varnia Reserve Bank and the Ostmark National Bank met in Rell and issued the following text.",
		"\"" + q1 + "\"",
		"The governors also discussed the outlook for growth in both economies.",
		"\"" + q2 + "\"",
	}
	for _, c := range []struct{ name, title, want string }{
		{"joint statement page: the publisher speaks", "Joint Statement by the Varnia Reserve Bank and the Ostmark National Bank on payment links", "Varnia Reserve Bank"},
		{"negative: a release about talks, no joint statement", "Central banks discuss payment links", "unknown"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a := ingest.ReadText(strings.Join(append([]string{c.title}, body...), "\n\n"))
			a.Outlet = "Varnia Reserve Bank"
			d, err := ingest.New(reg).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			wantSpeakers(t, d, map[string]string{q1: c.want, q2: c.want})
		})
	}
}

// TestRound46JointUnderLetterhead: a joint statement set under one
// body's letterhead (the body's name over "JOINT STATEMENT BY …") is that
// body's page: the statement's own words with a plural subject ("The
// two banks “…”") go to it; the same letterhead over a plain release
// title leaves such words alone.
func TestRound46JointUnderLetterhead(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Varnia Reserve Bank", Kind: "organisation", Role: "central bank"},
		{Name: "Ostmark National Bank", Kind: "organisation", Role: "central bank"},
	}}
	const q = "will publish the first joint fraud report before the end of the year."
	for _, c := range []struct{ name, line, want string }{
		{"joint statement under the letterhead", "JOINT STATEMENT BY THE VARNIA RESERVE BANK AND THE OSTMARK NATIONAL BANK ON FRAUD REPORTING", "Varnia Reserve Bank"},
		{"negative: a plain release under the letterhead", "CENTRAL BANKS AGREE ON FRAUD REPORTING", "unknown"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			text := strings.Join([]string{"VARNIA RESERVE BANK", c.line, "Rell, 4th March, 2026",
				"1. The Varnia Reserve Bank and the Ostmark National Bank have agreed common rules for reporting card fraud.",
				"2. The two banks \"" + q + "\"",
			}, "\n\n")
			d, err := ingest.New(reg).Draft(ingest.ReadText(text), ingest.Options{Now: func() time.Time { return time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			wantSpeakers(t, d, map[string]string{q: c.want})
		})
	}
}

// TestRound46JointPairLast: in a joint statement's report, "The
// Governments of <A> and <B> reaffirmed “…”" is the two together, which
// the document's first-named party speaks for, not <B>, the last the
// subject names; a report of no joint document keeps the reading of the
// subject's last part.
func TestRound46JointPairLast(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Tavalu", Kind: "place", Role: "Country"},
		{Name: "Meridia", Kind: "place", Role: "Country", Aliases: []string{"Federated Isles of Meridia"}},
	}}
	const q = "the long friendship and good neighbourliness of both peoples"
	for _, c := range []struct{ name, title, intro, want string }{
		{"joint statement: the first-named party", "Joint Statement: Tavalu and Meridia agree on glacier monitoring",
			"Port Lenn. 2 March 2026. The following Joint Statement was issued after the talks in Port Lenn.", "Tavalu"},
		{"negative: no joint document", "Tavalu and Meridia hold talks on glaciers",
			"Port Lenn. 2 March 2026. Officials met in Port Lenn for a second day of talks.", "Meridia"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			text := strings.Join([]string{c.title, c.intro,
				"1. The Governments of Tavalu and the Federated Isles of Meridia reaffirmed \"" + q + "\" and agreed to meet again in the spring.",
				"2. Both delegations agreed to share data from the glacier stations every month.",
			}, "\n\n")
			d, err := ingest.New(reg).Draft(ingest.ReadText(text), ingest.Options{Now: func() time.Time { return time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			wantSpeakers(t, d, map[string]string{q: c.want})
		})
	}
}

// TestRound46JointIssuerWithThe: "a joint statement issued by the
// <Nationality> <Body>" names its issuer with "the", which speaks for the
// pair the sentence names; a statement issued by no body the sentence
// names leaves the pair's first-named state.
func TestRound46JointIssuerWithThe(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Brazil", Kind: "place", Role: "Country"},
		{Name: "Uruguay", Kind: "place", Role: "Country"},
		{Name: "Ministry of Foreign Affairs of Brazil", Kind: "organisation", Role: "Foreign ministry of Brazil", Aliases: []string{"Brazilian Ministry of Foreign Affairs"}},
		{Name: "Ministry of Foreign Affairs of Uruguay", Kind: "organisation", Role: "Foreign ministry of Uruguay"},
		{Name: "Ministry of Economy of Brazil", Kind: "organisation", Role: "Economy ministry of Brazil"},
	}}
	const q = "will keep the border crossings open through the winter."
	for _, c := range []struct{ name, issuer, want string }{
		{"issued by the national ministry", "issued by the Brazilian Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Brazil"},
		{"negative: issued after the talks", "issued after the talks", "Brazil"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			d := draftArticle(t, reg, lead,
				"The two neighbours met in Montevideo on Monday to discuss trade across the Pampas.",
				"In a joint statement "+c.issuer+" in Montevideo, Brazil and Uruguay said they \""+q+"\"")
			wantSpeakers(t, d, map[string]string{q: c.want})
		})
	}
}
