package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestWrongRefRound46: a document whose noun is followed by the words
// that say who issued it ("the readout of the talks published by
// <Body>") speaks for that body, not for a programme or another body
// the sentences before named last; "the <Title>" after "The <Title>,
// <Name>," is the person named, not a body of the title's name.
func TestWrongRefRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "readout published by a body, the subject's own mention",
			paras: []string{
				`Governor Marek Vostal of the Velanese Reserve Bank met a lenders' mission to review the Harbour Credit Line on Tuesday.`,
				`According to the readout of the meeting published by the Velanese Reserve Bank, the sides "reviewed the pace of reserve accumulation".`,
			},
			reg:  reg,
			want: map[string]string{"reviewed the pace of reserve accumulation": "Velanese Reserve Bank"},
		},
		{
			name: "readout published by a body, then the readout said",
			paras: []string{
				`Governor Marek Vostal of the Velanese Reserve Bank met a lenders' mission to review the Harbour Credit Line on Tuesday.`,
				`A readout of the meeting was issued by the Velanese Reserve Bank in the evening.`,
				`"All agreed benchmarks for the quarter have been met," the readout said.`,
			},
			reg:  reg,
			want: map[string]string{"All agreed benchmarks for the quarter have been met": "Velanese Reserve Bank"},
		},
		{
			name: "a readout about a body it does not say issued it is not that body's",
			paras: []string{
				`Governor Marek Vostal of the Velanese Reserve Bank met a lenders' mission on Tuesday.`,
				`According to the readout of the meeting with the Harbour Credit Line, the sides "reviewed the pace of reserve accumulation".`,
			},
			reg:  reg,
			want: map[string]string{"reviewed the pace of reserve accumulation": "unknown"},
		},
		{
			name: "published by a day names no issuer",
			paras: []string{
				`Governor Marek Vostal of the Velanese Reserve Bank met a lenders' mission to review the Harbour Credit Line on Tuesday.`,
				`A readout of the meeting was published by Wednesday morning.`,
				`"All agreed benchmarks for the quarter have been met," the readout said.`,
			},
			reg:  reg,
			want: map[string]string{"All agreed benchmarks for the quarter have been met": "unknown"},
		},
		{
			name: "a communiqué of a body, the subject's own mention",
			paras: []string{
				`Officers of the Coastal Surveillance Unit boarded the trawler at dawn.`,
				`According to a communiqué of the Velanese Harbour Police, the crew "had switched off the vessel's tracking beacon for nine days".`,
			},
			reg:  reg,
			want: map[string]string{"had switched off the vessel's tracking beacon for nine days": "Velanese Harbour Police"},
		},
		{
			name: "the title again after the holder named in apposition",
			paras: []string{
				`The Ombudsman General, Dr. Miriam Oduya-Lanz, today tabled her findings on the delayed pension payments.`,
				`"Every month of delay is a month without bread," the Ombudsman General said.`,
			},
			reg:  reg,
			want: map[string]string{"Every month of delay is a month without bread": "Miriam Oduya-Lanz"},
		},
		{
			name: "a title of role words again after the holder named in apposition",
			paras: []string{
				`The Special Prosecutor, Mr. Halvard Osei-Lunde, said the inquiry into the grain contracts was complete.`,
				`"Nobody who signed those invoices will be left out," the Special Prosecutor said.`,
			},
			reg:  reg,
			want: map[string]string{"Nobody who signed those invoices will be left out": "Halvard Osei-Lunde"},
		},
		{
			name: "the tail of a longer title is a body's name",
			paras: []string{
				`The chairman of the Harbour Board, Tomas Reyval-Ince, opened the new quay on Friday.`,
				`"The quay will take ships of twice the draught," the Harbour Board said.`,
			},
			reg:  reg,
			want: map[string]string{"The quay will take ships of twice the draught": "Harbour Board"},
		},
		{
			name: "a body with a person after a comma keeps its words",
			paras: []string{
				`The Velanese Audit Council, Maren Otue-Brandt, and two deputies signed the report on Monday.`,
				`"The accounts cannot be certified," the Velanese Audit Council said.`,
			},
			reg:  reg,
			want: map[string]string{"The accounts cannot be certified": "Velanese Audit Council"},
		},
	})
}
