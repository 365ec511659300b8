package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// draftOf ingests a small plain-text article (paragraphs separated by blank
// lines) dated 2022-02-02, a Wednesday.
func draftOf(t *testing.T, reg *briefings.Registry, paras ...string) *ingest.Draft {
	t.Helper()
	text := "Talks continue\n\n" + strings.Join(paras, "\n\n")
	a, err := ingest.Read([]byte(text), "text/plain", "")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ingest.New(reg).Draft(a, ingest.Options{Date: time.Date(2022, 2, 2, 0, 0, 0, 0, time.UTC), Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

type wantQuote struct{ text, speaker string }

func quotesOf(d *ingest.Draft) []wantQuote {
	var out []wantQuote
	for _, q := range d.Quotes {
		out = append(out, wantQuote{q.Text, q.Speaker})
	}
	return out
}

// TestQuotes: each phenomenon of direct speech, in a small article.
func TestQuotes(t *testing.T) {
	t.Parallel()
	reg := builtinRegistry(t)
	tests := []struct {
		name  string
		paras []string
		want  []wantQuote
	}{
		{
			name: "straight marks, split around the attribution",
			paras: []string{`Energy Minister John Harper spoke to reporters in the capital on Tuesday about the winter.`,
				`"We have enough gas for the winter," Harper said. "Prices are another matter."`},
			want: []wantQuote{{"We have enough gas for the winter", "John Harper"}, {"Prices are another matter.", "John Harper"}},
		},
		{
			name: "curly marks, speaker before with a colon",
			paras: []string{`Foreign Minister Anna Berg met her counterpart for three hours on Tuesday in the capital.`,
				`Berg told reporters: “The door is open. It was never closed.”`},
			want: []wantQuote{{"The door is open. It was never closed.", "Anna Berg"}},
		},
		{
			name: "a quote over two paragraphs",
			paras: []string{`Army chief General Piotr Nowak spoke at length about the drills near the border on Tuesday.`,
				`"We are watching every unit," Nowak said. "We know where they are.`,
				`"And they know that we know."`},
			want: []wantQuote{{"We are watching every unit", "Piotr Nowak"}, {"We know where they are. And they know that we know.", "Piotr Nowak"}},
		},
		{
			name: "nested single quotes stay in the text",
			paras: []string{`Mayor Lucia Ferro said the council had met the union leaders twice this week without a deal.`,
				`"They told us, 'not one cent less,' and we said fine," Ferro said.`},
			want: []wantQuote{{"They told us, 'not one cent less,' and we said fine", "Lucia Ferro"}},
		},
		{
			name: "partial quote inside reported speech",
			paras: []string{`Russian President Vladimir Putin spoke about the talks with the United States on Tuesday evening.`,
				`He accused Washington of trying to "drag us into a conflict."`},
			want: []wantQuote{{"drag us into a conflict.", "Vladimir Putin"}},
		},
		{
			name: "scare quotes, names and titles are not quotes",
			paras: []string{`The so-called "peace dividend" has run out, and the government's "efficiency" drive shows it, the report argued.`,
				`The report, titled "Guns and Butter Again," was published by the Hallam Institute on Tuesday.`,
				`Analysts call the new missile the "Widowmaker" in private, several of them told this newspaper.`},
			want: nil,
		},
		{
			name: "an inverted attribution with a role after the name",
			paras: []string{`Shares in the carmaker fell sharply on Tuesday after it cut its forecast for the year again.`,
				`"The market was not ready for this," said Jane Roe, an analyst at Hallam Securities.`},
			want: []wantQuote{{"The market was not ready for this", "Jane Roe"}},
		},
		{
			name: "pronouns follow the most recent compatible person",
			paras: []string{`Prime Minister Maria Lopez met union leader David Chen for talks on Tuesday night.`,
				`Lopez said the offer was final. "There is no more money," she said.`,
				`Chen said his members would vote on it. "They will say no," he said.`},
			want: []wantQuote{{"There is no more money", "Maria Lopez"}, {"They will say no", "David Chen"}},
		},
		{
			name: "organisations speak, and 'the ministry' points back to one",
			paras: []string{`The Hallam Foreign Ministry summoned the ambassador on Tuesday over the border incident.`,
				`"This cannot happen again," the ministry said in a statement.`,
				`The Kremlin said the claims were false. "We reject them entirely," it said.`},
			want: []wantQuote{{"This cannot happen again", "Hallam Foreign Ministry"}, {"We reject them entirely", "Kremlin"}},
		},
		{
			name: "an unnamed speaker stays unknown",
			paras: []string{`Residents queued for water for a second day on Tuesday as the repairs dragged on.`,
				`"We have been here since six in the morning," said one woman holding two empty buckets.`},
			want: []wantQuote{{"We have been here since six in the morning", ingest.Unknown}},
		},
		{
			name: "a quote with no attribution at all stays unknown",
			paras: []string{`"Nobody is coming to help us anymore, not the army and not the government."`,
				`That was the message from the village on Tuesday, where the bridge collapsed last week.`},
			want: []wantQuote{{"Nobody is coming to help us anymore, not the army and not the government.", ingest.Unknown}},
		},
		{
			name: "registry speakers keep their registry name",
			paras: []string{`Lavrov spoke by phone with his American counterpart on Tuesday for about an hour.`,
				`"We heard nothing new," Lavrov said.`},
			want: []wantQuote{{"We heard nothing new", "Sergey Lavrov"}},
		},
		{
			name: "abbreviated titles and party tags (US copy)",
			paras: []string{`The committee voted 14-9 on Wednesday to send the drought relief bill to the full Senate.`,
				`"Farmers are selling off their herds," said Sen. Maria Ortega, D-N.M., who wrote the bill. "They cannot wait."`,
				`Sen. Tom Reilly, R-Idaho, the panel's ranking Republican, said: "Of course the price worries me."`,
				`Rep. Ann Cole (D-Calif.) told reporters: "We will pass it in the House."`,
				`"It is a fair bill," the senator said of the measure Ortega wrote.`},
			want: []wantQuote{{"Farmers are selling off their herds", "Maria Ortega"}, {"They cannot wait.", "Maria Ortega"},
				{"Of course the price worries me.", "Tom Reilly"}, {"We will pass it in the House.", "Ann Cole"},
				{"It is a fair bill", "Tom Reilly"}},
		},
		{
			name: "'the group' and 'the agency' point back to the organisation named last",
			paras: []string{`The American Farm Bureau Federation, which lobbied for the aid, welcomed the vote on Tuesday.`,
				`"Today's vote is a lifeline," the group said in a statement.`,
				`The World Health Organization said heat had killed thousands of people in Europe last summer.`,
				`"Heat is a silent killer," the agency said.`},
			want: []wantQuote{{"Today's vote is a lifeline", "American Farm Bureau Federation"}, {"Heat is a silent killer", "World Health Organization"}},
		},
		{
			name: "a union's possessive name, and a company by its short name",
			paras: []string{`Nordvik Steel will close its blast furnace at Halden next year, cutting 1,100 jobs, it said on Tuesday.`,
				`The Nordic Steelworkers' Union said it would fight the closure. "We will not go quietly," the union said.`,
				`"This has been coming for years," said Siri Dahl, an analyst at Fjord Securities. Shares in Nordvik rose 4%.`,
				`"The decision is final," the company said. "We looked at every option," Nordvik said.`},
			want: []wantQuote{{"We will not go quietly", "Nordic Steelworkers' Union"}, {"This has been coming for years", "Siri Dahl"},
				{"The decision is final", "Nordvik Steel"}, {"We looked at every option", "Nordvik Steel"}},
		},
		{
			name: "British single quotes among apostrophes, double quotes nested in them",
			paras: []string{`Fans of Leeds' oldest venue, a rock 'n' roll bar since the '90s, say it must not close.`,
				`'The owners' plans don't add up,' said supporters' group chair Gary Newell. 'They told us, "Take it or leave it," and we won't.'`},
			want: []wantQuote{{"The owners' plans don't add up", "Gary Newell"}, {`They told us, "Take it or leave it," and we won't.`, "Gary Newell"}},
		},
		{
			name: "US double quotes with single quotes and apostrophes inside",
			paras: []string{`The dockworkers' union voted on the '90s-era contract on Friday, members' families waiting outside.`,
				`"They keep saying 'modernization,' but they mean fewer of us," said Ray Mahoney, 58.`},
			want: []wantQuote{{"They keep saying 'modernization,' but they mean fewer of us", "Ray Mahoney"}},
		},
		{
			name: "according to",
			paras: []string{`The convoy reached the city late on Tuesday after two days on the road from the coast.`,
				`According to Red Crescent spokesman Omar Haddad, the trucks carried "enough flour for a week."`},
			want: []wantQuote{{"enough flour for a week.", "Omar Haddad"}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			got := quotesOf(draftOf(t, reg, tc.paras...))
			if !equalQuotes(got, tc.want) {
				t.Errorf("quotes:\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

func equalQuotes(a, b []wantQuote) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestReported: "X said (that) …" becomes a key point attributed to X; a
// sentence with a quote does not.
func TestReported(t *testing.T) {
	t.Parallel()
	d := draftOf(t, builtinRegistry(t),
		`Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow would reply to the letter within days.`,
		`He added that the reply would go to President Putin first.`,
		`"We are in no hurry," Peskov told reporters in a separate briefing later that day.`)
	want := []ingest.Point{
		{Text: "Kremlin spokesman Dmitry Peskov said on Tuesday that Moscow would reply to the letter within days.", Speaker: "Dmitry Peskov"},
		{Text: "Peskov added that the reply would go to President Putin first.", Speaker: "Dmitry Peskov"},
	}
	if len(d.Points) != len(want) || d.Points[0] != want[0] || d.Points[1] != want[1] {
		t.Errorf("key points:\n got %+v\nwant %+v", d.Points, want)
	}
	if len(d.New) != 1 || d.New[0].Name != "Dmitry Peskov" || d.New[0].Role != "Kremlin spokesman" {
		t.Errorf("want Dmitry Peskov, Kremlin spokesman, suggested for the registry; got %+v", d.New)
	}
}

// TestSaidDates: a day named with the speech ("said on Monday") dates the
// quote, counting back from the article's date (a Wednesday); a day ahead
// ("will meet on Friday") does not; otherwise the article's date stands.
func TestSaidDates(t *testing.T) {
	t.Parallel()
	d := draftOf(t, nil,
		`Finance Minister Karl Weber spoke to parliament twice this week about the budget gap.`,
		`"The hole is bigger than we thought," Weber said on Monday.`,
		`"We will close it," he said, adding that the cabinet will meet on Friday to agree on cuts.`,
		`"Nobody will like this budget," Weber told reporters yesterday.`,
		`The opposition leader, Eva Lind, was scathing. "He is hiding the numbers," she said.`)
	want := []string{"2022-01-31", "2022-01-31", "2022-02-01", "2022-02-02"}
	if len(d.Quotes) != len(want) {
		t.Fatalf("want %d quotes, got %+v", len(want), d.Quotes)
	}
	for i, q := range d.Quotes {
		if got := q.Said.Format(briefings.DateLayout); got != want[i] {
			t.Errorf("%q: said %s, want %s", q.Text, got, want[i])
		}
	}
}

// TestPronounAtParagraphEnd: a standfirst (after a headline and a kicker)
// ending on a pronoun without a full stop, followed by a short dateline in capitals, once crashed the
// reader, which looked back at the standfirst's last word with offsets into
// the dateline. The draft must come out whole.
func TestPronounAtParagraphEnd(t *testing.T) {
	t.Parallel()
	d := draftOf(t, builtinRegistry(t),
		`High water`,
		`The river town has sandbags and pumps ready. Whether the embankment can take another night of rain, nobody can say for it`,
		`VALENCIA`,
		`"We will not wait for the river to fall," Mayor Ana Ruiz said, as volunteers filled sandbags beside the old bridge.`,
		`"The water is still rising," she said. The regional authorities expect the flood to peak overnight, and schools in the lower town will stay closed on Thursday while engineers inspect the embankment.`)
	got := quotesOf(d)
	want := []wantQuote{{"We will not wait for the river to fall", "Ana Ruiz"}, {"The water is still rising", "Ana Ruiz"}}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("quotes:\n got %+v\nwant %+v", got, want)
	}
}

// TestNamedAfterKnownPlace: a title ending in a known place, then a name
// set off in commas, is that person ("The representative of a fund in
// <country>, Y Z, said"), not a wider place of the first; and "the
// government" where copy names only England is the United Kingdom's, as
// England has no government of its own.
func TestNamedAfterKnownPlace(t *testing.T) {
	t.Parallel()
	d := draftOf(t, builtinRegistry(t),
		`Aid agencies moved food and tents towards the flooded districts as the rains eased on Tuesday.`,
		`The representative of the World Food Programme in Malawi, Chikondi Banda, said: "We are ready for the next storm."`,
		`The country director of the Norwegian Refugee Council in Kenya, Amos Otieno, said the roads to the camps had been cut for a week.`,
		`Bus fares in England will be capped at three pounds for another year, the government has confirmed, after a review of rural routes.`)
	if got := quotesOf(d); len(got) != 1 || got[0].speaker != "Chikondi Banda" {
		t.Errorf("quotes: got %+v, want one by Chikondi Banda", got)
	}
	want := map[string]string{"The country director": "Amos Otieno", "Bus fares in England": "United Kingdom"}
	for _, p := range d.Points {
		for start, sp := range want {
			if strings.HasPrefix(p.Text, start) && p.Speaker != sp {
				t.Errorf("key point %q: speaker %q, want %q", p.Text, p.Speaker, sp)
			}
			if strings.HasPrefix(p.Text, start) {
				delete(want, start)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("no key point for %v; points: %+v", want, d.Points)
	}
}
