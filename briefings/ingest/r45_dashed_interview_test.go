package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestR45DashedInterview: a Q&A whose turns open with a dash and whose
// answers stand in marks, the interviewee named in the introduction:
// each answer is theirs, also under a prompt put as a statement. With
// no questions, a dash-led quote is no one's.
func TestR45DashedInterview(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{}
	qa := []string{"Why the lake keeps shrinking: a talk with a hydrologist",
		"Every summer the reservoir above Kestrow drops a little further. We talked to Marta Ilvesko, who runs an independent gauge network, about what the readings say.",
		"– Marta, your gauges recorded the lowest level in forty years. How bad is it?",
		"– \"Worse than the official bulletins admit. The intake pipes for two villages are already above the waterline.\"",
		"– The water company blames the dry winters.",
		"– \"Dry winters play a part, but the company has been pumping twice its licence every August since the new bottling plant opened.\"",
		"– What would you ask the regional council to do first?",
		"– \"Publish the pumping logs. Everything else can follow once people see the numbers.\""}
	noQA := []string{"The reservoir above Kestrow drops further",
		"Every summer the reservoir above Kestrow drops a little further, the gauge network run by Marta Ilvesko shows.",
		"– The water company blames the dry winters.",
		"– \"Dry winters play a part, but the company has been pumping twice its licence every August since the new bottling plant opened.\""}
	const a1 = "Worse than the official bulletins admit. The intake pipes for two villages are already above the waterline."
	const a2 = "Dry winters play a part, but the company has been pumping twice its licence every August since the new bottling plant opened."
	const a3 = "Publish the pumping logs. Everything else can follow once people see the numbers."
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name:  "dash-led answers to the one called by name",
		reg:   reg,
		paras: qa,
		want:  map[string]string{a1: "Marta Ilvesko", a2: "Marta Ilvesko", a3: "Marta Ilvesko"},
	}, {
		name:  "no questions: no one's",
		reg:   reg,
		paras: noQA,
		want:  map[string]string{a2: "unknown"},
	}})
}
