package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// r34bCase is invented copy and the speakers a user should see drafted.
type r34bCase struct {
	name, text string
	want       map[string]string
}

// runR34b drafts each case's copy with an empty registry and checks its
// speakers.
func runR34b(t *testing.T, cases []r34bCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := ingest.ReadText(c.text)
			d, err := ingest.New(&briefings.Registry{}).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
			if err != nil {
				t.Fatal(err)
			}
			wantSpeakers(t, d, c.want)
		})
	}
}

// TestRound34bTitledPairBodyMember: "<Title> <Given> <Surname> and <Body>
// member <Given> <Surname>" names two people, the second by a body's word
// in capitals and a title in lower case; "and <Body>" is no body's name
// that swallows the first person, whom the copy then calls by a surname
// alone (here the first of two, as Spanish copy does).
func TestRound34bTitledPairBodyMember(t *testing.T) {
	t.Parallel()
	runR34b(t, []r34bCase{{
		name: "paternal surname alone",
		text: "Peso steadies after rate hold\n\n" +
			"The Bank of Paraguay held its policy rate on Thursday, and at a press conference in Asunción Governor Lucía Benítez Quiroga and Board member Andrés Olmedo answered questions.\n\n" +
			"\"Inflation is returning to the target, but slowly,\" Governor Benítez told the reporters.\n\n" +
			"A senator asked about the currency. Benítez replied: \"We do not target the exchange rate.\"\n\n" +
			"The next decision is due in six weeks.",
		want: map[string]string{
			"Inflation is returning to the target, but slowly": "Lucía Benítez Quiroga",
			"We do not target the exchange rate.":              "Lucía Benítez Quiroga",
		},
	}})
}

// TestRound34bCourtesyDroppedLater: "Ko <Given> <Name>" then "<Given>
// <Name> said" — the copy itself drops the form of address, so it is no
// part of the name, even where the copy never names Myanmar.
func TestRound34bCourtesyDroppedLater(t *testing.T) {
	t.Parallel()
	runR34b(t, []r34bCase{{
		name: "border school, no country named",
		text: "Migrant school reopens after floods\n\n" +
			"A school for migrant children in Mae Sot reopened on Monday after two weeks under water.\n\n" +
			"Ko Min Thant, a volunteer teacher at the school, said most of the books had been saved.\n\n" +
			"\"The children carried the shelves upstairs themselves,\" Min Thant said.\n\n" +
			"The school teaches about 300 pupils.",
		want: map[string]string{
			"The children carried the shelves upstairs themselves": "Min Thant",
		},
	}})
}

// TestRound34bLooseTextBetweenParagraphs: a page whose paragraph lost its
// opening tag ("…</p> <Text> </p>") still shows that text, and the full
// name it gives the person quoted by the surname after it.
func TestRound34bLooseTextBetweenParagraphs(t *testing.T) {
	t.Parallel()
	page := `<!DOCTYPE html><html><head><title>Ferry service resumes on northern route</title></head><body><article>
<h1>Ferry service resumes on northern route</h1>
<p>The ferry between Kirkwall and the northern isles sailed again on Tuesday after a week of gales kept it in port.</p>
<p>Harbour staff worked through the night to clear the slipway. “It was the worst week we have had in years,” one of them said.</p>
Transport Secretary Morag Lindqvist said the council would review its timetable before the winter.</p>
<p>“We cannot promise it will not happen again, but we can promise to tell people sooner,” Lindqvist told reporters in Stromness.</p>
<p>The service carries about 400 passengers a day in winter.</p>
</article></body></html>`
	a := ingest.ReadHTML([]byte(page), "https://example.org/news/ferry-resumes")
	d, err := ingest.New(&briefings.Registry{}).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, d, map[string]string{
		"We cannot promise it will not happen again, but we can promise to tell people sooner": "Morag Lindqvist",
	})
}

// TestRound34bTitleFieldsEndInBodyWord: a title whose listed fields end
// in a word that also heads bodies ("Minister of <Field>, <Field> and
// Energy, <Given> <Surname>,") is still the title of the name after the
// comma, which "the Minister" then means.
func TestRound34bTitleFieldsEndInBodyWord(t *testing.T) {
	t.Parallel()
	runR34b(t, []r34bCase{{
		name: "fields end in Energy",
		text: "Prairie Grid and the Treaty Four council sign agreement on the Qu'Appelle solar program\n\n" +
			"Fort Qu'Appelle, Saskatchewan, March 3, 2025 – Prairie Grid and the Treaty Four council today signed a partnership agreement for 800 megawatts of solar power in the Qu'Appelle Valley by 2032.\n\n" +
			"Saskatchewan's Minister of Trade, Innovation and Energy, Oluwaseun Gallant-Hirsch, who attended the signing, said the program would help the province replace its coal plants.\n\n" +
			"\"Every panel in this valley is a tonne of coal we do not burn,\" the Minister said.",
		want: map[string]string{
			"Every panel in this valley is a tonne of coal we do not burn": "Oluwaseun Gallant-Hirsch",
		},
	}})
}

// TestRound34bPullQuoteSignature: a pull quote set as a paragraph of its
// own and signed by the line under it, marked as an author's line, is the
// signer's quote; the mark is not the page's byline.
func TestRound34bPullQuoteSignature(t *testing.T) {
	t.Parallel()
	page := `<!DOCTYPE html><html><head><title>Harbour authority opens new cruise berth</title></head><body><article>
<h1>Harbour authority opens new cruise berth</h1>
<p>The Lyttelton harbour authority opened its second cruise berth on Monday, two years after work began.</p>
<p>The berth can take ships of up to 300 metres, and the first is due in November.</p>
<div class="pull">
<p>“We built this for the town as much as for the ships.”</p>
<p class="quote-author">Henrietta Vaifale-Brooks, Chief Executive, Lyttelton Port</p>
</div>
<p>About 90 cruise calls are booked for the coming season.</p>
</article></body></html>`
	a := ingest.ReadHTML([]byte(page), "https://example.org/news/cruise-berth")
	d, err := ingest.New(&briefings.Registry{}).Draft(a, ingest.Options{Now: func() time.Time { return time.Date(2025, 3, 4, 0, 0, 0, 0, time.UTC) }})
	if err != nil {
		t.Fatal(err)
	}
	wantSpeakers(t, d, map[string]string{
		"We built this for the town as much as for the ships.": "Henrietta Vaifale-Brooks",
	})
}

// TestRound34bCounselSubmitted: counsel's words in court are "submitted"
// as others' are "said": "“…,” he submitted" is his quote, not words
// left to the "they" (the clients) the sentence before reports.
func TestRound34bCounselSubmitted(t *testing.T) {
	t.Parallel()
	runR34b(t, []r34bCase{{
		name: "he submitted",
		text: "Bail hearing for timber traders adjourned\n\n" +
			"Two timber traders charged with forging export permits appeared before the Mzuzu Magistrate's Court on Tuesday.\n\n" +
			"Defence counsel Chimwemwe Banda-Nkhoma asked the court to grant his clients bail, saying they had reported to the police voluntarily and had \"every reason to stay.\"\n\n" +
			"\"My clients have surrendered their passports. They live with their families in this town,\" he submitted.\n\n" +
			"The magistrate will rule on Friday.",
		want: map[string]string{
			"My clients have surrendered their passports. They live with their families in this town": "Chimwemwe Banda-Nkhoma",
		},
	}})
}

// TestRound34bPrepositionAsideNoBody: "<Surname>, in his first talk with
// the <press>, said …": an aside opening on a preposition says when or
// where, so the body it ends on does not make the name a body's, and "he"
// after still means the person.
func TestRound34bPrepositionAsideNoBody(t *testing.T) {
	t.Parallel()
	runR34b(t, []r34bCase{{
		name: "aside ends on the media",
		text: "Harbour City edge the cup tie\n\n" +
			"Harbour City beat Eastvale 2-1 on Saturday, with Tavita Leaupepe (2) scoring both goals in the second half.\n\n" +
			"City manager Graeme Oduya-Stark praised the youngster's composure in front of goal.\n\n" +
			"Leaupepe, in his first interview with the media, said he had been told to \"stay calm and shoot low\" by the manager.\n\n" +
			"\"My legs were shaking before kick-off, but once I touched the ball I forgot about the crowd,\" he said.\n\n" +
			"City play the semi-final next month.",
		want: map[string]string{
			"My legs were shaking before kick-off, but once I touched the ball I forgot about the crowd": "Tavita Leaupepe",
		},
	}})
}

// TestRound34bKinOfYearsNamed: "His wife of <N> years, <Given>
// <Surname>, says …" names the relative; "she" after is her, not a
// relative the copy never names.
func TestRound34bKinOfYearsNamed(t *testing.T) {
	t.Parallel()
	runR34b(t, []r34bCase{{
		name: "wife of 40 years",
		text: "The last boat-builder of Ardmore\n\n" +
			"In a shed above the slipway, Cormac Devlin, 78, is fitting the ribs of a currach for a customer in Boston.\n\n" +
			"\"A boat tells you when it is wrong. You only have to listen,\" he says.\n\n" +
			"His niece, Aoife Devlin, 31, drives him to the timber yard on Fridays.\n\n" +
			"His wife of 52 years, Nuala Devlin, says the shed has always come first. \"On our wedding day he was late because of a keel,\" she recalls.\n\n" +
			"The currach will be shipped in May.",
		want: map[string]string{
			"On our wedding day he was late because of a keel": "Nuala Devlin",
		},
	}})
}

// TestRound34bCrownIsItsCounsel: "the Crown told the court" in a court
// report that titles one lawyer as the Crown's is that lawyer speaking.
func TestRound34bCrownIsItsCounsel(t *testing.T) {
	t.Parallel()
	runR34b(t, []r34bCase{{
		name: "Crown prosecutor",
		text: "Bail refused in harbour fuel theft case\n\n" +
			"A harbour clerk accused of selling stolen diesel was refused bail by the Suva Magistrates Court on Monday.\n\n" +
			"Crown prosecutor Losana Tuilagi told the court that the fuel had been sold to fishing boats over eight months.\n\n" +
			"Defence lawyer Ravinesh Chand said his client had a young family and no passport.\n\n" +
			"The Crown also told the court that the clerk had \"tried to reach\" a witness last week.\n\n" +
			"The case returns to court on 14 April.",
		want: map[string]string{
			"tried to reach": "Losana Tuilagi",
		},
	}})
}

// TestRound34bTitledNamesake: where relatives share a surname, "Dr
// <Surname> said" is the one the copy named in full after "Dr", not the
// story's subject the bare surname otherwise means.
func TestRound34bTitledNamesake(t *testing.T) {
	t.Parallel()
	runR34b(t, []r34bCase{{
		name: "obituary, son with a doctorate",
		text: "Tamale trader who built a savings group dies at 88\n\n" +
			"Hajia Memunatu Alhassan-Yakubu, who sold shea butter at the Aboabo market for six decades, has died at 88.\n\n" +
			"She started a savings group with eleven other traders in 1971. \"Nobody would lend to us, so we lent to ourselves,\" she told a local radio station in 2015.\n\n" +
			"Her youngest son, Dr Ibrahim Alhassan-Yakubu, a surgeon in Kumasi, said his mother \"opened the stall before the call to prayer\".\n\n" +
			"\"She used to tell us, 'Butter does not wait for the lazy.' We heard it every morning,\" Dr Alhassan-Yakubu said.\n\n" +
			"She is survived by five children.",
		want: map[string]string{
			"She used to tell us, 'Butter does not wait for the lazy.' We heard it every morning": "Ibrahim Alhassan-Yakubu",
		},
	}})
}
