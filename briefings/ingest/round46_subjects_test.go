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
	for _, tc := range []struct {
		name  string
		paras []string
		want  map[string]string
	}{
		{"a firm named with a possessive said", []string{
			`Harrowgate's said in a research note that the sector was "past the worst of the slowdown", a shift it called "broadly welcome".`,
		}, map[string]string{"past the worst of the slowdown": "Harrowgate's", "broadly welcome": "Harrowgate's"}},
		{"a possessive firm that told", []string{
			`Quillby's told investors on Tuesday that margins would stay "under pressure into the spring".`,
		}, map[string]string{"under pressure into the spring": "Quillby's"}},
		{"a pronoun's contraction is no name", []string{
			`It's said in the valley that the old mill was "never meant to close".`,
		}, map[string]string{"never meant to close": "unknown"}},
		{"a name the article knows bare is the person's", []string{
			`Minister Alba Renwick spoke to farmers on Monday.`,
			`Renwick's said all along that the scheme "will pay every grower by the spring".`,
		}, map[string]string{"will pay every grower by the spring": "Alba Renwick"}},
		{"a body's spokesperson named with its possessive", []string{
			`The Lowmoor Water Authority's spokesperson said supplies were "back to normal pressure in every district".`,
		}, map[string]string{"back to normal pressure in every district": "Lowmoor Water Authority"}},
		{"a person's spokesman stays the person's", []string{
			`Senator Edda Marchetti-Lowe left the chamber before the vote.`,
			`Marchetti-Lowe's spokesman said she had "a prior engagement in her home town".`,
		}, map[string]string{"a prior engagement in her home town": "Edda Marchetti-Lowe"}},
		{"a spokesperson's remit after for", []string{
			`The Lowmoor Water Authority's spokesperson for customer services said bills would be "credited in full next month".`,
		}, map[string]string{"credited in full next month": "Lowmoor Water Authority"}},
		{"a body's name after for is not a remit", []string{
			`A spokesperson for Lowmoor Water said the pumps were "running at full capacity".`,
		}, map[string]string{"running at full capacity": "Lowmoor Water"}},
		{"an office in capitals whose holder is named in apposition", []string{
			`The Consumer Defender, Advocate Neliswa Okonkwo-Baard, on Friday released her findings on the delayed pensions.`,
			`"Nobody should wait two years for what the law already owes them," the Consumer Defender said.`,
		}, map[string]string{"Nobody should wait two years for what the law already owes them": "Neliswa Okonkwo-Baard"}},
		{"an office without a possessive, in apposition", []string{
			`The Public Advocate, Dr Ingrid Solveig-Amata, published the review on Friday.`,
			`"The delays were avoidable at every stage," the Public Advocate said.`,
		}, map[string]string{"The delays were avoidable at every stage": "Ingrid Solveig-Amata"}},
		{"a body named in apposition keeps its words", []string{
			`The Lowmoor Water Authority, through Dr Ingrid Solveig-Amata, published the review on Friday.`,
			`"The delays were avoidable at every stage," the Lowmoor Water Authority said.`,
		}, map[string]string{"The delays were avoidable at every stage": "Lowmoor Water Authority"}},
		{"a profile's question about him goes to the man it profiles", []string{
			`Tomasz Wierzbicki-Hale runs the repair café behind the old bus depot. He fixes kettles for nothing.`,
			`"Nothing here is broken for good," Wierzbicki-Hale says.`,
			`His neighbour, Priya Oduya-Lindqvist, started the café with him in a borrowed shed.`,
			`"He mended my radio in ten minutes and I knew we had something," Oduya-Lindqvist says.`,
			`Oduya-Lindqvist now keeps the books, and Oduya-Lindqvist's sister bakes for the opening days.`,
			`Does he ever charge for it?`,
			`"Never. People leave cake, which is better."`,
			`What would he tell someone who throws things away?`,
			`"Bring it here first. Then decide."`,
		}, map[string]string{"Never. People leave cake, which is better.": "Tomasz Wierzbicki-Hale", "Bring it here first. Then decide.": "Tomasz Wierzbicki-Hale"}},
		{"a wish to say, then the words after a colon, in a turn", []string{
			`Harbour master Ketil Arnesen-Vik spoke to us about the winter storms.`,
			`Q: What changed after the storm?`,
			`Arnesen-Vik: We rebuilt the breakwater. But I want to say clearly: “The harbour is safe for every boat that uses it.”`,
		}, map[string]string{"The harbour is safe for every boat that uses it.": "Ketil Arnesen-Vik"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := draftOf(t, reg, append([]string{lead}, tc.paras...)...)
			wantSpeakers(t, d, tc.want)
		})
	}
}
