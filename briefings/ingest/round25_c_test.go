package ingest_test

import (
	"testing"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound25CDates: a page's date written where no date rule looked — a
// date line under the headline naming who posted it, a byline under the
// headline with the page's stamp after a dash (the year in two figures,
// month first, with the time beside it), and the block of labelled fields
// an agency's copy closes with, its lines joined — dates the draft. A
// two-figure year with no time beside it, and a sentence holding "Date:",
// date nothing: today's date (2025-03-04) stands in.
func TestRound25CDates(t *testing.T) {
	t.Parallel()
	const story = "The harbour board approved on Monday a second ferry berth on the north quay of the port.\n\n" +
		"\"The new berth ends the queues of the summer season,\" harbour master Ilka Provenzano-Dahl said."
	for _, tc := range []struct{ name, text, date string }{
		{"a date line under the headline naming its poster",
			"Harbour board approves a second berth\n\nPosted on 17th March, 2025 by Harbour Board Media\n\n" + story, "2025-03-17"},
		{"a byline with a two-figure year stamp after a dash",
			"Harbour board approves a second berth\n\nby Tove Arnesen-Lind, opinion contributor - 03/17/25 8:00 AM ET\n\n" + story, "2025-03-17"},
		{"a byline with a two-figure year stamp after an en dash",
			"Harbour board approves a second berth\n\nby Tove Arnesen-Lind, opinion contributor – 03/17/25 8:00 AM ET\n\n" + story, "2025-03-17"},
		{"a byline with a two-figure year and no time",
			"Harbour board approves a second berth\n\nby Tove Arnesen-Lind, opinion contributor - 03/17/25\n\n" + story, "2025-03-04"},
		{"an agency's closing field block",
			"Harbour board approves a second berth\n\n" + story + "\n\nSource : HBA\nAuthor : Tove Arnesen-Lind\nLocation : PUERTO LINDO\nEvent : Harbour board meeting\nDate : 17 March 2025", "2025-03-17"},
		{"a sentence holding a date label",
			"Harbour board approves a second berth\n\n" + story + "\n\nThe board said: Date : 17 March 2025 is when it starts.", "2025-03-04"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := draftWith(t, nil, tc.text)
			if got := d.Date.Format(briefings.DateLayout); got != tc.date {
				t.Errorf("date %s, want %s (%s)", got, tc.date, d.DateFrom)
			}
		})
	}
}

// TestRound25CTerms: marks that name a thing rather than give words said
// — a term in lower case straight after a count ("would open <count>
// “<kind of place>”"), and a pseudonym after "goes by the name" — are no
// quotes; a date's day before marks is no count. A standfirst's term in
// marks that nobody is found saying and that a body quote holds is the
// standfirst's echo of it.
func TestRound25CTerms(t *testing.T) {
	t.Parallel()
	quote := func(d *ingest.Draft, text string) (string, bool) {
		for _, q := range d.Quotes {
			if q.Text == text {
				return q.Speaker, true
			}
		}
		return "", false
	}
	const lead = "The harbour board approved on Monday a second ferry berth on the north quay of the port.\n\n"
	t.Run("a term after a count", func(t *testing.T) {
		d := draftWith(t, nil, "Harbour board approves a second berth\n\n"+lead+
			"Harbour master Ilka Provenzano-Dahl said the board would open 40 \"quiet waiting rooms\" on the quay.\n\n"+
			"\"The new berth ends the queues of the summer season,\" Provenzano-Dahl said.")
		if _, ok := quote(d, "quiet waiting rooms"); ok {
			t.Error(`"quiet waiting rooms" taken for a quote`)
		}
	})
	t.Run("a date's day before marks", func(t *testing.T) {
		d := draftWith(t, nil, "Harbour board approves a second berth\n\n"+lead+
			"The health agency advised anyone who bought oysters since December 1 \"not to eat them raw\".\n\n"+
			"\"The new berth ends the queues of the summer season,\" harbour master Ilka Provenzano-Dahl said.")
		if _, ok := quote(d, "not to eat them raw"); !ok {
			t.Error(`missed "not to eat them raw"`)
		}
	})
	t.Run("a pseudonym", func(t *testing.T) {
		d := draftWith(t, nil, "Harbour board approves a second berth\n\n"+lead+
			"A ferry deckhand who goes by the name \"Sparrow\" told the Portlind Herald that the crews had not been asked.")
		if _, ok := quote(d, "Sparrow"); ok {
			t.Error(`"Sparrow" taken for a quote`)
		}
	})
	t.Run("a standfirst's echo of a body quote", func(t *testing.T) {
		d := draftWith(t, nil, "Harbour board approves a second berth\n\nFerry firms ask for a bigger quota amid fears of a \"two-speed quay\"\n\n"+lead+
			"\"If you raise the quota and leave the rota alone, you are building a two-speed quay,\" union branch head Ilka Provenzano-Dahl said.")
		if _, ok := quote(d, "two-speed quay"); ok {
			t.Error(`the standfirst's "two-speed quay" taken for a quote`)
		}
		if _, ok := quote(d, "If you raise the quota and leave the rota alone, you are building a two-speed quay"); !ok {
			t.Error("missed the body quote")
		}
	})
}

// TestRound25COtherBodysHolder: "the <Body> <title>" right after a person
// whose title names another body is that other body's holder, unnamed —
// not the one who just spoke, as copy varying its words would keep the
// speaker's body.
func TestRound25COtherBodysHolder(t *testing.T) {
	t.Parallel()
	d := draftWith(t, nil, "Harbour board approves a second berth\n\n"+
		"The harbour board approved on Monday a second ferry berth on the north quay of the port.\n\n"+
		"The President of the Harbour Board, Tomas Provenzano-Dahl, thanked the members. \"We promised a berth without delays, and we kept that promise,\" he told reporters.\n\n"+
		"The meeting also heard a report on the dredging works, which the Review Panel chairman called \"a model of thrift\", and on the ferry timetable.")
	for _, q := range d.Quotes {
		if q.Text == "a model of thrift" && q.Speaker != "unknown" {
			t.Errorf("%q given to %s, want unknown", q.Text, q.Speaker)
		}
	}
}

// TestRound25CBodyInPlural: a body named with its kind in the plural
// ("<Place> Chambers of Commerce") is read whole, "of" and all, and "the
// chamber" in the singular means it, as "the chambers" would.
func TestRound25CBodyInPlural(t *testing.T) {
	t.Parallel()
	d := draftWith(t, nil, "Harbour strike costs traders dear\n\n"+
		"The Greater Portlind Chambers of Commerce said the walkout would cost firms \"millions in lost trade\", with cafes worst hit.\n\n"+
		"\"Trade on the quay is down by a third on a normal Tuesday,\" a spokesperson for the chamber said.")
	for _, q := range d.Quotes {
		if q.Speaker != "Greater Portlind Chambers of Commerce" {
			t.Errorf("%q: speaker %q, want the chambers", q.Text, q.Speaker)
		}
	}
	if len(d.Quotes) != 2 {
		t.Errorf("%d quotes, want 2", len(d.Quotes))
	}
}

// TestRound25CBodyKindThenName: "The <body kind> of <members> in <Region>,
// <Short-Name>, said …": a body described by its kind and whom it
// gathers, then its one-word name set off before the verb — the name
// speaks, not a body named inside the sentence's later clauses.
func TestRound25CBodyKindThenName(t *testing.T) {
	t.Parallel()
	d := draftWith(t, nil, "Portlind freezes holiday lets\n\n"+
		"The council of Portlind approved on Thursday a freeze on new holiday lets in the town for a year.\n\n"+
		"The association of holiday rental owners in Velaria, Arvo-Let, said in a statement that it would study an appeal to the regional high court, the TSV, and that the freeze would \"push activity into the black economy\".")
	for _, q := range d.Quotes {
		if q.Speaker != "Arvo-Let" {
			t.Errorf("%q: speaker %q, want Arvo-Let", q.Text, q.Speaker)
		}
	}
	if len(d.Quotes) != 1 {
		t.Errorf("%d quotes, want 1", len(d.Quotes))
	}
}

// TestRound25CDocByApposedName: a document "written by <Name>'s <kin>,
// <Given> <Surname>" is the named writer's, not the possessor's, when
// "the statement said" gives its words.
func TestRound25CDocByApposedName(t *testing.T) {
	t.Parallel()
	d := draftWith(t, nil, "Driver jailed over ferry crash\n\n"+
		"A ferry pilot was jailed for six years on Monday over a crash that killed Maren Tollefsen, a student at the Portlind school.\n\n"+
		"During the hearing, counsel read to the court a victim impact statement written by Maren's father, Oskar Tollefsen.\n\n"+
		"\"Every morning I still set a place for her at the table. No ruling will bring my daughter home,\" the statement said.")
	for _, q := range d.Quotes {
		if q.Speaker != "Oskar Tollefsen" {
			t.Errorf("%q: speaker %q, want Oskar Tollefsen", q.Text, q.Speaker)
		}
	}
}
