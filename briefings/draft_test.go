package briefings_test

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/briefings"
)

const draftRegistry = `
speakers:
  - name: Vladimir Putin
    aliases: [Putin]
topics:
  - id: ukraine
    name: Ukraine
    description: The crisis.
`

// briefingWith builds a briefing file; draft is "true" or "false" and the
// other parts replace the defaults, which all pass.
func briefingWith(draft string, parts map[string]string) string {
	def := map[string]string{
		"topics":  "topics: [ukraine]",
		"speaker": "Vladimir Putin",
		"point":   "Vladimir Putin",
		"source":  "outlet: Antiwar.com",
		"title":   "title: A day of talks",
	}
	for k, v := range parts {
		def[k] = v
	}
	return "---\n" + def["title"] + "\ndate: 2022-02-01\ndraft: " + draft + "\n" + def["topics"] + `
key_points:
  - text: Putin said Russia wants talks.
    speaker: ` + def["point"] + `
quotes:
  - speaker: ` + def["speaker"] + `
    text: We need to find a way
sources:
  - title: Talks go on
    ` + def["source"] + `
---
Talks went on.
`
}

// TestDraftGaps: what a fresh draft may lack (speakers and topics the
// registry does not list yet, an unknown speaker, a source with neither
// outlet nor url) is a warning in a draft, so lint accepts it, and stays an
// error once draft: true is gone, so nothing is published with it.
func TestDraftGaps(t *testing.T) {
	t.Parallel()
	reg, ps := briefings.ParseRegistry("registry.yaml", []byte(draftRegistry))
	if err := ps.Err(); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		parts map[string]string
		msg   string
	}{
		{"new speaker", map[string]string{"speaker": "Dmitry Peskov"}, `quotes[1]: speaker "Dmitry Peskov" is not in registry.yaml`},
		{"new speaker of a key point", map[string]string{"point": "Kremlin"}, `key_points[1]: speaker "Kremlin" is not in registry.yaml`},
		{"unknown speaker", map[string]string{"speaker": "unknown"}, `quotes[1]: `},
		{"unknown topic", map[string]string{"topics": "topics: [energy]"}, `topic "energy" is not in registry.yaml`},
		{"no topics", map[string]string{"topics": "topics: []"}, `topics is missing`},
		{"source without outlet or url", map[string]string{"source": "author: Dave DeCamp"}, `give the outlet or the url`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, draft := briefings.ParseBriefing("d.md", []byte(briefingWith("true", tc.parts)), reg)
			if errs := draft.Errors(); len(errs) > 0 {
				t.Fatalf("draft: want no errors, got %v", errs)
			}
			if !hasProblem(draft, briefings.Warning, tc.msg) || !hasProblem(draft, briefings.Warning, "before publishing") {
				t.Errorf("draft: want a warning with %q that says to fix it before publishing, got %v", tc.msg, draft)
			}
			_, published := briefings.ParseBriefing("d.md", []byte(briefingWith("false", tc.parts)), reg)
			if !hasProblem(published, briefings.Error, tc.msg) {
				t.Errorf("published: want an error with %q, got %v", tc.msg, published)
			}
		})
	}
}

// TestDraftStillChecked: being a draft excuses only the gaps above; a
// broken file is an error either way.
func TestDraftStillChecked(t *testing.T) {
	t.Parallel()
	reg, _ := briefings.ParseRegistry("registry.yaml", []byte(draftRegistry))
	_, ps := briefings.ParseBriefing("d.md", []byte(briefingWith("true", map[string]string{"title": "titel: A day"})), reg)
	if !hasProblem(ps, briefings.Error, `unknown field "titel"`) || !hasProblem(ps, briefings.Error, "title is missing") {
		t.Errorf("want errors for the misspelt title in a draft, got %v", ps)
	}
	_, ps = briefings.ParseBriefing("d.md", []byte(briefingWith("true", nil)), reg)
	if len(ps) != 0 {
		t.Errorf("a complete draft: want no problems, got %v", ps)
	}
}

func hasProblem(ps briefings.Problems, sev briefings.Severity, msg string) bool {
	for _, p := range ps {
		if p.Severity == sev && strings.Contains(p.Msg, msg) {
			return true
		}
	}
	return false
}
