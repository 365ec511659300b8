package ingest

import "strings"

// The word lists below are the extractor's whole knowledge of English news
// style. They are deliberately general (no names from any one story) and
// folded to lower case.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// speechVerbs introduce what someone said. The value says how the verb may
// be used: quoteOnly verbs ("called the plan 'reckless'") attribute a quote
// but do not make a sentence a reported statement.
var speechVerbs = map[string]verbUse{}

type verbUse uint8

const (
	anyUse verbUse = iota + 1
	quoteOnly
)

func init() {
	for _, w := range strings.Fields(`say says said saying tell tells told telling add adds added adding
		ask asks asked asking accuse accuses accused accusing warn warns warned warning state states stated
		declare declares declared declaring insist insists insisted insisting argue argues argued arguing
		note notes noted noting explain explains explained explaining write writes wrote written writing
		tweet tweets tweeted reply replies replied respond responds responded answer answered
		claim claims claimed claiming stress stresses stressed stressing emphasise emphasised
		emphasize emphasized urge urges urged urging acknowledge acknowledges acknowledged admit admits
		admitted announce announces announced confirm confirms confirmed deny denies denied suggest
		suggests suggested recall recalls recalled predict predicts predicted promise promises promised
		vow vows vowed pledge pledges pledged caution cautions cautioned reiterate reiterates reiterated
		remark remarked observe observed comment commented counter countered concede concedes conceded
		complain complains complained clarify clarifies clarified assert asserts asserted maintain
		maintains maintained pointed points shout shouts shouted chant chants chanted exclaim exclaimed
		allege alleges alleged alleging affirm affirms affirmed affirming assure assures assured
		underline underlines underlined underscore underscores underscored
		guarantee guarantees guaranteed reaffirm reaffirms reaffirmed remind reminds reminded
		interject interjects interjected`) {
		speechVerbs[w] = anyUse
	}
	// A verb of the class speaks in all its forms: a readout reports its
	// side's words with a participle (", stating that “…”") or a present
	// as often as with the past, so the forms the list leaves out of a
	// verb whose base it holds are derived rather than listed one by one.
	// Only forms that are no adjective or noun of their own are derived
	// ("promising" is left out).
	for w, u := range speechVerbs {
		if u != anyUse || len(w) < 4 {
			continue
		}
		var ing string // the base is a listed form whose past is listed too
		switch last := w[len(w)-1:]; {
		case last == "e" && speechVerbs[w+"d"] != 0:
			ing = w[:len(w)-1] + "ing" // state, stated: stating
		case speechVerbs[w+"ed"] != 0:
			ing = w + "ing" // confirm, confirmed: confirming
		case speechVerbs[w+last+"ed"] != 0:
			ing = w + last + "ing" // admit, admitted: admitting
		default:
			continue
		}
		if speechVerbs[ing] == 0 && !adjectivalParticiples[ing] {
			derivedSpeechForms = append(derivedSpeechForms, ing)
		}
	}
	for _, w := range derivedSpeechForms {
		speechVerbs[w] = anyUse
	}
	for _, w := range strings.Fields(`call calls called calling describe describes described describing
		dub dubs dubbed term terms termed terming dismiss dismisses dismissed dismissing brand brands
		reject rejects rejected rejecting appeal appeals appealed appealing inform informs informed
		threaten threatens threatened joke jokes joked quip quips quipped laugh laughs laughed
		grin grins grinned chuckle chuckles chuckled smile smiles smiled
		sigh sighs sighed continue continues continued conclude concludes concluded muse muses mused
		boast boasts boasted lament laments lamented retort retorts retorted snap snaps snapped
		plead pleads pleaded protested reveal reveals revealed testify testifies hail hails hailed
		ruled sing sings sang singing welcome welcomes welcomed express expresses expressed
		testified whisper whispers whispered yell yells yelled scream screams screamed
		post posts posted report reports reported advise advises advised
		roar roars roared bellow bellows bellowed murmur murmurs murmured mutter mutters muttered
		growl growls growled cried denounce denounces denounced condemn condemns condemned
		repeat repeats repeated submit submits submitted speaks spoke
		demanded demanding accepted regrets regretted viewed bluster blusters blustered fume fumes fumed thank thanked commend commended address addresses addressed criticise criticises criticised criticize criticizes criticized`) {
		speechVerbs[w] = quoteOnly
	}
	for w := range judgementVerbs { // quote-only speech verbs too, with a rule of their own in eventAt
		speechVerbs[w] = quoteOnly
	}
	for w := range memoryVerbs { // quote-only speech verbs too, with a rule of their own in eventAt
		speechVerbs[w] = quoteOnly
	}
}

// inBrackets reports whether the end of s lies inside an open bracket:
// the last "(" of s comes after its last ")".
func inBrackets(s string) bool {
	return strings.LastIndexByte(s, '(') > strings.LastIndexByte(s, ')')
}

// memoryVerbs are the speech verbs of remembering ("“…,” she remembers",
// "X recalled a man who “…”"): a feature's subject looking back speaks
// with them, but a place does not ("<Country> remembers her …").
var memoryVerbs = set(`remember remembers remembered recount recounts recounted reminisce reminisces reminisced`)

// judgementVerbs are the verbs of judging, foreseeing and warning of a
// thing ("the Board considers that risks remain “…”", "the agency
// expects growth “…”", "the bank had flagged the sector's “…”", "the
// weather office forecasts “…”", "the Court observes that …", "the
// Council judged that …"): a
// person or body whose view a sentence reports in its own marked words
// speaks them. Inside a clause another speaker reports ("she said the
// ministry expects …", "he stressed that the town considers …") the view
// is the reporter's account, and the reporter keeps the words; eventAt
// passes the verb over there. Forms that are adjectives or passives in
// copy ("expected", "considered", "flagging") are left out.
var judgementVerbs = set(`consider considers expects flagged forecasts observes judged`)

// derivedSpeechForms are the participles init derived for the speech
// verbs whose base the list holds.
var derivedSpeechForms []string

// adjectivalParticiples are participles of speech verbs that copy uses as
// adjectives or nouns more than as verbs: "a promising start", "a
// commanding lead", "the remaining".
var adjectivalParticiples = set(`promising countering`)

// termMarkers before a quoted phrase mean a name or a term, not speech: the
// so-called "soft landing", a law known as the "Safe Streets Act", banners
// reading "Pay Up", the word "gift".
var termMarkers = set(`so-called dubbed nicknamed titled entitled named known read reads reading
	headlined labelled labeled marked billed branded word words term phrase slogan
	designated termed styled christened name nickname alias pseudonym`)

// gradeMarkers are the verbs of classing a thing in a scheme of grades
// ("classed as a “<Grade>” <thing>", "rated “<Grade>”"). Before a grade
// written as a code — a capital or a figure in it, "Category B", "Level
// 4" — the marks hold the scheme's class, not words anyone said; before
// plain words ("classified as a “<low risk>” country") they may be the
// classifier's own words and are left to the other rules.
var gradeMarkers = set(`classed classified categorised categorized graded rated`)

// subjectSkip are words between a subject and its verb: "Putin still said",
// "Lavrov has repeatedly warned".
var subjectSkip = set(`also still later again then previously repeatedly recently further earlier
	now has have had was is were would will did does firmly flatly publicly privately bluntly
	reportedly quickly immediately only often once twice already too just separately directly
	personally angrily sharply simply himself herself itself themselves even never has
	had been being`)

// pronouns that can stand for a speaker, with the gender they require.
var pronounGender = map[string]gender{"he": male, "she": female, "it": orgOnly, "they": plural, "i": unknownGender, "we": plural}

type gender uint8

const (
	unknownGender gender = iota
	male
	female
	orgOnly
	plural
)

// determiners open a noun phrase; the indefinite ones mean "someone not
// named" and never resolve to a named person.
var definite = set(`the its his her their our my this that these those`)
var indefinite = set(`a an one another some several two three`)

// roleWords name a position a person holds. A name after them is a person
// ("Foreign Minister Sergey Lavrov"); alone after "the" they point back to
// someone ("the minister"). The last line is the family of local heads of
// government that copy translated from the country's language keeps in
// its own word before "of <Place> <district|region>" and the name: the akim
// or hokim of Central Asia, Indonesia's bupati and walikota, the alcalde,
// intendente, prefeito and sindaco of Latin and Italian towns, and the
// heads of a Malay mukim or Sarawak community (penghulu, pemanca,
// temenggong) and of an Indonesian district or village (camat, lurah).
// "Chairlady" is a chairwoman in Pacific, African and South Asian copy.
// A court's "solicitor" and "barrister" are titles before a name as
// "lawyer" is ("Defence solicitor <Given> <Surname> said"), and British
// and Commonwealth copy spells "coordinator" with a hyphen ("<ACR>
// safety co-ordinator <Given> <Surname> said"). A
// Scottish council's or committee's "convener" ("convenor") chairs it and
// is named and pointed back to like a chair. South African copy's "MEC"
// (a member of a province's executive council, its minister) and "MMC"
// (a member of a city's mayoral committee) are titles before a name and
// after "the", as "minister" is; so is a parliament's "whip" ("<Party>
// Chief Whip <Given> <Surname>"), the member who marshals a party's
// vote. A state's honorary title "Hero of <Country>" (of Labour, of the
// Soviet Union), which post-Soviet copy puts before the holder's name
// like a post, is a title too; so is an
// "assistant" of any field ("<Field> assistant <Given> <Surname>"), a job
// as "worker" is, besides the rank it makes before a title. South Asian
// copy's district officers ("District Collector <Initial>. <Surname>",
// "Tahsildar <Given> <Surname>") are titles before a name too, as are
// other languages' words for a chair, a head of government or a local
// head that English copy keeps untranslated ("<Body> <Chair> <Given>
// <Surname>": Irish, South Asian and Filipino village, Middle Eastern
// district and village, Polish, Dutch, Belgian and Nordic municipal
// offices), and trades copy writes before a name as a title
// ("Hotelier <Given> <Surname>"). Indonesian copy writes a regency's
// head "Bupati" or, in English, "Regent" ("<Regency> Regent <Given>
// <Surname>"), and keeps its police ranks
// and posts untranslated ("<Post> <Body> Kombes <Given> <Surname>"), and
// New Zealand copy a Māori body's chief's ("<Body> Kaiwhakahaere <Given>
// <Surname>", "Tumuaki").
var roleWords = set(`president minister secretary spokesman spokeswoman spokesperson ambassador
	chancellor premier chairman chairwoman chairlady chair chairperson director commander general admiral
	colonel lieutenant major captain sergeant senator congressman congresswoman representative
	governor mayor mayoress envoy negotiator adviser advisor aide official officials diplomat diplomats delegate
	analyst analysts economists strategists professor economist researcher reviewer expert fellow head leader king queen prince
	princess pope ceo cfo founder co-founder editor correspondent lawmaker legislator prosecutor
	judge justice attorney lawyer solicitor barrister commissioner coordinator co-ordinator strategist undersecretary executive
	manager coach mp mep sheriff chief superintendent inspector officer deputy vice-president
	vice-chair counsel scientist spokespeople sources source councillor councilor alderman
	councilman councilwoman dean rector bishop archbishop prelate ordinary imam rabbi speaker investigator
	guitarist pianist violinist cellist economist scientist journalist activist ecologist
	epidemiologist hydrologist climatologist glaciologist virologist biologist geologist
	seismologist meteorologist psychologist sociologist specialist pharmacist dentist therapist
	artist chemist physicist linguist lobbyist columnist cyclist
	scholar academic counterpart td msp mla mk mpp mha mna mlc mhk mec mmc hero assistant owner co-owner boss gaffer skipper skip referee umpire coach mentor trainer jockey player
	striker winger defender midfielder goalkeeper keeper captain substitute singer dancer musician songwriter actor
	actress author writer novelist poet playwright presenter
	journalist reporter photographer chef farmer grower herder fisherman teacher headteacher
	headmaster headmistress principal nurse doctor surgeon physician midwife paramedic pilot
	driver resident student pensioner shopkeeper landlord tenant campaigner organiser organizer
	volunteer veterinarian lecturer engineer architect entrepreneur investor banker broker
	consultant accountant auditor vendor worker labourer laborer priest pastor
	vicar nun monk teenager youngster veteran rookie
	widow widower magistrate registrar ombudsman comptroller treasurer clerk marshal warden
	constable provost curator librarian archivist notary coroner controller administrator
	supervisor foreman convener convenor rapporteur ombudsperson secretary-general director-general attorney-general solicitor-general
	auditor-general governor-general inspector-general commissioner-general conservator
	under-secretary under-secretary-general assistant-secretary-general deputy-secretary-general deputy-director-general
	politician whip selector trustee coxswain helmsman primate
	vice-minister vice-premier vice-governor vice-mayor vice-chairman vice-chairwoman vice-admiral
	voivode prefect applicant claimant plaintiff defendant appellant petitioner member
	consul consul-general vice-consul counsellor counselor counsellor-minister minister-counsellor attaché
	corporal detective brigadier commodore trooper
	akim hokim khokim bupati regent walikota alcalde alcaldesa intendente prefeito prefeita sindaco burgomaster
	penghulu pemanca temenggong camat lurah collector tahsildar tehsildar
	kombes akbp kompol brigjen irjen komjen kabid kapolda kapolres kapolsek
	kaiwhakahaere tumuaki
	cathaoirleach leas-cathaoirleach taoiseach tánaiste tanaiste sarpanch mukhiya kagawad
	kaimakam wójt wojt sołtys soltys burmistrz burgemeester wethouder
	bourgmestre schepen statsminister borgmester ordförande ordforande ordfører ordforer
	hotelier restaurateur publican winemaker vintner`)

// isRoleWord reports whether a lower-case word names a position or an
// occupation.
func isRoleWord(w string) bool { return inLexicon(w, cRoleWord) }

// occupationWord reports whether a word in lower case names a specialist
// by its -ist ending ("ecologist", "guitarist"), not a verb or a thing
// that ends so ("insist", "checklist"). A capitalised word ending so is a
// name as often (Lindqvist).
func occupationWord(w string) bool {
	return len(w) >= 7 && strings.HasSuffix(w, "ist") && !notOccupations[w]
}

var notOccupations = set(`persist consist subsist checklist playlist wishlist shortlist blacklist
	whitelist waitlist`)

// titleAbbrevs are the abbreviated titles US wire copy puts before a name
// ("Sen. Maria Ortega", "Gov. Ed Marsh", "Lt. Gen. Ana Ruiz"), with the
// word each stands for: they are roles like the words themselves, so "the
// senator" can point back to "Sen. Maria Ortega".
var titleAbbrevs = map[string]string{"sen.": "senator", "rep.": "representative", "gov.": "governor",
	"gen.": "general", "lt.": "lieutenant", "col.": "colonel", "maj.": "major", "capt.": "captain",
	"sgt.": "sergeant", "cpl.": "corporal", "adm.": "admiral", "cmdr.": "commander", "brig.": "brigadier",
	"supt.": "superintendent", "insp.": "inspector", "det.": "detective", "amb.": "ambassador",
	"atty.": "attorney", "pres.": "president",
	// South Asian copy shortens ministers' titles to initials: "FM Rauf",
	// "the EAM".
	"fm": "foreign minister", "pm": "prime minister", "eam": "external affairs minister",
	// British local papers: "Cllr Priya Shah"; Zimbabwean and South
	// African ones write "Clr".
	"cllr": "councillor", "cllr.": "councillor", "clr": "councillor", "clr.": "councillor",
	// New Zealand and Australian papers: "Cr X".
	"cr": "councillor", "cr.": "councillor",
	// British police ranks without their stops: "Det Sgt Y" ("Det Con X": see
	// stripRank, as "Con" alone is a given name).
	"det": "detective", "con.": "constable", "sgt": "sergeant", "insp": "inspector",
	"supt": "superintendent",
	// Zimbabwean, Kenyan and other Commonwealth police copy shortens an
	// assistant commissioner to "Asst Comm <Surname>", with or without
	// the stops.
	"asst": "assistant", "asst.": "assistant", "comm": "commissioner", "comm.": "commissioner",
	// British and Commonwealth copy joins a two-word military rank with a
	// hyphen and no stops: "Lt-Col X", "Maj-Gen Y".
	"lt-col": "lieutenant-colonel", "lt-gen": "lieutenant-general", "maj-gen": "major-general",
	"brig-gen": "brigadier-general", "lt-cdr": "lieutenant-commander", "lt-cmdr": "lieutenant-commander",
	"rear-adm": "rear-admiral", "vice-adm": "vice-admiral", "sub-lt": "sub-lieutenant",
	// Canadian copy keeps each abbreviation's stop: "Brig.-Gen. X", "Lt.-Col. Y".
	"brig.-gen.": "brigadier-general", "lt.-gen.": "lieutenant-general", "maj.-gen.": "major-general",
	"lt.-col.": "lieutenant-colonel", "lt.-cmdr.": "lieutenant-commander", "lt.-cdr.": "lieutenant-commander",
	// Canadian city papers: "Coun. X (Ward)"; British ones without the stop.
	"coun.": "councillor", "coun": "councillor",
	// Canadian police copy: "Const. X" in city forces, "Cst. X" in the
	// RCMP and some provinces.
	"const.": "constable", "cst.": "constable", "cst": "constable",
	// Kenyan copy shortens a cabinet secretary (a minister) to "CS X".
	"cs": "cabinet secretary",
	// A vice president by the initials, as wire and Asian copy name one
	// again ("the VP said").
	"vp": "vice president",
	// Police ranks Nigerian, Indian and Pakistani copy shortens to
	// initials before a name: "SP X", "the DSP".
	"sp": "superintendent of police", "dsp": "deputy superintendent of police",
	"asp": "assistant superintendent of police", "acp": "assistant commissioner of police",
	"dcp": "deputy commissioner of police", "igp": "inspector-general of police",
	// The rest of that family, and the Pacific's: every rank of a police
	// service modelled on the Indian or colonial one goes by its initials,
	// from the senior superintendent ("SSP X") to the sub-inspector, and the
	// heads of a province's or state's police ("DIG X", "DGP X").
	"ssp": "senior superintendent of police", "dysp": "deputy superintendent of police",
	"dig": "deputy inspector-general of police", "aig": "assistant inspector-general of police",
	"dgp": "director-general of police", "adgp": "additional director-general of police",
	"jcp": "joint commissioner of police",
	// A state's or a region's commissioner of police by the initials, as
	// Nigerian and other West African copy names one: "CP X".
	"cp": "commissioner of police",
	// Papua New Guinean and East African copy names a province's or a
	// region's police commander by the title's initials: "PPC X", "RPC Y".
	"ppc": "provincial police commander", "rpc": "regional police commander",
	// British CID ranks by their initials: "DCI X", "DCS Y". The shortest
	// ("DC", "PC", "DS", "DI"), and initials that are bodies' too ("PSI",
	// a sub-inspector or a union federation), stay out: they open bodies'
	// names ("DC Comics", "PSI's <Title>") and surnames ("Di <Surname>").
	"dci": "detective chief inspector", "dsi": "detective superintendent", "dcs": "detective chief superintendent",
	// Business copy: "the CEO", "the CFO".
	"ceo": "chief executive", "cfo": "chief financial officer", "coo": "chief operating officer",
	"cto": "chief technology officer", "cio": "chief information officer", "cmo": "chief marketing officer",
	"cso": "chief strategy officer", "cpo": "chief product officer", "cro": "chief risk officer",
	"cco": "chief commercial officer", "cdo": "chief digital officer", "ciso": "chief information security officer",
	// Commonwealth and Pacific copy names a titled person once, then by
	// the title's initials: "the GM said", "the DPM said", "the DG".
	"gm": "general manager", "dpm": "deputy prime minister", "dg": "director-general",
	// West African copy names an attorney-general again by the title's
	// initials joined by a hyphen ("the A-G"); the bare "AG" stays out, as
	// it ends companies' names ("<Name> AG").
	"a-g": "attorney-general"}

// roleModifiers may sit inside a role before the name: "chief negotiator",
// "deputy foreign minister".
var roleModifiers = set(`deputy vice former acting senior top chief foreign defence defense press
	national security prime interim first assistant associate special presidential outgoing
	incoming new longtime veteran military political economic international affairs finance
	energy trade interior justice health education environment environmental climate foreign-affairs
	home state county city federal regional local general managing executive principal lead
	political-affairs junior high union european attorney solicitor auditor surgeon incident
	fire police district supreme constitutional`)

// orgHeads end the name of an organisation ("Foreign Ministry", "Drava
// Coal company") or, after "the", point back to one ("the ministry").
// A local government's own name ends in its kind as well: "<Place>
// Municipality", "<Place> Local Municipality", as "<Place> Council" does.
// A choir or an orchestra is a body of its members as a club is: "the
// choir" points back to the "<Name> Choir" the article named.
// A transport operator named for what it runs in the plural ("<City>
// Tramways", "<Country> Airways", "<Place> Ferries") is a company as
// "<Place> Railways" is. A supporters' association ("Friends of <Place>
// Hospital") opens with its head.
var orgHeads = set(`department ministry ministries office agency consulate council commission committee kremlin
	pentagon government administration embassy party union organization organisation bank fund
	company corporation corp corp. inc inc. ltd ltd. group body association court parliament congress
	senate duma army navy military police service institute institution university foundation alliance
	coalition federation confederation bureau authority authorities command headquarters cabinet presidency
	secretariat mission delegation forces guard firm network broadcaster newspaper board campaign
	operator exporter importer producer supplier carrier airline lender insurer retailer
	manufacturer developer regulator watchdog tribunal assembly palace bloc club league team
	society charity systems securities equities partners holdings industries energy coal grid commodities
	media capital technologies labs therapeutics pharmaceuticals pharma biologics biosciences diagnostics mining resources telecom motors airlines steel oil gas consortium chamber chambers federation
	school college academy hospital clinic museum library laboratory observatory rulers junta
	leadership management branch chapter wing local power electric
	products undersecretariat staff utility partnership initiative programme program centre center force directorate trust corps railways railway guild
	tramways airways ferries
	forum movement superintendence superintendency inspectorate constabulary brokerage consultancy dealership
	cooperative co-operative co-op municipality akimat choir orchestra friends`)

// groupNouns are speakers that are not one person or one body: a quote
// from "officials" or "analysts" has no speaker to name.
var groupNouns = set(`officials analysts diplomats experts sources traders residents witnesses
	economists observers critics activists people protesters forecasters officers negotiators
	leaders members lawmakers sides`)

// honorifics before a name tell its gender.
var honorifics = map[string]gender{"mr": male, "mr.": male, "mrs": female, "mrs.": female, "ms": female,
	"ms.": female, "miss": female, "sir": male, "dame": female, "lord": male, "lady": female,
	"dr": unknownGender, "dr.": unknownGender, "prof.": unknownGender, "prof": unknownGender,
	"baroness": female, "baron": male, "viscount": male, "viscountess": female, "earl": male,
	"countess": female, "duke": male, "duchess": female, "marquess": male, "rev": unknownGender,
	"rev.": unknownGender, "revd": unknownGender, "sheikh": male, "sheikha": female,
	// Courtesy titles of other countries' copy: Nigerian ("Alhaji", "Comrade"
	// for a union leader) and the pilgrim's title as Gambian, Ghanaian and
	// francophone West African copy spells it ("Alhagie", "Alhadji",
	// "Elhadj", "El-Hadji", "Hadja" for a woman), Indian ("Shri", "Smt."), East African ("Mzee"),
	// Commonwealth ministers' ("The Rt. Hon.", "The Hon."), and French,
	// German, Spanish and Italian ones.
	"alhaji": male, "alhaja": female, "alhagie": male, "alhagi": male, "alhadji": male,
	"elhadj": male, "elhadji": male, "el-hadj": male, "el-hadji": male, "hadja": female, "hajjat": female, "hajia": female, "hajiya": female, "mallam": male, "malam": male,
	"comrade": unknownGender, "engr": unknownGender, "engr.": unknownGender,
	"barr.": unknownGender, "eng.": unknownGender, "h.e.": unknownGender, "shri": male, "shri.": male, "smt": female, "smt.": female,
	"shrimati": female, "mzee": male, "hon.": unknownGender,
	"rt.": unknownGender, "datuk": unknownGender, "dato": unknownGender, "datin": female,
	// Singaporean, Malaysian and Hong Kong copy: "Madam" before a
	// woman's full name, family name first ("Madam Lim Bee Hoon"), and
	// its abbreviation before the family name alone ("Mdm Lim").
	// Trade unions' and churches' fraternal address, abbreviated with a
	// full stop before a member's full name ("Bro. <Given> <Surname>",
	// "Sis. <Given> <Surname>"); without the stop the words are no title.
	"bro.": male, "sis.": female,
	"madam": female, "mdm": female, "mdm.": female, "monsieur": male, "madame": female, "mme": female, "mme.": female, "herr": male, "frau": female,
	"señor": male, "señora": female, "signor": male, "signora": female,
	// Clergy, the bar and Aboriginal Australian elders are addressed by a
	// title before the name ("Monsignor X", "Advocate Y", "Aunty Z"),
	// which is not part of the name.
	"monsignor": male, "msgr": male, "msgr.": male, "mgr": male, "mgr.": male, "advocate": unknownGender,
	"aunty": female, "auntie": female, "uncle": male,
	// West African copy (Krio, Nigerian) calls an elderly man "Pa" before
	// his full name, a courtesy that is no part of the name.
	"pa": male}

// roleGender: some role words carry gender.
var roleGender = map[string]gender{"spokesman": male, "spokeswoman": female, "chairman": male,
	"chairwoman": female, "chairlady": female, "congressman": male, "congresswoman": female, "king": male, "queen": female,
	"prince": male, "princess": female, "husband": male, "wife": female, "father": male, "mother": female,
	"brother": male, "sister": female, "daughter": female, "grandfather": male, "grandmother": female,
	"widow": female, "widower": male, "actress": female, "headmistress": female, "headmaster": male,
	"nephew": male, "niece": female, "uncle": male, "aunt": female, "son": male, "grandson": male,
	"granddaughter": female}

// particles join the parts of a name: "Pieter de Wit", "Ursula van den Berg",
// "<Given> <Surname> i <Surname>" (Catalan), "<Given> í <Place>" and "<Given> á
// <Place>" (Faroese, after a farm or village), and a
// French body's words ("Compagnie des <Noun> de <Place>"). Portuguese
// joins with "do", "da", "dos" and "das" alike, in people's names ("<Given>
// do <Surname>") and places' ("<Place> do <Point>", a Brazilian state's),
// so a body named after such a place keeps its whole name. Iban and other
// Sarawak names join a given name to the father's with "anak" (child):
// "<Given> anak <Father>" is one name, cut to neither half. Welsh joins a
// given name to the father's with "ap" (son of): "<Given> ap <Surname>".
var particles = set(`de van den der von da do dos das du des le la di del della al el bin bint binti ibn ter ten zu arap dela delos por para y i í við á anak ap`)

// functionWords are capitalised only because they start a sentence; they
// never start a name. Court and feature copy opens on where a thing was
// said ("Outside court, …", "Inside the hall, …", "Afterwards, …").
var functionWords = set(`a an the and but or nor so yet for if when while after before since as
	because although though despite during in on at by from to of with without within into onto
	over under about above below between among through across after until unless whether where
	outside inside afterwards afterward
	he she it they we i you his her its their our my your this that these those there here then
	now also still even just only not no yes all both each every some any many much more most
	other such what which who whom whose how why asked speaking writing according following
	earlier later meanwhile however instead further furthermore moreover nevertheless
	nonetheless still today yesterday tomorrow last next first second third once twice
	shares turnout relations families activists negotiators rescuers economists diplomats
	some several two three four five six seven eight nine ten`)

// subordinators open a leading clause before the subject: "After X spoke
// with Y, officials said …".
var subordinators = set(`after before since as because although though despite during in on at
	while when if unless until following asked speaking writing earlier later in addition
	meanwhile however still`)

// sitePlaceWords are the placeWords that also end the name of a site
// often named after someone (siteWords), listed once for both.
const sitePlaceWords = `street road avenue islands stadium airport`

// placeWords end a capitalised run that names a place or a thing, not a
// person: "Port Arden", "Brenn Strait", "Cold War"; among things, the
// instruments states sign ("<Field> Framework Agreement", "<City> Accord",
// "<Field> Charter"), which copy names in capitals just before the
// officials who negotiate them. The words of sitePlaceWords are among them.
var placeWords = set(sitePlaceWords + ` city port valley strait river route island mountain
	mountains lake bay sea ocean county province region state square hall station
	bridge republic kingdom federation union alliance war act treaty storm hurricane fire desert
	coast gulf canal park centre center building tower house plaza district harbour harbor
	peninsula basin field fields forest hill hills north south east west summit talks cup final
	league games olympics agreement accord pact protocol charter declaration`)

// dayNames and monthNames are capitalised but never names.
var dayNames = map[string]int{"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6}

var monthNames = map[string]int{"january": 1, "jan": 1, "jan.": 1, "february": 2, "feb": 2, "feb.": 2,
	"march": 3, "mar": 3, "mar.": 3, "april": 4, "apr": 4, "apr.": 4, "may": 5, "june": 6, "jun": 6,
	"jun.": 6, "july": 7, "jul": 7, "jul.": 7, "august": 8, "aug": 8, "aug.": 8, "september": 9,
	"sep": 9, "sep.": 9, "sept": 9, "sept.": 9, "october": 10, "oct": 10, "oct.": 10, "november": 11,
	"nov": 11, "nov.": 11, "december": 12, "dec": 12, "dec.": 12}

// abbreviations keep their full stop: it does not end a sentence. "Pol."
// opens Thai police ranks ("Pol. Lt. Gen. <Given> <Surname>").
var abbreviations = set(`mr mrs ms dr st gen sen rep gov lt col maj capt sgt jr sr prof vs etc inc
	corp ltd co jan feb mar apr jun jul aug sep sept oct nov dec u.s u.n u.k e.u a.m p.m
	colo calif fla ariz conn penn tenn wis va mt ft adm cmdr supt insp det rev hon
	dept approx u.s.a d.c amb atty pres cpl brig cllr clr coun smt engr eng barr mme msgr mgr ag const cst
	bro sis pol`)

// givenAbbrevs are given names shortened with a full stop before the rest
// of a name: Philippine "Ma." for María, South Asian "Md." for Muhammad,
// old English "Wm." and "Chas.". Only before a capital do they keep it.
var givenAbbrevs = set(`ma md mohd wm chas jas thos geo`)

// numberAbbrevs are abbreviations only before a number: "the No. 2
// official", "Art. 5", "Vol. 3". Elsewhere "no." ends a sentence.
var numberAbbrevs = set(`no nos art vol fig sec pp ch`)

// sentenceEndingAbbrevs may still end a sentence when what follows clearly
// starts a new one ("… in the U.S. The …").
var sentenceEndingAbbrevs = set(`u.s u.k u.n e.u a.m p.m inc corp ltd co etc jr sr d.c u.s.a`)
