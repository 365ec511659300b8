package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound49Quotes49 covers what is read as a quote: words said in another
// tongue and glossed in brackets after a colon.
func TestRound49Quotes49(t *testing.T) {
	runSpeakerCases(t, draftArticle, []speakerCase{
		{
			name: "words in another tongue after a colon, glossed, are a quote",
			paras: []string{
				"Villagers wait for the new bridge",
				"The old crossing over the river was closed in the spring after engineers found cracks in its piers.",
				"A farmer who crosses it every morning summed it up: \"Ils nous ont oubliés\" (\"They have forgotten us\").",
			},
			want: map[string]string{"Ils nous ont oubliés": "unknown"},
		},
		{
			name: "near miss: a name in another tongue and its gloss stays a name",
			paras: []string{
				"Schools join the garden scheme",
				"Forty schools have signed up to the \"Terre Vive\" (\"Living Land\") programme, which pays for vegetable beds in playgrounds.",
				"\"The children eat what they grow,\" said Marianne Dufresne, who runs the programme.",
			},
			want: map[string]string{
				"Terre Vive":                      "",
				"The children eat what they grow": "Marianne Dufresne",
			},
		},
	})
}

// quoteTexts49 is the texts of a draft's quotes.
func quoteTexts49(d *ingest.Draft) map[string]bool {
	got := map[string]bool{}
	for _, q := range d.Quotes {
		got[q.Text] = true
	}
	return got
}

// draftBytes reads data as a page of the given content type and drafts it.
func draftBytes(t *testing.T, data []byte, ctype string) *ingest.Draft {
	t.Helper()
	a, err := ingest.Read(data, ctype, "")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.New(nil).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestRound49PageEncoding: a page that declares no charset and whose first
// kilobyte is plain ASCII is read as UTF-8 when its bytes are valid UTF-8,
// so its curly marks are marks; bytes that are not UTF-8, and a charset the
// server declares, are read as before.
func TestRound49PageEncoding(t *testing.T) {
	t.Parallel()
	head := "<!DOCTYPE html><html><head><title>Harbour fees to rise</title>" +
		"<style>" + strings.Repeat("p { margin: 0 0 1em 0; } ", 60) + "</style></head><body><article>" +
		"<h1>Harbour fees to rise</h1>" +
		"<p>Mooring fees at the town harbour will rise by a fifth from April, the harbour board said on Tuesday.</p>"
	const want = "We have held the fees for six years and the pontoons need replacing."
	t.Run("UTF-8 with no declared charset", func(t *testing.T) {
		t.Parallel()
		page := head + "<p>“" + want + "” said Colm Brennan, the board’s chairman.</p></article></body></html>"
		if got := quoteTexts49(draftBytes(t, []byte(page), "text/html")); !got[want] {
			t.Errorf("quotes %v, want %q", got, want)
		}
	})
	cp1252 := head + "<p>\x93" + want + "\x94 said Colm Brennan, the board\x92s chairman.</p></article></body></html>"
	t.Run("near miss: Windows-1252 bytes with no declared charset", func(t *testing.T) {
		t.Parallel()
		if got := quoteTexts49(draftBytes(t, []byte(cp1252), "text/html")); !got[want] {
			t.Errorf("quotes %v, want %q", got, want)
		}
	})
	t.Run("near miss: a charset the server declares", func(t *testing.T) {
		t.Parallel()
		if got := quoteTexts49(draftBytes(t, []byte(cp1252), "text/html; charset=windows-1252")); !got[want] {
			t.Errorf("quotes %v, want %q", got, want)
		}
	})
}
