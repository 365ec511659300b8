package ingest_test

import (
	"testing"
	"time"

	"github.com/briefbot/briefbot/briefings"
	"github.com/briefbot/briefbot/briefings/ingest"
)

// TestRound34bTitledPairBodyMember: "<Title> <Given> <Surname> and <Body>
// member <Given> <Surname>" names two people, the second by a body's word
// in capitals and a title in lower case; "and <Body>" is no body's name
// that swallows the first person, whom the copy then calls by a surname
// alone (here the first of two, as Spanish copy does).
func TestRound34bTitledPairBodyMember(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "paternal surname alone",
		paras: []string{"Riverside market to reopen in April\n\n" +
			"Encarnación's covered market will reopen in April after its roof is replaced, and on the quay on Friday Mayor Lucía Benítez Quiroga and Council member Andrés Olmedo walked the stalls with traders.\n\n" +
			"\"Nobody will pay rent for the months the market was shut,\" Mayor Benítez said.\n\n" +
			"One fishmonger wanted to know about parking. Benítez answered: \"The old bus yard will take two hundred cars.\"\n\n" +
			"The council votes on the rents in March."},
		want: map[string]string{
			"Nobody will pay rent for the months the market was shut": "Lucía Benítez Quiroga",
			"The old bus yard will take two hundred cars.":            "Lucía Benítez Quiroga",
		},
	}})
}

// TestRound34bCourtesyDroppedLater: "Ko <Given> <Name>" then "<Given>
// <Name> said" — the copy itself drops the form of address, so it is no
// part of the name, even where the copy never names Myanmar.
func TestRound34bCourtesyDroppedLater(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "border school, no country named",
		paras: []string{"Migrant school reopens after floods\n\n" +
			"A school for migrant children in Mae Sot reopened on Monday after two weeks under water.\n\n" +
			"Ko Min Thant, a volunteer teacher at the school, said most of the books had been saved.\n\n" +
			"\"The children carried the shelves upstairs themselves,\" Min Thant said.\n\n" +
			"The school teaches about 300 pupils."},
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
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "fields end in Energy",
		paras: []string{"Turbine wharf opens at Gladstone\n\n" +
			"Gladstone, Queensland, March 3, 2025 – A heavy-lift wharf for the turbines of a 400-turbine wind farm off the Capricorn coast opened on Monday, and work at sea will start in June.\n\n" +
			"Queensland's Minister of Mines, Ports and Energy, Oluwaseun Gallant-Hirsch, who opened the wharf, said the port would need a second one.\n\n" +
			"\"This coast has wind to spare, and now it has somewhere to send it,\" the Minister said."},
		want: map[string]string{
			"This coast has wind to spare, and now it has somewhere to send it": "Oluwaseun Gallant-Hirsch",
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
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "he submitted",
		paras: []string{"Lawyer says fishing crew held without warrant\n\n" +
			"Six crew of a trawler seized on Lake Malawi last month were brought before the Mzuzu Magistrate's Court on Tuesday.\n\n" +
			"Defence counsel Chimwemwe Banda-Nkhoma asked for bail for his clients, saying they had told fisheries officers exactly where they fished and had \"nothing to hide.\"\n\n" +
			"\"My clients were never shown a warrant. They sat in a cell for nine days without a charge,\" he submitted.\n\n" +
			"The magistrate will rule on Friday."},
		want: map[string]string{
			"My clients were never shown a warrant. They sat in a cell for nine days without a charge": "Chimwemwe Banda-Nkhoma",
		},
	}})
}

// TestRound34bPrepositionAsideNoBody: "<Surname>, <preposition> … <Body>,
// said …": an aside opening on a preposition says when or where, so the
// body it ends on does not make the name a body's, and "he" after still
// means the person.
func TestRound34bPrepositionAsideNoBody(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "aside ends on the media",
		paras: []string{"Harbour City edge the cup tie\n\n" +
			"Harbour City beat Eastvale 2-1 on Saturday, with Tavita Leaupepe (2) scoring both goals in the second half.\n\n" +
			"City manager Graeme Oduya-Stark praised the youngster's composure in front of goal.\n\n" +
			"Leaupepe, in his weekly phone-in with the media, said he owed the manager \"a shirt and a dinner\".\n\n" +
			"\"I cleaned these boots for three seasons before anyone let me wear them on a Saturday,\" he said.\n\n" +
			"City play the semi-final next month."},
		want: map[string]string{
			"I cleaned these boots for three seasons before anyone let me wear them on a Saturday": "Tavita Leaupepe",
		},
	}})
}

// TestRound34bKinOfYearsNamed: "His wife of <N> years, <Given>
// <Surname>, says …" names the relative; "she" after is her, not a
// relative the copy never names.
func TestRound34bKinOfYearsNamed(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "wife of 40 years",
		paras: []string{"The last boat-builder of Ardmore\n\n" +
			"In a shed above the slipway, Cormac Devlin, 78, is fitting the ribs of a currach for a customer in Boston.\n\n" +
			"\"A boat tells you when it is wrong. You only have to listen,\" he says.\n\n" +
			"His niece, Aoife Devlin, 31, drives him to the timber yard on Fridays.\n\n" +
			"His wife of 52 years, Nuala Devlin, keeps his books. \"He has never once sent a bill on time,\" she says.\n\n" +
			"The currach will be shipped in May."},
		want: map[string]string{
			"He has never once sent a bill on time": "Nuala Devlin",
		},
	}})
}

// TestRound34bCrownIsItsCounsel: "the Crown <said>" in a court
// report that titles one lawyer as the Crown's is that lawyer speaking.
func TestRound34bCrownIsItsCounsel(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "Crown prosecutor",
		paras: []string{"Trawler skipper pleads guilty to fishing in closed zone\n\n" +
			"The skipper of the longliner Southern Tui admitted on Monday in the Suva High Court that he had fished inside a marine reserve for three weeks in March.\n\n" +
			"Crown prosecutor Losana Tuilagi read out the positions logged by the boat's own tracker.\n\n" +
			"Defence lawyer Ravinesh Chand asked for a fine rather than a prison term, as it was the skipper's first offence.\n\n" +
			"The Crown argued that the catch was \"taken where nothing may be taken\" and should be forfeited.\n\n" +
			"Sentencing is set for 14 April."},
		want: map[string]string{
			"taken where nothing may be taken": "Losana Tuilagi",
		},
	}})
}

// TestRound34bTitledNamesake: where relatives share a surname, "Dr
// <Surname> said" is the one the copy named in full after "Dr", not the
// story's subject the bare surname otherwise means.
func TestRound34bTitledNamesake(t *testing.T) {
	t.Parallel()
	runSpeakerCases(t, draftArticle, []speakerCase{{
		name: "a boxer and his brother the doctor",
		paras: []string{"Tamale boxer retires after title defence\n\n" +
			"Abdul-Rahman Alhassan-Yakubu, the lightweight who held the national title for nine years, said on Sunday he would not fight again.\n\n" +
			"\"My hands have told me twice this year. I am listening now,\" he said after his points win.\n\n" +
			"His brother, Dr Ibrahim Alhassan-Yakubu, who has been his ringside doctor since 2016, watched from the corner.\n\n" +
			"\"Every round I counted his breaths, not the punches,\" Dr Alhassan-Yakubu said.\n\n" +
			"A farewell bout is planned for December."},
		want: map[string]string{
			"Every round I counted his breaths, not the punches": "Ibrahim Alhassan-Yakubu",
		},
	}})
}
