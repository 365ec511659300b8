package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestNonSpeakerRound46: a phrase that cannot speak must not be drafted
// as the speaker — a letter's salutation ("Sir, —") before a colon that
// sets out someone else's words, and "the words of <Name>" naming whose
// words the colon sets out.
func TestNonSpeakerRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "salutation before the words of a named official",
			paras: []string{
				`Sir, — I was heartened by the words of Councillor Maeve Tallis-Orr in her budget speech, which your paper ignored: "No branch library will close while I chair this committee." Bravo.`,
			},
			reg:  reg,
			want: map[string]string{"No branch library will close while I chair this committee.": "Maeve Tallis-Orr"},
		},
		{
			name: "words of a name without a salutation",
			paras: []string{
				`The hall fell silent at the words of Senator Odile Marchetti-Banda at the opening session: "Water is the border we all share."`,
			},
			reg:  reg,
			want: map[string]string{"Water is the border we all share.": "Odile Marchetti-Banda"},
		},
		{
			name: "a knight's title is no salutation",
			paras: []string{
				`Sir Horace Pemberton-Lyle, the museum's chairman, said the loan would go ahead: "The collection belongs to the public."`,
			},
			reg:  reg,
			want: map[string]string{"The collection belongs to the public.": "Horace Pemberton-Lyle"},
		},
	})
}

// TestSalutationDashRound46: a salutation closed by a dash alone is no
// subject either.
func TestSalutationDashRound46(t *testing.T) {
	t.Parallel()
	d := draftOf(t, &briefings.Registry{}, lead,
		`Madam — Reading the statement by Commissioner Ruth Abara-Lindqvist at the hearing, where she was asked about the delays: "The contractor has been paid in full."`)
	wantSpeakers(t, d, map[string]string{"The contractor has been paid in full.": "Ruth Abara-Lindqvist"})
}

// TestTitleWordsRound46: a title the role lexicon did not know ("Deputy
// Conservator of Forests", "Under-Secretary-General of …") was read as a
// name of its own and spoke for its holder; its holder speaks.
func TestTitleWordsRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "conservator with a doctor's title before the name",
			paras: []string{
				`Chief Conservator of Forests Dr. Lalitha Ramaswamy was quoted as saying, "The tigers will be counted by camera this year."`,
			},
			reg:  reg,
			want: map[string]string{"The tigers will be counted by camera this year.": "Lalitha Ramaswamy"},
		},
		{
			name: "under-secretary-general and a second title before the name",
			paras: []string{
				`"Coastal towns cannot wait for the next budget cycle," said Under-Secretary-General of the United Nations and Executive Director of the Programme, Ms. Brigitte Okafor-Lund, at the summit.`,
			},
			reg:  reg,
			want: map[string]string{"Coastal towns cannot wait for the next budget cycle": "Brigitte Okafor-Lund"},
		},
		{
			name: "under-secretary alone before the name",
			paras: []string{
				`Under-Secretary Tomas Rydell-Akpan said the fund "will open in the spring".`,
			},
			reg:  reg,
			want: map[string]string{"will open in the spring": "Tomas Rydell-Akpan"},
		},
	})
}

// TestImperativeLetRound46: "Let me quote …:" opens on a capitalised
// verb, which is no name to speak the words set out.
func TestImperativeLetRound46(t *testing.T) {
	t.Parallel()
	d := draftOf(t, &briefings.Registry{}, lead,
		`Let me read you one line from the inspectors' findings, because it is blunt: "The backlog will not clear before the winter."`)
	for _, q := range d.Quotes {
		if q.Speaker == "Let" {
			t.Errorf("%q: speaker %q", q.Text, q.Speaker)
		}
	}
	if len(d.Quotes) == 0 {
		t.Error("no quote drafted")
	}
}
