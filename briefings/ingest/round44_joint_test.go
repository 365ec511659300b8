package ingest_test

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

// TestRound44JointIssuingBodies: "Both institutions said:" (or "the two
// banks said") in a joint release is the pair that issued it, given to
// its first-named party, not to the forum the pair met at; with no
// joint document in the article, the phrase is no one's, and "two
// agencies" with no article are two the copy does not name.
func TestRound44JointIssuingBodies(t *testing.T) {
	t.Parallel()
	reg := &briefings.Registry{Speakers: []*briefings.Speaker{
		{Name: "Northern Rivers Authority", Kind: "organisation", Role: "river basin agency"},
		{Name: "Lower Basin Bank for Rural Water and Coastal Works", Kind: "organisation", Role: "regional lender", Aliases: []string{"LBB"}},
		{Name: "Delta Resilience Forum", Kind: "organisation", Role: "annual meeting"},
	}}
	joint := []string{"Two regional bodies pledge help for flooded valleys",
		"Port Aldren, 3 March 2026. The Northern Rivers Authority (NRA) and the Lower Basin Bank for Rural Water and Coastal Works (LBB), convening in Port Aldren on the occasion of the Delta Resilience Forum, released a joint statement:",
		"1. The floods have displaced more than 40,000 residents of the lower valleys.",
		"2. Both institutions said: \"Rebuilding the levees cannot wait for the dry season. We will put money and engineers on the ground within weeks.\"",
		"3. The Bank will open a credit line for the worst-hit districts."}
	noJoint := []string{"Two regional bodies pledge help for flooded valleys",
		"Port Aldren, 3 March 2026. The Northern Rivers Authority and the Coastal Development Fund met in Port Aldren for the Delta Resilience Forum.",
		"The floods have displaced more than 40,000 residents of the lower valleys.",
		"Both institutions said: \"Rebuilding the levees cannot wait for the dry season. We will put money and engineers on the ground within weeks.\""}
	const q = "Rebuilding the levees cannot wait for the dry season. We will put money and engineers on the ground within weeks."
	// jointWith is the joint release with its second point opened by
	// another phrase for the pair.
	jointWith := func(opening string) []string {
		out := append([]string(nil), joint...)
		out[3] = strings.Replace(out[3], "Both institutions", opening, 1)
		return out
	}
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name:  "both institutions after the pair's joint statement",
		reg:   reg,
		paras: joint,
		want:  map[string]string{q: "Northern Rivers Authority"},
	}, {
		name:  "the two institutions after the pair's joint statement",
		reg:   reg,
		paras: jointWith("The two institutions"),
		want:  map[string]string{q: "Northern Rivers Authority"},
	}, {
		// With no article, two bodies the copy does not name, whoever
		// they are: not the pair that issued the statement.
		name:  "two agencies with no article are not the pair",
		reg:   reg,
		paras: jointWith("Two agencies"),
		want:  map[string]string{q: "unknown"},
	}, {
		name:  "no joint document: the phrase names no one",
		reg:   reg,
		paras: noJoint,
		want:  map[string]string{q: "unknown"},
	}})
}
