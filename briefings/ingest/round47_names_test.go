package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestNamesRound47: where a person's name ends and what stands around it
// is no part of it — a naval rank graded by an ordinal and "Rank" before
// the holder, and a plural role word that labels a header line's list of
// names after a line ending with a name (which made the one person two,
// and the surname alone no one's).
func TestNamesRound47(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	runSpeakerCases(t, ledBy(lead), []speakerCase{
		{"ordinal and Rank close a naval rank", []string{
			`"The trawler's crew saw it first and radioed the harbour master," Navy spokesman Captain Third Rank Bogomil Ratchev told reporters.`,
			`Ratchev said patrols would go on through the winter. "Every fisherman on this coast now carries our number," he said.`,
		}, reg, map[string]string{
			"The trawler's crew saw it first and radioed the harbour master": "Bogomil Ratchev",
			"Every fisherman on this coast now carries our number":           "Bogomil Ratchev",
		}},
		{"plural role word labelling the next header line", []string{
			`The ruling was unanimous, with a separate opinion by Justice Marukawa Tetsuo.`,
			`In his separate opinion, Justice Marukawa wrote that the rule "leaves a widow nothing to show for thirty years of contributions." He asked the legislature to "settle the matter before more families come to court."`,
			`Presiding Judge: Justice Marukawa Tetsuo Judges: Ishida Rumi, Okabe Shun, Nagase Ken`,
		}, reg, map[string]string{
			"leaves a widow nothing to show for thirty years of contributions.": "Marukawa Tetsuo",
			"settle the matter before more families come to court.":             "Marukawa Tetsuo",
		}},
		// Near misses: the rules leave these as they were.
		{"Rank as a surname, no ordinal before it", []string{
			`"The archive will stay open to anyone who asks," said the historian Edmund Rank.`,
		}, reg, map[string]string{"The archive will stay open to anyone who asks": "Edmund Rank"}},
		{"English grade with Class still closes the rank", []string{
			`Petty Officer Second Class Ilse Brandvold said the crew "pulled four people out of the water before the tug arrived."`,
		}, reg, map[string]string{"pulled four people out of the water before the tug arrived.": "Ilse Brandvold"}},
		{"singular title before a colon stays the title", []string{
			`Presiding Judge: Justice Marukawa Tetsuo`,
			`Justice Marukawa Tetsuo wrote that the rule "cannot be squared with the statute's purpose."`,
		}, reg, map[string]string{"cannot be squared with the statute's purpose.": "Marukawa Tetsuo"}},
	})
}
