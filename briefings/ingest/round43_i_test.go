package ingest_test

import (
	"testing"
)

// TestRound43iProsecutorIsTheStatesAttorney: "the prosecutor said" is the
// lawyer whose title names them as the state's ("Deputy <County> County
// Attorney <Name>"), never a defence lawyer whose title is plain
// "attorney".
func TestRound43iProsecutorIsTheStatesAttorney(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "county attorney is the prosecutor",
		paras: []string{"Dealer jailed over overdose death\n\n" +
			"BOZEMAN — A man who sold pills to a friend who died was sent to prison for 20 years on Monday.\n\n" +
			"Deputy Gallatin County Attorney Marissa Quenneville-Hart had asked for 25 years. She told the court the man had sold pills for months.\n\n" +
			"\"He knew exactly what he was selling and to whom,\" the prosecutor said.\n\n" +
			"The defence asked for treatment."},
		want: map[string]string{
			"He knew exactly what he was selling and to whom": "Marissa Quenneville-Hart",
		},
	}, {
		name: "a defence attorney is not the prosecutor",
		paras: []string{"Dealer jailed over overdose death\n\n" +
			"BOZEMAN — A man who sold pills to a friend who died was sent to prison for 20 years on Monday.\n\n" +
			"Defense attorney Marissa Quenneville-Hart had asked for a suspended term. She told the court her client had been addicted for years.\n\n" +
			"\"He knew exactly what he was selling and to whom,\" the prosecutor said.\n\n" +
			"The judge agreed with the state."},
		want: map[string]string{
			"He knew exactly what he was selling and to whom": "unknown",
		},
	}})
}
