package briefings

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// The examples in docs/curating.md must be files the bot accepts: editors
// copy them.
func TestCuratingGuideExamples(t *testing.T) {
	t.Parallel()
	doc, err := os.ReadFile("../docs/curating.md")
	if err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```(markdown|yaml)\n(.*?)```").FindAllStringSubmatch(string(doc), -1)
	var briefing, registry string
	for _, b := range blocks {
		switch {
		case b[1] == "markdown" && briefing == "":
			briefing = b[2]
		case b[1] == "yaml" && strings.HasPrefix(b[2], "speakers:"):
			registry = b[2]
		}
	}
	if briefing == "" || registry == "" {
		t.Fatal("the guide's briefing or registry example is missing")
	}
	reg, ps := ParseRegistry(RegistryFile, []byte(registry))
	if len(ps) != 0 {
		t.Errorf("registry example: %v", ps)
	}
	if len(reg.Speakers) != 3 || len(reg.Topics) != 1 || reg.Speakers[2].Kind != "place" {
		t.Errorf("registry example: %d speakers, %d topics", len(reg.Speakers), len(reg.Topics))
	}
	builtin, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	full := &Registry{Speakers: builtin.Speakers(), Topics: builtin.Topics()}
	b, ps := ParseBriefing("example.md", []byte(briefing), full)
	if len(ps) != 0 {
		t.Errorf("briefing example: %v", ps)
	}
	if len(b.Quotes) != 1 || len(b.Points) != 2 || b.Points[0].Speaker == nil || !strings.Contains(b.Summary, "new paragraph") {
		t.Errorf("briefing example parsed as %+v", b)
	}
}
