package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
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
