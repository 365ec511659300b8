package ingest_test

import (
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound46EdgeInputs feeds round 46's rules short and odd input: a
// rule's word alone in a paragraph, at a paragraph's very start or end,
// before or after a quotation mark, so that every look at the token
// before or after it meets the edge of the paragraph. A draft must come
// back without a panic, and every quote it finds must hold words of the
// article.
func TestRound46EdgeInputs(t *testing.T) {
	t.Parallel()
	bodies := [][]string{
		{""},
		{"Sir,"},
		{"Sir, —"},
		{"Madam,", `Sir, — "I was struck."`},
		{`Sir, — I was struck by the words of Judge Mara Velt:`, `"We rule today."`},
		{"Let"},
		{"Let me", "Let us:", `Let me quote our report: "It is done."`},
		{"An"},
		{"An Bord", `An Bord said: "No."`, `"Yes," An Bord said.`},
		{"Local"},
		{"Local 250", "the Union Local 1199-B said", `Local 1199-B: "Strike."`},
		{"the All"},
		{"the All Velan Dockers Union said", "All"},
		{"Now", "Velan Now", `Save Velany Now said "go".`, "Save Velany Now"},
		{"en", "Banco en", "Ministerio en Velany"},
		{`"Quote at the start," she said.`, `He said: "quote at the end"`, `"`},
		{`"`, `“`, `”`, `:"`, `: “`},
		{"Opposition", "Opposition VLP", "Ruling"},
		{"NGO", "the NGO", "The Velan NGO said"},
		{"TfL", "(TfL)", "Transport (TfL)", "( TfL )"},
		{"I", "Ni", "Th.", "Kh. Ingo Rae said"},
		{"The Commissioner", "The Commissioner urged", "The Registrar, Advocate Ola Rae,"},
		{"the minister's office said", "The minister's office", "minister's office"},
		{"province", "Governor of Velan province", "Governor of Velan province Ola Rae said"},
		{"The judgment", "The determination noted", "the division bench said", "the -judge bench said"},
		{"Embassy", "the Embassy of", "the Velan embassy in", "Velany's embassy in Velna said"},
		{"Does he?", "Does she miss it?", "Did he or she?"},
		{"I want to say:", `I want to say clearly: "now"`, "want to say", `to say: "x"`},
		{"Founder's said", "Founder's", "It's said", `"x," Founder's said`},
		{"spokesperson for", "spokesperson for migration", "for migration said"},
		{"Major", "Major Velan Fields Velna said"},
		{"District", "Police District", "Seoul Metropolitan City", "City"},
		{"the readout", "the readout published by", "the readout of the meeting published by"},
		{"Norland embassy in Velna", "The Norlandic embassy in Velna said", "Norland's embassy in Velna said", " embassy in Velna", "X embassy in "},
		{"Velna", "Velna Dam", "Velna Dam reservoir", "Velna Velany"},
		{"According to a communiqué of", "According to a communiqué of the Velan Council, talks will go on."},
		// Rules of 364af984..e19ea097: a transcript's title line, an
		// unnamed minister, a gesture after "I ask", an honorific's
		// namesake, a quote after a fragment, a document's word alone.
		{"X News conference"},
		{"Velan Council News conference", "Ola Rae: We said so."},
		{"News", "News conference", " News conference", "Transcript", "X Transcript"},
		{"The Minister of Finance said"},
		{"Q: Why?", "A: The Minister of Finance said it is done.", "B: The Minister said so."},
		{"The Minister", "the Minister of", "The Minister of the"},
		{"He shrugs."},
		{"I ask", `He shrugs. "No."`},
		{"I ask what now.", `She shrugs. "Then stop."`},
		{"Ms Smith said"},
		{"Ola Rae-Smith and Ina Smith spoke.", "Ms Smith said she would stay."},
		{`Ola Rae said she was "tired" then.`, `"`},
		{`Ola Rae was, by her account, "tired" then.`, `"And so it goes."`},
		{"Office of Te", "Office of", "the Office of Te said"},
		{"President's Media", "President's Media Division said", "'s Media"},
		{"the Report said", "Report", "our Report said", "Our statement this morning says"},
		{"Head of the station Ola Rae said", "head of Ola Rae", "Head of the Ola Rae"},
		{"Chair and Minister of Finance Ola Rae said", "The Chair said"},
		{"Under-Secretary-General", "Ola Rae of Velany won.", "the Velan said"},
		{"Under questioning by Ola Rae, she conceded."},
		{"Velan\nWater Agency said", "Water\nAgency said"},
		{"", "the Report said"},
		{"", "X News conference", "Ola Rae: We said so."},
		// Rules of ed8aa648..e6af3bff: a naval grade, an elder's "Pa", a
		// state's body by kind, a trade before a firm, a joint page and
		// its pair subject, an unnamed parent or person opening a
		// sentence, a bare judgement verb, a script's reporter's line.
		{"Lt. Junior Grade"},
		{"Lt. Junior Grade Ola", "Lieutenant Senior Grade Ola Rae said", "Lt Junior Grade  Ola Rae said"},
		{"Pa"},
		{"Pa Ola", `Pa Ola Rae said: "Go."`, "Pa said"},
		{"the Turkish foreign"},
		{"the Turkish foreign ministry said", "Turkish  foreign", "the Velan foreign  ministry said", "the Velan  association said"},
		{"Velna broker"},
		{"Velna broker Ola Capital said", "Velna broker  Ola Capital said", "Velna  broker Ola Capital said", "broker Ola Capital", "Velna broker  said"},
		{"The two sides affirmed"},
		{"JOINT STATEMENT"},
		{"JOINT STATEMENT BY VELANY AND NORLAND", `The two sides affirmed: "Peace."`, `The Governments of Velany and the Norland reaffirmed "ties".`, `and Norland said "x"`},
		{"Joint Statement", `The statement said "now".`, "issued by the", "a joint statement issued by the Velan Council"},
		{"My mum says"},
		{"My mum says it is late.", `She said: "Go home."`, "My mum", "Our dad"},
		{"The man spoke. He said"},
		{`The man spoke. He said "no".`, "The man", "A man spoke. She said", "The night porter of"},
		{"X expects"},
		{`X expects growth "soon".`, `Ola Rae said X expects "soon".`, "expects"},
		{"Ola Rae\n" + strings.Repeat("The Velan Council, the regulator, said it would act soon and fully. ", 2)},
		{"Ola Rae\nThe Velan Council, the regulator, said it would act on the matter with great care."},
		{"Ola Rae \n" + strings.Repeat("x", 80), "A-b C\n" + strings.Repeat("y ", 40)},
	}
	regs := map[string]*briefings.Registry{"nil": nil, "empty": {}, "countries": {Speakers: []*briefings.Speaker{
		{Name: "Velany", Kind: "place", Role: "Country", Aliases: []string{"Velna", "the Velany"}},
		{Name: "Norland", Kind: "place", Role: "Country", Aliases: []string{"Nordby"}},
		{Name: "Ministry of Health of Velany", Kind: "organisation", Role: "Health ministry of Velany"},
		{Name: "Velan Council", Kind: "organisation"},
		{Name: "X", Kind: "organisation"},
	}}}
	for name, reg := range regs {
		for _, paras := range bodies {
			for _, text := range []string{strings.Join(paras, "\n\n"), "Talks\n\n" + strings.Join(paras, "\n\n"), strings.Join(paras, " ")} {
				func() {
					defer func() {
						if r := recover(); r != nil {
							t.Errorf("%s registry: %q panicked: %v", name, text, r)
						}
					}()
					a, err := ingest.Read([]byte(text), "text/plain", "")
					if err != nil {
						return // an empty article may be refused; it must not crash
					}
					d, err := ingest.New(reg).Draft(a, ingest.Options{Date: time.Date(2022, 2, 2, 0, 0, 0, 0, time.UTC), Now: fixedNow})
					if err != nil {
						return
					}
					for _, q := range d.Quotes {
						if q.Text == "" || q.Speaker == "" {
							t.Errorf("%s registry: %q: empty quote or speaker %+v", name, text, q)
						}
						if w := strings.Fields(q.Text); len(w) > 0 && !strings.Contains(text, strings.Trim(w[0], `"“”,.:`)) {
							t.Errorf("%s registry: %q: quote %q holds words the article lacks", name, text, q.Text)
						}
					}
				}()
			}
		}
	}
}
