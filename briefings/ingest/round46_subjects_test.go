package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestSubjectsRound46: who speaks when the subject of a speech verb is a
// body named with a possessive ("<Founder>'s said"), and the near misses
// the rule leaves alone.
func TestSubjectsRound46(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{
			name: "a firm named with a possessive said",
			paras: []string{
				`Harrowgate's said in a research note that the sector was "past the worst of the slowdown", a shift it called "broadly welcome".`,
			},
			reg:  reg,
			want: map[string]string{"past the worst of the slowdown": "Harrowgate's", "broadly welcome": "Harrowgate's"},
		},
		{
			name: "a possessive firm that told",
			paras: []string{
				`Quillby's told investors on Tuesday that margins would stay "under pressure into the spring".`,
			},
			reg:  reg,
			want: map[string]string{"under pressure into the spring": "Quillby's"},
		},
		{
			name: "a pronoun's contraction is no name",
			paras: []string{
				`It's said in the valley that the old mill was "never meant to close".`,
			},
			reg:  reg,
			want: map[string]string{"never meant to close": "unknown"},
		},
		{
			name: "a name the article knows bare is the person's",
			paras: []string{
				`Minister Alba Renwick spoke to farmers on Monday.`,
				`Renwick's said all along that the scheme "will pay every grower by the spring".`,
			},
			reg:  reg,
			want: map[string]string{"will pay every grower by the spring": "Alba Renwick"},
		},
		{
			name: "a body's spokesperson named with its possessive",
			paras: []string{
				`The Lowmoor Water Authority's spokesperson said supplies were "back to normal pressure in every district".`,
			},
			reg:  reg,
			want: map[string]string{"back to normal pressure in every district": "Lowmoor Water Authority"},
		},
		{
			name: "a person's spokesman stays the person's",
			paras: []string{
				`Senator Edda Marchetti-Lowe left the chamber before the vote.`,
				`Marchetti-Lowe's spokesman said she had "a prior engagement in her home town".`,
			},
			reg:  reg,
			want: map[string]string{"a prior engagement in her home town": "Edda Marchetti-Lowe"},
		},
		{
			name: "a spokesperson's remit after for",
			paras: []string{
				`The Lowmoor Water Authority's spokesperson for customer services said bills would be "credited in full next month".`,
			},
			reg:  reg,
			want: map[string]string{"credited in full next month": "Lowmoor Water Authority"},
		},
		{
			name: "a body's name after for is not a remit",
			paras: []string{
				`A spokesperson for Lowmoor Water said the pumps were "running at full capacity".`,
			},
			reg:  reg,
			want: map[string]string{"running at full capacity": "Lowmoor Water"},
		},
		{
			name: "an office in capitals whose holder is named in apposition",
			paras: []string{
				`The Consumer Defender, Advocate Neliswa Okonkwo-Baard, on Friday released her findings on the delayed pensions.`,
				`"Nobody should wait two years for what the law already owes them," the Consumer Defender said.`,
			},
			reg:  reg,
			want: map[string]string{"Nobody should wait two years for what the law already owes them": "Neliswa Okonkwo-Baard"},
		},
		{
			name: "an office without a possessive, in apposition",
			paras: []string{
				`The Public Advocate, Dr Ingrid Solveig-Amata, published the review on Friday.`,
				`"The delays were avoidable at every stage," the Public Advocate said.`,
			},
			reg:  reg,
			want: map[string]string{"The delays were avoidable at every stage": "Ingrid Solveig-Amata"},
		},
		{
			name: "a body named in apposition keeps its words",
			paras: []string{
				`The Lowmoor Water Authority, through Dr Ingrid Solveig-Amata, published the review on Friday.`,
				`"The delays were avoidable at every stage," the Lowmoor Water Authority said.`,
			},
			reg:  reg,
			want: map[string]string{"The delays were avoidable at every stage": "Lowmoor Water Authority"},
		},
		{
			name: "a profile's question about him goes to the man it profiles",
			paras: []string{
				`Tomasz Wierzbicki-Hale runs the repair café behind the old bus depot. He fixes kettles for nothing.`,
				`"Nothing here is broken for good," Wierzbicki-Hale says.`,
				`His neighbour, Priya Oduya-Lindqvist, started the café with him in a borrowed shed.`,
				`"He mended my radio in ten minutes and I knew we had something," Oduya-Lindqvist says.`,
				`Oduya-Lindqvist now keeps the books, and Oduya-Lindqvist's sister bakes for the opening days.`,
				`Does he ever charge for it?`,
				`"Never. People leave cake, which is better."`,
				`What would he tell someone who throws things away?`,
				`"Bring it here first. Then decide."`,
			},
			reg:  reg,
			want: map[string]string{"Never. People leave cake, which is better.": "Tomasz Wierzbicki-Hale", "Bring it here first. Then decide.": "Tomasz Wierzbicki-Hale"},
		},
		{
			name: "a wish to say, then the words after a colon, in a turn",
			paras: []string{
				`Harbour master Ketil Arnesen-Vik spoke to us about the winter storms.`,
				`Q: What changed after the storm?`,
				`Arnesen-Vik: We rebuilt the breakwater. But I want to say clearly: “The harbour is safe for every boat that uses it.”`,
			},
			reg:  reg,
			want: map[string]string{"The harbour is safe for every boat that uses it.": "Ketil Arnesen-Vik"},
		},
	})
}
