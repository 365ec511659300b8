package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound45JointPagesOwnStatement: on a page whose title is a joint
// statement of two regulators, "both regulators said" is the pair that
// issued it and "the statement said" is the page's own text: both go to
// the first-named issuer, not to a body the copy names in passing.
func TestRound45JointPagesOwnStatement(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Varnia Reserve Bank", Kind: "organisation", Role: "central bank", Aliases: []string{"CBV"}},
		{Name: "Varnia Markets Authority", Kind: "organisation", Role: "securities regulator", Aliases: []string{"VMA"}},
		{Name: "Fraud Reporting Hub of Varnia", Kind: "organisation", Role: "fraud hotline", Aliases: []string{"FRH"}},
	}}
	const q1 = "shut the door that fraudsters walk through between deposits and brokerage balances."
	const q2 = "Fraud rings ignore the lines between our markets, and so will we"
	page := []string{"Joint Statement by the Varnia Reserve Bank and the Varnia Markets Authority on Shared Fraud Controls",
		"The Varnia Reserve Bank (CBV) and the Varnia Markets Authority (VMA) today set out common steps against fraud in deposit and brokerage accounts.",
		"Lenders and brokers will pass flagged accounts to the Fraud Reporting Hub (FRH) within a day.",
		"\"" + q2 + ",\" the statement said.",
		"Brokers may appeal a freeze to the Fraud Reporting Hub. Both regulators said the steps would \"" + q1 + "\""}
	other := []string{"Varnia regulators tighten fraud controls",
		"The Varnia Reserve Bank (CBV) and the Varnia Markets Authority (VMA) today set out common steps against fraud in deposit and brokerage accounts.",
		"Lenders and brokers will pass flagged accounts to the Fraud Reporting Hub (FRH) within a day.",
		"\"" + q2 + ",\" the statement said."}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name:  "joint statement page: both regulators and the statement",
		reg:   reg,
		paras: page,
		want:  map[string]string{q1: "Varnia Reserve Bank", q2: "Varnia Reserve Bank"},
	}, {
		name:  "no joint statement title: the statement is not the pair's",
		reg:   reg,
		paras: other,
		want:  map[string]string{q2: "Fraud Reporting Hub of Varnia"},
	}})
}

// TestRound45JointPublishingState: a joint statement the government of
// one party publishes on its own page speaks for that state, not for
// the binational commission whose meeting adopted it; another outlet's
// page leaves it with the commission.
func TestRound45JointPublishingState(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Tavalu", Kind: "place", Role: "Island state"},
		{Name: "Meridia", Kind: "place", Role: "Island state"},
	}}
	const q = "act on the findings of the survey within a year"
	text := strings.Join([]string{
		"Joint Statement: Tavalu and Meridia sign a reef survey plan",
		"Port Lenn. 2 March 2026. The text below was issued when the third session of the Tavalu Meridia Reef Commission closed in Port Lenn.",
		"JOINT STATEMENT",
		"1. Both delegations welcomed the survey of the shared reef.",
		`2. The Parties pledged to "` + q + `".`,
	}, "\n\n")
	for _, c := range []struct{ name, outlet, want string }{
		{"the state's government publishes it", "Government of Tavalu Information Service", "Tavalu"},
		{"negative: a newspaper's page", "Harbour Weekly", "Tavalu Meridia Reef Commission"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a := ingest.ReadText(text)
			a.Outlet = c.outlet
			d, err := ingest.New(reg).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2026, 3, 4, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			wantSpeakers(t, d, map[string]string{q: c.want})
		})
	}
}
