package ingest

import "testing"

// TestAccordingToIsASource: "according to <Name>" credits words to
// someone; only a real locative ("in", "to" after a motion) makes a lone
// capitalised word a place the article names.
func TestAccordingToIsASource(t *testing.T) {
	t.Parallel()
	cases := []struct {
		paras []string
		word  string
		want  wordUse
	}{
		{[]string{"State Secretary Vrbnik said the aid would be paid in May.", "According to Vrbnik, the first payments are already on their way."}, "Vrbnik", usedAsSpeaker},
		{[]string{"According to Kalnane, the board met twice in March."}, "Kalnane", usedAsName},
		{[]string{"The convoy reached Vrbnik on Tuesday.", "Aid was flown to Vrbnik the next day."}, "Vrbnik", usedAsPlace},
		{[]string{"Families who moved to Kalnane last year say the school is full."}, "Kalnane", usedAsPlace},
	}
	for _, c := range cases {
		x := newExtractor(newDocument(c.paras), nil)
		if got := x.wordUse(c.word); got != c.want {
			t.Errorf("%q in %q: use %v, want %v", c.word, c.paras, got, c.want)
		}
	}
}
